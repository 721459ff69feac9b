package org.framebench.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.framebench.core.text.TextAnchors;
import org.framebench.model.Annotation;
import org.framebench.model.Article;
import org.framebench.model.TextRegion;

/**
 * One annotatable text of an article pane (its body or its headline): a read-only StyledText with the
 * annotations anchored in it painted in their codes' colours (incrementally) and described on hover.
 * The body and the headline share this code, so both paint, hover and hit-test alike.
 */
public final class AnnotatedText {

    private final Article article;
    private final TextRegion region;
    private final StyledText text;
    private final IntFunction<Color> colour;
    private List<Annotation> annotations = List.of();
    /** The painted pieces, sorted and disjoint; StyledText asks for a line's share when it paints the line. */
    private StyleRange[] styles = new StyleRange[0];
    /** What each annotation looked like when last painted, to repaint only what changed. */
    private Map<Annotation, PaintedSpan> painted = new HashMap<>();

    private record PaintedSpan(int begin, int end, Object code, boolean selected) {
    }

    public AnnotatedText(StyledText text, Article article, TextRegion region, IntFunction<Color> colour) {
        this.text = text;
        this.article = article;
        this.region = region;
        this.colour = colour;
        text.addLineStyleListener(event -> event.styles = stylesIn(event.lineOffset, event.lineText.length()));
        text.addListener(org.eclipse.swt.SWT.MouseHover, e -> text.setToolTipText(describeAt(new Point(e.x, e.y))));
        text.addListener(org.eclipse.swt.SWT.MouseExit, e -> text.setToolTipText(null));
        text.addPaintListener(this::paintMatches);
        text.addPaintListener(this::paintReturned);
    }

    /** Find's matches in this text: begin offsets, each {@link #matchLength} long, sorted; and the current one's begin (-1: none here). */
    private int[] matches = new int[0];
    private int matchLength;
    private int currentMatch = -1;

    /**
     * Marks find's matches in this text (a frame around each, the current one thicker, over whatever
     * annotation colours lie beneath); no matches removes the marks. Repaints only when something changed.
     */
    public void showMatches(int[] begins, int length, int current) {
        if (java.util.Arrays.equals(begins, matches) && length == matchLength && current == currentMatch) {
            return;
        }
        boolean hadMatches = matches.length > 0;
        matches = begins;
        matchLength = length;
        currentMatch = current;
        if (hadMatches || begins.length > 0) {
            text.redraw();
        }
    }

    private void paintMatches(org.eclipse.swt.events.PaintEvent e) {
        if (matches.length == 0 || matchLength == 0) {
            return;
        }
        int count = text.getCharCount();
        // Only the matches on screen: from the first visible line to the last.
        int firstOffset = text.getOffsetAtLine(text.getTopIndex());
        int bottomLine = text.getLineIndex(text.getClientArea().height);
        int lastOffset = bottomLine + 1 < text.getLineCount() ? text.getOffsetAtLine(bottomLine + 1) : count;
        int from = java.util.Arrays.binarySearch(matches, Math.max(0, firstOffset - matchLength));
        from = from < 0 ? -from - 1 : from;
        org.eclipse.swt.graphics.GC gc = e.gc;
        org.eclipse.swt.graphics.Color frame = e.display.getSystemColor(org.eclipse.swt.SWT.COLOR_DARK_RED);
        org.eclipse.swt.graphics.Color fill = e.display.getSystemColor(org.eclipse.swt.SWT.COLOR_YELLOW);
        for (int i = from; i < matches.length && matches[i] <= lastOffset; i++) {
            int begin = matches[i];
            int end = Math.min(count, begin + matchLength);
            if (end <= begin) {
                continue;
            }
            // A match the text wraps over two lines is framed line by line.
            int piece = begin;
            while (piece < end) {
                int line = text.getLineAtOffset(piece);
                org.eclipse.swt.graphics.Rectangle first = text.getTextBounds(piece, piece);
                int pieceEnd = piece + 1;
                while (pieceEnd < end && text.getTextBounds(pieceEnd, pieceEnd).y == first.y
                        && text.getLineAtOffset(pieceEnd) == line) {
                    pieceEnd++;
                }
                org.eclipse.swt.graphics.Rectangle bounds = text.getTextBounds(piece, pieceEnd - 1);
                gc.setAlpha(70);
                gc.setBackground(fill);
                gc.fillRectangle(bounds);
                gc.setAlpha(255);
                gc.setForeground(frame);
                gc.setLineWidth(begin == currentMatch ? 3 : 1);
                gc.drawRectangle(bounds.x, bounds.y, bounds.width - 1, bounds.height - 1);
                piece = pieceEnd;
            }
        }
    }

