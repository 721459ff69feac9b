package org.framebench.ui.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.framebench.model.Annotation;
import org.framebench.ui.internal.CodeColours;

/**
 * Turns an article's annotations into StyledText styles. Annotations may overlap: the text is cut at
 * every annotation boundary, and each piece gets the blend of its annotations' colours as background;
 * a piece under two annotations is underlined in the second one's colour, under three or more with a
 * double underline, so overlaps stay visible. The selected annotation gets a border.
 */
public final class AnnotationStyles {

    private AnnotationStyles() {
    }

    /**
     * @param annotations the article's annotations, in any order
     * @param colours     a colour for an RGB (the caller caches and disposes them)
     * @param selected    the selected annotation, or null
     */
    public static StyleRange[] compute(List<Annotation> annotations, Function<RGB, Color> colours, Annotation selected) {
        int n = annotations.size();
        if (n == 0) {
            return new StyleRange[0];
        }
        // Sweep over sorted boundaries: O(b log b) for b boundaries, then each piece looks at the active set.
        int[] boundaries = new int[2 * n];
        for (int i = 0; i < n; i++) {
            boundaries[2 * i] = annotations.get(i).getBegin();
            boundaries[2 * i + 1] = annotations.get(i).getEnd();
        }
        Arrays.sort(boundaries);
        Annotation[] byBegin = annotations.toArray(new Annotation[0]);
        Arrays.sort(byBegin, Comparator.comparingInt(Annotation::getBegin));
        List<Annotation> active = new ArrayList<>();
        List<StyleRange> styles = new ArrayList<>(2 * n);
        int next = 0;
        int previous = -1;
        for (int b = 0; b < boundaries.length; b++) {
            int start = boundaries[b];
            if (start == previous) {
                continue;
            }
            previous = start;
            int end = nextDistinct(boundaries, b, start);
            if (end < 0) {
                break;
            }
            active.removeIf(a -> a.getEnd() <= start);
            while (next < byBegin.length && byBegin[next].getBegin() <= start) {
                if (byBegin[next].getEnd() > start) {
                    active.add(byBegin[next]);
                }
                next++;
            }
            if (active.isEmpty()) {
                continue;
            }
            styles.add(style(start, end, active, colours, selected));
        }
        return styles.toArray(new StyleRange[0]);
    }

    private static int nextDistinct(int[] boundaries, int from, int value) {
        for (int i = from + 1; i < boundaries.length; i++) {
            if (boundaries[i] != value) {
                return boundaries[i];
            }
        }
        return -1;
    }

    private static StyleRange style(int start, int end, List<Annotation> active, Function<RGB, Color> colours,
            Annotation selected) {
        StyleRange range = new StyleRange();
        range.start = start;
        range.length = end - start;
        int red = 0;
        int green = 0;
        int blue = 0;
        for (Annotation annotation : active) {
            RGB rgb = CodeColours.parse(annotation.getCode() == null ? null : annotation.getCode().getColour());
            red += rgb.red;
            green += rgb.green;
            blue += rgb.blue;
        }
        int count = active.size();
        RGB blend = new RGB(red / count, green / count, blue / count);
        range.background = colours.apply(CodeColours.tint(blend, count > 1 ? 0.55 : 0.40));
        if (count > 1) {
            range.underline = true;
            range.underlineStyle = count > 2 ? SWT.UNDERLINE_DOUBLE : SWT.UNDERLINE_SINGLE;
            Annotation second = active.get(1);
            range.underlineColor = colours.apply(CodeColours.parse(second.getCode() == null ? null : second.getCode().getColour()));
        }
        if (selected != null && active.contains(selected)) {
            range.borderStyle = SWT.BORDER_SOLID;
            range.borderColor = colours.apply(new RGB(0x20, 0x20, 0x20));
        }
        return range;
    }
}
