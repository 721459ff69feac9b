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
 * @param attributesCompared key attribute values compared over matched pairs
 * @param attributesAgreeing of those, the ones the student gave the same value
 * @param keyLinks links in the key
 * @param linksCredited key links the student reproduced (a student link joining the annotations matched to
 *        the key link's two ends)
 * @param studentLinks links in the student's document
 * @param matches every student and key annotation with its status, article by article in text order
 * @param total the score 0–100 (see {@link ScoringOptions})
 */
public record StudentScore(AnnotationDocument student, Map<String, LayerScore> layers, LayerScore overall,
        int attributesCompared, int attributesAgreeing, int keyLinks, int linksCredited, int studentLinks,
        List<AnnotationMatch> matches, double total) {

    public StudentScore {
        layers = Collections.unmodifiableMap(layers);
        matches = Collections.unmodifiableList(matches);
    }

    /** Share of compared attribute values that agree, or {@code null} when none could be compared. */
    public Double attributeAgreement() {
        return attributesCompared == 0 ? null : (double) attributesAgreeing / attributesCompared;
    }

    /** Share of the key's links reproduced, or {@code null} when the key has no links. */
    public Double linkCredit() {
        return keyLinks == 0 ? null : (double) linksCredited / keyLinks;
    }

    /** How many rows have {@code status}. */
    public long count(MatchStatus status) {
        return matches.stream().filter(m -> m.status() == status).count();
    }
}
