package org.framebench.core.text;

import org.framebench.model.Annotation;

/**
 * What re-anchoring did with one annotation.
 *
 * @param annotation the annotation (still in its document, whatever the outcome)
 * @param articleId the article it belongs to
 * @param outlet the article's outlet, for messages
 * @param codeId its code's id (null if it has none)
 * @param codeLabel its code's label (null if it has none)
 * @param coveredText the text it covered before the update
 * @param oldBegin its start before the update
 * @param oldEnd its end before the update
 * @param newBegin its start after the update (the old one if unplaced)
 * @param newEnd its end after the update (the old one if unplaced)
 * @param outcome what happened
 */
public record Placement(Annotation annotation, String articleId, String outlet, String codeId, String codeLabel,
        String coveredText, int oldBegin, int oldEnd, int newBegin, int newEnd, Outcome outcome) {

    /** What happened to an annotation. */
    public enum Outcome {
        /** Same text at the same offsets. */
        UNCHANGED,
        /** Same text, found at other offsets. */
        MOVED,
        /** Found with small differences (quotes, dashes, spacing); its covered text now follows the new text. */
        ADJUSTED,
        /** Not found, or found in several places with nothing to choose between them: kept as it was. */
        UNPLACED
    }

    /** One line in plain words, e.g. {@code BBC News, F2 Loaded label: “clear and firm”}. */
    public String describe() {
        String code = codeId == null ? "no code" : codeLabel == null ? codeId : codeId + " " + codeLabel;
        return (outlet == null ? articleId : outlet) + ", " + code + ": “" + abbreviate(coveredText) + "”";
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 77) + "…";
    }
}
