package org.framebench.core.text;

import org.framebench.model.Annotation;
import org.framebench.model.Article;

/**
 * Ties an annotation to its article's text: the offsets (UTF-16 indices, end exclusive), the exact
 * covered text, and a little context either side, like the W3C TextQuoteSelector, so the annotation
 * can be found again if the text changes.
 */
public final class TextAnchors {

    /** Characters of context kept before and after an annotation. */
    public static final int CONTEXT_LENGTH = 32;

    private TextAnchors() {
    }

    /** Sets article, offsets, covered text and context of {@code annotation}. */
    public static void anchor(Annotation annotation, Article article, int begin, int end) {
        String text = article.getText();
        if (begin < 0 || end > text.length() || begin >= end) {
            throw new IllegalArgumentException("span [" + begin + ", " + end + ") is outside the article's "
                    + text.length() + " characters");
        }
        annotation.setArticle(article);
        annotation.setBegin(begin);
        annotation.setEnd(end);
        annotation.setCoveredText(text.substring(begin, end));
        annotation.setContextBefore(text.substring(Math.max(0, begin - CONTEXT_LENGTH), begin));
        annotation.setContextAfter(text.substring(end, Math.min(text.length(), end + CONTEXT_LENGTH)));
    }

    /** True when the annotation's offsets still cover exactly its recorded text in its article. */
    public static boolean isAnchored(Annotation annotation) {
        Article article = annotation.getArticle();
        if (article == null || article.getText() == null || annotation.getCoveredText() == null) {
            return false;
        }
        String text = article.getText();
        int begin = annotation.getBegin();
        int end = annotation.getEnd();
        String covered = annotation.getCoveredText();
        return begin >= 0 && end <= text.length() && begin < end && covered.length() == end - begin
                && text.regionMatches(begin, covered, 0, covered.length());
    }
}
