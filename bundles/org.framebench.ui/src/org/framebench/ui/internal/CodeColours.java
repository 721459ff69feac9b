package org.framebench.ui.internal;

import org.eclipse.swt.graphics.RGB;

/** Turns a code's "#RRGGBB" colour into the shades used on screen. */
public final class CodeColours {

    private static final RGB FALLBACK = new RGB(0x99, 0x99, 0x99);

    private CodeColours() {
    }

    public static RGB parse(String hex) {
        if (hex == null || !hex.matches("#[0-9A-Fa-f]{6}")) {
            return FALLBACK;
        }
        int value = Integer.parseInt(hex.substring(1), 16);
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
