package org.framebench.grading;

/** Something the instructor should know about a submission, in plain words. */
public record Problem(Kind kind, String message) {

    /** What is wrong; all but {@link #DUPLICATE_KEPT} keep the submission out of scoring. */
    public enum Kind {
        /** The file could not be opened (damaged, not a Framebench file…); the message says why. */
        UNREADABLE,
        /** The file answers another assignment than the key (or than most of the class). */
        OTHER_ASSIGNMENT,
        /** An article's text differs from the key's, or from its own recorded digest. */
        CHANGED_ARTICLES,
        /** The same student submitted a newer file; this older one is not scored. */
        DUPLICATE_SUPERSEDED,
        /** The same student submitted older files too; this newest one is scored. */
        DUPLICATE_KEPT
    }
}
