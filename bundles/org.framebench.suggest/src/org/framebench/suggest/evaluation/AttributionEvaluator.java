package org.framebench.suggest.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.framebench.suggest.Attribution;
import org.framebench.suggest.AttributionPart;
import org.framebench.suggest.SuggestedAnnotation;

/**
 * Scores suggested attributions against a {@link GoldSet}, part by part (source, cue, content; channels
 * separately). Each part is a set of distinct spans per article (a source span two records share counts once).
 * A suggested span matches a gold span of the same article and part when both have the same code and their
 * character spans overlap with a Jaccard index (shared characters / characters of either) of at least
 * {@link #MIN_JACCARD}; each span matches at most one other, the best overlaps first. Precision = matched /
 * suggested, recall = matched / gold. Source kind accuracy: sources matched by overlap alone (code ignored),
 * the share whose codes agree.
 */
public final class AttributionEvaluator {

    /** The overlap two spans need to match. */
    public static final double MIN_JACCARD = 0.5;

    /** A span to match: article, part, offsets and code. */
    public record Span(String articleId, AttributionPart part, int begin, int end, String code) {

        /** Shared characters over the characters of either. */
        public double jaccard(Span other) {
            int shared = Math.min(end, other.end) - Math.max(begin, other.begin);
            if (shared <= 0) {
                return 0;
            }
            int union = Math.max(end, other.end) - Math.min(begin, other.begin);
            return (double) shared / union;
        }
    }

    /** Counts and the measures from them. */
    public record Score(int matched, int suggested, int gold) {
        public double precision() {
            return suggested == 0 ? (gold == 0 ? 1 : 0) : (double) matched / suggested;
        }

        public double recall() {
            return gold == 0 ? (suggested == 0 ? 1 : 0) : (double) matched / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Score plus(int m, int s, int g) {
            return new Score(matched + m, suggested + s, gold + g);
        }
    }

    /**
     * The result: a score per part and per code, and the source kind accuracy.
     *
     * @param kindMatched sources matched with the code ignored
     * @param kindAgreed  of those, how many have the gold code
     */
    public record Report(Map<AttributionPart, Score> byPart, Map<String, Score> byCode, int kindMatched,
            int kindAgreed) {

        /** The score of one part (zero counts when there was none). */
        public Score part(AttributionPart part) {
            return byPart.getOrDefault(part, new Score(0, 0, 0));
        }

        /** The score of one code (zero counts when there was none). */
        public Score code(String code) {
            return byCode.getOrDefault(code, new Score(0, 0, 0));
        }

        /** Matched sources (code ignored) whose code agrees; 0 with none matched. */
        public double kindAccuracy() {
            return kindMatched == 0 ? 0 : (double) kindAgreed / kindMatched;
        }

        /** A plain-text table: one line per part and per code, then the kind accuracy. */
        public String table() {
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT, "%-10s %9s %6s %5s %9s %6s %6s%n", "", "suggested", "gold",
                    "match", "precision", "recall", "F1"));
            for (Map.Entry<AttributionPart, Score> entry : byPart.entrySet()) {
                line(out, entry.getKey().name().toLowerCase(Locale.ROOT), entry.getValue());
            }
            for (Map.Entry<String, Score> entry : byCode.entrySet()) {
                line(out, "  " + entry.getKey(), entry.getValue());
            }
            out.append(String.format(Locale.ROOT, "source kind accuracy %.3f (%d of %d sources matched by span)%n",
                    kindAccuracy(), kindAgreed, kindMatched));
            return out.toString();
        }