    /** The feedback returned in this text's document, or null (a student's own file, a key). */
    private org.framebench.model.ReturnedReview returnedReview() {
        org.eclipse.emf.ecore.EObject root = org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(article);
        return root instanceof org.framebench.model.AnnotationDocument document ? document.getReturnedReview() : null;
    }

    /** The key annotations the student missed that lie in this text (empty unless the file was returned). */
    public List<org.framebench.model.GhostAnnotation> ghosts() {
        org.framebench.model.ReturnedReview returned = returnedReview();
        List<org.framebench.model.GhostAnnotation> found = new ArrayList<>();
        if (returned != null) {
            for (org.framebench.model.GhostAnnotation ghost : returned.getGhosts()) {
                if (ghost.getArticle() == article && ghost.getRegion() == region && ghost.getBegin() >= 0
                        && ghost.getEnd() <= text.getCharCount() && ghost.getBegin() < ghost.getEnd()) {
                    found.add(ghost);
                }
            }
        }
        return found;
    }

    /**
     * In a returned file: each key annotation the student missed framed with a dashed line (a ghost, not
     * an annotation: it cannot be selected or edited) and signed ○ with its code; each of the student's
     * annotations signed at its end ✓ matched, ≈ partial, + extra or ≠ wrong code, so the marks are told
     * apart without colour.
     */
    private void paintReturned(org.eclipse.swt.events.PaintEvent e) {
        org.framebench.model.ReturnedReview returned = returnedReview();
        if (returned == null) {
            return;
        }
        org.eclipse.swt.graphics.GC gc = e.gc;
        org.eclipse.swt.graphics.Color ink = e.display.getSystemColor(org.eclipse.swt.SWT.COLOR_BLACK);
        org.eclipse.swt.graphics.Color frame = e.display.getSystemColor(org.eclipse.swt.SWT.COLOR_DARK_GRAY);
        // The signs in the system's (proportional) font, bold, at the article's size: a monospaced font draws
        // ✓ ≈ ≠ ○ too small to tell apart.
        int height = text.getFont().getFontData()[0].getHeight();
        org.eclipse.swt.graphics.FontData[] data = e.display.getSystemFont().getFontData();
        for (org.eclipse.swt.graphics.FontData one : data) {
            one.setHeight(Math.max(9, height + 1));
            one.setStyle(org.eclipse.swt.SWT.BOLD);
        }
        org.eclipse.swt.graphics.Font small = new org.eclipse.swt.graphics.Font(e.display, data);
        try {
            gc.setFont(small);
            gc.setForeground(ink);
            gc.setLineWidth(1);
            for (org.framebench.model.GhostAnnotation ghost : ghosts()) {
                List<org.eclipse.swt.graphics.Rectangle> pieces = lineBounds(ghost.getBegin(), ghost.getEnd());
                gc.setForeground(frame);
                gc.setLineStyle(org.eclipse.swt.SWT.LINE_DASH);
                for (org.eclipse.swt.graphics.Rectangle bounds : pieces) {
                    gc.drawRectangle(bounds.x - 1, bounds.y - 1, bounds.width + 1, bounds.height + 1);
                }
                gc.setLineStyle(org.eclipse.swt.SWT.LINE_SOLID);
                gc.setForeground(ink);
                badge(gc, pieces, org.framebench.core.returned.ReturnedReviews.MISSED_SYMBOL
                        + (ghost.getCode() == null ? "" : ghost.getCode().getId()));
            }
            for (org.framebench.model.MatchMark mark : returned.getMarks()) {
                Annotation annotation = mark.getAnnotation();
                if (annotation == null || annotation.getArticle() != article || annotation.getRegion() != region
                        || !TextAnchors.isAnchored(annotation) || annotation.getEnd() > text.getCharCount()
                        || annotation.getBegin() >= annotation.getEnd()) {
                    continue;
                }
                badge(gc, lineBounds(annotation.getBegin(), annotation.getEnd()),
                        org.framebench.core.returned.ReturnedReviews.symbol(mark.getKind()));
            }
        } finally {
            small.dispose();
        }
    }

