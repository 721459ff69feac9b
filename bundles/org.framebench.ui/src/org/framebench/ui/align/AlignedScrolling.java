package org.framebench.ui.align;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Listener;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.Link;
import org.framebench.nlp.align.Suggestion;
import org.framebench.nlp.text.Sentences;
import org.framebench.nlp.text.Span;
import org.framebench.ui.editor.ArticlePane;

/**
 * Aligned reading in Two side by side: when one article is scrolled, the other scrolls to the passage
 * aligned with the paragraph now at the top — through the student's links first (an annotation there linked
 * to one in the other article), through the alignment suggestions otherwise.
 */
public final class AlignedScrolling {

    private final AnnotationDocument document;
    private final ArticlePane[] panes;
    private final int[] lastTop = { -1, -1 };
    private boolean syncing;

    private AlignedScrolling(AnnotationDocument document, ArticlePane left, ArticlePane right) {
        this.document = document;
        this.panes = new ArticlePane[] { left, right };
    }

    /** Couples the two panes' scrolling for as long as they exist. */
    public static AlignedScrolling install(AnnotationDocument document, ArticlePane left, ArticlePane right) {
        AlignedScrolling scrolling = new AlignedScrolling(document, left, right);
        for (int i = 0; i < 2; i++) {
            int index = i;
            StyledText text = scrolling.panes[i].getText();
            scrolling.lastTop[i] = topLine(text);
            Listener check = e -> scrolling.scrolled(index);
            text.addListener(SWT.Paint, check);
            if (text.getVerticalBar() != null) {
                text.getVerticalBar().addListener(SWT.Selection, check);
            }
        }
        return scrolling;
    }

    /** Called when pane {@code index} may have scrolled: brings the other to the aligned passage. */
    void scrolled(int index) {
        StyledText text = panes[index].getText();
        if (text.isDisposed() || syncing) {
            return;
        }
        int top = topLine(text);
        if (top == lastTop[index]) {
            return;
        }
        lastTop[index] = top;
        int other = 1 - index;
        StyledText otherText = panes[other].getText();
        if (otherText.isDisposed()) {
            return;
        }
        int offset = text.getOffsetAtLine(top);
        int target = alignedOffset(panes[index].getArticle(), offset, panes[other].getArticle());
        if (target < 0) {
            return;
        }
        int line = otherText.getLineAtOffset(Math.min(target, otherText.getCharCount()));
        syncing = true;
        try {
            otherText.setTopIndex(line);
            lastTop[other] = topLine(otherText);
        } finally {
            syncing = false;
        }
    }

    /**
     * The line at the top edge of the text, even if partly hidden. (StyledText's top index is the first
     * <em>fully</em> visible line, which with the panes' top margin is the line after the one scrolled to.)
     */
    public static int topLine(StyledText text) {
        return text.getLineIndex(0);
    }

    /**
     * Where in {@code to} the passage of {@code from} at {@code offset} is reported: the start of the
     * linked annotation or the best suggested sentence; -1 if nothing aligns.
     */
    public int alignedOffset(Article from, int offset, Article to) {
        List<Span> sentences = AlignmentSuggestions.aligner(document).sentences(from.getId());
        Span sentence = Sentences.containing(sentences, offset);
        if (sentence == null) {
            return -1;
        }
        // The paragraph at the top may hold several sentences: take them all, so a link anywhere in it counts.
        String text = from.getText();
        int paragraphEnd = text.indexOf('\n', sentence.begin());
        Span paragraph = new Span(sentence.begin(), paragraphEnd < 0 ? text.length() : paragraphEnd);
        for (Link link : document.getLinks()) {
            Annotation source = link.getSource();
            Annotation target = link.getTarget();
            if (source == null || target == null) {
                continue;
            }
            if (inside(source, from, paragraph) && target.getArticle() == to) {
                return target.getBegin();
            }
            if (inside(target, from, paragraph) && source.getArticle() == to) {
                return source.getBegin();
            }
        }
        for (Suggestion suggestion : AlignmentSuggestions.aligner(document).suggest(from.getId(), sentence, 1)) {
            if (suggestion.target().article().equals(to.getId()) && suggestion.score() >= AlignmentSuggestions.MIN_SCORE) {
                return suggestion.target().begin();
            }
        }
        return -1;
    }

    private static boolean inside(Annotation annotation, Article article, Span paragraph) {
        return annotation.getArticle() == article && annotation.getBegin() >= paragraph.begin()
                && annotation.getBegin() < Math.max(paragraph.end(), paragraph.begin() + 1);
    }
}