        private static void line(StringBuilder out, String name, Score score) {
            out.append(String.format(Locale.ROOT, "%-10s %9d %6d %5d %9.3f %6.3f %6.3f%n", name, score.suggested(),
                    score.gold(), score.matched(), score.precision(), score.recall(), score.f1()));
        }
    }

    /** Scores {@code suggestions} against {@code gold} (over the articles of either). */
    public Report evaluate(GoldSet gold, List<Attribution> suggestions) {
        Set<Span> goldSpans = new LinkedHashSet<>();
        for (GoldSet.Record record : gold.all()) {
            add(goldSpans, record.articleId(), AttributionPart.SOURCE, record.source());
            add(goldSpans, record.articleId(), AttributionPart.CUE, record.cue());
            add(goldSpans, record.articleId(), AttributionPart.CONTENT, record.content());
            add(goldSpans, record.articleId(), AttributionPart.CHANNEL, record.channel());
        }
        Set<Span> suggested = new LinkedHashSet<>();
        for (Attribution attribution : suggestions) {
            for (SuggestedAnnotation part : attribution.parts()) {
                suggested.add(new Span(part.articleId(), part.part(), part.begin(), part.end(), part.codeId()));
            }
        }
        return evaluate(goldSpans, suggested);
    }

    /** Scores suggested spans against gold spans. */
    public Report evaluate(Set<Span> gold, Set<Span> suggested) {
        Map<AttributionPart, Score> byPart = new EnumMap<>(AttributionPart.class);
        Map<String, Score> byCode = new TreeMap<>(Comparator.comparing((String c) -> c.charAt(0) == 'S' ? 1 : 0)
                .thenComparing(Comparator.naturalOrder()));
        for (AttributionPart part : AttributionPart.values()) {
            List<Span> g = gold.stream().filter(s -> s.part() == part).toList();
            List<Span> s = suggested.stream().filter(x -> x.part() == part).toList();
            if (g.isEmpty() && s.isEmpty()) {
                continue;
            }
            List<Span[]> pairs = match(g, s, true);
            byPart.put(part, new Score(pairs.size(), s.size(), g.size()));
            for (Span span : g) {
                byCode.merge(span.code(), new Score(0, 0, 1), (a, b) -> a.plus(0, 0, 1));
            }
            for (Span span : s) {
                byCode.merge(span.code(), new Score(0, 1, 0), (a, b) -> a.plus(0, 1, 0));
            }
            for (Span[] pair : pairs) {
                byCode.merge(pair[0].code(), new Score(1, 0, 0), (a, b) -> a.plus(1, 0, 0));
            }
        }
        List<Span> goldSources = gold.stream().filter(s -> s.part() == AttributionPart.SOURCE).toList();
        List<Span> suggestedSources = suggested.stream().filter(s -> s.part() == AttributionPart.SOURCE).toList();
        List<Span[]> kind = match(goldSources, suggestedSources, false);
        int agreed = (int) kind.stream().filter(pair -> pair[0].code().equals(pair[1].code())).count();
        return new Report(byPart, byCode, kind.size(), agreed);
    }

    /** Pairs {gold, suggested}, best overlaps first, each span at most once. */
    private static List<Span[]> match(List<Span> gold, List<Span> suggested, boolean sameCode) {
        record Candidate(int g, int s, double jaccard) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            for (int j = 0; j < suggested.size(); j++) {
                Span a = gold.get(i);
                Span b = suggested.get(j);
                if (!a.articleId().equals(b.articleId()) || (sameCode && !a.code().equals(b.code()))) {
                    continue;
                }
                double jaccard = a.jaccard(b);
                if (jaccard >= MIN_JACCARD) {
                    candidates.add(new Candidate(i, j, jaccard));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::jaccard).reversed());
        boolean[] goldUsed = new boolean[gold.size()];
        boolean[] suggestedUsed = new boolean[suggested.size()];
        List<Span[]> pairs = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!goldUsed[c.g()] && !suggestedUsed[c.s()]) {
                goldUsed[c.g()] = true;
                suggestedUsed[c.s()] = true;
                pairs.add(new Span[] { gold.get(c.g()), suggested.get(c.s()) });
            }
        }
        return pairs;
    }

    private static void add(Set<Span> spans, String articleId, AttributionPart part, GoldSet.Part gold) {
        if (gold != null) {
            spans.add(new Span(articleId, part, gold.begin(), gold.end(), gold.code()));
        }
    }
}
