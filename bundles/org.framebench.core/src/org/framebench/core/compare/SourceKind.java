package org.framebench.core.compare;

/** Who or what a statement comes from, as the sourcing codes (and their Identification attribute) say. */
public enum SourceKind {
    NAMED_PERSON("named person", false),
    ANONYMOUS_INDIVIDUAL("anonymous individual", true),
    ANONYMOUS_GROUP("anonymous group", true),
    INSTITUTION("institution", false),
    OTHER_OUTLET("other outlet", false),
    DOCUMENT("document", false),
    SECOND_HAND("second-hand", false),
    UNATTRIBUTED("unattributed", false);

    private final String label;
    private final boolean anonymous;

    SourceKind(String label, boolean anonymous) {
        this.label = label;
        this.anonymous = anonymous;
    }

    /** Plain words, as shown in the Compare view and the exports. */
    public String label() {
        return label;
    }

    /** Anonymous individual or group: counted in an outlet's share of anonymous sources. */
    public boolean isAnonymous() {
        return anonymous;
    }
}
