package org.framebench.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.framebench.model.Annotation;
import org.framebench.model.Article;
import org.framebench.model.AttributeValue;
import org.framebench.model.TextRegion;
import org.framebench.ui.Messages;
import org.framebench.ui.headline.HeadlineText;
import org.framebench.ui.internal.Names;

/**
 * One article: its outlet and title, its headline (bold, larger) and its exact text, both read-only,
 * selectable and annotatable, with their annotations painted in their codes' colours and described on hover.
 */
public class ArticlePane extends Composite {

    private final Article article;
    private final Label header;
    private final Map<Integer, Color> colours = new HashMap<>();
    /** The article's headline (null when it has none, as in files made before headlines) and its body. */
    private final AnnotatedText headline;
    private final AnnotatedText body;
    /** The text the student last clicked or typed in: a code key or the palette applies to its selection. */
    private StyledText lastFocused;
    /** Set once the pane is being disposed (see the constructor). */
    private boolean disposing;

    public ArticlePane(Composite parent, Article article) {
        super(parent, SWT.BORDER);
        this.article = article;
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 0;
        setLayout(layout);

        header = new Label(this, SWT.NONE);
        // With a headline shown right below, the outlet alone: our title would repeat the headline.
        boolean hasHeadline = article.getHeadline() != null && !article.getHeadline().isBlank();
        header.setText(hasHeadline || Names.title(article).isEmpty() ? Names.outlet(article)
                : NLS.bind(Messages.Editor_articleHeader, Names.outlet(article), Names.title(article)));
        header.setToolTipText(article.getNotes());
        header.setFont(JFaceResources.getBannerFont());
        GridData headerData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        headerData.horizontalIndent = 6;
        headerData.verticalIndent = 4;
        header.setLayoutData(headerData);

        headline = HeadlineText.create(this, article, this::colour);

        StyledText text = new StyledText(this, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.MULTI);
        GridData textData = new GridData(SWT.FILL, SWT.FILL, true, true);
        // Sized by the pane, never by its text: asking a wrapped text its preferred size measures every line
        // (2.3 s for a 50,000-word article when the editor opened, measured).
        textData.widthHint = 0;
        textData.heightHint = 0;
        text.setLayoutData(textData);
        // Margins, spacing and font before the text: each of them lays out the text's first lines again
        // (a fifth of the UI thread's time to open the editor, measured); on an empty text they cost nothing.
        text.setMargins(8, 6, 8, 6);
        text.setLineSpacing(3);
        text.setFont(org.framebench.ui.internal.Appearance.articleFont());
        text.setText(article.getText());
        text.setData("org.framebench.article", article.getId());
        body = new AnnotatedText(text, article, TextRegion.BODY, this::colour);
        // An article in a right-to-left script (Arabic, Hebrew) reads and wraps from the right.
        if (org.framebench.ui.internal.TextDirection.isRightToLeft(article.getText())) {
            text.setOrientation(SWT.RIGHT_TO_LEFT);
        }
        if (headline != null && org.framebench.ui.internal.TextDirection.isRightToLeft(article.getHeadline())) {
            headline.getText().setOrientation(SWT.RIGHT_TO_LEFT);
        }
        // The pane hears of its disposal before its texts are taken apart: focus moving meanwhile (panes are
        // replaced when the articles shown change) must not touch a half-released text.
        addListener(SWT.Dispose, e -> disposing = true);
        for (StyledText widget : annotatableTexts()) {
            // One selection per pane: starting to work in one text drops the other's selection.
            widget.addListener(SWT.FocusIn, e -> {
                if (disposing) {
                    return;
                }
                lastFocused = widget;
                for (StyledText other : annotatableTexts()) {
                    if (other != widget && other.getSelectionCount() > 0) {
                        other.setSelection(other.getCaretOffset());
                    }
                }
            });
        }
    }

    /**
     * Paints {@code articleAnnotations} (all of this article's annotations, body and headline), marking
     * {@code selected}. Only the stretch whose annotations changed since the last call is repainted, so
     * one new annotation costs the same in an article of 10,000 annotations as in one of ten.
     */
    public void showAnnotations(List<Annotation> articleAnnotations, Annotation selected) {
        body.showAnnotations(inRegion(articleAnnotations, TextRegion.BODY), selected);
        if (headline != null) {
            headline.showAnnotations(inRegion(articleAnnotations, TextRegion.HEADLINE), selected);
        }
    }

    /**
     * Paints a change whose annotations are known (the student's own add, delete or selection): only
     * those are compared, not all of the article's. {@code articleAnnotations} is the article's list now.
     */
    public void showChanges(List<Annotation> articleAnnotations, Annotation selected, Collection<Annotation> changed) {
        body.showChanges(inRegion(articleAnnotations, TextRegion.BODY), selected, changed);
        if (headline != null) {
            headline.showChanges(inRegion(articleAnnotations, TextRegion.HEADLINE), selected, changed);
        }
    }

    /** Whether {@link #showChanges} would repaint nothing for {@code changed}: each is painted as it is now. */
    public boolean paintedAsIs(Collection<Annotation> changed, Annotation selected) {
        return body.paintedAsIs(changed, selected) && (headline == null || headline.paintedAsIs(changed, selected));
    }

    private static List<Annotation> inRegion(List<Annotation> annotations, TextRegion region) {
        List<Annotation> result = new ArrayList<>(region == TextRegion.BODY ? annotations.size() : 4);
        for (Annotation annotation : annotations) {
            if (annotation.getRegion() == region) {
                result.add(annotation);
            }
        }
        return result;
    }

