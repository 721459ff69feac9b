package org.framebench.core.codebook;

import java.util.List;

import org.framebench.model.Code;
import org.framebench.model.Codebook;

/** What a usable codebook must be: unique ids and keys, labels, colours in #RRGGBB that text can be read on. */
public final class CodebookRules {

    private CodebookRules() {
    }

    /** Every problem in {@code codebook}, errors and warnings, in codebook order. */
    public static List<CodebookProblem> check(Codebook codebook) {
        return List.of(); // API stub
    }

    /** Only the errors of {@link #check}. */
    public static List<CodebookProblem> errors(Codebook codebook) {
        return check(codebook).stream().filter(CodebookProblem::error).toList();
    }

    /**
     * Null if {@code code} may take {@code newKey} as its shortcut key, else a plain message saying why not (naming
     * the other code that has it, or why the key cannot be used).
     */
    public static String keyConflict(Codebook codebook, Code code, String newKey) {
        return null; // API stub
    }

    /** The WCAG 2 contrast ratio (1 to 21) of two #RRGGBB colours. */
    public static double contrastRatio(String colourA, String colourB) {
        return 21; // API stub
    }
}
