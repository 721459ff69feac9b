package org.framebench.importer;

import java.util.List;

/**
 * An article read from a file: its text in the project's convention (one paragraph per line, lines separated
 * by "\n", no trailing blank lines) and what the file said about it. Any field but {@code text} may be null.
 * {@code warnings} are plain sentences for the instructor (e.g. "Encoding guessed as windows-1252").
 */
public record ImportedArticle(String text, String headline, String byline, String published, String url,
        String outlet, List<String> warnings) {

    public ImportedArticle {
        text = text == null ? "" : text;
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
