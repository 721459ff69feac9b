package org.framebench.ui.internal;

/** Which way a text reads: by its first strongly directional letter, as the Unicode bidi algorithm does. */
public final class TextDirection {

    /** How far into a text to look for a letter (a long run of digits and punctuation first is rare). */
    private static final int LOOK_AT_MOST = 2_000;

    private TextDirection() {
    }

    /** Whether {@code text}'s first letter with a direction is right-to-left (Arabic, Hebrew, Syriac, Thaana…). */
    public static boolean isRightToLeft(String text) {
        if (text == null) {
            return false;
        }
        int end = Math.min(text.length(), LOOK_AT_MOST);
        for (int i = 0; i < end;) {
            int c = text.codePointAt(i);
            switch (Character.getDirectionality(c)) {
                case Character.DIRECTIONALITY_LEFT_TO_RIGHT:
                    return false;
                case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC:
                    return true;
                default:
                    break;
            }
            i += Character.charCount(c);
        }
        return false;
    }
}
