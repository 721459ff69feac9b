package org.framebench.ui.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.framebench.grading.scoring.MatchStatus;
import org.framebench.model.Annotation;

/**
 * Turns annotations marked with a match status into StyledText styles: each stretch gets its status's
 * colour; where annotations overlap, the stretch takes the status that most needs the instructor's eye
 * (wrong code, extra, missed, partial, matched) and is underlined. The selected annotation gets a border.
 */
public final class MatchStyles {

    /** An annotation as one pane shows it. */
    public record Marked(Annotation annotation, MatchStatus status) {
    }

    private static final List<MatchStatus> PRIORITY = List.of(MatchStatus.WRONG_CODE, MatchStatus.EXTRA,
            MatchStatus.MISSED, MatchStatus.PARTIAL, MatchStatus.MATCHED);

    private MatchStyles() {
    }

    public static StyleRange[] compute(List<Marked> marked, Function<RGB, Color> colours, Annotation selected,
            int textLength) {
        // The panes show the article's body: a headline annotation's offsets index into the headline
        // (it is still listed among the matches).
        marked = marked.stream().filter(m -> !org.framebench.core.text.TextAnchors.inHeadline(m.annotation())).toList();
        TreeSet<Integer> cuts = new TreeSet<>();
        for (Marked m : marked) {
            cuts.add(clamp(m.annotation().getBegin(), textLength));
            cuts.add(clamp(m.annotation().getEnd(), textLength));
        }
        Integer[] points = cuts.toArray(new Integer[0]);
        List<StyleRange> styles = new ArrayList<>();
        // Panes show one student's annotations on one article (tens to hundreds): a plain scan per piece is enough.
        for (int i = 0; i + 1 < points.length; i++) {
            int start = points[i];
            int end = points[i + 1];
            MatchStatus shown = null;
            int covering = 0;
            boolean isSelected = false;
            for (Marked m : marked) {
                if (m.annotation().getBegin() <= start && end <= m.annotation().getEnd()) {
                    covering++;
                    isSelected |= m.annotation() == selected;
                    if (shown == null || PRIORITY.indexOf(m.status()) < PRIORITY.indexOf(shown)) {
                        shown = m.status();
                    }
                }
            }
            if (shown == null) {
                continue;
            }
            StyleRange range = new StyleRange();
            range.start = start;
            range.length = end - start;
            range.background = colours.apply(ReviewColours.of(shown));
            if (covering > 1) {
                range.underline = true;
                range.underlineStyle = SWT.UNDERLINE_SINGLE;
            }
            if (isSelected) {
                range.borderStyle = SWT.BORDER_SOLID;
                range.borderColor = colours.apply(new RGB(0x20, 0x20, 0x20));
                range.fontStyle = SWT.BOLD;
            }
            styles.add(range);
        }
        return styles.toArray(new StyleRange[0]);
    }

    private static int clamp(int offset, int length) {
        return Math.max(0, Math.min(length, offset));
    }

    /** The status shown at {@code offset} in {@code ranges} and {@code colours}, or {@code null} (for tests and hovers). */
    public static MatchStatus statusAt(StyleRange[] ranges, int offset) {
        return Arrays.stream(ranges).filter(r -> r.start <= offset && offset < r.start + r.length).findFirst()
                .map(r -> statusOf(r.background == null ? null : r.background.getRGB())).orElse(null);
    }

    /** The status whose colour is {@code rgb}, or {@code null}. */
    public static MatchStatus statusOf(RGB rgb) {
        for (MatchStatus status : MatchStatus.values()) {
            if (ReviewColours.of(status).equals(rgb)) {
                return status;
            }
        }
        return null;
    }
}
