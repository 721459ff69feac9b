package org.framebench.ui.internal;

import org.eclipse.swt.graphics.RGB;

/** Turns a code's "#RRGGBB" colour into the shades used on screen. */
public final class CodeColours {

    private static final RGB FALLBACK = new RGB(0x99, 0x99, 0x99);

    private CodeColours() {
    }

    /** The colour of "#RRGGBB" (grey when the text is not such a colour). Called for every painted piece: no regex. */
    public static RGB parse(String hex) {
        if (hex == null || hex.length() != 7 || hex.charAt(0) != '#') {
            return FALLBACK;
        }
        int value = 0;
        for (int i = 1; i < 7; i++) {
            int digit = Character.digit(hex.charAt(i), 16);
            if (digit < 0) {
                return FALLBACK;
            }
            value = value * 16 + digit;
        }
        return new RGB((value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF);
    }

    /** The colour mixed with white, so black text stays readable on it ({@code amount} 0..1 of colour). */
    public static RGB tint(RGB colour, double amount) {
        return new RGB(mix(colour.red, amount), mix(colour.green, amount), mix(colour.blue, amount));
    }

    private static int mix(int channel, double amount) {
        return (int) Math.round(255 - (255 - channel) * amount);
    }
}
