package org.framebench.grading.scoring;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.framebench.model.AnnotationDocument;

/**
 * A student's result against the key.
 *
 * @param student the student's document
 * @param layers per layer id, in codebook order
 * @param overall all layers together
 * @param attributesCompared the key's attribute values that count, over all its annotations (a missed one
 *        counts as not agreeing)
 * @param attributesAgreeing of those, the ones the student gave the same value
 * @param keyLinks links in the key
 * @param linksCredited key links the student reproduced (a student link joining the annotations matched to
 *        the key link's two ends)
 * @param studentLinks links in the student's document
 * @param matches every student and key annotation with its status, article by article in text order
 * @param terms the terms of the total, in order: each layer, attribute agreement, links
 * @param total the score 0–100: {@code 100 × Σ weight × value / Σ weight} over the terms that count (see
 *        {@link ScoringOptions}); 0 when none counts
 */
public record StudentScore(AnnotationDocument student, Map<String, LayerScore> layers, LayerScore overall,
        int attributesCompared, int attributesAgreeing, int keyLinks, int linksCredited, int studentLinks,
        List<AnnotationMatch> matches, List<ScoreTerm> terms, double total) {

    public StudentScore {
        layers = Collections.unmodifiableMap(layers);
        matches = Collections.unmodifiableList(matches);
        terms = List.copyOf(terms);
    }

    /**
     * The arithmetic of {@link #total()} in one line, e.g. {@code 100 × (1 × 0.667 sourcing + 1 × 0.500
     * attribution + 0.5 × 0.500 attributes + 0.5 × 0 links) / 3 = 52.8; framing not assessed}.
     */
    public String explanation() {
        StringBuilder sum = new StringBuilder();
        StringBuilder left = new StringBuilder();
        double weights = 0;
        for (ScoreTerm term : terms) {
            if (term.counts()) {
                sum.append(sum.length() == 0 ? "" : " + ").append(number(term.weight())).append(" × ")
                        .append(String.format(java.util.Locale.ROOT, "%.3f", term.value())).append(' ').append(term.label());
                weights += term.weight();
            } else {
                left.append("; ").append(term.label()).append(' ').append(term.note());
            }
        }
        if (sum.length() == 0) {
            return "nothing is assessed: the key has no annotations, so the score is 0" + left;
        }
        return "100 × (" + sum + ") / " + number(weights) + " = " + String.format(java.util.Locale.ROOT, "%.1f", total) + left;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(java.util.Locale.ROOT, "%.2f", value);
    }

    /** Share of compared attribute values that agree, or {@code null} when none could be compared. */
    public Double attributeAgreement() {
        return attributesCompared == 0 ? null : (double) attributesAgreeing / attributesCompared;
    }

    /** Share of the key's links reproduced, or {@code null} when the key has no links. */
    public Double linkCredit() {
        return keyLinks == 0 ? null : (double) linksCredited / keyLinks;
    }

    /** One row per status, without annotations: what a {@link #released()} score keeps of each row. */
    private static final Map<MatchStatus, AnnotationMatch> STATUS_ONLY;

    static {
        Map<MatchStatus, AnnotationMatch> rows = new java.util.EnumMap<>(MatchStatus.class);
        for (MatchStatus status : MatchStatus.values()) {
            rows.put(status, new AnnotationMatch(status, null, null, 0, 0, 0, 0));
        }
        STATUS_ONLY = rows;
    }

    /**
     * This score without the documents: no student document, and each row of {@link #matches()} only its
     * status (no annotations, overlap or credit). Every figure of the score and its {@link #count counts} are
     * the same; a class graded as a stream keeps this once a student's sheet of the grade book is made.
     */
    public StudentScore released() {
        List<AnnotationMatch> statuses = new java.util.ArrayList<>(matches.size());
        for (AnnotationMatch match : matches) {
            statuses.add(STATUS_ONLY.get(match.status()));
        }
        return new StudentScore(null, layers, overall, attributesCompared, attributesAgreeing, keyLinks, linksCredited,
                studentLinks, statuses, terms, total);
    }

    /** How many rows have {@code status}. */
    public long count(MatchStatus status) {
        return matches.stream().filter(m -> m.status() == status).count();
    }
}
