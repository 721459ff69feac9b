package org.framebench.nlp.align;

import org.framebench.nlp.text.Span;

/**
 * A stretch of one article: the article's id and UTF-16 offsets, end exclusive, into its text or, when
 * {@code headline} is true, into its headline.
 */
public record Passage(String article, Span span, boolean headline) {

    /** A stretch of the article's text (its body). */
    public Passage(String article, Span span) {
        this(article, span, false);
    }

    public Passage(String article, int begin, int end) {
        this(article, new Span(begin, end));
    }

    public int begin() {
        return span.begin();
    }

    public int end() {
        return span.end();
    }
}
