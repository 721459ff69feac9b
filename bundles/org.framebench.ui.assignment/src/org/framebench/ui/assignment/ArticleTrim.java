package org.framebench.ui.assignment;

/**
 * Trims an imported article's text to the article itself (the boilerplate before and after it goes),
 * keeping the project's convention: one paragraph per line, no blank lines at either end. UI-free so it
 * can be tested on its own. Each method returns null when nothing would be left.
 */
public final class ArticleTrim {

    private ArticleTrim() {
    }

    /** The text between {@code begin} and {@code end} (UTF-16 offsets, end exclusive). */
    public static String keepOnly(String text, int begin, int end) {
        return tidy(text.substring(clamp(text, begin), clamp(text, end)));
    }

    /** The text from {@code begin} on. */
    public static String deleteBefore(String text, int begin) {
        return tidy(text.substring(clamp(text, begin)));
    }

    /** The text up to {@code end}. */
    public static String deleteAfter(String text, int end) {
        return tidy(text.substring(0, clamp(text, end)));
    }

    /** Drops blank lines, trailing spaces of lines, and whitespace at either end; null if nothing is left. */
    public static String tidy(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            String kept = line.strip();
            if (!kept.isEmpty()) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(kept);
            }
        }
        return out.length() == 0 ? null : out.toString();
    }

    /** True if most of the letters are of a right-to-left script (Arabic, Hebrew, ...). */
    public static boolean isMostlyRightToLeft(String text) {
        int rtl = 0;
        int ltr = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            byte d = Character.getDirectionality(cp);
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                rtl++;
            } else if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                ltr++;
            }
            i += Character.charCount(cp);
        }
        return rtl > ltr;
    }

    private static int clamp(String text, int offset) {
        return Math.max(0, Math.min(text.length(), offset));
    }
}
