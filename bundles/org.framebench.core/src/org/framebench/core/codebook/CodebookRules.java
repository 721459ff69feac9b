package org.framebench.core.codebook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.framebench.model.AttributeDefinition;
import org.framebench.model.AttributeKind;
import org.framebench.model.Code;
import org.framebench.model.Codebook;
import org.framebench.model.Layer;

/**
 * What a usable codebook must be: unique layer and code ids, unique shortcut keys, labels, colours in #RRGGBB that
 * text can be read on, choice attributes with values to choose from.
 * <p>
 * A shortcut key is one letter or digit, pressed without modifiers in the document editor (case does not matter:
 * "A" and "a" are the same key). The editor's own keys are reserved: Space, Delete, Backspace and Esc (none of them
 * a letter or digit, so refused as such); any other character (punctuation, two letters) is refused too. An empty
 * key means "no shortcut".
 */
public final class CodebookRules {

    /** The colour of the text annotated spans are drawn behind. */
    public static final String TEXT_COLOUR = "#000000";

    /** The page colour a code's colour is checked against (contrast with the text background). */
    public static final String BACKGROUND_COLOUR = "#FFFFFF";

    /** Under this contrast against the white page a code's colour cannot be told from no highlight: a warning. */
    public static final double MIN_CONTRAST_AGAINST_BACKGROUND = 1.5;

    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

    private CodebookRules() {
    }

    /** Every problem in {@code codebook}, errors and warnings, in codebook order. */
    public static List<CodebookProblem> check(Codebook codebook) {
        List<CodebookProblem> problems = new ArrayList<>();
        if (codebook.getLayers().isEmpty()) {
            problems.add(new CodebookProblem(true, "The codebook has no layers.", codebook));
        }
        Map<String, Layer> layerIds = new HashMap<>();
        Map<String, Code> codeIds = new HashMap<>();
        Map<String, Code> keys = new HashMap<>();
        int layerNumber = 0;
        for (Layer layer : codebook.getLayers()) {
            layerNumber++;
            String layerName = blank(layer.getId()) ? "Layer " + layerNumber : "Layer \"" + layer.getId() + "\"";
            if (blank(layer.getId())) {
                problems.add(new CodebookProblem(true, layerName + " has no id.", layer));
            } else if (layerIds.putIfAbsent(layer.getId(), layer) != null) {
                problems.add(new CodebookProblem(true,
                        "Two layers have the id \"" + layer.getId() + "\": layer ids must be unique.", layer));
            }
            if (blank(layer.getLabel())) {
                problems.add(new CodebookProblem(true, layerName + " has no label.", layer));
            }
            int codeNumber = 0;
            for (Code code : layer.getCodes()) {
                codeNumber++;
                String codeName = blank(code.getId())
                        ? "Code " + codeNumber + " of " + layerName
                        : "Code \"" + code.getId() + "\"";
                if (blank(code.getId())) {
                    problems.add(new CodebookProblem(true, codeName + " has no id.", code));
                } else if (codeIds.putIfAbsent(code.getId(), code) != null) {
                    problems.add(new CodebookProblem(true,
                            "Two codes have the id \"" + code.getId() + "\": code ids must be unique.", code));
                }
                if (blank(code.getLabel())) {
                    problems.add(new CodebookProblem(true, codeName + " has no label.", code));
                }
                String key = code.getShortcutKey();
                if (key != null && !key.isEmpty()) {
                    String wrong = keyProblem(key);
                    if (wrong != null) {
                        problems.add(new CodebookProblem(true, codeName + ": " + wrong, code));
                    } else {
                        Code other = keys.putIfAbsent(normal(key), code);
                        if (other != null) {
                            problems.add(new CodebookProblem(true, codeName + " and code \"" + other.getId()
                                    + "\" have the same shortcut key \"" + key + "\".", code));
                        }
                    }
                }
                String colour = code.getColour();
                if (colour == null || !COLOUR.matcher(colour).matches()) {
                    problems.add(new CodebookProblem(true, codeName + " has the colour \""
                            + (colour == null ? "" : colour) + "\": a colour is written #RRGGBB, e.g. #FFD54F.", code));
                } else {
                    double ratio = contrastRatio(colour, BACKGROUND_COLOUR);
                    if (ratio < MIN_CONTRAST_AGAINST_BACKGROUND) {
                        problems.add(new CodebookProblem(false, String.format(Locale.ROOT,
                                "%s: its colour %s is hard to tell from the white page (contrast %.2f:1, at least"
                                        + " %.1f:1 is needed to see it); choose a darker colour.",
                                codeName, colour, ratio, MIN_CONTRAST_AGAINST_BACKGROUND), code));
                    }
                }
                Map<String, AttributeDefinition> attributeIds = new HashMap<>();
                int attributeNumber = 0;
                for (AttributeDefinition attribute : code.getAttributes()) {
                    attributeNumber++;
                    String attributeName = blank(attribute.getId())
                            ? "attribute " + attributeNumber
                            : "attribute \"" + attribute.getId() + "\"";
                    if (blank(attribute.getId())) {
                        problems.add(new CodebookProblem(true, codeName + ": " + attributeName + " has no id.",
                                attribute));
                    } else if (attributeIds.putIfAbsent(attribute.getId(), attribute) != null) {
                        problems.add(new CodebookProblem(true, codeName + " has two attributes with the id \""
                                + attribute.getId() + "\".", attribute));
                    }
                    if (blank(attribute.getLabel())) {
                        problems.add(new CodebookProblem(true, codeName + ": " + attributeName + " has no label.",
                                attribute));
                    }
                    if (attribute.getKind() == AttributeKind.CHOICE) {
                        long values = attribute.getAllowedValues().stream().filter(v -> !blank(v)).count();
                        if (values == 0) {
                            problems.add(new CodebookProblem(true, codeName + ": " + attributeName
                                    + " is a choice but has no values to choose from.", attribute));
                        }
                    }
                }
            }
        }
        return problems;
    }