    private Color colour(int rgb) {
        return colours.computeIfAbsent(rgb, c -> new Color(c >> 16 & 0xFF, c >> 8 & 0xFF, c & 0xFF));
    }

    /** Marks find's matches (begin offsets, each {@code length} long) in the body and the headline; {@code current}: the current match's begin in {@code currentRegion}, or -1. */
    public void showMatches(int[] bodyBegins, int[] headlineBegins, int length, TextRegion currentRegion, int current) {
        body.showMatches(bodyBegins, length, currentRegion == TextRegion.BODY ? current : -1);
        if (headline != null) {
            headline.showMatches(headlineBegins, length, currentRegion == TextRegion.HEADLINE ? current : -1);
        }
    }

    /** Find's matches marked in the body now (begin offsets). */
    public int[] bodyMatches() {
        return body.matchBegins();
    }

    /** Find's matches marked in the headline now (none without a headline). */
    public int[] headlineMatches() {
        return headline == null ? new int[0] : headline.matchBegins();
    }

    /** A code key or the palette applies to {@code widget}'s selection next (it was selected for the student). */
    void rememberFocus(StyledText widget) {
        lastFocused = widget;
    }

    /** The style StyledText is given for {@code offset} of the body (through the same line-style path it paints), or null. */
    public StyleRange styleAt(int offset) {
        return body.styleAt(offset);
    }

    /** The style the headline is painted with at {@code offset}, or null (also when there is no headline). */
    public StyleRange headlineStyleAt(int offset) {
        return headline == null ? null : headline.styleAt(offset);
    }

    /** In a returned file: the key annotations the student missed, drawn as ghosts in the body and the headline. */
    public List<org.framebench.model.GhostAnnotation> ghosts() {
        List<org.framebench.model.GhostAnnotation> all = new ArrayList<>(body.ghosts());
        if (headline != null) {
            all.addAll(headline.ghosts());
        }
        return all;
    }

    /** How many painted pieces the article's body has (benchmarks). */
    public int styleCount() {
        return body.styleCount();
    }

    /** The body annotations covering {@code offset}, shortest first (the most specific one is what a click means). */
    public List<Annotation> annotationsAt(int offset) {
        return body.annotationsAt(offset);
    }

    /** The annotations covering {@code offset} of {@code widget} (the body or the headline), shortest first. */
    public List<Annotation> annotationsAt(StyledText widget, int offset) {
        AnnotatedText annotated = annotated(widget);
        return annotated == null ? List.of() : annotated.annotationsAt(offset);
    }

    /** Scrolls so that {@code annotation} is in view (a headline annotation: the headline, above the body). */
    public void reveal(Annotation annotation) {
        if (annotation.getRegion() == TextRegion.HEADLINE) {
            if (headline != null && org.framebench.core.text.TextAnchors.isAnchored(annotation)) {
                body.getText().setTopIndex(0);
                headline.getText().setCaretOffset(annotation.getBegin());
            }
            return;
        }
        body.reveal(annotation);
    }

    /** The pane's texts a student can annotate: the headline (if the article has one), then the body. */
    public List<StyledText> annotatableTexts() {
        return headline == null ? List.of(body.getText()) : List.of(headline.getText(), body.getText());
    }

    /** Which text {@code widget} is: the body or the headline (null if it is neither of this pane's). */
    public TextRegion regionOf(StyledText widget) {
        AnnotatedText annotated = annotated(widget);
        return annotated == null ? null : annotated.getRegion();
    }

    private AnnotatedText annotated(StyledText widget) {
        if (widget == body.getText()) {
            return body;
        }
        return headline != null && widget == headline.getText() ? headline : null;
    }

    /**
     * The text a code applies to: the one the student last worked in if it has a selection, else whichever
     * has one (the body first), else the body.
     */
    public StyledText selectionText() {
        if (lastFocused != null && lastFocused.getSelectionCount() > 0) {
            return lastFocused;
        }
        for (StyledText candidate : List.of(body.getText(), headline == null ? body.getText() : headline.getText())) {
            if (candidate.getSelectionCount() > 0) {
                return candidate;
            }
        }
        return body.getText();
    }

    /** Code, attributes and note of an annotation, as the hover shows them (long values shortened). */
    public static String describe(Annotation annotation) {
        StringBuilder description = new StringBuilder();
        if (annotation.getCode() != null) {
            description.append(Names.code(annotation.getCode()));
        }
        for (AttributeValue value : annotation.getAttributeValues()) {
            description.append("\n  ").append(attributeLabel(annotation, value.getKey())).append(": ")
                    .append(Names.shorten(value.getValue()));
        }
        if (annotation.getNote() != null) {
            description.append("\n").append(NLS.bind(Messages.Editor_hoverNote, Names.shorten(annotation.getNote())));
        }
        return description.toString();
    }

    private static String attributeLabel(Annotation annotation, String key) {
        if (annotation.getCode() == null) {
            return key;
        }
        return annotation.getCode().getAttributes().stream().filter(a -> key.equals(a.getId()) && a.getLabel() != null).map(a -> a.getLabel())
                .findFirst().orElse(key);
    }

    public Article getArticle() {
        return article;
    }

    /** The article's body. */
    public StyledText getText() {
        return body.getText();
    }

    /** The article's headline, shown above the body; null when the article has none. */
    public StyledText getHeadline() {
        return headline == null ? null : headline.getText();
    }

    public Label getHeader() {
        return header;
    }
}
