package org.framebench.core.interchange;

/** A file in another tool's format that cannot be read or written; the message is for the user, in plain words,
 *  naming the line or element at fault. */
public class InterchangeException extends Exception {

    private static final long serialVersionUID = 1L;

    public InterchangeException(String message) {
        super(message);
    }

    public InterchangeException(String message, Throwable cause) {
        super(message, cause);
    }
}
