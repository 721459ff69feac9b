package org.framebench.core.assignment;

/** An assignment file that cannot be read or written, or an assignment that is not ready; the message is for the user. */
public final class AssignmentException extends Exception {

    private static final long serialVersionUID = 1L;

    public AssignmentException(String message, Throwable cause) {
        super(message, cause);
    }
}
