package org.framebench.suggest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One attribution relation found in an article: a source reported (by a cue) as saying some content. Any part
 * may be missing (null): a source the codebook has no code for, an agentless "is believed", a cue-less
 * continuation of a quote. At least one part is present.
 *
 * @param id         unique within one {@link AttributionFinder} call: {@code <articleId>-s<N>}, numbered in text order
 * @param articleId  the article's id
 * @param source     the source mention (S1–S6), or null
 * @param cue        the reporting verb or phrase (A4–A8), or null
 * @param content    what is reported (A1–A3), or null
 * @param channel    the written statement or outlet the source spoke through (S6 "in a statement", S5 "told
 *                   CNN"), or null; the source stays the speaker
 * @param confidence the attribution's overall confidence, 0..1
 */
public record Attribution(String id, String articleId, SuggestedAnnotation source, SuggestedAnnotation cue,
        SuggestedAnnotation content, SuggestedAnnotation channel, double confidence) {

    public Attribution {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(articleId, "articleId");
        if (source == null && cue == null && content == null) {
            throw new IllegalArgumentException("an attribution needs a source, a cue or a content");
        }
    }

    /** The parts present, in the order source, cue, content, channel. */
    public List<SuggestedAnnotation> parts() {
        List<SuggestedAnnotation> parts = new ArrayList<>(4);
        for (SuggestedAnnotation part : new SuggestedAnnotation[] { source, cue, content, channel }) {
            if (part != null) {
                parts.add(part);
            }
        }
        return Collections.unmodifiableList(parts);
    }

    /** The cue's lemma ("say", "according to"), or null without a cue. */
    public String verb() {
        return cue == null ? null : cue.attributes().get(SuggestedAnnotation.VERB);
    }
}
