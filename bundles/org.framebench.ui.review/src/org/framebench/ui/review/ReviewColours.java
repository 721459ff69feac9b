package org.framebench.ui.review;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.framebench.grading.scoring.MatchStatus;

/** The colours of the review: one per match status, and the heat scale of the class overlay. */
public final class ReviewColours {

    private static final Map<MatchStatus, RGB> STATUS = new EnumMap<>(MatchStatus.class);

    static {
        STATUS.put(MatchStatus.MATCHED, new RGB(0xA8, 0xDD, 0xA0));
        STATUS.put(MatchStatus.PARTIAL, new RGB(0xF5, 0xE0, 0x7A));
        STATUS.put(MatchStatus.MISSED, new RGB(0xF4, 0xA3, 0x9A));
        STATUS.put(MatchStatus.EXTRA, new RGB(0xA9, 0xC8, 0xF0));
        STATUS.put(MatchStatus.WRONG_CODE, new RGB(0xE0, 0xB0, 0xE8));
    }

    /** Heat scale stops, from few to all students (light yellow, orange, red). */
    private static final RGB[] HEAT = { new RGB(0xFF, 0xF3, 0xB0), new RGB(0xFD, 0xB0, 0x5A), new RGB(0xEE, 0x5A, 0x3C) };

    private ReviewColours() {
    }

    public static RGB of(MatchStatus status) {
        return STATUS.get(status);
    }

    public static Color colourOf(MatchStatus status) {
        return new Color(of(status));
    }

    /** The overlay colour for {@code count} of {@code total} students (count ≥ 1). */
    public static RGB heat(int count, int total) {
        double t = total <= 1 ? 1 : (double) (count - 1) / (total - 1);
        double scaled = t * (HEAT.length - 1);
        int low = Math.min((int) Math.floor(scaled), HEAT.length - 2);
        double within = scaled - low;
        RGB a = HEAT[low];
        RGB b = HEAT[low + 1];
        return new RGB(mix(a.red, b.red, within), mix(a.green, b.green, within), mix(a.blue, b.blue, within));
    }

    private static int mix(int from, int to, double amount) {
        return (int) Math.round(from + (to - from) * amount);
    }
}
