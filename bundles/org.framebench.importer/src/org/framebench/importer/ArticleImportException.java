package org.framebench.importer;

/** An article file that cannot be imported; the message says why in plain words, naming the file. */
public final class ArticleImportException extends Exception {

    private static final long serialVersionUID = 1L;

    public ArticleImportException(String message) {
        super(message);
    }

    public ArticleImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
