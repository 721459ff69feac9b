package org.framebench.core.text;

/**
 * Finds where a recorded quote (covered text with a little context either side, see {@link TextAnchors})
 * sits in a changed text.
 * <ol>
 * <li>Fast path: the covered text at the expected offset (the old offset shifted as much as the
 * previous annotation moved), or at the old offset, with its whole context matching.</li>
 * <li>Near the expected offset (within {@value #NEARBY} characters), the nearest occurrence whose whole
 * context matches, exactly and then normalised (see 4).</li>
 * <li>Every exact occurrence of the covered text is scored by how many characters of context match
 * (before it, read backwards; after it, read forwards); the best wins, ties go to the one nearest the
 * expected offset.</li>
 * <li>The same on a normalised copy of both texts, which tolerates typographic versus straight quotes
 * and apostrophes, dash variants, and changes of whitespace (runs of spaces, line breaks, non-breaking
 * spaces).</li>
 * </ol>
 * A covered text that occurs once is taken whatever its context. One that occurs several times is only
 * taken if at least {@value #MIN_CONTEXT} characters of context (or all the context it has) agree;
 * otherwise it is ambiguous and left unplaced rather than guessed. A covered text that itself changed
 * (beyond the tolerated differences) is not found.
 */
final class TextLocator {

    /** Characters of matching context needed to choose among several occurrences. */
    static final int MIN_CONTEXT = 8;

    /** How a quote was found. */
    enum Match {
        EXACT, NORMALISED
    }

    /** A found span and how it was found. */
    record Found(int begin, int end, Match match) {
    }

    private final String text;
    private String normalisedText;
    /** For each character of the normalised text (and one past its end), its index in {@link #text}. */
    private int[] originalIndex;

    TextLocator(String text) {
        this.text = text;
    }

    /** Where {@code covered} (with its context) now is, or null if it cannot be placed. */
    Found locate(String covered, String before, String after, int oldBegin, int expectedBegin) {
        if (covered == null || covered.isEmpty()) {
            return null;
        }
        before = before == null ? "" : before;
        after = after == null ? "" : after;
        int fullContext = before.length() + after.length();
        for (int candidate : new int[] { expectedBegin, oldBegin }) {
            if (text.startsWith(covered, candidate)
                    && contextScore(text, candidate, candidate + covered.length(), before, after) == fullContext) {
                return new Found(candidate, candidate + covered.length(), Match.EXACT);
            }
        }
        // Nearby first: a whole-context match close to where it is expected settles it without
        // scanning the whole text (which matters with thousands of annotations after several edits).
        int exactNearby = nearby(text, covered, before, after, expectedBegin);
        if (exactNearby >= 0) {
            return new Found(exactNearby, exactNearby + covered.length(), Match.EXACT);
        }
        String normalisedCovered = normalise(covered).toString();
        if (normalisedCovered.isBlank()) {
            return null;
        }
        prepareNormalised();
        String normalisedBefore = normalise(before).toString();
        String normalisedAfter = normalise(after).toString();
        int expectedNormalised = normalisedIndexOf(expectedBegin);
        int normalisedNearby = nearby(normalisedText, normalisedCovered, normalisedBefore, normalisedAfter,
                expectedNormalised);
        if (normalisedNearby < 0) {
            int exact = best(text, covered, before, after, expectedBegin);
            if (exact >= 0) {
                return new Found(exact, exact + covered.length(), Match.EXACT);
            }
        }
        int found = normalisedNearby >= 0 ? normalisedNearby
                : best(normalisedText, normalisedCovered, normalisedBefore, normalisedAfter, expectedNormalised);
        if (found < 0) {
            return null;
        }
        int begin = originalIndex[found];
        int end = originalIndex[found + normalisedCovered.length() - 1] + 1;
        return new Found(begin, end, Match.NORMALISED);
    }

    /** Characters either side of the expected offset searched before the whole text. */
    static final int NEARBY = 2_000;

