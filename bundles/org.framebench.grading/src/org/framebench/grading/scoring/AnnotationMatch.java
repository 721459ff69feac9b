package org.framebench.grading.scoring;

import org.framebench.model.Annotation;

/**
 * One row of a student's comparison with the key: a student annotation, a key annotation, or a pair.
 *
 * @param status how it fared
 * @param student the student's annotation; {@code null} for {@link MatchStatus#MISSED}
 * @param key the key's annotation it was matched with (or, for {@link MatchStatus#WRONG_CODE}, overlaps);
 *        {@code null} for {@link MatchStatus#EXTRA}
 * @param overlap Jaccard overlap of the two spans (0 when one side is missing)
 * @param credit what the row earns towards the key annotation's layer: the overlap for a matched or partial
 *        pair, the wrong-code share of it for {@link MatchStatus#WRONG_CODE} (same layer only), else 0
 * @param attributesCompared attribute values of the key annotation that count (every key annotation's, so a
 *        missed one counts as not agreeing; free text is never compared)
 * @param attributesAgreeing of those, how many the student gave the same value (matched pairs only)
 */
public record AnnotationMatch(MatchStatus status, Annotation student, Annotation key, double overlap, double credit,
        int attributesCompared, int attributesAgreeing) {

    /** The annotation the row is about: the student's when there is one, else the key's. */
    public Annotation annotation() {
        return student != null ? student : key;
    }

    /** True for matched and partial pairs (the ones that earn credit). */
    public boolean isMatch() {
        return status == MatchStatus.MATCHED || status == MatchStatus.PARTIAL;
    }
}
