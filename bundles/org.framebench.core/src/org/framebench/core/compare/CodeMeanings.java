package org.framebench.core.compare;

import java.util.Optional;

import org.framebench.core.codebook.Codebooks;
import org.framebench.model.Annotation;
import org.framebench.model.Code;
import org.framebench.model.Codebook;

/**
 * What the built-in journalism codebook's codes mean for the comparison (see
 * {@code codebook/journalism-codebook.json} and {@code journalism-codebook-presentation.json}): the sourcing
 * codes S1 to S8 give a source kind, refined by the source's Identification attribute where the code itself does
 * not say (S7 second-hand, S8 unattributed); A1 to A3 give the quote type and A4 to A8 the reporting verb's
 * class, and any attribution annotation's Quote type and Reporting verb attributes say the same. F8 is the
 * omission code. A codebook without these ids simply gives no kinds.
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
        SourceKind byCode = switch (annotation.getCode().getId()) {
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
        if (byCode == SourceKind.SECOND_HAND || byCode == SourceKind.UNATTRIBUTED || byCode == null) {
            // The code names no kind of speaker: the Identification attribute, if given, does.
            String identification = attribute(annotation, IDENTIFICATION);
            if ("named".equals(identification)) {
                return SourceKind.NAMED_PERSON;
            }
            if ("anonymous".equals(identification)) {
                return SourceKind.ANONYMOUS_INDIVIDUAL;
            }
            if ("institutional".equals(identification)) {
                return SourceKind.INSTITUTION;
            }
        }
        return byCode;
    }

    /** The quote type an attribution annotation gives (its code, else its Quote type attribute), or null. */
    public static QuoteType quoteType(Annotation annotation) {
        if (!ATTRIBUTION.equals(layer(annotation))) {
            return null;
        }
        switch (annotation.getCode().getId()) {
            case "A1": return QuoteType.DIRECT;
            case "A2": return QuoteType.INDIRECT;
            case "A3": return QuoteType.MIXED;
            default: break;
        }
        String value = attribute(annotation, QUOTE_TYPE);
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "direct" -> QuoteType.DIRECT;
            case "indirect" -> QuoteType.INDIRECT;
            case "mixed" -> QuoteType.MIXED;
            default -> null;
        };
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
        if (byCode != null) {
            return byCode;
        }
        String value = attribute(annotation, CUE_CLASS);
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "neutral" -> VerbClass.NEUTRAL;
            case "validating" -> VerbClass.VALIDATING;
            case "distancing" -> VerbClass.DISTANCING;
            case "evaluative" -> VerbClass.EVALUATIVE;
            case "denial/refusal", "denial" -> VerbClass.DENIAL;
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
