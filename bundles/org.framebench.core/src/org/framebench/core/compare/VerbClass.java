package org.framebench.core.compare;

/** The class of a reporting verb (codes A4 to A8, or the Reporting verb attribute). */
public enum VerbClass {
    NEUTRAL("neutral", "neutral"),
    VALIDATING("validating", "validating"),
    DISTANCING("distancing", "distancing"),
    EVALUATIVE("evaluative", "evaluative"),
    DENIAL("denial", "denial/refusal");

    private final String label;
    private final String attributeValue;

    VerbClass(String label, String attributeValue) {
        this.label = label;
        this.attributeValue = attributeValue;
    }

    public String label() {
        return label;
    }

    /** The value of the built-in codebook's Reporting verb attribute that says this. */
    public String attributeValue() {
        return attributeValue;
    }

    /** The class a Reporting verb attribute value says ("denial" also, as older files wrote it), or null. */
    public static VerbClass ofAttribute(String value) {
        if ("denial".equals(value)) {
            return DENIAL;
        }
        for (VerbClass verbClass : values()) {
            if (verbClass.attributeValue.equals(value)) {
                return verbClass;
            }
        }
        return null;
    }
}
