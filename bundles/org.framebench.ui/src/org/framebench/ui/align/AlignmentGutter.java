package org.framebench.ui.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Region;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.framebench.core.text.TextAnchors;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.Link;
import org.framebench.model.TextRegion;
import org.framebench.nlp.align.Aligner;
import org.framebench.nlp.align.Suggestion;
import org.framebench.nlp.text.Span;
import org.framebench.ui.editor.ArticlePane;
import org.framebench.ui.internal.CodeColours;

/**
 * The narrow strip between the two articles of Two side by side: a band for each link between an annotation
 * of the left article and one of the right (solid, in the code's colour) and for each suggested sentence
 * alignment (light, dashed), from the passage's lines in the left pane to its lines in the right pane.
 * Only bands with an end in view are painted; the suggested alignment is computed once per article pair.
 * A passage partly or wholly out of view is drawn as going off the text's edge: the band runs on towards
 * where the passage is (at most {@link #OFF_EDGE} gutter heights beyond the edge) and is cut at the line
 * between the two texts' visible edges, so it is never drawn as if the passage ended at the edge.
 */
public final class AlignmentGutter {

    /** The gutter's width in pixels. */
    public static final int WIDTH = 40;

    /** A band's kind: the student's link, or a suggested alignment. */
    public enum Kind {
        LINK, SUGGESTION
    }

    /** How far beyond a text's visible edge a band is drawn towards a passage out of view, in gutter heights. */
    public static final double OFF_EDGE = 1.0;

    /**
     * One painted band, in the gutter's coordinates: the passage's vertical extent beside the left pane and
     * beside the right pane, each clipped to its text's visible area ({@code leftTop} ... {@code rightBottom}),
     * and as drawn, going off the visible edge where the passage does ({@code drawnLeftTop} ...
     * {@code drawnRightBottom}: the same where the passage is in view).
     */
    public record Band(int leftTop, int leftBottom, int rightTop, int rightBottom, Kind kind, int drawnLeftTop,
            int drawnLeftBottom, int drawnRightTop, int drawnRightBottom) {

        /** Does the band go off a text's visible edge (its passage is partly or wholly out of view)? */
        public boolean goesOffEdge() {
            return drawnLeftTop != leftTop || drawnLeftBottom != leftBottom || drawnRightTop != rightTop
                    || drawnRightBottom != rightBottom;
        }
    }

    /** A band with the visible extents of its two texts (where it is cut), in the gutter's coordinates. */
    private record Drawn(Band band, int leftVisibleTop, int leftVisibleBottom, int rightVisibleTop,
            int rightVisibleBottom) {
    }

    private static final String DATA_KEY = AlignmentGutter.class.getName();
    private static final RGB SUGGESTION_RGB = new RGB(0x70, 0x88, 0xA8);

    /** Rank-1 sentence alignments per document and (left, right) article pair: the texts never change. */
    private static final Map<AnnotationDocument, Map<String, List<Span[]>>> ALIGNMENTS = new WeakHashMap<>();

    private final AnnotationDocument document;
    private final ArticlePane left;
    private final ArticlePane right;
    private final Canvas canvas;
    private final List<Span[]> suggestions;
    private final Map<RGB, Color> colours = new ConcurrentHashMap<>();
    private List<Band> painted = List.of();

    private AlignmentGutter(Composite parent, AnnotationDocument document, ArticlePane left, ArticlePane right) {
        this.document = document;
        this.left = left;
        this.right = right;
        this.suggestions = alignments(document, left.getArticle(), right.getArticle());
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.setData(DATA_KEY, this);
        canvas.setToolTipText(Messages.Gutter_tooltip);
        GridData data = new GridData(SWT.CENTER, SWT.FILL, false, true);
        data.widthHint = WIDTH;
        canvas.setLayoutData(data);
        canvas.addListener(SWT.Paint, this::paint);
        canvas.addListener(SWT.Resize, e -> canvas.redraw());
        canvas.addListener(SWT.Dispose, e -> {
            colours.values().forEach(Color::dispose);
            colours.clear();
        });
    }

