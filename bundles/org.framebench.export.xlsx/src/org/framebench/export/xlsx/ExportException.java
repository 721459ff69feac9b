package org.framebench.export.xlsx;

/** An export did not complete. The message is one line of plain words meant for the user. */
public class ExportException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What went wrong, so callers can react (and tests can tell the cases apart). */
    public enum Kind {
        /** The target could not be written: disk full, no permission, open in another program. */
        WRITE_FAILED,
        /** The user cancelled; nothing was written. */
        CANCELED,
        /** There were no documents to export. */
        NOTHING_TO_EXPORT
    }

    private final Kind kind;

    public ExportException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind getKind() {
        return kind;
    }
}
