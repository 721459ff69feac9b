package org.framebench.core.text;

import java.util.Arrays;

/**
 * Finds every occurrence of a phrase in an article's text as a student means it: ignoring case, and taking
 * typographic apostrophes and quotes for plain ones (Gaddafi's finds Gaddafi’s). Offsets are those of the
 * text itself (UTF-16 indices, end exclusive), since folding keeps every character in place.
 */
public final class TextSearch {

    private TextSearch() {
    }

    /** {@code text} folded character by character: same length, same offsets. */
    public static String fold(String text) {
        char[] folded = new char[text.length()];
        for (int i = 0; i < folded.length; i++) {
            folded[i] = fold(text.charAt(i));
        }
        return new String(folded);
    }

    private static char fold(char c) {
        switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`', '\u00B4':
                return '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033':
                return '"';
            case '\u2013', '\u2014', '\u2212':
                return '-';
            case '\u00A0':
                return ' ';
            default:
                return Character.toLowerCase(Character.toUpperCase(c));
        }
    }

    /**
     * The occurrences of {@code query} in {@code foldedText} (a text made by {@link #fold(String)}), as begin
     * offsets; each ends {@code query.length()} later. Occurrences do not overlap. An empty query finds nothing.
     */
    public static int[] findAll(String foldedText, String query) {
        if (query == null || query.isEmpty()) {
            return new int[0];
        }
        String wanted = fold(query);
        int[] found = new int[8];
        int count = 0;
        int from = 0;
        while (true) {
            int at = foldedText.indexOf(wanted, from);
            if (at < 0) {
                break;
            }
            if (count == found.length) {
                found = Arrays.copyOf(found, count * 2);
            }
            found[count++] = at;
            from = at + wanted.length();
        }
        return Arrays.copyOf(found, count);
    }
}
