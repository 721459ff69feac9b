package org.framebench.grading.scoring;

/**
 * Precision, recall and F1 of one layer (or overall), with partial credit: each matched pair earns its
 * Jaccard overlap (a span found with the wrong code of the same layer a share of it), so {@code precision = credit / student annotations} and {@code recall = credit / key
 * annotations}.
 *
 * @param layerId the layer's id, or {@code "overall"}
 * @param studentCount the student's annotations in the layer
 * @param keyCount the key's annotations in the layer
 * @param matched matched and partial pairs
 * @param credit sum of the rows' credit (see {@link AnnotationMatch#credit()})
 */
public record LayerScore(String layerId, int studentCount, int keyCount, int matched, double credit) {

    /** Id used for the overall (all layers) score. */
    public static final String OVERALL = "overall";

    /**
     * Whether the key assesses this layer: it has annotations in it. A layer the key leaves empty is left
     * out of the total (its weight goes to the others), and what a student marks there is neither rewarded
     * nor penalised.
     */
    public boolean assessed() {
        return keyCount > 0;
    }

    /** Credit per student annotation; 1 when the student marked nothing and the key has nothing either. */
    public double precision() {
        if (studentCount == 0) {
            return keyCount == 0 ? 1 : 0;
        }
        return credit / studentCount;
    }

    /** Credit per key annotation; 1 when the key has nothing in this layer and the student neither. */
    public double recall() {
        if (keyCount == 0) {
            return studentCount == 0 ? 1 : 0;
        }
        return credit / keyCount;
    }

    /** Harmonic mean of precision and recall (0 when both are 0). */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
