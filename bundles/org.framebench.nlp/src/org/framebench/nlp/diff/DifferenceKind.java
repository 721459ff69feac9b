package org.framebench.nlp.diff;

/** What kind of change a republication made to the original's text. */
public enum DifferenceKind {
    /** Only the typography differs: curly or straight quotes and apostrophes, dashes, spaces and line breaks. */
    TYPOGRAPHY("Typography only"),
    /** Material put before the article's text (site boilerplate such as "Audio By ..."). */
    ADDED_BEFORE("Added before the article"),
    /** Material put after the article's text (disclaimers, "Latest Stories"). */
    ADDED_AFTER("Added after the article"),
    /** Words added inside the article. */
    ADDED_WITHIN("Added inside the article"),
    /** Words of the original left out. */
    REMOVED("Removed"),
    /** Words of the original replaced by other words. */
    CHANGED("Changed wording");

    private final String label;

    DifferenceKind(String label) {
        this.label = label;
    }

    /** Plain words for a student. */
    public String label() {
        return label;
    }
}
