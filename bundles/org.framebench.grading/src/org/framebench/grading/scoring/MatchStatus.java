package org.framebench.grading.scoring;

/** How one annotation fared against the key. */
public enum MatchStatus {
    /** Same code, same span as a key annotation. */
    MATCHED,
    /** Same code, overlapping a key annotation enough (Jaccard at or above the threshold) but not exactly. */
    PARTIAL,
    /** A key annotation the student did not find. */
    MISSED,
    /** A student annotation with no key annotation of its code on that stretch. */
    EXTRA,
    /** A student annotation on a key stretch, with another code than the key's. */
    WRONG_CODE;

    /** Words for tables and spreadsheets. */
    public String label() {
        return switch (this) {
            case MATCHED -> "matched";
            case PARTIAL -> "partial";
            case MISSED -> "missed";
            case EXTRA -> "extra";
            case WRONG_CODE -> "wrong code";
        };
    }
}
