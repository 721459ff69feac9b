package org.framebench.nlp.diff;

/** One line of a diff's summary: a kind of difference, how many there are and how many words they hold. */
public record SummaryRow(DifferenceKind kind, int count, int words) {

    /** Plain words: "Added after the article: 1 (312 words)". */
    public String describe() {
        return kind.label() + ": " + count + (count == 0 ? "" : " (" + words + (words == 1 ? " word)" : " words)"));
    }
}
