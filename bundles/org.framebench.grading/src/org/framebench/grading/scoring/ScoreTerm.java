package org.framebench.grading.scoring;

/**
 * One term of a student's score, as the instructor and the student see it: what it measures, its weight,
 * and its value from 0 to 1, or why it does not count ({@code value} null and a {@code note} such as "not
 * assessed: the key has no annotations in this layer").
 *
 * @param label what the term is ("sourcing F1", "attribute agreement", "links")
 * @param weight its weight in the weighted mean
 * @param value 0 to 1, or {@code null} when the term does not count
 * @param note why it does not count, or {@code null}
 */
public record ScoreTerm(String label, double weight, Double value, String note) {

    /** Whether the term enters the weighted mean. */
    public boolean counts() {
        return value != null;
    }

    /** Its part of the numerator, {@code weight × value}; 0 when it does not count. */
    public double weighted() {
        return counts() ? weight * value : 0;
    }
}
