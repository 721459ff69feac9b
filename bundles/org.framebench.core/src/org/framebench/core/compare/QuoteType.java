package org.framebench.core.compare;

/** How a statement is attributed (codes A1 to A3, or the Quote type attribute). */
public enum QuoteType {
    DIRECT("direct quote"),
    INDIRECT("indirect quote"),
    MIXED("mixed quote");

    private final String label;

    QuoteType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
