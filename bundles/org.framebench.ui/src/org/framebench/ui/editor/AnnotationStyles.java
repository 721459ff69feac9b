package org.framebench.ui.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.IntFunction;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.framebench.model.Annotation;
import org.framebench.ui.internal.Appearance;
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
     * @param colours     a colour for a packed 0xRRGGBB value (the caller caches them)
     * @param selected    the selected annotation, or null
     */
    public static StyleRange[] compute(List<Annotation> annotations, IntFunction<Color> colours, Annotation selected) {
        Map<Object, Integer> codeColours = new IdentityHashMap<>();
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
            styles.add(style(start, end, active, colours, selected, codeColours));
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

    private static StyleRange style(int start, int end, List<Annotation> active, IntFunction<Color> colours,
            Annotation selected, Map<Object, Integer> codeColours) {
        StyleRange range = new StyleRange();
        range.start = start;
        range.length = end - start;
        int red = 0;
        int green = 0;
        int blue = 0;
        for (Annotation annotation : active) {
            int rgb = colourOf(annotation, codeColours);
            red += (rgb >> 16) & 0xFF;
            green += (rgb >> 8) & 0xFF;
            blue += rgb & 0xFF;
        }
        int count = active.size();
        double amount = count > 1 ? 0.55 : 0.40;
        range.background = colours.apply(tint(red / count, amount) << 16 | tint(green / count, amount) << 8
                | tint(blue / count, amount));
        if (count > 1) {
            range.underline = true;
            range.underlineStyle = count > 2 ? SWT.UNDERLINE_DOUBLE : SWT.UNDERLINE_SINGLE;
            range.underlineColor = colours.apply(colourOf(active.get(1), codeColours));
        }
        // The colour-blind-safe palette also underlines every piece in its layer's own style (the second
        // annotation's where two overlap, as the standard palette's overlap underline).
        Annotation marked = active.get(count > 1 ? 1 : 0);
        int layerUnderline = Appearance.underlineOf(marked.getCode());
        if (layerUnderline >= 0) {
            range.underline = true;
            range.underlineStyle = layerUnderline;
            range.underlineColor = colours.apply(darker(colourOf(marked, codeColours)));
        }
        if (selected != null && active.contains(selected)) {
            range.borderStyle = SWT.BORDER_SOLID;
            range.borderColor = colours.apply(0x202020);
        }
        return range;
    }

    private static int colourOf(Annotation annotation, Map<Object, Integer> codeColours) {
        Object code = annotation.getCode();
        return codeColours.computeIfAbsent(code == null ? AnnotationStyles.class : code, c -> {
            RGB rgb = CodeColours.parse(Appearance.colourOf(annotation.getCode()));
            return rgb.red << 16 | rgb.green << 8 | rgb.blue;
        });
    }

    /** The colour darkened by half, so an underline in it shows against its own tint. */
    private static int darker(int rgb) {
        return ((rgb >> 16) & 0xFF) / 2 << 16 | ((rgb >> 8) & 0xFF) / 2 << 8 | (rgb & 0xFF) / 2;
    }

    /** The channel mixed with white, as {@link CodeColours#tint}. */
    private static int tint(int channel, double amount) {
        return (int) Math.round(255 - (255 - channel) * amount);
    }
}
