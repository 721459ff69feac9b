package org.framebench.core.document;

/** A document could not be opened or saved. The message is plain words meant for the user. */
public class DocumentException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What went wrong, so callers can react (and tests can tell the cases apart). */
    public enum Kind {
        NOT_FOUND, EMPTY, NOT_FRAMEBENCH, DAMAGED, NEWER_VERSION, UNSAFE, WRITE_FAILED,
        /** Reads as a Framebench file but breaks the model's rules ({@link DocumentValidator}). */
        INVALID,
        /** Larger than any Framebench file ({@link DocumentStore#MAX_FILE_BYTES}), or not a plain file. */
        TOO_LARGE
    }

    private final Kind kind;

    public DocumentException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind getKind() {
        return kind;
    }
}