    /** A sign just after the last piece of a span, raised towards the line spacing. */
    private static void badge(org.eclipse.swt.graphics.GC gc, List<org.eclipse.swt.graphics.Rectangle> pieces, String sign) {
        if (pieces.isEmpty()) {
            return;
        }
        org.eclipse.swt.graphics.Rectangle last = pieces.get(pieces.size() - 1);
        Point size = gc.textExtent(sign);
        int x = last.x + last.width;
        // Drawn over, not instead of, what is there: no text is hidden behind a sign.
        gc.drawString(sign, x + 1, last.y - size.y / 3, true);
    }

    /** The bounds of {@code [begin, end)} line by line (a span the text wraps is framed piece by piece). */
    private List<org.eclipse.swt.graphics.Rectangle> lineBounds(int begin, int end) {
        List<org.eclipse.swt.graphics.Rectangle> pieces = new ArrayList<>();
        int piece = begin;
        while (piece < end) {
            int line = text.getLineAtOffset(piece);
            org.eclipse.swt.graphics.Rectangle first = text.getTextBounds(piece, piece);
            int pieceEnd = piece + 1;
            while (pieceEnd < end && text.getTextBounds(pieceEnd, pieceEnd).y == first.y && text.getLineAtOffset(pieceEnd) == line) {
                pieceEnd++;
            }
            pieces.add(text.getTextBounds(piece, pieceEnd - 1));
            piece = pieceEnd;
        }
        return pieces;
    }

    /** The mark's sign and words shown for {@code annotation} in a returned file, or null. */
    private String returnedNote(Annotation annotation) {
        org.eclipse.emf.ecore.EObject root = org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(article);
        if (!(root instanceof org.framebench.model.AnnotationDocument document)) {
            return null;
        }
        org.framebench.model.MatchMark mark = org.framebench.core.returned.ReturnedReviews.markOf(document, annotation);
        if (mark == null) {
            return null;
        }
        return org.eclipse.osgi.util.NLS.bind(org.framebench.ui.feedback.Messages.Feedback_hoverMark,
                org.framebench.core.returned.ReturnedReviews.symbol(mark.getKind()) + " "
                        + org.framebench.core.returned.ReturnedReviews.label(mark.getKind()),
                mark.getKeyCode() == null ? "" : org.eclipse.osgi.util.NLS.bind(org.framebench.ui.feedback.Messages.Feedback_hoverKeyCode,
                        org.framebench.ui.internal.Names.code(mark.getKeyCode())));
    }

    /** Find's matches marked in this text now (begin offsets). */
    public int[] matchBegins() {
        return matches.clone();
    }

    /**
     * Paints {@code articleAnnotations} (all of this text's annotations: this article's in this region), marking {@code selected}.
     * Only the stretch of text whose annotations changed since the last call is repainted, so one new
     * annotation costs the same in an article of 10,000 annotations as in one of ten.
     */
    public void showAnnotations(List<Annotation> articleAnnotations, Annotation selected) {
        annotations = articleAnnotations;
        Map<Annotation, PaintedSpan> now = new HashMap<>(articleAnnotations.size() * 2);
        int dirtyBegin = Integer.MAX_VALUE;
        int dirtyEnd = -1;
        int changes = 0;
        for (Annotation annotation : articleAnnotations) {
            PaintedSpan span = new PaintedSpan(annotation.getBegin(), annotation.getEnd(), annotation.getCode(),
                    annotation == selected);
            now.put(annotation, span);
            PaintedSpan before = painted.remove(annotation);
            if (!span.equals(before)) {
                changes++;
                dirtyBegin = Math.min(dirtyBegin, span.begin());
                dirtyEnd = Math.max(dirtyEnd, span.end());
                if (before != null) {
                    dirtyBegin = Math.min(dirtyBegin, before.begin());
                    dirtyEnd = Math.max(dirtyEnd, before.end());
                }
            }
        }
        for (PaintedSpan gone : painted.values()) {
            changes++;
            dirtyBegin = Math.min(dirtyBegin, gone.begin());
            dirtyEnd = Math.max(dirtyEnd, gone.end());
        }
        boolean firstPaint = painted.isEmpty() && styles.length == 0;
        painted = now;
        if (dirtyEnd <= dirtyBegin) {
            return;
        }
        if (firstPaint || changes > INCREMENTAL_LIMIT) {
            styles = AnnotationStyles.compute(articleAnnotations, colour::apply, selected);
            text.redrawRange(dirtyBegin, Math.min(dirtyEnd, text.getCharCount()) - dirtyBegin, true);
        } else {
            patch(dirtyBegin, dirtyEnd, selected);
        }
    }

