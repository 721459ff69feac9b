package org.framebench.core.compare;

/** Who or what a statement comes from, as the sourcing codes (and their Identification attribute) say. */
public enum SourceKind {
    NAMED_PERSON("named person", false, "named"),
    ANONYMOUS_INDIVIDUAL("anonymous individual", true, "anonymous"),
    ANONYMOUS_GROUP("anonymous group", true, "anonymous"),
    INSTITUTION("institution", false, "institutional"),
    OTHER_OUTLET("other outlet", false, null),
    DOCUMENT("document", false, null),
    SECOND_HAND("second-hand", false, null),
    UNATTRIBUTED("unattributed", false, null);

    private final String label;
    private final boolean anonymous;
    private final String identification;

    SourceKind(String label, boolean anonymous, String identification) {
        this.label = label;
        this.anonymous = anonymous;
        this.identification = identification;
    }

    /** Plain words, as shown in the Compare view and the exports. */
    public String label() {
        return label;
    }

    /** Anonymous individual or group: counted in an outlet's share of anonymous sources. */
    public boolean isAnonymous() {
        return anonymous;
    }

    /** The value of the built-in codebook's Identification attribute this kind is, or null (it is none of them). */
    public String identification() {
        return identification;
    }

    /** The kind an Identification attribute value says (anonymous: an individual), or null. */
    public static SourceKind ofIdentification(String value) {
        for (SourceKind kind : values()) {
            if (kind.identification != null && kind.identification.equals(value)) {
                return kind;
            }
        }
        return null;
    }
}
