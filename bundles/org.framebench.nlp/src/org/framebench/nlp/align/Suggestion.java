package org.framebench.nlp.align;

/**
 * A proposed alignment: {@code target} (a sentence of another article) probably reports what
 * {@code source} reports. {@code score} is the cosine similarity of their weighted terms, 0 to 1.
 */
public record Suggestion(Passage source, Passage target, double score) {
}
