package org.framebench.core.compare;

import java.util.Optional;

import org.framebench.core.codebook.Codebooks;
import org.framebench.model.Annotation;
import org.framebench.model.AttributeDefinition;
import org.framebench.model.Code;
import org.framebench.model.Codebook;

/**
 * What the built-in journalism codebook's codes mean for the comparison (see
 * {@code codebook/journalism-codebook.json} and {@code journalism-codebook-presentation.json}): the sourcing
 * codes S1 to S8 give a source kind, refined by the source's Identification attribute where the code itself does
 * not say (S7 second-hand, S8 unattributed); A1 to A3 give the quote type and A4 to A8 the reporting verb's
 * class, and any attribution annotation's Quote type and Reporting verb attributes say the same. F8 is the
 * omission code. The same table says which attributes a code answers itself ({@link #impliedValue}). A codebook without these ids simply gives no kinds.
 */
public final class CodeMeanings {

    public static final String SOURCING = "sourcing";
    public static final String ATTRIBUTION = "attribution";
    public static final String FRAMING = "framing";
    /** The id of the omission code ("Omission (cross-article)"). */
    public static final String OMISSION_CODE = "F8";
    /** The omission code's attribute naming the article that has what this one leaves out. */
    public static final String PRESENT_IN = "present_in";
    static final String IDENTIFICATION = "identification";
    static final String QUOTE_TYPE = "quote_type";
    static final String CUE_CLASS = "cue_class";
    static final String ANONYMITY_EXPLANATION = "anonymity_explanation";
    static final String NOT_APPLICABLE = "not applicable";
    /** The sourcing codes' "Same entity as" attribute: a free-text id that links between sources replace. */
    public static final String COREFERENCE = "coreference_id";

    private CodeMeanings() {
    }

    /** The layer id of the annotation's code, or null. */
    public static String layer(Annotation annotation) {
        Code code = annotation.getCode();
        return code == null || code.getLayer() == null ? null : code.getLayer().getId();
    }

    public static boolean isOmission(Annotation annotation) {
        return annotation.getCode() != null && OMISSION_CODE.equals(annotation.getCode().getId());
    }

    /** The omission code of {@code codebook}, if it has one. */
    public static Optional<Code> omissionCode(Codebook codebook) {
        return Codebooks.findById(codebook, OMISSION_CODE);
    }

    /** The source kind a sourcing annotation gives, or null (not a sourcing annotation, or nothing says). */
    public static SourceKind sourceKind(Annotation annotation) {
        if (!SOURCING.equals(layer(annotation))) {
            return null;
        }
        SourceKind byCode = sourceKindOfCode(annotation.getCode().getId());
        if (byCode == SourceKind.SECOND_HAND || byCode == SourceKind.UNATTRIBUTED || byCode == null) {
            // The code names no kind of speaker: the Identification attribute, if given, does.
            SourceKind identified = SourceKind.ofIdentification(attribute(annotation, IDENTIFICATION));
            if (identified != null) {
                return identified;
            }
        }
        return byCode;
    }

    /** The quote type an attribution annotation gives (its code, else its Quote type attribute), or null. */
    public static QuoteType quoteType(Annotation annotation) {
        if (!ATTRIBUTION.equals(layer(annotation))) {
            return null;
        }
        QuoteType byCode = quoteTypeOfCode(annotation.getCode().getId());
        return byCode != null ? byCode : QuoteType.ofAttribute(attribute(annotation, QUOTE_TYPE));
    }

    /** True for the reporting-verb codes A4 to A8 (the annotation covers the verb itself). */
    public static boolean isCue(Annotation annotation) {
        return ATTRIBUTION.equals(layer(annotation)) && cueClassOfCode(annotation.getCode().getId()) != null;
    }

    /** The verb class an attribution annotation gives (its code, else its Reporting verb attribute), or null. */
    public static VerbClass verbClass(Annotation annotation) {
        if (!ATTRIBUTION.equals(layer(annotation))) {
            return null;
        }
        VerbClass byCode = cueClassOfCode(annotation.getCode().getId());
        return byCode != null ? byCode : VerbClass.ofAttribute(attribute(annotation, CUE_CLASS));
    }

