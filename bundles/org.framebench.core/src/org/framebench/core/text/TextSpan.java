package org.framebench.core.text;

/** A span of an article's text: UTF-16 indices, end exclusive. */
public record TextSpan(int begin, int end) {

    public boolean isEmpty() {
        return begin >= end;
    }

    public int length() {
        return end - begin;
    }

    /** The text this span covers in {@code text}. */
    public String of(String text) {
        return text.substring(begin, end);
    }
}
