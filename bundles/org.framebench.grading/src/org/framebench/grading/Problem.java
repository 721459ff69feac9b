package org.framebench.grading;

/** Something the instructor should know about a submission, in plain words. */
public record Problem(Kind kind, String message) {

    /**
     * What is wrong. {@link #DUPLICATE_KEPT}, {@link #POSSIBLE_COPY} and {@link #REANCHORED} are warnings: the
     * submission is still scored. All others keep it out of scoring.
     */
    public enum Kind {
        /** The file could not be opened (damaged, empty, not a Framebench file…); the message says why. */
        UNREADABLE,
        /** The file answers another assignment than the key (or than most of the class). */
        OTHER_ASSIGNMENT,
        /** An article's text was edited inside the file (its digest does not match), or an article is missing. */
        CHANGED_ARTICLES,
        /** The same student submitted a newer file; this older one is not scored. */
        DUPLICATE_SUPERSEDED,
        /** The same student submitted older files too; this newest one is scored. */
        DUPLICATE_KEPT,
        /** A file saved as an answer key ("key" role) that is not the key graded against. */
        KEY_NOT_USED,
        /** Warning: the file shares its document, annotations or answers with another student's file. */
        POSSIBLE_COPY,
        /** Warning: the file's article texts differ slightly from the key's; it was re-anchored to the key's texts. */
        REANCHORED,
        /** Warning: the file answers another version of the same assignment than the key (or most of the class). */
        OTHER_VERSION;

        /** Whether a submission with this problem is still scored. */
        public boolean isWarning() {
            return this == DUPLICATE_KEPT || this == POSSIBLE_COPY || this == REANCHORED || this == OTHER_VERSION;
        }
    }
}