    /** The occurrence nearest {@code expectedBegin}, within {@link #NEARBY}, whose whole context matches; or -1. */
    private static int nearby(String in, String covered, String before, String after, int expectedBegin) {
        // The expected offset comes from the file and may lie anywhere, even far outside this text (a
        // file whose text is thousands of characters longer): the window is clamped to the text, and a
        // window that misses the text is empty. (long: an offset near Integer.MAX_VALUE must not wrap.)
        int from = (int) Math.min(in.length(), Math.max(0L, (long) expectedBegin - NEARBY));
        int to = (int) Math.max(from, Math.min(in.length(), (long) expectedBegin + NEARBY + covered.length()));
        if (to - from < covered.length()) {
            return -1;
        }
        int full = before.length() + after.length();
        int bestBegin = -1;
        for (int at = in.indexOf(covered, from, to); at >= 0; at = in.indexOf(covered, at + 1, to)) {
            if (contextScore(in, at, at + covered.length(), before, after) == full
                    && (bestBegin < 0 || Math.abs(at - expectedBegin) < Math.abs(bestBegin - expectedBegin))) {
                bestBegin = at;
            }
        }
        return bestBegin;
    }

    /** Start of the best-placed occurrence of {@code covered} in {@code in}, or -1 if none or ambiguous. */
    private static int best(String in, String covered, String before, String after, int expectedBegin) {
        int bestBegin = -1;
        int bestScore = -1;
        int occurrences = 0;
        for (int at = in.indexOf(covered); at >= 0; at = in.indexOf(covered, at + 1)) {
            occurrences++;
            int score = contextScore(in, at, at + covered.length(), before, after);
            if (score > bestScore
                    || score == bestScore && Math.abs((long) at - expectedBegin) < Math.abs((long) bestBegin - expectedBegin)) {
                bestScore = score;
                bestBegin = at;
            }
        }
        if (occurrences <= 1) {
            return bestBegin;
        }
        int needed = Math.min(MIN_CONTEXT, before.length() + after.length());
        return needed > 0 && bestScore >= needed ? bestBegin : -1;
    }

    /**
     * Characters of {@code before} matching the text just before {@code begin}, plus those of
     * {@code after} after {@code end}. Quote and dash variants count as matching, so that an edit of
     * typography near a quote does not make its context look changed.
     */
    private static int contextScore(String in, int begin, int end, String before, String after) {
        int score = 0;
        while (score < before.length() && begin - score - 1 >= 0
                && same(in.charAt(begin - score - 1), before.charAt(before.length() - score - 1))) {
            score++;
        }
        int following = 0;
        while (following < after.length() && end + following < in.length()
                && same(in.charAt(end + following), after.charAt(following))) {
            following++;
        }
        return score + following;
    }

    private static boolean same(char a, char b) {
        return a == b || normalise(a) == normalise(b);
    }

    private void prepareNormalised() {
        if (normalisedText != null) {
            return;
        }
        StringBuilder normalised = new StringBuilder(text.length());
        int[] index = new int[text.length() + 1];
        boolean inSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = normalise(text.charAt(i));
            if (c == ' ') {
                if (inSpace) {
                    continue;
                }
                inSpace = true;
            } else {
                inSpace = false;
            }
            index[normalised.length()] = i;
            normalised.append(c);
        }
        index[normalised.length()] = text.length();
        normalisedText = normalised.toString();
        originalIndex = index;
    }

    /** The normalised index of the character at or after {@code original}. */
    private int normalisedIndexOf(int original) {
        int low = 0;
        int high = normalisedText.length();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (originalIndex[middle] < original) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** {@code text} with the tolerated differences removed (see the class comment). */
    static StringBuilder normalise(String text) {
        StringBuilder normalised = new StringBuilder(text.length());
        boolean inSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = normalise(text.charAt(i));
            if (c == ' ') {
                if (inSpace) {
                    continue;
                }
                inSpace = true;
            } else {
                inSpace = false;
            }
            normalised.append(c);
        }
        return normalised;
    }

    private static char normalise(char c) {
        return switch (c) {
        case '‘', '’', '‚', '‛', '′' -> '\'';
        case '“', '”', '„', '‟', '″' -> '"';
        case '‐', '‑', '‒', '–', '—', '―' -> '-';
        default -> Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : c;
        };
    }
}
