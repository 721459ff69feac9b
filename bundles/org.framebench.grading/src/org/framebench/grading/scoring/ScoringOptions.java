package org.framebench.grading.scoring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How students are scored against the key. The score (0–100) is the weighted mean of the layers' F1, the
 * attribute agreement and the link credit: {@code 100 * (sum w_layer F1_layer + w_attr A + w_links K) /
 * (sum of the weights used)}; attribute agreement and link credit only count when the key gives them
 * something to agree on (matched pairs with attribute values, key links).
 */
public final class ScoringOptions {

    /** Default minimum Jaccard overlap for a student annotation to match a key annotation. */
    public static final double DEFAULT_THRESHOLD = 0.5;

    private double threshold = DEFAULT_THRESHOLD;
    private final Map<String, Double> layerWeights = new LinkedHashMap<>();
    private double defaultLayerWeight = 1.0;
    private double attributeWeight = 0.5;
    private double linkWeight = 0.5;

    /** Defaults: threshold 0.5, every layer weight 1, attributes 0.5, links 0.5. */
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

    private static double requireWeight(double weight) {
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("A weight must be zero or more, not " + weight + ".");
        }
        return weight;
    }
}