    /**
     * Paints a change whose annotations are known (the student's own add, delete or selection): only
     * those are compared, not all of the article's. {@code articleAnnotations} is this text's list now.
     */
    public void showChanges(List<Annotation> articleAnnotations, Annotation selected, Collection<Annotation> changed) {
        annotations = articleAnnotations;
        int dirtyBegin = Integer.MAX_VALUE;
        int dirtyEnd = -1;
        for (Annotation annotation : changed) {
            if (annotation == null) {
                continue;
            }
            PaintedSpan before = painted.remove(annotation);
            PaintedSpan span = null;
            if (annotation.eContainer() != null && annotation.getArticle() == article && annotation.getRegion() == region
                    && TextAnchors.isAnchored(annotation)) {
                span = new PaintedSpan(annotation.getBegin(), annotation.getEnd(), annotation.getCode(),
                        annotation == selected);
                painted.put(annotation, span);
            }
            if (span != null && span.equals(before)) {
                // Painted as it is already (the editor paints the student's own add or delete at once, and the
                // change and the selection that follow name the same annotation again): no stretch to redo.
                continue;
            }
            if (before != null) {
                dirtyBegin = Math.min(dirtyBegin, before.begin());
                dirtyEnd = Math.max(dirtyEnd, before.end());
            }
            if (span != null) {
                dirtyBegin = Math.min(dirtyBegin, span.begin());
                dirtyEnd = Math.max(dirtyEnd, span.end());
            }
        }
        if (dirtyEnd > dirtyBegin) {
            patch(dirtyBegin, dirtyEnd, selected);
        }
    }

    /**
     * Whether every one of {@code changed} is painted as it is now (or, not anchored in this text, not painted):
     * {@link #showChanges} would then repaint nothing.
     */
    public boolean paintedAsIs(Collection<Annotation> changed, Annotation selected) {
        for (Annotation annotation : changed) {
            if (annotation == null) {
                continue;
            }
            PaintedSpan before = painted.get(annotation);
            boolean shown = annotation.eContainer() != null && annotation.getArticle() == article
                    && annotation.getRegion() == region && TextAnchors.isAnchored(annotation);
            if (!shown ? before != null : !new PaintedSpan(annotation.getBegin(), annotation.getEnd(),
                    annotation.getCode(), annotation == selected).equals(before)) {
                return false;
            }
        }
        return true;
    }

    /** Recomputes the pieces of {@code [dirtyBegin, dirtyEnd)}, widened to whole annotations, and repaints them. */
    private void patch(int dirtyBegin, int dirtyEnd, Annotation selected) {
        List<Annotation> articleAnnotations = annotations;
        // Widen the stretch until no annotation crosses its edges; then only its pieces change.
        List<Annotation> inside = new ArrayList<>();
        boolean grown = true;
        while (grown) {
            grown = false;
            inside.clear();
            for (Annotation annotation : articleAnnotations) {
                if (annotation.getBegin() < dirtyEnd && annotation.getEnd() > dirtyBegin) {
                    inside.add(annotation);
                    if (annotation.getBegin() < dirtyBegin || annotation.getEnd() > dirtyEnd) {
                        dirtyBegin = Math.min(dirtyBegin, annotation.getBegin());
                        dirtyEnd = Math.max(dirtyEnd, annotation.getEnd());
                        grown = true;
                    }
                }
            }
        }
        styles = splice(styles, dirtyBegin, dirtyEnd, AnnotationStyles.compute(inside, colour::apply, selected));
        text.redrawRange(dirtyBegin, Math.min(dirtyEnd, text.getCharCount()) - dirtyBegin, true);
    }