    /**
     * The value of attribute {@code attributeId} that {@code code} itself gives, or null (the student answers
     * it): Quote type on A1 to A3, Reporting verb on A4 to A8, Identification on S1 to S4, and Anonymity
     * explained ("not applicable") on a code that names a source who is not anonymous (S1, S4). Only a value
     * the attribute allows counts. The codebook's content is unchanged: this is what the Annotation panel
     * and Help show instead of asking again; a value a file has is kept, exported and graded as before.
     */
    public static String impliedValue(Code code, String attributeId) {
        if (code == null || code.getId() == null || code.getLayer() == null || attributeId == null) {
            return null;
        }
        String layer = code.getLayer().getId();
        String value = null;
        if (ATTRIBUTION.equals(layer)) {
            QuoteType quote = quoteTypeOfCode(code.getId());
            VerbClass cue = cueClassOfCode(code.getId());
            if (QUOTE_TYPE.equals(attributeId) && quote != null) {
                value = quote.attributeValue();
            } else if (CUE_CLASS.equals(attributeId) && cue != null) {
                value = cue.attributeValue();
            }
        } else if (SOURCING.equals(layer)) {
            SourceKind kind = sourceKindOfCode(code.getId());
            String identification = kind == null ? null : kind.identification();
            if (IDENTIFICATION.equals(attributeId)) {
                value = identification;
            } else if (ANONYMITY_EXPLANATION.equals(attributeId) && identification != null && !kind.isAnonymous()) {
                value = NOT_APPLICABLE;
            }
        }
        if (value == null) {
            return null;
        }
        String implied = value;
        Optional<AttributeDefinition> definition = Codebooks.attribute(code, attributeId);
        boolean allowed = definition.isPresent() && (definition.get().getAllowedValues().isEmpty()
                || definition.get().getAllowedValues().contains(implied));
        return allowed ? implied : null;
    }

    /**
     * True for an attribute of {@code code} the Annotation panel does not ask for: the code gives its value
     * ({@link #impliedValue}), or the annotation's links say it (Same entity as: a free-text id for what a
     * same-source link records).
     */
    public static boolean isImplied(Code code, String attributeId) {
        return COREFERENCE.equals(attributeId) || impliedValue(code, attributeId) != null;
    }

    private static SourceKind sourceKindOfCode(String id) {
        return switch (id) {
            case "S1" -> SourceKind.NAMED_PERSON;
            case "S2" -> SourceKind.ANONYMOUS_INDIVIDUAL;
            case "S3" -> SourceKind.ANONYMOUS_GROUP;
            case "S4" -> SourceKind.INSTITUTION;
            case "S5" -> SourceKind.OTHER_OUTLET;
            case "S6" -> SourceKind.DOCUMENT;
            case "S7" -> SourceKind.SECOND_HAND;
            case "S8" -> SourceKind.UNATTRIBUTED;
            default -> null;
        };
    }

    private static QuoteType quoteTypeOfCode(String id) {
        return switch (id) {
            case "A1" -> QuoteType.DIRECT;
            case "A2" -> QuoteType.INDIRECT;
            case "A3" -> QuoteType.MIXED;
            default -> null;
        };
    }

    private static VerbClass cueClassOfCode(String id) {
        return switch (id) {
            case "A4" -> VerbClass.NEUTRAL;
            case "A5" -> VerbClass.VALIDATING;
            case "A6" -> VerbClass.DISTANCING;
            case "A7" -> VerbClass.EVALUATIVE;
            case "A8" -> VerbClass.DENIAL;
            default -> null;
        };
    }

    static String attribute(Annotation annotation, String key) {
        return annotation.getAttributeValues().stream().filter(v -> key.equals(v.getKey()))
                .map(v -> v.getValue()).filter(v -> v != null && !v.isBlank()).findFirst().orElse(null);
    }
}