    /**
     * Puts the gutter into {@code parent} (laid out with a GridLayout, beside {@code left}) and keeps it
     * repainted as either pane scrolls or resizes and as {@code commands} change the document (undo too).
     */
    public static AlignmentGutter install(Composite parent, AnnotationDocument document, ArticlePane left,
            ArticlePane right, CommandStack commands) {
        AlignmentGutter gutter = new AlignmentGutter(parent, document, left, right);
        Listener redraw = e -> gutter.redraw();
        for (ArticlePane pane : List.of(left, right)) {
            for (StyledText text : pane.annotatableTexts()) {
                // Paint covers scrolling by keys, wheel and setTopIndex; the bar covers dragging it.
                text.addListener(SWT.Paint, redraw);
                text.addListener(SWT.Resize, redraw);
                if (text.getVerticalBar() != null) {
                    text.getVerticalBar().addListener(SWT.Selection, redraw);
                }
            }
        }
        CommandStackListener changed = e -> gutter.canvas.getDisplay().asyncExec(gutter::redraw);
        commands.addCommandStackListener(changed);
        gutter.canvas.addListener(SWT.Dispose, e -> commands.removeCommandStackListener(changed));
        return gutter;
    }

    /** The gutter among {@code parent}'s children, or null. */
    public static AlignmentGutter find(Composite parent) {
        for (Control child : parent.getChildren()) {
            if (child.getData(DATA_KEY) instanceof AlignmentGutter gutter) {
                return gutter;
            }
        }
        return null;
    }

    public Canvas getControl() {
        return canvas;
    }

    /** For tests: the bands painted last, suggestions first, then links. */
    public List<Band> paintedBands() {
        return painted;
    }

    private void redraw() {
        if (!canvas.isDisposed()) {
            canvas.redraw();
        }
    }

    private static synchronized List<Span[]> alignments(AnnotationDocument document, Article from, Article to) {
        return ALIGNMENTS.computeIfAbsent(document, d -> new java.util.HashMap<>())
                .computeIfAbsent(from.getId() + '\u0000' + to.getId(), key -> {
                    Aligner aligner = AlignmentSuggestions.aligner(document);
                    List<Span[]> result = new ArrayList<>();
                    for (Span sentence : aligner.sentences(from.getId())) {
                        for (Suggestion suggestion : aligner.suggest(from.getId(), sentence, 1)) {
                            if (suggestion.target().article().equals(to.getId())
                                    && suggestion.score() >= AlignmentSuggestions.MIN_SCORE) {
                                result.add(new Span[] { sentence, suggestion.target().span() });
                            }
                        }
                    }
                    return List.copyOf(result);
                });
    }

    private void paint(Event event) {
        List<Drawn> bands = new ArrayList<>();
        StyledText leftBody = left.getText();
        StyledText rightBody = right.getText();
        if (leftBody.isDisposed() || rightBody.isDisposed()) {
            painted = List.of();
            return;
        }
        List<Color> bandColours = new ArrayList<>();
        for (Span[] pair : suggestions) {
            Drawn band = band(leftBody, pair[0].begin(), pair[0].end(), rightBody, pair[1].begin(), pair[1].end(),
                    Kind.SUGGESTION);
            if (band != null) {
                bands.add(band);
                bandColours.add(colour(SUGGESTION_RGB));
            }
        }
        Article leftArticle = left.getArticle();
        Article rightArticle = right.getArticle();
        for (Link link : document.getLinks()) {
            Annotation source = link.getSource();
            Annotation target = link.getTarget();
            if (source == null || target == null) {
                continue;
            }
            Annotation onLeft = source.getArticle() == leftArticle && target.getArticle() == rightArticle ? source
                    : target.getArticle() == leftArticle && source.getArticle() == rightArticle ? target : null;
            if (onLeft == null || !TextAnchors.isAnchored(source) || !TextAnchors.isAnchored(target)) {
                continue;
            }
            Annotation onRight = onLeft == source ? target : source;
            StyledText leftText = widget(left, onLeft);
            StyledText rightText = widget(right, onRight);
            if (leftText == null || rightText == null) {
                continue;
            }
            Drawn band = band(leftText, onLeft.getBegin(), onLeft.getEnd(), rightText, onRight.getBegin(),
                    onRight.getEnd(), Kind.LINK);
            if (band != null) {
                bands.add(band);
                Annotation coded = source.getCode() != null ? source : target;
                bandColours.add(colour(CodeColours.parse(org.framebench.ui.internal.Appearance.colourOf(coded.getCode()))));
            }
        }
        GC gc = event.gc;
        int width = canvas.getClientArea().width;
        gc.setAntialias(SWT.ON);
        for (int i = 0; i < bands.size(); i++) {
            Drawn drawn = bands.get(i);
            Band band = drawn.band();
            int[] polygon = { 0, band.drawnLeftTop(), width, band.drawnRightTop(), width, band.drawnRightBottom(), 0,
                    band.drawnLeftBottom() };
            // Cut at the texts' visible edges: what lies beyond is off screen in the texts too.
            Region clip = new Region(canvas.getDisplay());
            clip.add(new int[] { 0, drawn.leftVisibleTop(), width, drawn.rightVisibleTop(), width,
                    drawn.rightVisibleBottom(), 0, drawn.leftVisibleBottom() });
            gc.setClipping(clip);
            Color colour = bandColours.get(i);
            boolean link = band.kind() == Kind.LINK;
            gc.setBackground(colour);
            gc.setAlpha(link ? 150 : 50);
            gc.fillPolygon(polygon);
            gc.setAlpha(link ? 255 : 160);
            gc.setForeground(colour);
            gc.setLineWidth(1);
            gc.setLineStyle(link ? SWT.LINE_SOLID : SWT.LINE_DASH);
            gc.drawLine(0, band.drawnLeftTop(), width, band.drawnRightTop());
            gc.drawLine(0, band.drawnLeftBottom(), width, band.drawnRightBottom());
            gc.setClipping((Region) null);
            clip.dispose();
        }
        gc.setAlpha(255);
        gc.setLineStyle(SWT.LINE_SOLID);
        painted = bands.stream().map(Drawn::band).toList();
    }

