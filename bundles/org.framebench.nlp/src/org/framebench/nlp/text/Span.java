package org.framebench.nlp.text;

/** A stretch of a text: UTF-16 offsets into the article's string, {@code end} exclusive. */
public record Span(int begin, int end) {

    public Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span " + begin + ".." + end);
        }
    }

    public int length() {
        return end - begin;
    }

    public boolean overlaps(Span other) {
        return begin < other.end && other.begin < end;
    }

    public boolean contains(int offset) {
        return begin <= offset && offset < end;
    }

    public String of(String text) {
        return text.substring(begin, end);
    }
}
