package org.framebench.grading.scoring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How students are scored against the key. The score (0–100) is the weighted mean of the assessed layers'
 * F1, the attribute agreement and the link credit: {@code 100 * (sum w_layer F1_layer + w_attr A + w_links K) /
 * (sum of the weights used)}. A layer is assessed when the key has annotations in it; attribute agreement
 * counts when the key's annotations have attribute values to agree on (measured over all of them, so a
 * missed annotation counts as not agreeing), link credit when the key has links. A span found with another
 * code of the same layer earns {@link #wrongCodeCredit()} of its overlap.
 */
public final class ScoringOptions {

    /** Default share of a span's credit earned when it is found with another code of the same layer. */
    public static final double DEFAULT_WRONG_CODE_CREDIT = 0.5;

    /** Default minimum Jaccard overlap for a student annotation to match a key annotation. */
    public static final double DEFAULT_THRESHOLD = 0.5;

    private double threshold = DEFAULT_THRESHOLD;
    private final Map<String, Double> layerWeights = new LinkedHashMap<>();
    private double defaultLayerWeight = 1.0;
    private double attributeWeight = 0.5;
    private double linkWeight = 0.5;
    private double wrongCodeCredit = DEFAULT_WRONG_CODE_CREDIT;

    /** Defaults: threshold 0.5, every layer weight 1, attributes 0.5, links 0.5, wrong code 0.5. */
    public ScoringOptions() {
    }

    public double threshold() {
        return threshold;
    }

    /** Sets the minimum Jaccard overlap (above 0, at most 1). */
    public ScoringOptions threshold(double value) {
        if (!(value > 0 && value <= 1)) {
            throw new IllegalArgumentException("The overlap threshold must be above 0 and at most 1, not " + value + ".");
        }
        this.threshold = value;
        return this;
    }

    /** The weight of a layer: the one set for it, else the default layer weight. */
    public double layerWeight(String layerId) {
        return layerWeights.getOrDefault(layerId, defaultLayerWeight);
    }

    public ScoringOptions layerWeight(String layerId, double weight) {
        layerWeights.put(layerId, requireWeight(weight));
        return this;
    }

    /** Weights set explicitly, by layer id. */
    public Map<String, Double> layerWeights() {
        return Collections.unmodifiableMap(layerWeights);
    }

    public double defaultLayerWeight() {
        return defaultLayerWeight;
    }

    /**
     * Checks that every layer given a weight is one of {@code layerIds} (the key's layers).
     *
     * @throws IllegalArgumentException naming the unknown layer and the valid ones
     */
    public void checkLayers(java.util.Collection<String> layerIds) {
        for (String layerId : layerWeights.keySet()) {
            if (!layerIds.contains(layerId)) {
                throw new IllegalArgumentException("There is no layer \"" + layerId + "\" in the key's codebook; its layers are "
                        + String.join(", ", layerIds) + ".");
            }
        }
    }

    public ScoringOptions defaultLayerWeight(double weight) {
        this.defaultLayerWeight = requireWeight(weight);
        return this;
    }

    public double attributeWeight() {
        return attributeWeight;
    }

    public ScoringOptions attributeWeight(double weight) {
        this.attributeWeight = requireWeight(weight);
        return this;
    }

    public double linkWeight() {
        return linkWeight;
    }

    public ScoringOptions linkWeight(double weight) {
        this.linkWeight = requireWeight(weight);
        return this;
    }

    /** The share (0 to 1) of a span's credit earned when it is found with another code of the same layer. */
    public double wrongCodeCredit() {
        return wrongCodeCredit;
    }

    public ScoringOptions wrongCodeCredit(double share) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("The wrong-code credit must be between 0 and 1, not " + share + ".");
        }
        this.wrongCodeCredit = share;
        return this;
    }

    private static double requireWeight(double weight) {
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("A weight must be zero or more, not " + weight + ".");
        }
        return weight;
    }
}
