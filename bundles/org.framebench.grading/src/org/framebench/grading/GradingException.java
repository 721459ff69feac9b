package org.framebench.grading;

/** Grading could not go ahead (no such folder, unreadable key…). The message is plain words for the user. */
public class GradingException extends Exception {

    private static final long serialVersionUID = 1L;

    public GradingException(String message, Throwable cause) {
        super(message, cause);
    }
}
