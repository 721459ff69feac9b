package org.framebench.core.text;

/**
 * Converts offsets into one text between UTF-16 indices (Java's, and Framebench's model) and Unicode code
 * points (what W3C Web Annotation's TextPositionSelector and brat standoff, which counts Python 3 string
 * characters, mean by "characters"). A character outside the Basic Multilingual Plane (an emoji, 𝐀) is two
 * UTF-16 units but one code point. Built once per text, each conversion is then constant time.
 */
public final class CodePoints {

    private final int utf16Length;
    private final int codePointLength;
    /** For each UTF-16 index 0..length, the code points before it; null when the text has no surrogates. */
    private final int[] toCodePoint;
    /** For each code point index 0..count, its UTF-16 index; null when the text has no surrogates. */
    private final int[] toUtf16;

    private CodePoints(String text) {
        utf16Length = text.length();
        boolean surrogates = false;
        for (int i = 0; i < utf16Length && !surrogates; i++) {
            surrogates = Character.isSurrogate(text.charAt(i));
        }
        if (!surrogates) {
            codePointLength = utf16Length;
            toCodePoint = null;
            toUtf16 = null;
            return;
        }
        toCodePoint = new int[utf16Length + 1];
        int[] starts = new int[utf16Length + 1];
        int count = 0;
        int i = 0;
        while (i < utf16Length) {
            int width = Character.charCount(text.codePointAt(i));
            starts[count] = i;
            toCodePoint[i] = count;
            if (width == 2) {
                // An index inside a pair counts the pair as before it, as String.codePointCount does.
                toCodePoint[i + 1] = count + 1;
            }
            count++;
            i += width;
        }
        toCodePoint[utf16Length] = count;
        starts[count] = utf16Length;
        codePointLength = count;
        toUtf16 = java.util.Arrays.copyOf(starts, count + 1);
    }

    /** The converter for {@code text}. */
    public static CodePoints of(String text) {
        return new CodePoints(text == null ? "" : text);
    }

    /** How many code points the text has. */
    public int codePointLength() {
        return codePointLength;
    }

    /** The code point index of UTF-16 index {@code utf16Index} (0 to the text's length). */
    public int toCodePoints(int utf16Index) {
        if (utf16Index < 0 || utf16Index > utf16Length) {
            throw new IndexOutOfBoundsException("UTF-16 index " + utf16Index + " outside 0.." + utf16Length);
        }
        return toCodePoint == null ? utf16Index : toCodePoint[utf16Index];
    }

    /** The UTF-16 index of code point index {@code codePointIndex}, or -1 when it lies outside the text. */
    public int toUtf16(long codePointIndex) {
        if (codePointIndex < 0 || codePointIndex > codePointLength) {
            return -1;
        }
        return toUtf16 == null ? (int) codePointIndex : toUtf16[(int) codePointIndex];
    }
}
