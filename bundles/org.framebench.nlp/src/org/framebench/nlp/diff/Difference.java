package org.framebench.nlp.diff;

import org.framebench.nlp.text.Span;

/**
 * One difference between an original and its republication: the stretch of the original
 * ({@code original}, empty for added material: where it would be) and of the republication
 * ({@code republished}, empty for removed text), with both texts.
 */
public record Difference(DifferenceKind kind, Span original, String originalText, Span republished,
        String republishedText) {

    /** The words of the difference (of the republication's side if it has any, else of the original's). */
    public int words() {
        String text = republishedText.isBlank() ? originalText : republishedText;
        return org.framebench.nlp.text.Words.tokens(text).size();
    }
}
