package org.framebench.core.text;

/**
 * Finds a quote (exact words with a little text before and after, as W3C's TextQuoteSelector or a brat
 * file's own text gives it) in an article's text, with the same tolerance as re-anchoring after a text
 * change ({@link ArticleUpdate}): typographic quotes, dashes and changed whitespace are forgiven, a quote
 * that occurs several times is placed only where enough of its context agrees. One instance per text, so
 * the normalised copy of a long text is made once for all its quotes.
 */
public final class QuoteAnchors {

    private final TextLocator locator;

    private QuoteAnchors(String text) {
        locator = new TextLocator(text);
    }

    /** Quotes to be found in {@code text}. */
    public static QuoteAnchors in(String text) {
        return new QuoteAnchors(text == null ? "" : text);
    }

    /**
     * Where {@code exact} (with {@code prefix} before and {@code suffix} after, either may be empty) is in
     * the text: the occurrence whose context agrees, nearest {@code expectedBegin} (a UTF-16 index, a hint)
     * among equals; null when it is not there or cannot be told apart from other occurrences.
     */
    public TextSpan locate(String exact, String prefix, String suffix, int expectedBegin) {
        TextLocator.Found found = locator.locate(exact, prefix, suffix, expectedBegin, expectedBegin);
        return found == null ? null : new TextSpan(found.begin(), found.end());
    }
}
