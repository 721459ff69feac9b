package org.framebench.core.text;

/**
 * What text may enter a document: XML 1.0, in which {@code .fbench} files are written, cannot hold C0
 * control characters other than tab, line feed and carriage return, nor U+FFFE, U+FFFF or a surrogate
 * that is not part of a pair. One such character pasted into a note would make the file unsavable, so
 * wherever a user's text enters the model it goes through {@link #clean(String)}.
 */
public final class XmlText {

    private XmlText() {
    }

    /**
     * {@code text} without the characters XML 1.0 cannot hold (tab, newlines and every other character
     * stay as they are); the same instance when there is nothing to remove; null stays null.
     */
    public static String clean(String text) {
        return rewrite(text, null);
    }

    /**
     * {@code text} with each character XML 1.0 cannot hold replaced by {@code replacement}, one UTF-16 unit
     * for one, so offsets into it stay valid; the same instance when there is nothing to replace.
     */
    public static String replaceInvalid(String text, char replacement) {
        return rewrite(text, replacement);
    }

    /** Drops ({@code replacement} null) or replaces each character XML 1.0 cannot hold. */
    private static String rewrite(String text, Character replacement) {
        if (text == null) {
            return null;
        }
        int first = firstInvalid(text);
        if (first < 0) {
            return text;
        }
        StringBuilder clean = new StringBuilder(text.length());
        clean.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                clean.append(c).append(text.charAt(++i));
            } else if (isAllowed(c)) {
                clean.append(c);
            } else if (replacement != null) {
                clean.append(replacement.charValue());
            }
        }
        return clean.toString();
    }

    /** Whether {@code text} (null included) can be written to XML 1.0 as it is. */
    public static boolean isClean(String text) {
        return text == null || firstInvalid(text) < 0;
    }

    /** The index of the first character XML 1.0 cannot hold, or -1. */
    private static int firstInvalid(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (!isAllowed(c)) {
                return i;
            }
        }
        return -1;
    }

    /** A single UTF-16 unit XML 1.0 allows on its own (surrogates only come in pairs, handled by the callers). */
    private static boolean isAllowed(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }
}
