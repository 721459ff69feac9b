package org.framebench.core.text;

import org.framebench.model.Annotation;
import org.framebench.model.Article;
import org.framebench.model.TextRegion;

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

    /** Sets article, offsets, covered text and context of {@code annotation} in the article's body. */
    public static void anchor(Annotation annotation, Article article, int begin, int end) {
        anchor(annotation, article, TextRegion.BODY, begin, end);
    }

    /**
     * Sets article, region, offsets, covered text and context of {@code annotation}: {@code begin} and
     * {@code end} index into the article's body or its headline, as {@code region} says.
     */
    public static void anchor(Annotation annotation, Article article, TextRegion region, int begin, int end) {
        String text = textOf(article, region);
        if (text == null || begin < 0 || end > text.length() || begin >= end) {
            throw new IllegalArgumentException("span [" + begin + ", " + end + ") is outside the article's "
                    + (text == null ? "missing " + region.getLiteral() : region.getLiteral() + " of " + text.length()
                            + " characters"));
        }
        annotation.setArticle(article);
        annotation.setRegion(region);
        annotation.setBegin(begin);
        annotation.setEnd(end);
        annotation.setCoveredText(text.substring(begin, end));
        annotation.setContextBefore(text.substring(Math.max(0, begin - CONTEXT_LENGTH), begin));
        annotation.setContextAfter(text.substring(end, Math.min(text.length(), end + CONTEXT_LENGTH)));
    }

    /** True when the annotation is anchored in its article's headline (not its body). */
    public static boolean inHeadline(Annotation annotation) {
        return annotation.getRegion() == TextRegion.HEADLINE;
    }

    /** The text {@code region} of {@code article} is: its body or its headline (null when it has none). */
    public static String textOf(Article article, TextRegion region) {
        return region == TextRegion.HEADLINE ? article.getHeadline() : article.getText();
    }

    /**
     * The text the annotation's offsets index into: its article's headline for a headline annotation,
     * otherwise its body; null without an article.
     */
    public static String textOf(Annotation annotation) {
        Article article = annotation.getArticle();
        return article == null ? null : textOf(article, annotation.getRegion());
    }

    /** True when the annotation's offsets still cover exactly its recorded text in its article (body or headline). */
    public static boolean isAnchored(Annotation annotation) {
        String text = textOf(annotation);
        if (text == null || annotation.getCoveredText() == null) {
            return false;
        }
        int begin = annotation.getBegin();
        int end = annotation.getEnd();
        String covered = annotation.getCoveredText();
        return begin >= 0 && end <= text.length() && begin < end && covered.length() == end - begin
                && text.regionMatches(begin, covered, 0, covered.length());
    }
}
