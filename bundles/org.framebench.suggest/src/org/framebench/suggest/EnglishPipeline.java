package org.framebench.suggest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * The OpenNLP English models (Universal Dependencies English Web Treebank, models 1.3) and what they give:
 * sentences, tokens, part-of-speech tags (UD tags: NOUN, PROPN, VERB, ...) and lemmas. The models are loaded once,
 * on first use, by whichever thread comes first (the others wait); the ME objects that use them are not
 * thread-safe, so each thread keeps its own, made on its first {@link #analyse} call.
 *
 * <p>Three shortcuts halve the time an article takes, giving the same tokens, tags and lemmas (the test
 * {@code EnglishPipelineTest} compares them with {@link #analyseAsOpenNlp} on every text of the gold set): the
 * tokenizer takes a chunk of letters only or digits only as one token instead of scoring each of its characters;
 * the tagger is greedy (a beam of one: each word's most probable tag after the tags before it) instead of OpenNLP's
 * beam of three; a word's lemma is the single most probable edit script instead of a beam search that sorts the
 * scores of all of the lemmatizer's scripts for each word. Lemmas are also kept per word and tag.
 */
final class EnglishPipeline {

    static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKEN_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    static final String LEMMA_MODEL = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    private static volatile EnglishPipeline instance;

    private final SentenceModel sentences;
    private final TokenizerModel originalTokens;
    private final TokenizerModel tokens;
    private final POSModel tags;
    /** The tagger's classifier, for greedy tagging (null: the model is of another kind; POSTaggerME then). */
    private final MaxentModel tagModel;
    /** The lemmatizer's classifier, likewise (null: LemmatizerME's beam search). */
    private final MaxentModel lemmaModel;
    private final LemmatizerModel lemmas;
    private final long loadMillis;

    private EnglishPipeline() {
        long start = System.nanoTime();
        try {
            sentences = new SentenceModel(open(SENTENCE_MODEL, "sentdetect"));
            originalTokens = new TokenizerModel(open(TOKEN_MODEL, "tokenizer"));
            tokens = alphanumeric(originalTokens);
            tags = new POSModel(open(POS_MODEL, "pos"));
            Object maxent = tags.getArtifact("pos.model");
            tagModel = maxent instanceof MaxentModel m ? m : null;
            lemmas = new LemmatizerModel(open(LEMMA_MODEL, "lemmatizer"));
            Object lemmaMaxent = lemmas.getArtifact("lemmatizer.model");
            lemmaModel = lemmaMaxent instanceof MaxentModel m ? m : null;
        } catch (IOException e) {
            throw new IllegalStateException("an OpenNLP English model could not be read: " + e.getMessage(), e);
        }
        loadMillis = (System.nanoTime() - start) / 1_000_000;
    }

    /**
     * The tokenizer model with the alphanumeric shortcut on: a chunk of letters and digits only is one token,
     * not scored character by character (the model's own setting leaves it off).
     */
    private static TokenizerModel alphanumeric(TokenizerModel model) {
        if (model.getFactory().isUseAlphaNumericOptimization()) {
            return model;
        }
        opennlp.tools.tokenize.TokenizerFactory factory = new opennlp.tools.tokenize.TokenizerFactory("en",
                model.getAbbreviations(), true, java.util.regex.Pattern.compile("^(\\p{L}+|[0-9]+)$"));
        return new TokenizerModel(model.getMaxentModel(), java.util.Map.of(), factory);
    }

    /** The ME objects of one thread (they keep state between calls, so they are not shared between threads). */
    private final class Tools {
        /** OpenNLP's own decoders (beam search), no lemma cache: the reference the shortcuts are tested against. */
        final boolean reference;
        final SentenceDetectorME detector = new SentenceDetectorME(sentences);
        final TokenizerME tokenizer;
        final POSTaggerME tagger;
        final POSContextGenerator tagContext = tags.getFactory().getPOSContextGenerator();
        final SequenceValidator<String> tagValidator = tags.getFactory().getSequenceValidator();
        final LemmatizerME lemmatizer;
        final opennlp.tools.lemmatizer.LemmatizerContextGenerator lemmaContext = lemmas.getFactory()
                .getContextGenerator();
        final SequenceValidator<String> lemmaValidator = lemmas.getFactory().getSequenceValidator();
        double[] probabilities;
        double[] lemmaProbabilities;

        Tools(boolean reference) {
            this.reference = reference;
            tokenizer = new TokenizerME(reference ? originalTokens : tokens);
            tagger = reference || tagModel == null ? new POSTaggerME(tags) : null;
            lemmatizer = reference || lemmaModel == null ? new LemmatizerME(lemmas) : null;
        }

        /**
         * The lemma of one word with its tag: the most probable edit script the validator allows, applied to the
         * word (what LemmatizerME does for a one-word sequence, without sorting the scores of every script of
         * the model to keep three).
         */
        String lemmatize(String word, String tag) {
            String[] words = { word };
            if (lemmatizer != null) {
                return lemmatizer.lemmatize(words, new String[] { tag })[0];
            }
            String[] none = {};
            String[] context = lemmaContext.getContext(0, words, none, new Object[] { new String[] { tag } });
            if (lemmaProbabilities == null || lemmaProbabilities.length != lemmaModel.getNumOutcomes()) {
                lemmaProbabilities = new double[lemmaModel.getNumOutcomes()];
            }
            double[] scores = lemmaModel.eval(context, lemmaProbabilities);
            int best = -1;
            for (int o = 0; o < scores.length; o++) {
                if ((best < 0 || scores[o] > scores[best])
                        && lemmaValidator.validSequence(0, words, none, lemmaModel.getOutcome(o))) {
                    best = o;
                }
            }
            String script = best < 0 ? lemmaModel.getBestOutcome(scores) : lemmaModel.getOutcome(best);
            return LemmatizerME.decodeLemmas(words, new String[] { script })[0];
        }

        /**
         * The tags of {@code words}, greedily: each word the most probable tag its validator allows, given the
         * words and the tags before it (what the model's beam search does with a beam of one). The model's beam
         * of three scores three histories per word, three times the work, for the same tags on every text of
         * the gold set (tokens, tags and lemmas compared).
         */
        String[] tag(String[] words) {
            if (tagger != null) {
                return tagger.tag(words);
            }
            String[] result = new String[words.length];
            for (int i = 0; i < words.length; i++) {
                String[] before = java.util.Arrays.copyOf(result, i);
                String[] context = tagContext.getContext(i, words, before, null);
                if (probabilities == null || probabilities.length != tagModel.getNumOutcomes()) {
                    probabilities = new double[tagModel.getNumOutcomes()];
                }
                double[] scores = tagModel.eval(context, probabilities);
                int best = -1;
                for (int o = 0; o < scores.length; o++) {
                    if ((best < 0 || scores[o] > scores[best])
                            && tagValidator.validSequence(i, words, before, tagModel.getOutcome(o))) {
                        best = o;
                    }
                }
                result[i] = best < 0 ? tagModel.getBestOutcome(scores) : tagModel.getOutcome(best);
            }
            return result;
        }
    }

    private final ThreadLocal<Tools> tools = ThreadLocal.withInitial(() -> new Tools(false));

    /** The pipeline, its models loaded (the first call loads them). */
    static EnglishPipeline get() {
        EnglishPipeline result = instance;
        if (result == null) {
            synchronized (EnglishPipeline.class) {
                result = instance;
                if (result == null) {
                    result = new EnglishPipeline();
                    instance = result;
                }
            }
        }
        return result;
    }

    /** Milliseconds the models took to load. */
    long loadMillis() {
        return loadMillis;
    }

    /** One token: its span in the whole text, its characters, UD tag and lemma (lower case). */
    public record Token(int begin, int end, String text, String tag, String lemma) {
    }

    /** One sentence: its span in the whole text and its tokens. */
    public record Sentence(int begin, int end, List<Token> tokens) {
    }

    /**
     * The sentences of {@code text}, each paragraph (text between line breaks) split on its own, so no sentence
     * crosses a line break.
     */
    List<Sentence> analyse(String text) {
        return analyse(text, tools.get());
    }

    /**
     * As {@link #analyse(String)} with OpenNLP's own decoders: the tokenizer scoring every character, beam search
     * for tags and lemmas, no lemma cache. Slower; the reference a test compares {@link #analyse(String)} with.
     */
    List<Sentence> analyseAsOpenNlp(String text) {
        return analyse(text, new Tools(true));
    }

    private List<Sentence> analyse(String text, Tools own) {
        SentenceDetectorME detector = own.detector;
        TokenizerME tokenizer = own.tokenizer;
        List<Sentence> result = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            if (!line.isBlank()) {
                for (Span span : detector.sentPosDetect(line)) {
                    result.add(sentence(tokenizer, own, text, lineStart + span.getStart(),
                            lineStart + span.getEnd()));
                }
            }
            lineStart = lineEnd + 1;
        }
        return result;
    }

    private static Sentence sentence(TokenizerME tokenizer, Tools tagger, String text,
            int begin, int end) {
        String sentence = text.substring(begin, end);
        Span[] spans = tokenizer.tokenizePos(sentence);
        List<Span> split = new ArrayList<>();
        for (Span span : spans) {
            splitQuotes(sentence, span, split);
        }
        String[] words = new String[split.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = normalise(sentence.substring(split.get(i).getStart(), split.get(i).getEnd()));
        }
        String[] posTags = tagger.tag(words);
        List<Token> result = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            Span span = split.get(i);
            String lemma = lemma(tagger, words[i], posTags[i]);
            posTags[i] = repair(words, posTags, i);
            result.add(new Token(begin + span.getStart(), begin + span.getEnd(),
                    sentence.substring(span.getStart(), span.getEnd()), posTags[i], lemma.toLowerCase(java.util.Locale.ROOT)));
        }
        return new Sentence(begin, end, List.copyOf(result));
    }

    private static final java.util.Set<String> PRONOUNS = java.util.Set.of("i", "you", "he", "she", "it", "we",
            "they", "me", "him", "her", "us", "them", "who", "whom", "which", "that", "what", "this", "these", "those",
            "its", "his", "their", "our", "my", "your", "itself", "himself", "herself", "themselves", "whose",
            "anyone", "everyone", "someone", "nobody", "none", "one", "all", "some", "any", "each", "both", "few",
            "many", "several", "there", "where", "when", "how", "why", "something", "anything", "nothing", "everything");
    private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("of", "in", "on", "at", "to", "from",
            "with", "by", "for", "about", "as", "into", "over", "after", "before", "under", "between", "through",
            "during", "without", "within", "against", "among", "since", "until", "up", "out", "off", "down", "around",
            "across", "along", "near", "per", "via", "than", "like", "upon", "toward", "towards", "amid", "despite",
            "following", "including", "behind", "beyond", "inside", "outside", "onto", "past", "throughout", "except",
            "unlike", "versus", "above", "below", "beside", "besides", "beneath", "away", "ago", "back", "north",
            "south", "east", "west", "whether", "if", "because", "while", "although", "though", "so", "till",
            "next", "alongside", "amongst", "regarding", "concerning", "plus", "due", "instead", "according");

    /**
     * The tag of word {@code i}, with two repairs of the model's tags that the rules depend on: a combined tag
     * ("PROPN+PART" for "Libya's", "AUX+PART" for "don't") is reduced to its first part; an open-class word
     * tagged as a pronoun or preposition (the model tags some names "PRON" and some plurals "ADP") becomes a
     * proper noun when capitalised and a noun otherwise; a capitalised common noun inside the sentence becomes
     * a proper noun.
     */
    private static String repair(String[] words, String[] tags, int i) {
        String tag = tags[i];
        int plus = tag.indexOf('+');
        if (plus > 0) {
            tag = tag.substring(0, plus);
        }
        String word = words[i];
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        boolean capital = !word.isEmpty() && Character.isUpperCase(word.charAt(0));
        boolean first = i == 0 || i == 1 && !Character.isLetterOrDigit(words[0].isEmpty() ? ' ' : words[0].charAt(0));
        if (tag.equals("PRON") && !PRONOUNS.contains(lower) || tag.equals("ADP") && !PREPOSITIONS.contains(lower)
                && word.chars().allMatch(Character::isLetter) && word.length() > 3) {
            return capital && !first ? "PROPN" : "NOUN";
        }
        if (tag.equals("NOUN") && capital && !first && word.length() > 1) {
            return "PROPN";
        }
        return tag;
    }

    /** Lemmas already found, by tag and word: most words of news text recur, and the lemmatizer is the slow step. */
    private static final java.util.concurrent.ConcurrentHashMap<String, String> LEMMAS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_CACHED_LEMMAS = 100_000;

    /**
     * The lemma of a verb, auxiliary or noun (what the rules look at: reporting verbs, "be", plural heads), else
     * the word itself. Each word is lemmatized alone with its tag (the lemma of a word hardly depends on its
     * neighbours once its tag is known; a sentence at a time with beam search took four times as long) and
     * remembered.
     */
    private static String lemma(Tools lemmatizer, String word, String tag) {
        int plus = tag.indexOf('+');
        String base = plus > 0 ? tag.substring(0, plus) : tag;
        if (!(base.equals("VERB") || base.equals("AUX") || base.equals("NOUN"))) {
            return word;
        }
        String key = tag + ' ' + word;
        String lemma = lemmatizer.reference ? null : LEMMAS.get(key);
        if (lemma == null) {
            String found = lemmatizer.lemmatize(word, tag);
            lemma = found == null || found.equals("O") ? word : found;
            if (!lemmatizer.reference && LEMMAS.size() < MAX_CACHED_LEMMAS) {
                LEMMAS.put(key, lemma);
            }
        }
        return lemma;
    }

    /** Quote marks and dashes glued to a word by the tokenizer become tokens of their own. */
    private static void splitQuotes(String sentence, Span span, List<Span> out) {
        int start = span.getStart();
        int end = span.getEnd();
        while (start < end - 1 && isQuoteOrDash(sentence.charAt(start))) {
            out.add(new Span(start, start + 1));
            start++;
        }
        List<Span> tail = new ArrayList<>();
        while (end - 1 > start && isQuoteOrDash(sentence.charAt(end - 1))) {
            tail.add(0, new Span(end - 1, end));
            end--;
        }
        out.add(new Span(start, end));
        out.addAll(tail);
    }

    private static boolean isQuoteOrDash(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2014' || c == '\u2013';
    }

    /** Typographic quotes and apostrophes as the models were trained on (ASCII). */
    private static String normalise(String word) {
        return word.replace('\u201C', '"').replace('\u201D', '"').replace('\u2019', '\'').replace('\u2018', '\'');
    }

    private static InputStream open(String name, String kind) throws IOException {
        URL url = ModelLocator.find("wrapped.org.apache.opennlp.opennlp-models-" + kind + "-en", name);
        if (url == null) {
            throw new IOException("the OpenNLP model " + name + " (bundle opennlp-models-" + kind
                    + "-en) is not installed");
        }
        return new BufferedInputStream(url.openStream());
    }
}
