package org.framebench.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.framebench.model.Article;
import org.framebench.model.Codebook;

/**
 * Finds attribution relations (source – cue – content) in an English news article and suggests them as
 * annotations with codes of a given codebook. Rule-based over Apache OpenNLP sentences, tokens, part-of-speech
 * tags and lemmas, with the reporting-verb lexicon {@code lexicon/reporting-verbs.tsv}; see the package
 * documentation for what it finds and how sure it is.
 *
 * <p>Thread-safe. The OpenNLP models are loaded once per JVM, on the first call of {@link #find} (or
 * {@link #loadModels()}), from the model bundles of the product (nothing is downloaded).
 */
public final class AttributionFinder {

    private static final AttributionFinder SHARED = new AttributionFinder();

    private AttributionFinder() {
    }

    /** The finder (one per JVM; it holds no state besides the shared models and lexicon). */
    public static AttributionFinder get() {
        return SHARED;
    }

    /**
     * Loads the models and the lexicon now unless they are loaded already (a caller may do it in the background
     * before the first {@link #find}); returns the milliseconds the first load took.
     *
     * @throws IllegalStateException when a model cannot be found or read (a broken install)
     */
    public static long loadModels() {
        return EnglishPipeline.get().loadMillis();
    }

    /**
     * The attributions in the article's body text ({@code Article.getText()}), in text order, with their parts
     * coded by {@code codebook}: a part whose code the codebook lacks is left out (null), and an attribution left
     * with no part is dropped.
     */
    public List<Attribution> findAttributions(Article article, Codebook codebook) {
        Objects.requireNonNull(article, "article");
        return findAttributions(article.getId(), article.getText() == null ? "" : article.getText(), codebook);
    }

    /** As {@link #findAttributions(Article, Codebook)}, for a text that is not (yet) an article. */
    public List<Attribution> findAttributions(String articleId, String text, Codebook codebook) {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(codebook, "codebook");
        return new AttributionRules(EnglishPipeline.get(), ReportingVerbs.get(), codebook).find(articleId, text);
    }

    /**
     * Every part of every attribution of {@link #findAttributions(Article, Codebook)}, as a flat list in text
     * order (by begin, then end); {@link SuggestedAnnotation#attribution()} groups them.
     */
    public List<SuggestedAnnotation> find(Article article, Codebook codebook) {
        return flatten(findAttributions(article, codebook));
    }

    /** The parts of {@code attributions} in text order (by begin, then end, then part). */
    public static List<SuggestedAnnotation> flatten(List<Attribution> attributions) {
        List<SuggestedAnnotation> all = new ArrayList<>();
        for (Attribution attribution : attributions) {
            all.addAll(attribution.parts());
        }
        all.sort((a, b) -> a.begin() != b.begin() ? Integer.compare(a.begin(), b.begin())
                : a.end() != b.end() ? Integer.compare(a.end(), b.end()) : a.part().compareTo(b.part()));
        return all;
    }
}
