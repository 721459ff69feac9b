package org.framebench.core.assignment;

/**
 * What an instructor says about one article of an assignment besides its text; any part may be null.
 * {@code title} is the short name the article's tab shows, {@code headline} the outlet's headline
 * (annotatable), {@code published} the date as typed, {@code notes} the teaching note.
 */
public record ArticleDetails(String outlet, String title, String headline, String byline, String published,
        String url, String notes) {
}
