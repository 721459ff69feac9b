package org.framebench.core.text;

/**
 * Word-boundary snapping of selections, and moving a span's edges one word at a time (keyboard editing
 * of an annotation's span). Offsets are UTF-16 indices, end exclusive, as in the model.
 * <p>
 * A <em>word</em> is a run of letters and digits; an apostrophe or hyphen between two letters or digits
 * belongs to the word ({@code Gaddafi’s}, {@code face-to-face}), a comma between two digits does
 * ({@code 1,000}), and a point between two letters or digits, or ending an abbreviation, does
 * ({@code 3.5}, {@code U.S.}). Rules of {@link #snapToWords}:
 * <ol>
 * <li>whitespace at either end of the selection is dropped;</li>
 * <li>an edge that falls inside a word moves outwards to take the whole word; an edge that is already
 * between words stays put, so the span never reaches into a neighbouring word;</li>
 * <li>punctuation the user selected stays selected, and none is added, except that a quotation mark or
 * bracket opened inside the span is closed by taking the matching mark right after it, with sentence
 * punctuation just before that mark (news style puts it inside quotes), and a closing mark left
 * unbalanced takes the opening one right before the span: selecting {@code “clear and fi} gives
 * {@code “clear and firm”}, and {@code "a first st} gives {@code "a first step,"}.</li>
 * </ol>
 */
public final class TextSnapping {

    private TextSnapping() {
    }

    /** The selection {@code [begin, end)} of {@code text} widened to whole words; empty if it held only spaces. */
    public static TextSpan snapToWords(String text, int begin, int end) {
        int b = clamp(Math.min(begin, end), text);
        int e = clamp(Math.max(begin, end), text);
        while (b < e && Character.isWhitespace(text.charAt(b))) {
            b++;
        }
        while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (b == e) {
            return new TextSpan(b, b);
        }
        if (isWordChar(text, b) && b > 0 && isWordChar(text, b - 1)) {
            b = wordStart(text, b);
        }
        if (isWordChar(text, e - 1) && e < text.length() && isWordChar(text, e)) {
            e = wordEnd(text, e - 1);
        }
        return closeMarks(text, b, e);
    }

    /** Moves the span's start back to the start of the previous word; unchanged at the start of the text. */
    public static TextSpan widenStart(String text, int begin, int end) {
        int b = begin;
        while (b > 0 && !isWordChar(text, b - 1)) {
            b--;
        }
        if (b == 0) {
            return new TextSpan(begin, end);
        }
        return new TextSpan(wordStart(text, b - 1), end);
    }

    /** Moves the span's end on to the end of the next word; unchanged at the end of the text. */
    public static TextSpan widenEnd(String text, int begin, int end) {
        int e = end;
        while (e < text.length() && !isWordChar(text, e)) {
            e++;
        }
        if (e == text.length()) {
            return new TextSpan(begin, end);
        }
        return new TextSpan(begin, wordEnd(text, e));
    }

    /**
     * Moves the span's start forward past its first word, to the start of its second word; unchanged if
     * the span holds one word or less (a span never becomes empty).
     */
    public static TextSpan narrowStart(String text, int begin, int end) {
        int b = begin;
        while (b < end && !isWordChar(text, b)) {
            b++;
        }
        if (b == end) {
            return new TextSpan(begin, end);
        }
        b = wordEnd(text, b);
        while (b < end && !isWordChar(text, b)) {
            b++;
        }
        return b >= end ? new TextSpan(begin, end) : new TextSpan(b, end);
    }

    /**
     * Moves the span's end back past its last word, to the end of the word before it; unchanged if the
     * span holds one word or less.
     */
    public static TextSpan narrowEnd(String text, int begin, int end) {
        int e = end;
        while (e > begin && !isWordChar(text, e - 1)) {
            e--;
        }
        if (e == begin) {
            return new TextSpan(begin, end);
        }
        e = wordStart(text, e - 1);
        while (e > begin && !isWordChar(text, e - 1)) {
            e--;
        }
        return e <= begin ? new TextSpan(begin, end) : new TextSpan(begin, e);
    }

    /** Whether the character at {@code index} is part of a word (see the class comment). */
    public static boolean isWordChar(String text, int index) {
        if (index < 0 || index >= text.length()) {
            return false;
        }
        char c = text.charAt(index);
        // Surrogate halves count as word characters so a span never splits a character in two.
        if (Character.isLetterOrDigit(c) || Character.isSurrogate(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
            return true;
        }
        char before = index > 0 ? text.charAt(index - 1) : ' ';
        char after = index + 1 < text.length() ? text.charAt(index + 1) : ' ';
        return switch (c) {
        case '\'', '’', '-', '‐', '‑' -> Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after);
        case ',' -> Character.isDigit(before) && Character.isDigit(after);
        // 3.5 and U.S. (the final point of an abbreviation too); "end.Next" would join, which is rare.
        case '.' -> Character.isLetterOrDigit(before)
                && (Character.isLetterOrDigit(after) || index >= 2 && text.charAt(index - 2) == '.');
        default -> false;
        };
    }

    /** Start of the word containing {@code index}. */
    private static int wordStart(String text, int index) {
        int b = index;
        while (b > 0 && isWordChar(text, b - 1)) {
            b--;
        }
        return b;
    }

    /** End (exclusive) of the word containing {@code index}. */
    private static int wordEnd(String text, int index) {
        int e = index + 1;
        while (e < text.length() && isWordChar(text, e)) {
            e++;
        }
        return e;
    }

    private static final String OPENING = "“«([";
    private static final String CLOSING = "”»)]";

    /** Takes the mark that closes (or opens) one left unbalanced inside the span, if it sits right outside. */
    private static TextSpan closeMarks(String text, int begin, int end) {
        int b = begin;
        int e = end;
        for (int pair = 0; pair < OPENING.length(); pair++) {
            char open = OPENING.charAt(pair);
            char close = CLOSING.charAt(pair);
            int balance = 0;
            for (int i = b; i < e; i++) {
                char c = text.charAt(i);
                balance += c == open ? 1 : c == close ? -1 : 0;
            }
            if (balance > 0 && closingAfter(text, e, close) > e) {
                e = closingAfter(text, e, close);
            } else if (balance < 0 && b > 0 && text.charAt(b - 1) == open) {
                b--;
            }
        }
        // A straight quote is its own partner: an odd one is closed on the side it was opened from.
        long straight = text.substring(b, e).chars().filter(c -> c == '"').count();
        if (straight % 2 == 1) {
            if (text.charAt(b) == '"' && closingAfter(text, e, '"') > e) {
                e = closingAfter(text, e, '"');
            } else if (text.charAt(e - 1) == '"' && b > 0 && text.charAt(b - 1) == '"') {
                b--;
            }
        }
        return new TextSpan(b, e);
    }

    /**
     * The end of a span closed by {@code close} right after {@code end}, with any sentence punctuation
     * in between (news style puts it inside the quote: {@code "a first step,"}); {@code end} if none.
     */
    private static int closingAfter(String text, int end, char close) {
        int at = end;
        while (at < text.length() && at - end < 3 && ".,;:!?…".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        return at < text.length() && text.charAt(at) == close ? at + 1 : end;
    }

    private static int clamp(int index, String text) {
        return Math.max(0, Math.min(index, text.length()));
    }
}
