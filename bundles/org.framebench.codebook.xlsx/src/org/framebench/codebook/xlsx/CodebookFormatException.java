package org.framebench.codebook.xlsx;

/** A codebook workbook that cannot be read: the message says, in plain words, which sheet, row and column. */
public final class CodebookFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    public CodebookFormatException(String message) {
        super(message);
    }

    public CodebookFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