    /** Beyond this many changed annotations a full recomputation is as quick as a patch. */
    private static final int INCREMENTAL_LIMIT = 64;

    /** {@code old} with its pieces inside {@code [begin, end)} replaced by {@code pieces} (all inside it). */
    private static StyleRange[] splice(StyleRange[] old, int begin, int end, StyleRange[] pieces) {
        int first = 0;
        while (first < old.length && old[first].start + old[first].length <= begin) {
            first++;
        }
        int last = first;
        while (last < old.length && old[last].start < end) {
            last++;
        }
        StyleRange[] result = new StyleRange[first + pieces.length + old.length - last];
        System.arraycopy(old, 0, result, 0, first);
        System.arraycopy(pieces, 0, result, first, pieces.length);
        System.arraycopy(old, last, result, first + pieces.length, old.length - last);
        return result;
    }

    /** The pieces that fall on {@code [offset, offset + length)}, clipped to it. */
    private StyleRange[] stylesIn(int offset, int length) {
        int end = offset + length;
        int low = 0;
        int high = styles.length;
        while (low < high) { // first piece that ends after offset
            int middle = (low + high) >>> 1;
            if (styles[middle].start + styles[middle].length <= offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        List<StyleRange> line = new ArrayList<>();
        for (int i = low; i < styles.length && styles[i].start < end; i++) {
            StyleRange piece = styles[i];
            int start = Math.max(piece.start, offset);
            int stop = Math.min(piece.start + piece.length, end);
            if (stop > start) {
                StyleRange clipped = (StyleRange) piece.clone();
                clipped.start = start;
                clipped.length = stop - start;
                line.add(clipped);
            }
        }
        return line.toArray(new StyleRange[0]);
    }

    /** The style StyledText is given for {@code offset} (through the same line-style path it paints), or null. */
    public StyleRange styleAt(int offset) {
        StyleRange[] here = stylesIn(offset, 1);
        return here.length == 0 ? null : here[0];
    }

    /** How many painted pieces the article has (benchmarks). */
    public int styleCount() {
        return styles.length;
    }

    /** The annotations covering {@code offset}, shortest first (the most specific one is what a click means). */
    public List<Annotation> annotationsAt(int offset) {
        List<Annotation> found = new ArrayList<>();
        for (Annotation annotation : annotations) {
            if (annotation.getBegin() <= offset && offset < annotation.getEnd()) {
                found.add(annotation);
            }
        }
        found.sort(Comparator.comparingInt(a -> a.getEnd() - a.getBegin()));
        return found;
    }

    /** Scrolls so that {@code annotation} (anchored in this text) is in view and puts the caret at its start. */
    public void reveal(Annotation annotation) {
        // An annotation that could not be re-anchored keeps its old offsets, which may lie past the end
        // of this (shorter) text: it is listed and selectable, but there is nothing to scroll to.
        if (!TextAnchors.isAnchored(annotation)) {
            return;
        }
        text.setTopIndex(Math.max(0, text.getLineAtOffset(annotation.getBegin()) - 2));
        text.setCaretOffset(annotation.getBegin());
    }

    private String describeAt(Point point) {
        int offset = text.getOffsetAtPoint(point);
        if (offset < 0) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (Annotation annotation : annotationsAt(offset)) {
            String mark = returnedNote(annotation);
            parts.add(ArticlePane.describe(annotation) + (mark == null ? "" : "\n" + mark));
        }
        for (org.framebench.model.GhostAnnotation ghost : ghosts()) {
            if (ghost.getBegin() <= offset && offset < ghost.getEnd()) {
                parts.add(org.eclipse.osgi.util.NLS.bind(org.framebench.ui.feedback.Messages.Feedback_hoverGhost, org.framebench.core.returned.ReturnedReviews.MISSED_SYMBOL,
                        ghost.getCode() == null ? "?" : org.framebench.ui.internal.Names.code(ghost.getCode())));
            }
        }
        return parts.isEmpty() ? null : String.join("\n\n", parts);
    }

    public StyledText getText() {
        return text;
    }

    public TextRegion getRegion() {
        return region;
    }
}