    /** Only the errors of {@link #check}. */
    public static List<CodebookProblem> errors(Codebook codebook) {
        return check(codebook).stream().filter(CodebookProblem::error).toList();
    }

    /**
     * Null if {@code code} may take {@code newKey} as its shortcut key, else a plain message saying why not (naming
     * the other code that has it, or why the key cannot be used). An empty or null key (no shortcut) is fine.
     */
    public static String keyConflict(Codebook codebook, Code code, String newKey) {
        if (newKey == null || newKey.isEmpty()) {
            return null;
        }
        String wrong = keyProblem(newKey);
        if (wrong != null) {
            return wrong;
        }
        String wanted = normal(newKey);
        for (Code other : Codebooks.allCodes(codebook)) {
            if (other != code && other.getShortcutKey() != null && normal(other.getShortcutKey()).equals(wanted)) {
                String label = blank(other.getLabel()) ? other.getId() : other.getLabel();
                return "The key \"" + newKey + "\" is already the shortcut of the code \"" + label + "\" ("
                        + other.getId() + "); choose another key or change that code's key first.";
            }
        }
        return null;
    }

    /**
     * The WCAG 2 contrast ratio (1 to 21) of two #RRGGBB colours: (L1 + 0.05) / (L2 + 0.05) of their relative
     * luminances, the lighter over the darker.
     *
     * @throws IllegalArgumentException if a colour is not #RRGGBB
     */
    public static double contrastRatio(String colourA, String colourB) {
        double a = luminance(colourA);
        double b = luminance(colourB);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** True if {@code colour} is written #RRGGBB. */
    public static boolean isColour(String colour) {
        return colour != null && COLOUR.matcher(colour).matches();
    }

    private static double luminance(String colour) {
        if (!isColour(colour)) {
            throw new IllegalArgumentException("not a #RRGGBB colour: " + colour);
        }
        int rgb = Integer.parseInt(colour.substring(1), 16);
        return 0.2126 * channel((rgb >> 16) & 0xFF) + 0.7152 * channel((rgb >> 8) & 0xFF)
                + 0.0722 * channel(rgb & 0xFF);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** Null if {@code key} can be a shortcut key, else why not. */
    private static String keyProblem(String key) {
        if (key.codePointCount(0, key.length()) != 1) {
            return "The shortcut key \"" + key + "\" is not one letter or digit.";
        }
        int c = key.codePointAt(0);
        if (c == ' ') {
            return "Space cannot be a shortcut key: it is reserved (the editor's own keys are Space, Delete,"
                    + " Backspace and Esc).";
        }
        if (!Character.isLetterOrDigit(c)) {
            return "The shortcut key \"" + key + "\" is not a letter or digit.";
        }
        return null;
    }

    private static String normal(String key) {
        return key.toLowerCase(Locale.ROOT);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
