package org.framebench.core.compare;

/** How a statement is attributed (codes A1 to A3, or the Quote type attribute). */
public enum QuoteType {
    DIRECT("direct quote", "direct"),
    INDIRECT("indirect quote", "indirect"),
    MIXED("mixed quote", "mixed");

    private final String label;
    private final String attributeValue;

    QuoteType(String label, String attributeValue) {
        this.label = label;
        this.attributeValue = attributeValue;
    }

    public String label() {
        return label;
    }

    /** The value of the built-in codebook's Quote type attribute that says this. */
    public String attributeValue() {
        return attributeValue;
    }

    /** The quote type a Quote type attribute value says, or null. */
    public static QuoteType ofAttribute(String value) {
        for (QuoteType type : values()) {
            if (type.attributeValue.equals(value)) {
                return type;
            }
        }
        return null;
    }
}
