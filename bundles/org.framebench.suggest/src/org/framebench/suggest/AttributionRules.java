package org.framebench.suggest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.framebench.model.Code;
import org.framebench.model.Codebook;
import org.framebench.model.Layer;
import org.framebench.suggest.EnglishPipeline.Sentence;
import org.framebench.suggest.EnglishPipeline.Token;

/**
 * The rules that find attributions in one text (see the package documentation). One instance per call; not
 * thread-safe itself.
 */
final class AttributionRules {

    private static final Set<String> WEEKDAYS_MONTHS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "today", "yesterday", "tonight", "later", "earlier");
    private static final Set<String> INSTITUTION_HEADS = Set.of("government", "ministry", "department", "office",
            "administration", "embassy", "council", "commission", "committee", "agency", "company", "firm", "army",
            "military", "police", "court", "parliament", "regime", "authority", "authorities", "union",
            "organisation", "organization", "coalition", "alliance", "party", "board", "operator", "bank", "group",
            "house", "service", "force", "forces", "cabinet", "senate", "congress", "presidency", "kremlin",
            "pentagon", "nato", "un", "state", "states", "country", "lines", "corporation", "inc", "ltd", "airline",
            "university", "hospital", "school", "municipality", "federation", "association", "coastguard",
            "regulator", "watchdog", "utility", "prosecutor's", "institute", "foundation", "charity", "chamber",
            "co", "corp", "plc", "llc", "holdings", "industries", "motors", "airlines", "airways", "ministries",
            "governments", "companies", "agencies");
    private static final Set<String> DOCUMENT_HEADS = Set.of("statement", "report", "document", "figures", "data",
            "study", "survey", "cable", "cables", "letter", "resolution", "memo", "record", "records", "poll",
            "communique", "release", "filing", "website", "notice", "transcript");
    private static final Set<String> MEDIA_WORDS = Set.of("bbc", "cnn", "reuters", "ap", "afp", "bloomberg",
            "newspaper", "agency", "radio", "television", "tv", "times", "post", "journal", "guardian", "correspondent",
            "reporter", "journalist", "editor", "broadcaster", "channel", "news", "press", "magazine", "herald",
            "tribune", "gazette", "courier", "chronicle", "telegraph", "examiner", "inquirer", "dispatch", "daily",
            "observer");
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "is", "are", "was", "were", "be",
            "been", "being", "will", "would", "could", "should", "may", "might", "must", "can", "do", "does", "did");
    private static final Map<String, String> IRREGULAR = Map.of("said", "say", "says", "say", "told", "tell",
            "thought", "think", "wrote", "write", "written", "write", "found", "find", "shown", "show", "declared",
            "declare");
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her");
    private static final Set<String> ADDRESSEES = Set.of("reporters", "journalists", "journalist", "reporter",
            "lawmakers", "parliament", "congress", "crowd", "audience", "supporters", "conference", "meeting");
    /** Verbs that take a bare reported clause ("said they had ...") as content. */
    private static final Set<String> CLAUSE_VERBS = Set.of("say", "tell", "add", "claim", "confirm", "believe",
            "report", "announce", "insist", "admit", "concede", "warn", "state", "indicate", "reveal", "suggest",
            "explain", "argue", "acknowledge", "specify", "think", "allege", "contend", "maintain", "assert",
            "predict", "estimate", "note", "write", "deny", "stress", "vow", "promise", "complain");
    /** Verbs whose object is the content ("denied the claim", "called X Y", "welcomed the talks"). */
    private static final Set<String> OBJECT_VERBS = Set.of("deny", "reject", "dismiss", "refute", "dispute", "call",
            "hail", "welcome", "criticise", "criticize", "condemn", "praise", "slam", "blast", "confirm", "accuse",
            "laugh", "brush", "urge");

    private final EnglishPipeline pipeline;
    private final ReportingVerbs verbs;
    private final Map<String, Code> codes = new HashMap<>();

    private String articleId;
    private String text;
    private List<Quote> quotes;
    private int[] paragraphStarts;
    private final Set<String> surnames = new HashSet<>();
    /** First words of organisation names seen ("Tidewater" of "Tidewater Lines"). */
    private final Set<String> organisations = new HashSet<>();
    private final List<Attribution> found = new ArrayList<>();
    private List<Cue> sentenceCues = List.of();

    AttributionRules(EnglishPipeline pipeline, ReportingVerbs verbs, Codebook codebook) {
        this.pipeline = pipeline;
        this.verbs = verbs;
        for (Layer layer : codebook.getLayers()) {
            for (Code code : layer.getCodes()) {
                codes.putIfAbsent(code.getId(), code);
            }
        }
    }

    /** A quotation: from its opening mark to its closing mark (inclusive) or the paragraph's end. */
    record Quote(int begin, int end, boolean closed, int paragraph, int paragraphBegin) {
    }

    /** A cue found in a sentence: tokens [first, last] (with auxiliaries), its lexicon entry. */
    private record Cue(int first, int last, int head, ReportingVerbs.Entry entry) {
    }

    /** A span of tokens [first, last] with its code. */
    private record Np(int first, int last, String code) {
    }

    List<Attribution> find(String id, String body) {
        this.articleId = id;
        this.text = body;
        this.quotes = findQuotes(body);
        this.paragraphStarts = paragraphStarts(body);
        List<Sentence> sentences = pipeline.analyse(body);
        Attribution previous = null;
        Attribution lastQuoting = null;
        Set<Quote> used = new HashSet<>();
        for (Sentence sentence : sentences) {
            rememberNames(sentence.tokens());
            List<Attribution> inSentence = sentence(sentence, used);
            for (Attribution attribution : inSentence) {
                if (attribution.content() != null && attribution.content().codeId().equals("A1")) {
                    lastQuoting = attribution;
                }
                previous = attribution;
            }
            // A quotation in this sentence that no cue took: the previous speaker going on (same paragraph, or a
            // paragraph that opens with a quote mark).
            for (Quote quote : quotes) {
                if (used.contains(quote) || quote.begin() < sentence.begin() || quote.begin() >= sentence.end()
                        || lastQuoting == null || quote.begin() < end(lastQuoting)) {
                    continue;
                }
                boolean opensParagraph = quote.begin() == quote.paragraphBegin();
                boolean sameParagraph = paragraphOf(lastQuoting.cue() != null ? lastQuoting.cue().begin()
                        : lastQuoting.content().begin()) == quote.paragraph();
                boolean nextParagraph = paragraphOf(end(lastQuoting) - 1) == quote.paragraph() - 1;
                if (!(sameParagraph || (opensParagraph && nextParagraph))) {
                    continue;
                }
                if (quote.end() - quote.begin() < 12 || !cueless(sentences, quote)) {
                    continue;
                }
                used.add(quote);
                SuggestedAnnotation content = part(AttributionPart.CONTENT, quote.begin(), quote.end(), "A1", 0.75,
                        Map.of("quote_type", "direct"), nextId());
                if (content == null) {
                    continue;
                }
                Attribution continued = new Attribution(content.attribution(), articleId,
                        reuse(lastQuoting.source(), content.attribution()), reuse(lastQuoting.cue(), content.attribution()),
                        content, null, 0.75);
                found.add(continued);
                lastQuoting = continued;
            }
        }
        return List.copyOf(found);
    }

    private static int end(Attribution attribution) {
        int end = 0;
        for (SuggestedAnnotation part : attribution.parts()) {
            end = Math.max(end, part.end());
        }
        return end;
    }

    private SuggestedAnnotation reuse(SuggestedAnnotation part, String attribution) {
        return part == null ? null
                : new SuggestedAnnotation(part.articleId(), part.begin(), part.end(), part.codeId(), part.text(),
                        part.confidence() * 0.9, attribution, part.part(), part.attributes());
    }

    /**
     * True when no sentence the quotation spans, up to the one it ends in, has a cue outside it: a quotation
     * whose last sentence goes on with "he added" is that cue's content, no continuation.
     */
    private boolean cueless(List<Sentence> sentences, Quote quote) {
        for (Sentence sentence : sentences) {
            if (sentence.end() > quote.begin() && sentence.begin() <= quote.end()
                    && !onlyQuoteOrCueless(sentence, quote)) {
                return false;
            }
        }
        return true;
    }

    /** True when the sentence holding {@code quote} has no cue outside quotes. */
    private boolean onlyQuoteOrCueless(Sentence sentence, Quote quote) {
        for (Token token : sentence.tokens()) {
            if (token.begin() >= quote.begin() && token.end() <= quote.end()) {
                continue;
            }
            ReportingVerbs.Entry entry = verbs.verb(token.lemma());
            if (entry == null && token.tag().equals("VERB")) {
                entry = verbs.verb(inflectedLemma(token.text().toLowerCase(Locale.ROOT)));
            }
            if (entry != null && token.tag().equals("VERB")) {
                return false;
            }
        }
        return true;
    }

    /** The number of the paragraph (non-blank line) holding {@code offset}: blank lines between them do not count. */
    private int paragraphOf(int offset) {
        int index = java.util.Arrays.binarySearch(paragraphStarts, offset);
        return index >= 0 ? index : Math.max(0, -index - 2);
    }

    /** The start offsets of the text's non-blank lines. */
    static int[] paragraphStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            if (!text.substring(lineStart, lineEnd).isBlank()) {
                starts.add(lineStart);
            }
            lineStart = lineEnd + 1;
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    // ---- quotations -------------------------------------------------------------------------------------------

    static List<Quote> findQuotes(String text) {
        List<Quote> quotes = new ArrayList<>();
        int paragraph = 0;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int open = -1;
            char opener = 0;
            for (int i = lineStart; i < lineEnd; i++) {
                char c = text.charAt(i);
                if (open < 0) {
                    if (c == '"' || c == '\u201C' || (c == '\u2018' && (i == lineStart || !Character.isLetter(text.charAt(i - 1))))) {
                        open = i;
                        opener = c;
                    }
                } else if ((opener == '"' && c == '"') || (opener == '\u201C' && c == '\u201D')
                        || (opener == '\u2018' && c == '\u2019' && (i + 1 >= lineEnd || !Character.isLetter(text.charAt(i + 1))))) {
                    quotes.add(new Quote(open, i + 1, true, paragraph, lineStart));
                    open = -1;
                }
            }
            if (open >= 0) {
                int end = lineEnd;
                while (end > open + 1 && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                quotes.add(new Quote(open, end, false, paragraph, lineStart));
            }
            if (!text.substring(lineStart, lineEnd).isBlank()) {
                paragraph++; // blank lines between paragraphs do not count
            }
            lineStart = lineEnd + 1;
        }
        return quotes;
    }

    private Quote quoteAt(int offset) {
        for (Quote quote : quotes) {
            if (quote.begin() <= offset && offset < quote.end()) {
                return quote;
            }
        }
        return null;
    }

    private Quote quoteStartingAt(int offset) {
        for (Quote quote : quotes) {
            if (quote.begin() == offset) {
                return quote;
            }
        }
        return null;
    }

    private Quote quoteEndingAt(int offset) {
        for (Quote quote : quotes) {
            if (quote.end() == offset) {
                return quote;
            }
        }
        return null;
    }

    // ---- one sentence -----------------------------------------------------------------------------------------

    private List<Attribution> sentence(Sentence sentence, Set<Quote> used) {
        List<Token> tokens = sentence.tokens();
        List<Cue> cues = cues(tokens);
        sentenceCues = cues;
        List<Attribution> result = new ArrayList<>();
        for (int c = 0; c < cues.size(); c++) {
            Cue cue = cues.get(c);
            Cue next = c + 1 < cues.size() ? cues.get(c + 1) : null;
            Attribution attribution = attribution(sentence, cue, next, cues, result, used);
            if (attribution != null) {
                result.add(attribution);
                found.add(attribution);
            }
        }
        return result;
    }

    private List<Cue> cues(List<Token> tokens) {
        List<Cue> cues = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (quoteAt(token.begin()) != null) {
                continue; // nested attributions inside quotations are left to the reader
            }
            ReportingVerbs.Entry phrase = phraseAt(tokens, i);
            if (phrase != null) {
                int last = i + phrase.words().size() - 1;
                if (phrase.kind().equals("phrase")) {
                    cues.add(new Cue(auxStart(tokens, i), last, i, phrase));
                    i = last;
                }
                continue;
            }
            ReportingVerbs.Entry entry = verbs.verb(token.lemma());
            if (entry == null && token.tag().equals("VERB")) {
                entry = verbs.verb(inflectedLemma(token.text().toLowerCase(Locale.ROOT)));
            }
            if (entry != null && token.tag().equals("VERB")) {
                cues.add(new Cue(auxStart(tokens, i), i, i, entry));
            } else if (i > 0 && !token.tag().equals("VERB")) {
                // the model tags some verbs ADJ or NOUN ("the French have specified/ADJ that"): a past form of a
                // lexicon verb after an auxiliary, a pronoun or a name, before "that" or a quotation, is a cue
                ReportingVerbs.Entry past = verbs.verb(inflectedLemma(token.text().toLowerCase(Locale.ROOT)));
                Token before = tokens.get(i - 1);
                Token after = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
                boolean subject = AUXILIARIES.contains(before.text().toLowerCase(Locale.ROOT))
                        || before.tag().equals("PRON") || before.tag().equals("PROPN");
                boolean complement = after != null && (after.text().equalsIgnoreCase("that") || isQuoteMark(after)
                        || isPunct(after, ","));
                if (past != null && subject && complement) {
                    cues.add(new Cue(auxStart(tokens, i), i, i, past));
                }
            }
        }
        return cues;
    }

    private ReportingVerbs.Entry phraseAt(List<Token> tokens, int i) {
        for (ReportingVerbs.Entry entry : verbs.phrases()) {
            List<String> words = entry.words();
            if (i + words.size() > tokens.size()) {
                continue;
            }
            boolean match = true;
            for (int w = 0; w < words.size() && match; w++) {
                Token token = tokens.get(i + w);
                String lower = token.text().toLowerCase(Locale.ROOT);
                match = words.get(w).equals(lower) || words.get(w).equals(token.lemma())
                        || (words.get(w).equals("not") && lower.equals("n't"));
            }
            if (match) {
                if (entry.words().get(0).equals("be") && !tokens.get(i).tag().equals("AUX")) {
                    continue;
                }
                return entry;
            }
        }
        return null;
    }

    /**
     * A lexicon lemma for an inflected form the lemmatizer missed ("conceded", "insists", "alleging"), or the
     * word itself.
     */
    private String inflectedLemma(String word) {
        List<String> candidates = new ArrayList<>();
        candidates.add(pastLemma(word));
        if (word.endsWith("ed")) {
            candidates.add(word.substring(0, word.length() - 1));
            candidates.add(word.substring(0, word.length() - 2));
        }
        if (word.endsWith("ies")) {
            candidates.add(word.substring(0, word.length() - 3) + "y");
        }
        if (word.endsWith("es")) {
            candidates.add(word.substring(0, word.length() - 2));
        }
        if (word.endsWith("s")) {
            candidates.add(word.substring(0, word.length() - 1));
        }
        if (word.endsWith("ing")) {
            String stem = word.substring(0, word.length() - 3);
            candidates.add(stem);
            candidates.add(stem + "e");
            if (stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)) {
                candidates.add(stem.substring(0, stem.length() - 1));
            }
        }
        for (String candidate : candidates) {
            if (verbs.verb(candidate) != null) {
                return candidate;
            }
        }
        return word;
    }

    /** The lemma of a past or third-person form ("specified" gives "specify"), or the word itself. */
    private static String pastLemma(String word) {
        if (IRREGULAR.containsKey(word)) {
            return IRREGULAR.get(word);
        }
        if (word.endsWith("ied")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("ed")) {
            String stem = word.substring(0, word.length() - 2);
            if (stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)) {
                return stem.substring(0, stem.length() - 1);
            }
            return stem.endsWith("at") || stem.endsWith("ir") || stem.endsWith("ur") || stem.endsWith("us")
                    || stem.endsWith("v") || stem.endsWith("c") || stem.endsWith("iz") || stem.endsWith("is")
                    ? stem + "e" : stem;
        }
        return word;
    }

    /** The first of the auxiliaries and negation right before token {@code i} ("has been", "would not"). */
    private static int auxStart(List<Token> tokens, int i) {
        int first = i;
        while (first > 0) {
            Token before = tokens.get(first - 1);
            String lower = before.text().toLowerCase(Locale.ROOT);
            if (before.tag().equals("AUX") || lower.equals("not") || lower.equals("n't") || lower.endsWith("n't")
                    || AUXILIARIES.contains(lower)) {
                first--;
            } else {
                break;
            }
        }
        return first;
    }

    private Attribution attribution(Sentence sentence, Cue cue, Cue next, List<Cue> cues, List<Attribution> before,
            Set<Quote> used) {
        List<Token> t = sentence.tokens();
        String verb = cue.entry().cue();
        String id = nextId();
        boolean participle = !t.get(cue.head()).text().toLowerCase(Locale.ROOT).endsWith("ing");
        boolean passive = participle && (cue.first() < cue.head() && t.get(cue.head() - 1).lemma().equals("be")
                || cue.first() < cue.head() - 1 && t.get(cue.first()).lemma().equals("be"));
        boolean agentless = cue.entry().words().get(0).equals("be");

        // "according to X": the source follows
        if (verb.equals("according to")) {
            Np source = cue.first() == 0 || isPunct(t.get(cue.first() - 1), ",") && cue.first() == 1
                    ? npAfter(t, cue.last() + 1) : npAfterWithAppositive(t, cue.last() + 1, false);
            if (source == null) {
                return null;
            }
            int[] content;
            double confidence = 0.8;
            if (cue.first() == 0 || isPunct(t.get(cue.first() - 1), ",") && cue.first() == 1) {
                int from = source.last() + 1;
                if (from < t.size() && isPunct(t.get(from), ",")) {
                    from++;
                }
                content = clause(sentence, from, t.size() - 1, next, t);
            } else if (cue.first() > 0 && isPunct(t.get(cue.first() - 1), ",")) {
                content = trim(t.get(clauseStart(t, cue.first() - 1)).begin(), t.get(cue.first() - 2).end());
            } else {
                return null;
            }
            return build(id, sentence, source, cue, content, null, confidence, false, used);
        }

        // passive with an agent: "X has been criticised by Russia"
        if (passive && !agentless && cue.last() + 1 < t.size() && t.get(cue.last() + 1).lemma().equals("by")) {
            Np source = npAfter(t, cue.last() + 2);
            if (source == null || cue.first() == 0) {
                return null;
            }
            int start = clauseStart(t, cue.first() - 1);
            int[] content = trim(t.get(start).begin(), t.get(cue.first() - 1).end());
            return build(id, sentence, source, cue, content, null, 0.7, false, used);
        }

        // agentless belief or report: "the Libyans are believed to have heard ..."
        if (agentless || passive) {
            if (!agentless && !(cue.last() + 1 < t.size() && t.get(cue.last() + 1).lemma().equals("that"))) {
                return null;
            }
            Np subject = cue.first() == 0 ? null : npBefore(t, cue.first() - 1, List.of());
            int start = cue.first() == 0 ? cue.last() + 1
                    : subject != null ? subject.first() : clauseStart(t, cue.first() - 1);
            int endToken = lastContentToken(t, cue.last() + 1, next);
            if (endToken < cue.last()) {
                return null;
            }
            int[] content = trim(t.get(start).begin(), t.get(endToken).end());
            if (agentless && cue.first() > 0) {
                content = trim(t.get(start).begin(), t.get(endToken).end());
            } else if (!agentless) {
                content = trim(t.get(cue.last() + 2 < t.size() ? cue.last() + 2 : cue.last()).begin(), t.get(endToken).end());
            }
            return build(id, sentence, null, cue, content, null, 0.55, true, used);
        }

        // postposed: "<content>, the official said" / "<quote>" he said / ..., said the official
        String lemma = t.get(cue.head()).lemma();
        int afterCue = cue.last() + 1;
        SuggestedAnnotation postChannel = null;
        if (lemma.equals("tell")) {
            Np object = npAfter(t, afterCue);
            if (object != null) {
                if (isOutlet(t, object.first(), object.last())) {
                    postChannel = part(AttributionPart.CHANNEL, t.get(object.first()).begin(), t.get(object.last()).end(),
                            "S5", 0.8, Map.of("channel", "told another outlet"), id);
                }
                afterCue = object.last() + 1;
            }
        }
        if (postChannel == null) {
            postChannel = channel(t, afterCue);
        }
        afterCue = skipAdjuncts(t, afterCue);
        Np left = sourceBefore(t, cue.first() - 1, before);
        boolean endsAfter = afterCue >= t.size() || isSentenceEnd(t.get(afterCue))
                || isPunct(t.get(afterCue), ",") && afterCue + 1 < t.size() && isRelative(t.get(afterCue + 1));
        if (left != null && endsAfter) {
            Quote quote = quoteBefore(t.get(left.first()).begin());
            if (quote != null && !used.contains(quote)) {
                return build(id, sentence, left, cue, withLeadIn(t, quote), postChannel, 0.9, false, used);
            }
            if (left.first() >= 2 && isPunct(t.get(left.first() - 1), ",")) {
                int start = clauseStart(t, left.first() - 2);
                int[] content = trim(t.get(start).begin(), t.get(left.first() - 2).end());
                if (content != null && hasVerb(t, start, left.first() - 2)) {
                    return build(id, sentence, left, cue, content, postChannel, 0.8, false, used);
                }
            }
        }
        if (cue.first() > 0 || quoteBefore(t.get(cue.first()).begin()) != null) {
            Quote quote = quoteBefore(t.get(cue.first()).begin());
            boolean comma = cue.first() > 0 && isPunct(t.get(cue.first() - 1), ",");
            // the object of "told" is the addressee or an outlet, never the speaker
            Np right = lemma.equals("tell") ? null : npAfterWithAppositive(t, cue.last() + 1, true);
            if (right != null && (quote != null || comma)) {
                int after = right.last() + 1;
                boolean ends = after >= t.size() || isSentenceEnd(t.get(after)) || isPunct(t.get(after), ",");
                if (ends && quote != null && !used.contains(quote)) {
                    return build(id, sentence, right, cue, withLeadIn(t, quote), null, 0.85, false, used);
                }
                if (ends && quote == null && cue.first() >= 2) {
                    int start = clauseStart(t, cue.first() - 2);
                    if (hasVerb(t, start, cue.first() - 2)) {
                        return build(id, sentence, right, cue, trim(t.get(start).begin(), t.get(cue.first() - 2).end()),
                                null, 0.75, false, used);
                    }
                }
            }
        }
        // interrupting: "the difference ..., he says, is that ..."
        if (left != null && left.first() > 1 && isPunct(t.get(left.first() - 1), ",") && cue.last() + 1 < t.size()
                && isPunct(t.get(cue.last() + 1), ",") && cue.last() + 2 < t.size()) {
            int start = clauseStart(t, left.first() - 2);
            int endToken = lastContentToken(t, cue.last() + 2, next);
            if (endToken > cue.last() + 1 && start < left.first() - 1) {
                return build(id, sentence, left, cue, trim(t.get(start).begin(), t.get(endToken).end()), null, 0.7,
                        false, used);
            }
        }

        // preposed: <source> <cue> <content>
        Np source = left;
        if (source == null) {
            // a coordinated second cue of the same source: "..., but would not say", "..., insisting that"
            Attribution shared = before.isEmpty() ? null : before.get(before.size() - 1);
            int b = cue.first() - 1;
            while (b > 0 && isQuoteMark(t.get(b))) {
                b--;
            }
            boolean coordinated = b >= 0 && (t.get(b).tag().equals("CCONJ") || isPunct(t.get(b), ","))
                    || b >= 1 && t.get(b).tag().equals("CCONJ") && isPunct(t.get(b - 1), ",");
            if (shared != null && coordinated && shared.source() != null) {
                return preposed(id, sentence, null, shared.source(), cue, next, used);
            }
            // a cue whose source is the last one named ("called" after a participle, or "added" alone)
            return null;
        }
        return preposed(id, sentence, source, null, cue, next, used);
    }

    private Attribution preposed(String id, Sentence sentence, Np source, SuggestedAnnotation sharedSource, Cue cue,
            Cue next, Set<Quote> used) {
        List<Token> t = sentence.tokens();
        String verb = cue.entry().cue();
        String lemma = t.get(cue.head()).lemma();
        int i = cue.last() + 1;
        SuggestedAnnotation channel = null;
        // addressee or outlet of "told"
        if (lemma.equals("tell") && i < t.size()) {
            Np object = npAfter(t, i);
            if (object != null) {
                String objectText = text.substring(t.get(object.first()).begin(), t.get(object.last()).end());
                if (isOutlet(t, object.first(), object.last())) {
                    channel = part(AttributionPart.CHANNEL, t.get(object.first()).begin(), t.get(object.last()).end(),
                            "S5", 0.8, Map.of("channel", "told another outlet"), id);
                } else if (objectText.isEmpty()) {
                    return null;
                }
                i = object.last() + 1;
            }
        }
        SuggestedAnnotation statement = channel(t, i);
        if (statement != null) {
            channel = statement;
        } else if (source != null && source.first() > 0 && source.first() <= 5 && channel(t, 0) != null) {
            channel = channel(t, 0); // "In a statement, the US state department said ..."
        }
        i = skipAdjuncts(t, i);
        boolean comma = false;
        if (i < t.size() && (isPunct(t.get(i), ",") || isPunct(t.get(i), ":"))) {
            comma = isPunct(t.get(i), ",");
            i++;
        }
        if (i >= t.size() || isSentenceEnd(t.get(i)) || comma && t.get(i).tag().equals("CCONJ")) {
            if (cue.entry().codeId().equals("A8") && cue.entry().kind().equals("phrase")) {
                return build(id, sentence, source, sharedSource, cue, null, channel, 0.6, false, used);
            }
            return null;
        }
        Token first = t.get(i);
        Quote quote = quoteStartingAt(first.begin());
        if (quote != null && !used.contains(quote)) {
            int endToken = lastContentToken(t, i, next);
            int[] content = quote.end() > t.get(endToken).end() || endOf(quote, t, endToken)
                    ? new int[] { quote.begin(), quote.end() }
                    : trim(first.begin(), t.get(endToken).end());
            return build(id, sentence, source, sharedSource, cue, content, channel, 0.9, false, used);
        }
        if (first.lemma().equals("that") && first.tag().equals("SCONJ") || first.text().equalsIgnoreCase("that")
                && i + 1 < t.size() && !isSentenceEnd(t.get(i + 1)) && !first.tag().equals("PRON")) {
            int endToken = lastContentToken(t, i + 1, next);
            if (endToken <= i) {
                return null;
            }
            return build(id, sentence, source, sharedSource, cue, trim(t.get(i + 1).begin(), t.get(endToken).end()),
                    channel, 0.85, false, used);
        }
        boolean objectVerb = OBJECT_VERBS.contains(lemma) || cue.entry().kind().equals("phrase");
        boolean clauseVerb = CLAUSE_VERBS.contains(lemma);
        if (objectVerb || clauseVerb) {
            int endToken = lastContentToken(t, i, next);
            if (endToken < i) {
                return null;
            }
            if (clauseVerb && !objectVerb && !hasVerb(t, i, endToken)) {
                return null;
            }
            if (!objectVerb && !startsClause(t, i)) {
                return null;
            }
            double confidence = objectVerb ? 0.7 : 0.65;
            return build(id, sentence, source, sharedSource, cue, trim(first.begin(), t.get(endToken).end()), channel,
                    confidence, false, used);
        }
        return null;
    }

    /** The quotation that ends right before {@code offset} (white space and a comma between), or null. */
    private Quote quoteBefore(int offset) {
        int p = offset - 1;
        while (p >= 0 && text.charAt(p) == ' ') {
            p--;
        }
        if (p >= 0 && text.charAt(p) == ',') {
            p--;
            while (p >= 0 && text.charAt(p) == ' ') {
                p--;
            }
        }
        return p < 0 ? null : quoteEndingAt(p + 1);
    }

    /**
     * The content a quotation before a postposed cue gives: the quotation, or, when the quotation's sentence
     * has words before it ("Saturday's meeting was "...," the official said"), those words and the quotation.
     */
    private int[] withLeadIn(List<Token> t, Quote quote) {
        int q = -1;
        for (int k = 0; k < t.size(); k++) {
            if (t.get(k).begin() == quote.begin()) {
                q = k;
                break;
            }
        }
        if (q > 0) {
            int start = clauseStart(t, q - 1);
            if (start < q) {
                return new int[] { t.get(start).begin(), quote.end() };
            }
        }
        return new int[] { quote.begin(), quote.end() };
    }

    private static boolean endOf(Quote quote, List<Token> t, int endToken) {
        return quote.end() >= t.get(endToken).end() - 1;
    }

    private static boolean startsClause(List<Token> t, int i) {
        Token token = t.get(i);
        // a participle modifying the clause's subject: "said falling demand had left ..."
        if (token.tag().equals("VERB") && token.text().toLowerCase(Locale.ROOT).endsWith("ing") && i + 1 < t.size()
                && t.get(i + 1).tag().equals("NOUN") && hasVerb(t, i + 2, t.size() - 1)) {
            return true;
        }
        return startsClause(token);
    }

    private static boolean startsClause(Token token) {
        return switch (token.tag()) {
            case "ADP", "CCONJ", "AUX" -> false;
            case "PUNCT" -> token.text().equals("\"") || token.text().equals("\u201C") || token.text().equals("\u2018");
            case "VERB" -> !token.text().toLowerCase(Locale.ROOT).endsWith("ing") && !token.text().equalsIgnoreCase("to");
            default -> !token.tag().equals("SCONJ") || token.text().equalsIgnoreCase("that");
        };
    }

    /** The last token of content that starts at {@code from}: before the sentence's end, or a coordinated cue. */
    private int lastContentToken(List<Token> t, int from, Cue next) {
        int last = t.size() - 1;
        for (Cue later : sentenceCues) {
            if (later.first() <= from) {
                continue;
            }
            Np np = sourceBefore(t, later.first() - 1, List.of());
            int s = np != null ? np.first() : later.first();
            int b = s - 1;
            if (b < from) {
                continue;
            }
            boolean interrupting = np != null && isPunct(t.get(b), ",") && later.last() + 1 < t.size()
                    && isPunct(t.get(later.last() + 1), ",");
            int cut = Integer.MAX_VALUE;
            if (interrupting) {
                int clause = clauseStart(t, b - 1);
                if (clause - 2 >= from && clause > 0 && !t.get(clause - 1).tag().equals("CCONJ")) {
                    cut = clause - 2;
                }
            } else if (isQuoteMark(t.get(b)) && b - 1 >= from && isPunct(t.get(b - 1), ",")) {
                cut = b;
            } else if ((isPunct(t.get(b), ",") || t.get(b).tag().equals("CCONJ")
                    || t.get(b).tag().equals("SCONJ") && !t.get(b).text().equalsIgnoreCase("that"))
                    && (np != null || introducesContent(t, later))) {
                cut = b - 1;
                while (cut >= from && (isPunct(t.get(cut), ",") || t.get(cut).tag().equals("CCONJ"))) {
                    cut--;
                }
            }
            if (cut < last) {
                last = cut;
            }
            break;
        }
        while (last >= from && (isSentenceEnd(t.get(last)) || isPunct(t.get(last), ",") || isPunct(t.get(last), ";")
                || isPunct(t.get(last), ":"))) {
            last--;
        }
        return last;
    }

    /**
     * Whether a cue without a subject of its own ("..., and added that ...", "but would not say") reports
     * something: it is a phrase, is followed by "that", a quotation or a colon, or its verb takes a clause or an
     * object as content. "and would ask the company to delay" does not: no cut there.
     */
    private static boolean introducesContent(List<Token> t, Cue cue) {
        if (cue.entry().kind().equals("phrase")) {
            return true;
        }
        int after = cue.last() + 1;
        if (after < t.size() && (t.get(after).text().equalsIgnoreCase("that") || isQuoteMark(t.get(after))
                || isPunct(t.get(after), ":"))) {
            return true;
        }
        String lemma = t.get(cue.head()).lemma();
        return CLAUSE_VERBS.contains(lemma) || OBJECT_VERBS.contains(lemma);
    }

    private int[] clause(Sentence sentence, int from, int to, Cue next, List<Token> t) {
        int last = lastContentToken(t, from, next);
        if (last < from) {
            return null;
        }
        return trim(t.get(from).begin(), t.get(last).end());
    }

    /** The first token of the clause that ends at token {@code i}: after a dash, semicolon, colon or connective. */
    private static int clauseStart(List<Token> t, int i) {
        int start = 0;
        for (int k = i; k >= 0; k--) {
            Token token = t.get(k);
            String s = token.text();
            if (s.equals("\u2013") || s.equals("\u2014") || s.equals("-") && k > 0 && k < t.size() - 1
                    && t.get(k - 1).end() < token.begin() || s.equals(";") || s.equals(":")) {
                start = k + 1;
                break;
            }
        }
        while (start < i && (t.get(start).tag().equals("CCONJ") || isPunct(t.get(start), ","))) {
            start++;
        }
        return start;
    }

    private static boolean hasVerb(List<Token> t, int from, int to) {
        for (int k = Math.max(0, from); k <= to && k < t.size(); k++) {
            String tag = t.get(k).tag();
            if (tag.equals("VERB") || tag.equals("AUX")) {
                return true;
            }
        }
        return false;
    }

    /** Skips time and place adjuncts after a cue: "on Tuesday", "in June", "publicly", "in Tripoli". */
    private int skipAdjuncts(List<Token> t, int i) {
        while (i < t.size()) {
            Token token = t.get(i);
            String lower = token.text().toLowerCase(Locale.ROOT);
            if (token.tag().equals("ADV") && !lower.equals("that")) {
                i++;
            } else if (token.tag().equals("ADP") && i + 1 < t.size() && !lower.equals("that")) {
                int k = i + 1;
                while (k < t.size() && (t.get(k).tag().equals("DET") || t.get(k).tag().equals("PROPN")
                        || t.get(k).tag().equals("NOUN") || t.get(k).tag().equals("NUM") || t.get(k).tag().equals("ADJ"))) {
                    k++;
                }
                if (k == i + 1) {
                    return i;
                }
                // "in a statement issued in New Delhi": a participle and its own adjunct
                if (k < t.size() && t.get(k).tag().equals("VERB") && t.get(k).text().endsWith("ed")) {
                    int m = k + 1;
                    if (m < t.size() && t.get(m).tag().equals("ADP")) {
                        m++;
                        while (m < t.size() && (t.get(m).tag().equals("PROPN") || t.get(m).tag().equals("DET")
                                || t.get(m).tag().equals("NOUN") || t.get(m).tag().equals("ADJ"))) {
                            m++;
                        }
                        k = m;
                    }
                }
                i = k;
            } else {
                return i;
            }
        }
        return i;
    }

    /** "in a statement" right at token {@code i}: an S6 channel. */
    private SuggestedAnnotation channel(List<Token> t, int i) {
        if (i + 2 < t.size() && t.get(i).text().equalsIgnoreCase("in") && t.get(i + 1).tag().equals("DET")
                && DOCUMENT_HEADS.contains(t.get(i + 2).lemma())) {
            return part(AttributionPart.CHANNEL, t.get(i).begin(), t.get(i + 2).end(), "S6",
                    0.8, Map.of("channel", "written statement"), "");
        }
        return null;
    }

    private static boolean isRelative(Token token) {
        String lower = token.text().toLowerCase(Locale.ROOT);
        return lower.equals("who") || lower.equals("which") || lower.equals("where") || lower.equals("when") || lower.equals("speaking") || lower.equals("adding")
                || token.tag().equals("VERB");
    }

    private static boolean isQuoteMark(Token token) {
        String s = token.text();
        return s.equals("\"") || s.equals("\u201C") || s.equals("\u201D") || s.equals("\u2018") || s.equals("\u2019");
    }

    private static boolean isPunct(Token token, String s) {
        return token.text().equals(s);
    }

    private static boolean isSentenceEnd(Token token) {
        String s = token.text();
        return s.equals(".") || s.equals("!") || s.equals("?");
    }

    private int[] trim(int begin, int end) {
        while (begin < end && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && (Character.isWhitespace(text.charAt(end - 1)) || ",;:".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        // a leading "that" or connective is no part of reported content
        String lower = text.substring(begin, end).toLowerCase(Locale.ROOT);
        for (String lead : new String[] { "that ", "and ", "but " }) {
            if (lower.startsWith(lead)) {
                begin += lead.length();
                break;
            }
        }
        return begin < end ? new int[] { begin, end } : null;
    }

    // ---- sources ----------------------------------------------------------------------------------------------

    private boolean isNpToken(Token token) {
        return switch (token.tag()) {
            case "DET", "ADJ", "NOUN", "PROPN", "NUM" -> true;
            default -> token.text().equals("'s") || token.text().equals("\u2019s") || isPossessive(token);
        };
    }

    private static final Set<String> POSSESSIVES = Set.of("its", "his", "their", "our", "my", "your");

    /** A possessive determiner ("its operator", "his office"); "her" is left out (also an object). */
    private static boolean isPossessive(Token token) {
        return token.tag().equals("PRON") && POSSESSIVES.contains(token.text().toLowerCase(Locale.ROOT));
    }

    private static boolean isTimeWord(Token token) {
        String lower = token.text().toLowerCase(Locale.ROOT);
        return WEEKDAYS_MONTHS.contains(lower);
    }

    /** The noun phrase that ends at token {@code i} (the source before a cue), with its code; null if none. */
    private Np npBefore(List<Token> t, int i, List<Attribution> before) {
        if (i < 0) {
            return null;
        }
        Token last = t.get(i);
        String lower = last.text().toLowerCase(Locale.ROOT);
        if (last.tag().equals("PRON")) {
            if (Set.of("he", "she", "it", "they", "who", "which", "we", "i").contains(lower)) {
                return new Np(i, i, pronounCode(lower, t, i));
            }
            return null;
        }
        int adjectives = i;
        while (adjectives > 0 && t.get(adjectives - 1).tag().equals("ADJ")) {
            adjectives--;
        }
        boolean adjectiveHead = last.tag().equals("ADJ") && i > 0 && t.get(i - 1).tag().equals("DET")
                || last.tag().equals("ADJ") && i > 0 && isNpToken(t.get(i - 1)) && !t.get(i - 1).tag().equals("ADJ")
                // a role the model tags as adjectives after a possessive: "Tidewater's chief executive"
                || last.tag().equals("ADJ") && adjectives < i && adjectives > 0
                        && (isPossessive(t.get(adjectives - 1)) || t.get(adjectives - 1).tag().equals("DET")
                                || t.get(adjectives - 1).text().endsWith("'s") || t.get(adjectives - 1).text().endsWith("\u2019s"));
        if (!isNpToken(last) || last.tag().equals("DET") || last.tag().equals("ADJ") && !adjectiveHead
                || isTimeWord(last)) {
            return null;
        }
        int first = i;
        while (first > 0) {
            Token previous = t.get(first - 1);
            if (isTimeWord(previous) && !previous.text().endsWith("s")) {
                break;
            }
            if (isNpToken(previous) || previous.text().equals("-") && first >= 2) {
                first--;
                continue;
            }
            // "Libyan and U.S. officials": coordinated modifiers
            if (previous.tag().equals("CCONJ") && previous.text().equalsIgnoreCase("and") && first >= 2
                    && (t.get(first - 2).tag().equals("ADJ") || t.get(first - 2).tag().equals("PROPN"))
                    && (t.get(first).tag().equals("ADJ") || t.get(first).tag().equals("PROPN"))) {
                first -= 2;
                continue;
            }
            // a post-modifier: "official at the industry ministry", "official familiar with the meeting"
            if (previous.tag().equals("ADP") && first >= 2 && Set.of("of", "at", "from", "with", "for", "to", "in")
                    .contains(previous.text().toLowerCase(Locale.ROOT))) {
                int k = first - 2;
                if (t.get(k).tag().equals("ADJ") && k >= 1 && t.get(k - 1).tag().equals("NOUN")) {
                    first = k;
                    continue;
                }
                if ((t.get(k).tag().equals("NOUN") || t.get(k).tag().equals("PROPN")) && !isTimeWord(t.get(k))
                        && !t.get(first).tag().equals("ADP")) {
                    first = k + 1 == first - 1 ? k : first - 1;
                    continue;
                }
            }
            break;
        }
        while (first < i && (t.get(first).tag().equals("ADP") || t.get(first).text().equals("-"))) {
            first++;
        }
        // an appositive name before: "Tidewater's chief executive, Helen Marsh" is one mention (left of the comma
        // when the sentence starts there)
        return new Np(first, i, classify(t, first, i));
    }

    /**
     * The source that ends at token {@code i} (right before a cue): a noun phrase; an appositive pair ending in a
     * comma ("Tidewater's chief executive, Helen Marsh," / "Joan Tully, the harbour master,"; "One of them,
     * teacher Alan Pryce,"); or the noun phrase before a parenthetical relative or participial clause between commas
     * ("A coastguard official, who asked not to be named, said"; "An official, speaking on condition of anonymity,
     * told"), which is left out of the span. Null if none.
     */
    private Np sourceBefore(List<Token> t, int i, List<Attribution> before) {
        Np np = npBefore(t, i, before);
        if (np != null || i < 2 || !isPunct(t.get(i), ",")) {
            return np;
        }
        Np inner = npBefore(t, i - 1, before);
        if (inner != null && !t.get(inner.first()).tag().equals("PRON") && inner.first() >= 2
                && isPunct(t.get(inner.first() - 1), ",")) {
            int k = inner.first() - 2;
            Np outer = npBefore(t, k, before);
            if (outer != null && !t.get(outer.first()).tag().equals("PRON") && startsMention(t, outer.first())) {
                return new Np(outer.first(), inner.last(), appositiveCode(outer.code(), inner.code()));
            }
            // a short lead without a verb from the sentence's start: "One of them, teacher Alan Pryce,"
            if (inner.code().equals("S1") && k < 5 && !hasVerb(t, 0, k) && !isQuoteMark(t.get(0))) {
                return new Np(0, inner.last(), "S1");
            }
        }
        // a parenthetical clause: the nearest ", who|which|whose ..." or ", <verb>ing ..." before the comma
        for (int k = i - 1; k >= 2 && k >= i - 30; k--) {
            Token token = t.get(k);
            if (isQuoteMark(token) || isSentenceEnd(token)) {
                break;
            }
            String lower = token.text().toLowerCase(Locale.ROOT);
            boolean relative = lower.equals("who") || lower.equals("which") || lower.equals("whose");
            boolean participle = token.tag().equals("VERB") && lower.endsWith("ing");
            if ((relative || participle) && isPunct(t.get(k - 1), ",")) {
                Np head = sourceBefore(t, k - 2, before);
                return head != null && !t.get(head.first()).tag().equals("PRON") ? head : null;
            }
        }
        return null;
    }

    /** Whether a mention may start at token {@code k}: the sentence's or a clause's start, after a quote. */
    private static boolean startsMention(List<Token> t, int k) {
        if (k == 0) {
            return true;
        }
        Token previous = t.get(k - 1);
        return isQuoteMark(previous) || isPunct(previous, ",") || previous.tag().equals("SCONJ")
                || previous.tag().equals("CCONJ") || isPunct(previous, ":") || isPunct(previous, ";");
    }

    /** The kind of an appositive pair: a person if either part names one, else an outlet, an institution, the first. */
    private static String appositiveCode(String a, String b) {
        for (String code : new String[] { "S1", "S5", "S4" }) {
            if (a.equals(code) || b.equals(code)) {
                return code;
            }
        }
        return a;
    }

    /**
     * The noun phrase that starts at token {@code i} with an appositive after a comma ("its operator, Tidewater
     * Lines"; "Ruth Okafor, general secretary of the union") when the appositive ends the sentence, or, with
     * {@code commaEnds}, is followed by a comma.
     */
    private Np npAfterWithAppositive(List<Token> t, int i, boolean commaEnds) {
        Np np = npAfter(t, i);
        if (np == null || t.get(np.first()).tag().equals("PRON") && np.first() == np.last()) {
            return np;
        }
        int comma = np.last() + 1;
        if (comma + 1 >= t.size() || !isPunct(t.get(comma), ",")) {
            return np;
        }
        Np second = npAfter(t, comma + 1);
        if (second == null || t.get(second.first()).tag().equals("PRON") && second.first() == second.last()) {
            return np;
        }
        int after = second.last() + 1;
        boolean ends = after >= t.size() || isSentenceEnd(t.get(after)) || commaEnds && isPunct(t.get(after), ",");
        return ends ? new Np(np.first(), second.last(), appositiveCode(np.code(), second.code())) : np;
    }

    /** The noun phrase that starts at token {@code i} (the source after a cue); null if none. */
    private Np npAfter(List<Token> t, int i) {
        if (i >= t.size()) {
            return null;
        }
        Token firstToken = t.get(i);
        if (firstToken.tag().equals("PRON") && !(isPossessive(firstToken) && i + 1 < t.size() && isNpToken(t.get(i + 1)))) {
            String lower = firstToken.text().toLowerCase(Locale.ROOT);
            return Set.of("he", "she", "it", "they").contains(lower) ? new Np(i, i, pronounCode(lower, t, i)) : null;
        }
        int last = i - 1;
        while (last + 1 < t.size()) {
            Token token = t.get(last + 1);
            if (isNpToken(token) && !isTimeWord(token)) {
                last++;
                continue;
            }
            if (token.tag().equals("ADP") && last >= i && last + 2 < t.size()
                    && Set.of("of", "at", "from", "for").contains(token.text().toLowerCase(Locale.ROOT))
                    && isNpToken(t.get(last + 2))) {
                last++;
                continue;
            }
            break;
        }
        while (last >= i && (t.get(last).tag().equals("DET") || t.get(last).tag().equals("ADP") || isPossessive(t.get(last))
                || t.get(last).tag().equals("ADJ") && !(last > i && (t.get(last - 1).tag().equals("DET")
                        || t.get(last - 1).tag().equals("PROPN") || t.get(last - 1).tag().equals("NOUN"))))) {
            last--;
        }
        if (last < i) {
            return null;
        }
        return new Np(i, last, classify(t, i, last));
    }

    private String pronounCode(String pronoun, List<Token> t, int i) {
        SuggestedAnnotation antecedent = null;
        if (pronoun.equals("who") || pronoun.equals("which")) {
            // the noun phrase before ", who"
            int k = i >= 2 && isPunct(t.get(i - 1), ",") ? i - 2 : i - 1;
            Np np = k >= 0 ? npBefore(t, k, List.of()) : null;
            if (np != null) {
                return np.code();
            }
        }
        for (int k = found.size() - 1; k >= 0 && antecedent == null; k--) {
            SuggestedAnnotation source = found.get(k).source();
            if (source == null) {
                continue;
            }
            String code = source.codeId();
            if (PERSON_PRONOUNS.contains(pronoun) && (code.equals("S1") || code.equals("S2") || code.equals("S5"))
                    || pronoun.equals("it") && (code.equals("S4") || code.equals("S6"))
                    || pronoun.equals("they") && (code.equals("S3") || code.equals("S4"))) {
                antecedent = source;
            }
        }
        if (antecedent != null) {
            return antecedent.codeId();
        }
        return switch (pronoun) {
            case "it" -> "S4";
            case "they", "we" -> "S3";
            default -> "S1";
        };
    }

    /** The kind of source the tokens [first, last] name. */
    private String classify(List<Token> t, int first, int last) {
        // the head: the last noun before a post-modifier
        int head = last;
        for (int k = first; k <= last; k++) {
            if (t.get(k).tag().equals("ADP") || t.get(k).tag().equals("ADJ") && k > first && k < last
                    && (t.get(k - 1).tag().equals("NOUN") || t.get(k - 1).tag().equals("PROPN"))) {
                head = k - 1;
                break;
            }
        }
        // a role noun the model tags as an adjective at the end, after nouns: "the State Department official"
        boolean roleAdjective = head == last && last > first && t.get(last).tag().equals("ADJ")
                && (t.get(last - 1).tag().equals("NOUN") || t.get(last - 1).tag().equals("PROPN"))
                && !Character.isUpperCase(t.get(last).text().charAt(0));
        while (!roleAdjective && head > first && !(t.get(head).tag().equals("NOUN") || t.get(head).tag().equals("PROPN"))) {
            head--;
        }
        if (roleAdjective && !isOutlet(t, first, last)) {
            String word = t.get(last).text().toLowerCase(Locale.ROOT);
            return INSTITUTION_HEADS.contains(word) ? "S4" : word.endsWith("s") ? "S3" : "S2";
        }
        Token h = t.get(head);
        String lemma = h.lemma();
        String lower = h.text().toLowerCase(Locale.ROOT);
        if (isOutlet(t, first, last)) {
            return "S5";
        }
        if (surnames.contains(h.text()) && Character.isUpperCase(h.text().charAt(0))) {
            return "S1";
        }
        if (organisations.contains(h.text()) && head == last) {
            return "S4";
        }
        if (DOCUMENT_HEADS.contains(lemma) || DOCUMENT_HEADS.contains(lower)) {
            return "S6";
        }
        if (h.tag().equals("PROPN")) {
            int names = 0;
            for (int k = head; k >= first && t.get(k).tag().equals("PROPN"); k--) {
                names++;
            }
            boolean titled = head - names >= first && t.get(head - names).tag().equals("NOUN")
                    && !INSTITUTION_HEADS.contains(t.get(head - names).lemma());
            boolean institutional = INSTITUTION_HEADS.contains(lower) || INSTITUTION_HEADS.contains(lemma)
                    || h.text().chars().allMatch(ch -> Character.isUpperCase(ch) || ch == '.');
            if (institutional) {
                return "S4";
            }
            if (names >= 2 || titled || surnames.contains(h.text())) {
                return "S1";
            }
            return "S4";
        }
        if (INSTITUTION_HEADS.contains(lemma) || INSTITUTION_HEADS.contains(lower)) {
            return "S4";
        }
        boolean plural = h.tag().equals("NOUN") && !lemma.equals(lower) && lower.endsWith("s");
        if (h.tag().equals("ADJ") || h.tag().equals("PROPN")) {
            return "S4";
        }
        return plural ? "S3" : "S2";
    }

    private boolean isOutlet(List<Token> t, int first, int last) {
        for (int k = first; k <= last; k++) {
            Token token = t.get(k);
            String lower = token.text().toLowerCase(Locale.ROOT).replace("'s", "").replace("\u2019s", "");
            if (MEDIA_WORDS.contains(lower) && (token.tag().equals("PROPN") || Character.isUpperCase(token.text().charAt(0))
                    || Set.of("newspaper", "broadcaster", "correspondent").contains(lower))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isInstitutionWord(Token token) {
        return INSTITUTION_HEADS.contains(token.lemma()) || INSTITUTION_HEADS.contains(token.text().toLowerCase(Locale.ROOT));
    }

    /** Remembers the last word of each multi-word proper name as a surname ("Musa Ibrahim" → "Ibrahim"). */
    private void rememberNames(List<Token> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            Token a = tokens.get(i - 1);
            Token b = tokens.get(i);
            if (a.tag().equals("PROPN") && b.tag().equals("PROPN") && Character.isUpperCase(a.text().charAt(0))
                    && Character.isUpperCase(b.text().charAt(0)) && !isInstitutionWord(b)
                    && !b.text().chars().allMatch(ch -> Character.isUpperCase(ch) || ch == '.')
                    && !a.text().chars().allMatch(ch -> Character.isUpperCase(ch) || ch == '.')) {
                surnames.add(b.text());
            } else if (a.tag().equals("PROPN") && b.tag().equals("PROPN") && Character.isUpperCase(a.text().charAt(0))
                    && isInstitutionWord(b) && (i < 2 || !tokens.get(i - 2).tag().equals("PROPN"))) {
                organisations.add(a.text()); // "Tidewater Lines": "Tidewater" alone later is the company
            }
        }
    }

    // ---- building ---------------------------------------------------------------------------------------------

    private Attribution build(String id, Sentence sentence, Np source, Cue cue, int[] content,
            SuggestedAnnotation channel, double confidence, boolean implicit, Set<Quote> used) {
        return build(id, sentence, source, null, cue, content, channel, confidence, implicit, used);
    }

    private Attribution build(String id, Sentence sentence, Np source, SuggestedAnnotation sharedSource, Cue cue,
            int[] content, SuggestedAnnotation channel, double confidence, boolean implicit, Set<Quote> used) {
        List<Token> t = sentence.tokens();
        SuggestedAnnotation sourcePart = null;
        if (source != null) {
            int begin = t.get(source.first()).begin();
            int end = t.get(source.last()).end();
            Map<String, String> attributes = new HashMap<>();
            attributes.put("identification", switch (source.code()) {
                case "S1" -> "named";
                case "S4" -> "institutional";
                default -> "anonymous";
            });
            if (source.code().equals("S1")) {
                attributes.put("name", text.substring(begin, end));
            }
            double c = t.get(source.first()).tag().equals("PRON") ? confidence * 0.8 : confidence;
            sourcePart = part(AttributionPart.SOURCE, begin, end, source.code(), c, attributes, id);
        } else if (sharedSource != null) {
            sourcePart = reuse(sharedSource, id);
        }
        int cueBegin = t.get(cue.first()).begin();
        int cueEnd = t.get(cue.last()).end();
        Map<String, String> cueAttributes = new HashMap<>();
        cueAttributes.put("cue_class", cueClass(cue.entry().codeId()));
        cueAttributes.put(SuggestedAnnotation.VERB, cue.entry().cue());
        cueAttributes.put("implicit_source", Boolean.toString(implicit || sourcePart == null));
        SuggestedAnnotation cuePart = part(AttributionPart.CUE, cueBegin, cueEnd, cue.entry().codeId(), confidence,
                cueAttributes, id);
        SuggestedAnnotation contentPart = null;
        if (content != null) {
            String code = contentCode(content[0], content[1]);
            Quote quote = quoteStartingAt(content[0]);
            if (quote != null && quote.end() == content[1]) {
                used.add(quote);
            }
            contentPart = part(AttributionPart.CONTENT, content[0], content[1], code, confidence,
                    Map.of("quote_type", switch (code) {
                        case "A1" -> "direct";
                        case "A3" -> "mixed";
                        default -> "indirect";
                    }), id);
        }
        SuggestedAnnotation channelPart = channel == null ? null
                : new SuggestedAnnotation(articleId, channel.begin(), channel.end(), channel.codeId(), channel.text(),
                        channel.confidence(), id, AttributionPart.CHANNEL, channel.attributes());
        if (sourcePart == null && cuePart == null && contentPart == null) {
            return null;
        }
        return new Attribution(id, articleId, sourcePart, cuePart, contentPart, channelPart, confidence);
    }

    private String contentCode(int begin, int end) {
        Quote quote = quoteStartingAt(begin);
        if (quote != null && quote.end() >= end - 1) {
            return "A1";
        }
        for (Quote q : quotes) {
            if (q.begin() >= begin && q.begin() < end) {
                return "A3";
            }
        }
        return "A2";
    }

    private static String cueClass(String code) {
        return switch (code) {
            case "A5" -> "validating";
            case "A6" -> "distancing";
            case "A7" -> "evaluative";
            case "A8" -> "denial/refusal";
            default -> "neutral";
        };
    }

    private int counter;

    private String nextId() {
        return articleId + "-s" + (++counter);
    }

    /** A part with a code the codebook has, or null. */
    private SuggestedAnnotation part(AttributionPart part, int begin, int end, String code, double confidence,
            Map<String, String> attributes, String attribution) {
        if (!codes.containsKey(code) || begin >= end) {
            return null;
        }
        return new SuggestedAnnotation(articleId, begin, end, code, text.substring(begin, end),
                Math.max(0, Math.min(1, confidence)), attribution, part, attributes);
    }
}
