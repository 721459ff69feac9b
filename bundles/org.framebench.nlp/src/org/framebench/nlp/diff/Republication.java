package org.framebench.nlp.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** An article that republishes another: their ids and how much of the shorter one the other holds (0 to 1). */
public record Republication(String original, String republished, double overlap) {

    /** Every pair of the given texts (id to text, in order) where one republishes the other. */
    public static List<Republication> find(Map<String, String> texts) {
        List<Map.Entry<String, String>> entries = new ArrayList<>(texts.entrySet());
        List<Republication> found = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            for (int j = i + 1; j < entries.size(); j++) {
                String a = entries.get(i).getValue();
                String b = entries.get(j).getValue();
                double overlap = SyndicationDiff.overlap(a, b);
                if (overlap >= SyndicationDiff.REPUBLICATION_THRESHOLD) {
                    boolean aIsOriginal = SyndicationDiff.originalOf(a, b);
                    String original = aIsOriginal ? entries.get(i).getKey() : entries.get(j).getKey();
                    String copy = aIsOriginal ? entries.get(j).getKey() : entries.get(i).getKey();
                    found.add(new Republication(original, copy, overlap));
                }
            }
        }
        return found;
    }

    /** The diff of the republication against its original. */
    public SyndicationDiff diff(Map<String, String> texts) {
        return SyndicationDiff.compare(texts.get(original), texts.get(republished));
    }
}
