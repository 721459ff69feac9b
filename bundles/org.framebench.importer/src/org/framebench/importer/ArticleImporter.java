package org.framebench.importer;

import java.nio.file.Path;
import java.util.List;

/** Reads an article from a plain-text, HTML, Word (.docx) or PDF file. Never fetches anything from the network. */
public final class ArticleImporter {

    private ArticleImporter() {
    }

    /** The file name extensions {@link #importFile} reads, lower case, without the dot. */
    public static List<String> supportedExtensions() {
        return List.of("txt", "html", "htm", "docx", "pdf");
    }

    /** Imports one article file, chosen by its extension (and content). */
    public static ImportedArticle importFile(Path file) throws ArticleImportException {
        throw new ArticleImportException("Not implemented yet: " + file.getFileName());
    }

    /** Normalises pasted or already-read text into the project's convention. */
    public static ImportedArticle importText(String text) {
        return new ImportedArticle(text, null, null, null, null, null, List.of());
    }
}