    private static StyledText widget(ArticlePane pane, Annotation annotation) {
        return annotation.getRegion() == TextRegion.HEADLINE ? pane.getHeadline() : pane.getText();
    }

    /** The band between two passages, or null when neither end is in view. */
    private Drawn band(StyledText leftText, int leftBegin, int leftEnd, StyledText rightText, int rightBegin,
            int rightEnd, Kind kind) {
        int[] l = extent(leftText, leftBegin, leftEnd);
        int[] r = extent(rightText, rightBegin, rightEnd);
        if (l == null || r == null || !(l[2] == 1 || r[2] == 1)) {
            return null;
        }
        return new Drawn(new Band(l[0], l[1], r[0], r[1], kind, l[3], l[4], r[3], r[4]), l[5], l[6], r[5], r[6]);
    }

    /**
     * The passage's vertical extent in the gutter's coordinates, clipped to the text's visible area, whether
     * any of it is in view (1) or not (0), its extent as drawn (beyond the visible edge where the passage is,
     * at most {@link #OFF_EDGE} gutter heights beyond it), and the text's visible top and bottom; null when the
     * offsets are outside the text.
     */
    private int[] extent(StyledText text, int begin, int end) {
        int count = text.getCharCount();
        if (begin < 0 || begin >= count || end <= begin) {
            return null;
        }
        int last = Math.min(end, count) - 1;
        int top = text.getLocationAtOffset(begin).y;
        int bottom = text.getLocationAtOffset(last).y + text.getLineHeight(last);
        int visibleTop = 0;
        int visibleBottom = text.getClientArea().height;
        boolean inView = bottom > visibleTop && top < visibleBottom;
        int reach = (int) Math.round(OFF_EDGE * Math.max(1, canvas.getClientArea().height));
        int drawnTop = Math.max(visibleTop - reach, Math.min(top, visibleBottom + reach));
        int drawnBottom = Math.max(visibleTop - reach, Math.min(bottom, visibleBottom + reach));
        top = Math.max(visibleTop, Math.min(top, visibleBottom));
        bottom = Math.max(visibleTop, Math.min(bottom, visibleBottom));
        int offset = canvas.toControl(text.toDisplay(new Point(0, 0))).y;
        return new int[] { top + offset, bottom + offset, inView ? 1 : 0, drawnTop + offset, drawnBottom + offset,
                visibleTop + offset, visibleBottom + offset };
    }

    private Color colour(RGB rgb) {
        return colours.computeIfAbsent(rgb, c -> new Color(canvas.getDisplay(), c));
    }
}
