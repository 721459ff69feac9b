package org.framebench.nlp.text;

/**
 * A word or number of a text: where it is, how it is written, and its comparison key ({@link Words#key}):
 * lower case, spelling variants and inflections folded, so "Gadhafi's" and "Gaddafi" compare equal.
 */
public record Token(int begin, int end, String text, String key, boolean capitalised, boolean number) {
}
