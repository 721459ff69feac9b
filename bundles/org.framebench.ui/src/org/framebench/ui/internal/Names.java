package org.framebench.ui.internal;

import org.framebench.model.Article;
import org.framebench.model.Code;
import org.framebench.model.Layer;

/**
 * What the screen calls an article, a code or a layer. A file may leave out every optional attribute (an
 * article's outlet or title; a code's label, key or colour) and still be valid: then the id stands in, so
 * nothing shows "null" and nothing fails.
 */
public final class Names {

    private Names() {
    }

    /** The article's outlet, else its id. */
    public static String outlet(Article article) {
        if (article == null) {
            return "?";
        }
        return hasText(article.getOutlet()) ? article.getOutlet() : orQuestion(article.getId());
    }

    /** The article's title, or the empty string. */
    public static String title(Article article) {
        return article != null && hasText(article.getTitle()) ? article.getTitle() : "";
    }

    /** "S1  Named person", or just the id when the code has no label. */
    public static String code(Code code) {
        if (code == null) {
            return "?";
        }
        return hasText(code.getLabel()) ? orQuestion(code.getId()) + "  " + code.getLabel() : orQuestion(code.getId());
    }

    /** The code's label, else its id. */
    public static String codeLabel(Code code) {
        if (code == null) {
            return "?";
        }
        return hasText(code.getLabel()) ? code.getLabel() : orQuestion(code.getId());
    }

    /** The code's shortcut key as shown (upper case), or the empty string when it has none. */
    public static String key(Code code) {
        return code != null && hasText(code.getShortcutKey()) ? code.getShortcutKey().toUpperCase() : "";
    }

    /** The layer's label, else its id. */
    public static String layer(Layer layer) {
        if (layer == null) {
            return "?";
        }
        return hasText(layer.getLabel()) ? layer.getLabel() : orQuestion(layer.getId());
    }

    /** How much of a note or value a table cell or a hover shows. */
    public static final int SHOWN_CHARACTERS = 200;

    /**
     * The start of {@code text} for a table cell or a hover: at most {@link #SHOWN_CHARACTERS} characters,
     * then "…". Showing all of a 40,000-character note there freezes the window; the note itself is never
     * shortened (the Annotation panel shows and edits all of it).
     */
    public static String shorten(String text) {
        if (text == null || text.length() <= SHOWN_CHARACTERS) {
            return orEmpty(text);
        }
        int end = SHOWN_CHARACTERS;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "\u2026";
    }

    /** {@code text}, or the empty string for null. */
    public static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String orQuestion(String id) {
        return hasText(id) ? id : "?";
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }
}
