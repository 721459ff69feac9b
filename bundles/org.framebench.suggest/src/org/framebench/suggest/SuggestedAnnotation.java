package org.framebench.suggest;

import java.util.Map;
import java.util.Objects;

/**
 * One span the finder suggests annotating, with the code it suggests.
 *
 * @param articleId   the article's id ({@code Article.getId()})
 * @param begin       UTF-16 offset into {@code Article.getText()} of the first character
 * @param end         UTF-16 offset after the last character (exclusive); {@code begin < end}
 * @param codeId      the suggested code's id, always one the codebook given to the finder holds
 * @param text        {@code Article.getText().substring(begin, end)}
 * @param confidence  how sure the rule that found it is, 0 (a guess) to 1 (certain)
 * @param attribution the id of the {@link Attribution} this span is a part of (unique within one call)
 * @param part        which part of that attribution it is
 * @param attributes  suggested attribute values, keyed by the built-in codebook's attribute ids
 *                    ({@code identification}: named / anonymous / institutional; {@code name}; {@code role};
 *                    {@code quote_type}: direct / indirect / mixed; {@code cue_class}; {@code channel};
 *                    {@code implicit_source}: true / false) and {@code verb} (the cue's lemma, e.g. "say",
 *                    "according to"). Only values that make sense for the code are given; a caller keeps
 *                    those the code it uses actually defines. Never null, unmodifiable.
 */
public record SuggestedAnnotation(String articleId, int begin, int end, String codeId, String text, double confidence,
        String attribution, AttributionPart part, Map<String, String> attributes) {

    /** The attribute key for the cue's lemma (not a codebook attribute; for display). */
    public static final String VERB = "verb";

    public SuggestedAnnotation {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(codeId, "codeId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(part, "part");
        if (begin < 0 || end <= begin) {
            throw new IllegalArgumentException("bad span " + begin + ".." + end);
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence " + confidence + " is not within 0..1");
        }
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    /** The number of characters covered. */
    public int length() {
        return end - begin;
    }
}
