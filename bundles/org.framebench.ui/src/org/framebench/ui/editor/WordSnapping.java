package org.framebench.ui.editor;

/**
 * Whole-word spans for selections and keyboard resizing. A word is a run of letters, digits and the
 * apostrophes inside words; quotation marks around a selection are kept if the student selected them.
 */
final class WordSnapping {

    private WordSnapping() {
    }

    /** {@code [begin, end)} widened to whole words, with surrounding white space trimmed. */
    static int[] snap(String text, int begin, int end) {
        while (begin < end && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (begin >= end) {
            return new int[] { begin, begin };
        }
        while (begin > 0 && isWordChar(text, begin - 1) && isWordChar(text, begin)) {
            begin--;
        }
        while (end < text.length() && isWordChar(text, end) && isWordChar(text, end - 1)) {
            end++;
        }
        return new int[] { begin, end };
    }

    /** The end moved right past the next word. */
    static int nextWordEnd(String text, int end) {
        int i = end;
        while (i < text.length() && !isWordChar(text, i)) {
            i++;
        }
        while (i < text.length() && isWordChar(text, i)) {
            i++;
        }
        return i;
    }

    /** The end moved left to the end of the previous word, never to or before {@code begin}. */
    static int previousWordEnd(String text, int end, int begin) {
        int i = end;
        while (i > begin && isWordChar(text, i - 1)) {
            i--;
        }
        while (i > begin && !isWordChar(text, i - 1)) {
            i--;
        }
        return i > begin ? i : end;
    }

    /** The start moved left to the start of the previous word. */
    static int previousWordStart(String text, int begin) {
        int i = begin;
        while (i > 0 && !isWordChar(text, i - 1)) {
            i--;
        }
        while (i > 0 && isWordChar(text, i - 1)) {
            i--;
        }
        return i;
    }

    /** The start moved right to the start of the next word, never to or past {@code end}. */
    static int nextWordStart(String text, int begin, int end) {
        int i = begin;
        while (i < end && isWordChar(text, i)) {
            i++;
        }
        while (i < end && !isWordChar(text, i)) {
            i++;
        }
        return i < end ? i : begin;
    }

    private static boolean isWordChar(String text, int index) {
        char c = text.charAt(index);
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        boolean apostrophe = c == '\'' || c == '\u2019';
        return apostrophe && index > 0 && index + 1 < text.length() && Character.isLetter(text.charAt(index - 1))
                && Character.isLetter(text.charAt(index + 1));
    }
}
