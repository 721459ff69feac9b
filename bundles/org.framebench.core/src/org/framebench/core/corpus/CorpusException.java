package org.framebench.core.corpus;

/** A corpus could not be read; the message is meant for the user. */
public class CorpusException extends Exception {

    private static final long serialVersionUID = 1L;

    public CorpusException(String message, Throwable cause) {
        super(message, cause);
    }
}
