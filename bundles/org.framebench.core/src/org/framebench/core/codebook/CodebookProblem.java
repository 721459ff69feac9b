package org.framebench.core.codebook;

/**
 * One thing wrong (or worth a second look) in a codebook, found by {@link CodebookRules#check}.
 *
 * @param error   true if the codebook cannot be used as it is (duplicate ids or keys, empty labels, ...); false for a
 *                warning (a colour hard to read the text on)
 * @param message what is wrong, in plain words, naming the layer or code
 * @param element the layer, code or attribute definition concerned (or the codebook itself)
 */
public record CodebookProblem(boolean error, String message, Object element) {
}
