package org.framebench.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.framebench.model.Annotation;
import org.framebench.model.Article;
import org.framebench.model.AttributeValue;
import org.framebench.ui.Messages;

/**
 * One article: its outlet and title above its exact text, read-only and selectable, with its
 * annotations painted in their codes' colours and described on hover.
 */
public class ArticlePane extends Composite {

    private final Article article;
    private final Label header;
    private final StyledText text;
    private final Map<RGB, Color> colours = new HashMap<>();
    private List<Annotation> annotations = List.of();

    public ArticlePane(Composite parent, Article article) {
        super(parent, SWT.BORDER);
        this.article = article;
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 0;
        setLayout(layout);

        header = new Label(this, SWT.NONE);
        header.setText(NLS.bind(Messages.Editor_articleHeader, article.getOutlet(), article.getTitle()));
        header.setToolTipText(article.getNotes());
        header.setFont(JFaceResources.getBannerFont());
        GridData headerData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        headerData.horizontalIndent = 6;
        headerData.verticalIndent = 4;
        header.setLayoutData(headerData);

        text = new StyledText(this, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.MULTI);
        text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        text.setText(article.getText());
        text.setMargins(8, 6, 8, 6);
        text.setLineSpacing(3);
        text.setFont(JFaceResources.getTextFont());
        text.setData("org.framebench.article", article.getId());
        text.addListener(SWT.MouseHover, e -> text.setToolTipText(describeAt(new Point(e.x, e.y))));
        text.addListener(SWT.MouseExit, e -> text.setToolTipText(null));
    }

    /** Paints {@code articleAnnotations} (all of this article's annotations), marking {@code selected}. */
    public void showAnnotations(List<Annotation> articleAnnotations, Annotation selected) {
        annotations = articleAnnotations;
        text.setStyleRanges(AnnotationStyles.compute(articleAnnotations, rgb -> colours.computeIfAbsent(rgb, Color::new),
                selected));
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

    /** Scrolls so that {@code annotation} is in view. */
    public void reveal(Annotation annotation) {
        text.setTopIndex(Math.max(0, text.getLineAtOffset(annotation.getBegin()) - 2));
        text.setCaretOffset(annotation.getBegin());
    }

    private String describeAt(Point point) {
        int offset = text.getOffsetAtPoint(point);
        if (offset < 0) {
            return null;
        }
        List<Annotation> here = annotationsAt(offset);
        if (here.isEmpty()) {
            return null;
        }
        return here.stream().map(ArticlePane::describe).collect(Collectors.joining("\n\n"));
    }

    /** Code, attributes and note of an annotation, as the hover shows them. */
    public static String describe(Annotation annotation) {
        StringBuilder description = new StringBuilder();
        if (annotation.getCode() != null) {
            description.append(annotation.getCode().getId()).append("  ").append(annotation.getCode().getLabel());
        }
        for (AttributeValue value : annotation.getAttributeValues()) {
            description.append("\n  ").append(attributeLabel(annotation, value.getKey())).append(": ").append(value.getValue());
        }
        if (annotation.getNote() != null) {
            description.append("\n").append(NLS.bind(Messages.Editor_hoverNote, annotation.getNote()));
        }
        return description.toString();
    }

    private static String attributeLabel(Annotation annotation, String key) {
        if (annotation.getCode() == null) {
            return key;
        }
        return annotation.getCode().getAttributes().stream().filter(a -> a.getId().equals(key)).map(a -> a.getLabel())
                .findFirst().orElse(key);
    }

    public Article getArticle() {
        return article;
    }

    public StyledText getText() {
        return text;
    }

    public Label getHeader() {
        return header;
    }
}
