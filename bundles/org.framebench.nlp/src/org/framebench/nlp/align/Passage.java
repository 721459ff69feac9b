package org.framebench.nlp.align;

import org.framebench.nlp.text.Span;

/** A stretch of one article: the article's id and UTF-16 offsets into its text, end exclusive. */
public record Passage(String article, Span span) {

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
