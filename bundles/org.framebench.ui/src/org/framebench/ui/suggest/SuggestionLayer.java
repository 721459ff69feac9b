package org.framebench.ui.suggest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.framebench.model.Code;
import org.framebench.model.Codebook;
import org.framebench.suggest.SuggestedAnnotation;
import org.framebench.ui.internal.Appearance;
import org.framebench.ui.internal.CodeColours;
import org.framebench.ui.internal.Names;

/**
 * Draws one article body's open suggestions as dashed outlines in their codes' colours (line by line where the text
 * wraps a span), over the annotations' fills, never as fills themselves; and names the suggestion under the mouse.
 */
public final class SuggestionLayer {

    private final StyledText text;
    private final Codebook codebook;
    private List<SuggestedAnnotation> shown = List.of();
    private final Map<Integer, Color> colours = new HashMap<>();
    /** System.nanoTime() of the first paint that drew a suggestion (0: none yet). */
    private long firstPaint;
    /** Whether the text has been painted once: until then its first paint draws what is shown, unasked. */
    private boolean painted;

    SuggestionLayer(StyledText text, Codebook codebook) {
        this.text = text;
        this.codebook = codebook;
        text.addPaintListener(this::paint);
        text.addListener(SWT.MouseHover, e -> {
            // After the annotations' own hover: a suggestion is named only where no annotation is.
            if (text.getToolTipText() == null) {
                SuggestedAnnotation here = atPoint(new Point(e.x, e.y));
                if (here != null) {
                    text.setToolTipText(NLS.bind(Messages.Suggestions_hover, codeName(here)));
                }
            }
        });
    }

    /** Shows {@code suggestions} (sorted by begin) instead of those shown now; repaints when they differ. */
    void show(List<SuggestedAnnotation> suggestions) {
        if (text.isDisposed() || suggestions.equals(shown)) {
            return;
        }
        shown = List.copyOf(suggestions);
        if (painted) {
            text.redraw();
        }
    }

    /** The suggestions drawn now. */
    public List<SuggestedAnnotation> shown() {
        return shown;
    }

    /** When the first suggestion was painted (System.nanoTime()), or 0. */
    public long firstPaintNanos() {
        return firstPaint;
    }

    public StyledText getText() {
        return text;
    }

    /**
     * The suggestion the caret at {@code offset} is in: the shortest of those with {@code begin <= offset < end},
     * else one ending at {@code offset} (the caret just after it); null if none.
     */
    public SuggestedAnnotation at(int offset) {
        SuggestedAnnotation best = null;
        for (SuggestedAnnotation suggestion : shown) {
            if (suggestion.begin() <= offset && offset < suggestion.end()
                    && (best == null || suggestion.length() < best.length())) {
                best = suggestion;
            }
        }
        if (best == null) {
            for (SuggestedAnnotation suggestion : shown) {
                if (suggestion.end() == offset && (best == null || suggestion.length() < best.length())) {
                    best = suggestion;
                }
            }
        }
        return best;
    }

    private SuggestedAnnotation atPoint(Point point) {
        int offset = text.getOffsetAtPoint(point);
        if (offset < 0) {
            return null;
        }
        SuggestedAnnotation best = null;
        for (SuggestedAnnotation suggestion : shown) {
            if (suggestion.begin() <= offset && offset < suggestion.end()
                    && (best == null || suggestion.length() < best.length())) {
                best = suggestion;
            }
        }
        return best;
    }

    private String codeName(SuggestedAnnotation suggestion) {
        Code code = org.framebench.core.codebook.Codebooks.findById(codebook, suggestion.codeId()).orElse(null);
        return code == null ? suggestion.codeId() : Names.code(code);
    }

    private Color colourOf(String codeId) {
        Code code = org.framebench.core.codebook.Codebooks.findById(codebook, codeId).orElse(null);
        RGB rgb = code == null ? new RGB(0x55, 0x55, 0x55) : CodeColours.parse(Appearance.colourOf(code));
        int packed = rgb.red << 16 | rgb.green << 8 | rgb.blue;
        return colours.computeIfAbsent(packed, c -> new Color(rgb.red, rgb.green, rgb.blue));
    }

    private void paint(PaintEvent e) {
        painted = true;
        if (shown.isEmpty() || text.getCharCount() == 0) {
            return;
        }
        int count = text.getCharCount();
        int firstOffset = text.getOffsetAtLine(text.getTopIndex());
        int bottomLine = text.getLineIndex(text.getClientArea().height);
        int lastOffset = bottomLine + 1 < text.getLineCount() ? text.getOffsetAtLine(bottomLine + 1) : count;
        GC gc = e.gc;
        int lineWidth = gc.getLineWidth();
        int lineStyle = gc.getLineStyle();
        gc.setLineWidth(2);
        gc.setLineStyle(SWT.LINE_DASH);
        boolean drew = false;
        for (SuggestedAnnotation suggestion : shown) {
            if (suggestion.end() <= firstOffset || suggestion.begin() > lastOffset || suggestion.end() > count) {
                continue;
            }
            gc.setForeground(colourOf(suggestion.codeId()));
            int from = Math.max(suggestion.begin(), firstOffset);
            int to = Math.min(suggestion.end(), lastOffset);
            for (Rectangle bounds : lineBounds(from, to)) {
                gc.drawRectangle(bounds.x - 1, bounds.y, bounds.width + 1, bounds.height - 1);
            }
            drew = true;
        }
        gc.setLineWidth(lineWidth);
        gc.setLineStyle(lineStyle);
        if (drew && firstPaint == 0) {
            firstPaint = System.nanoTime();
        }
    }

    /**
     * The bounds of {@code [begin, end)} piece by piece, one per visual line: within a line of the text the pieces
     * are found by bisection on the characters' y, so a long quotation costs a few lookups per line, not one per
     * character.
     */
    List<Rectangle> lineBounds(int begin, int end) {
        List<Rectangle> pieces = new ArrayList<>();
        int piece = begin;
        while (piece < end) {
            int line = text.getLineAtOffset(piece);
            int lineEnd = line + 1 < text.getLineCount() ? text.getOffsetAtLine(line + 1) : text.getCharCount();
            int limit = Math.min(end, lineEnd);
            int y = text.getTextBounds(piece, piece).y;
            // The last offset in [piece, limit) on the same visual line as piece.
            int low = piece;
            int high = limit - 1;
            while (low < high) {
                int middle = (low + high + 1) >>> 1;
                if (text.getTextBounds(middle, middle).y == y) {
                    low = middle;
                } else {
                    high = middle - 1;
                }
            }
            int last = low;
            // A line break closing the piece is not framed.
            while (last > piece && Character.isWhitespace(text.getTextRange(last, 1).charAt(0))) {
                last--;
            }
            if (!Character.isWhitespace(text.getTextRange(last, 1).charAt(0)) || last > piece) {
                pieces.add(text.getTextBounds(piece, last));
            }
            piece = Math.max(low + 1, piece + 1);
            if (piece >= limit && limit < end) {
                piece = limit;
            }
        }
        return pieces;
    }
}
