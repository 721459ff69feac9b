package org.framebench.core.compare;

/** The class of a reporting verb (codes A4 to A8, or the Reporting verb attribute). */
public enum VerbClass {
    NEUTRAL("neutral"),
    VALIDATING("validating"),
    DISTANCING("distancing"),
    EVALUATIVE("evaluative"),
    DENIAL("denial");

    private final String label;

    VerbClass(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
