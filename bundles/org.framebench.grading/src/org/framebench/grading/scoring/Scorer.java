package org.framebench.grading.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.framebench.core.codebook.Codebooks;
import org.framebench.core.compare.CodeMeanings;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.AttributeDefinition;
import org.framebench.model.AttributeKind;
import org.framebench.model.AttributeValue;
import org.framebench.model.Code;
import org.framebench.model.Layer;
import org.framebench.model.Link;
import org.framebench.model.LinkKind;

/**
 * Scores a student's annotations against the key. Student and key annotations of the same code on the same
 * article are paired one-to-one, best overlap first, when their Jaccard overlap (shared characters / covered
 * characters) reaches the threshold; each pair earns its overlap as credit, and a student annotation on a
 * key stretch of another code of the same layer earns the wrong-code share of it. Annotations are compared by
 * code id and article id, since every file carries its own copy of the codebook and articles.
 */
public final class Scorer {

    private final ScoringOptions options;

    public Scorer(ScoringOptions options) {
        this.options = options;
    }

    /** Jaccard overlap of {@code [b1, e1)} and {@code [b2, e2)}: 0 when disjoint, 1 when equal. */
    /**
     * The Jaccard overlap of two annotations' spans; 0 when one is in the headline and the other in the
     * body (their offsets index into different texts, so a headline annotation matches only headline ones),
     * and 0 for headline annotations on articles whose headlines differ.
     */
    public static double overlap(Annotation a, Annotation b) {
        if (a.getRegion() != b.getRegion()) {
            return 0;
        }
        // Headline offsets compare only over the same headline (the article digest covers the body alone).
        if (a.getRegion() == org.framebench.model.TextRegion.HEADLINE && (a.getArticle() == null || b.getArticle() == null
                || !java.util.Objects.equals(a.getArticle().getHeadline(), b.getArticle().getHeadline()))) {
            return 0;
        }
        return jaccard(a.getBegin(), a.getEnd(), b.getBegin(), b.getEnd());
    }

    public static double jaccard(int b1, int e1, int b2, int e2) {
        int intersection = Math.min(e1, e2) - Math.max(b1, b2);
        if (intersection <= 0) {
            return 0;
        }
        int union = Math.max(e1, e2) - Math.min(b1, b2);
        return (double) intersection / union;
    }

    public StudentScore score(AnnotationDocument student, AnnotationDocument key) {
        Map<String, List<Annotation>> studentByGroup = group(student);
        Map<String, List<Annotation>> keyByGroup = group(key);
        Map<Annotation, AnnotationMatch> studentRows = new IdentityHashMap<>();
        Map<Annotation, Annotation> keyPartner = new IdentityHashMap<>();

        Set<String> groups = new HashSet<>(studentByGroup.keySet());
        groups.addAll(keyByGroup.keySet());
        for (String group : groups) {
            pair(studentByGroup.getOrDefault(group, List.of()), keyByGroup.getOrDefault(group, List.of()),
                    studentRows, keyPartner);
        }
        Map<String, List<Annotation>> keyByArticle = new HashMap<>();
        for (Annotation annotation : key.getAnnotations()) {
            keyByArticle.computeIfAbsent(articleId(annotation), k -> new ArrayList<>()).add(annotation);
        }
        // Unpaired student annotations in document order; a key annotation found with the wrong code is
        // claimed by one of them and then listed once, as "wrong code", not also as "missed".
        Set<Annotation> claimed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        List<AnnotationMatch> rows = new ArrayList<>();
        for (Annotation annotation : student.getAnnotations()) {
            AnnotationMatch row = studentRows.get(annotation);
            rows.add(row != null ? row
                    : unmatched(annotation, keyByArticle.getOrDefault(articleId(annotation), List.of()), keyPartner, claimed));
        }
        for (Annotation annotation : key.getAnnotations()) {
            if (!keyPartner.containsKey(annotation) && !claimed.contains(annotation)) {
                rows.add(new AnnotationMatch(MatchStatus.MISSED, null, annotation, 0, 0, comparableAttributes(annotation), 0));
            }
        }
        rows.sort(Comparator.comparing((AnnotationMatch m) -> articleId(m.annotation()))
                .thenComparingInt(m -> m.annotation().getBegin()).thenComparingInt(m -> m.annotation().getEnd()));

        Map<String, LayerScore> layers = layerScores(student, key, rows);
        LayerScore overall = new LayerScore(LayerScore.OVERALL, student.getAnnotations().size(),
                key.getAnnotations().size(), (int) rows.stream().filter(AnnotationMatch::isMatch).count(),
                rows.stream().mapToDouble(AnnotationMatch::credit).sum());
        int compared = rows.stream().mapToInt(AnnotationMatch::attributesCompared).sum();
        int agreeing = rows.stream().mapToInt(AnnotationMatch::attributesAgreeing).sum();
        List<Link> assessedLinks = assessedLinks(key);
        int credited = creditedLinks(student, assessedLinks, studentRows);
        List<ScoreTerm> terms = terms(layers, compared == 0 ? null : (double) agreeing / compared,
                assessedLinks.isEmpty() ? null : (double) credited / assessedLinks.size());
        return new StudentScore(student, layers, overall, compared, agreeing, assessedLinks.size(), credited,
                student.getLinks().size(), rows, terms, total(terms));
    }

    /**
     * The terms of the total: each layer's F1 (not counted when the key has nothing in the layer), the
     * attribute agreement and the link credit ({@code null}: the key gives nothing to agree on).
     */
    public List<ScoreTerm> terms(Map<String, LayerScore> layers, Double attributeAgreement, Double linkCredit) {
        List<ScoreTerm> terms = new ArrayList<>();
        for (LayerScore layer : layers.values()) {
            terms.add(layer.assessed() ? new ScoreTerm(layer.layerId() + " F1", options.layerWeight(layer.layerId()), layer.f1(), null)
                    : new ScoreTerm(layer.layerId(), options.layerWeight(layer.layerId()), null,
                            "not assessed (the key has no annotations in it)"));
        }
        terms.add(new ScoreTerm("attribute agreement", options.attributeWeight(), attributeAgreement,
                attributeAgreement == null ? "not assessed (the key gives no attribute values)" : null));
        terms.add(new ScoreTerm("links", options.linkWeight(), linkCredit,
                linkCredit == null ? "not assessed (the key has no links to assess; links of one attribution earn nothing)" : null));
        return terms;
    }

    /** {@code 100 × Σ weight × value / Σ weight} over the terms that count; 0 when their weights add up to 0. */
    public static double total(List<ScoreTerm> terms) {
        double weighted = 0;
        double weights = 0;
        for (ScoreTerm term : terms) {
            if (term.counts()) {
                weighted += term.weighted();
                weights += term.weight();
            }
        }
        return weights == 0 ? 0 : 100 * weighted / weights;
    }

    /** The 0–100 score from layer F1s, attribute agreement and link credit ({@code null}: does not count). */
    public double total(Map<String, LayerScore> layers, Double attributeAgreement, Double linkCredit) {
        return total(terms(layers, attributeAgreement, linkCredit));
    }

    private void pair(List<Annotation> students, List<Annotation> keys, Map<Annotation, AnnotationMatch> rows,
            Map<Annotation, Annotation> keyPartner) {
        if (students.isEmpty() || keys.isEmpty()) {
            return;
        }
        record Candidate(Annotation student, Annotation key, double overlap) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Annotation s : students) {
            for (Annotation k : keys) {
                double overlap = overlap(s, k);
                if (overlap >= options.threshold()) {
                    candidates.add(new Candidate(s, k, overlap));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::overlap).reversed()
                .thenComparingInt(c -> Math.abs(c.student().getBegin() - c.key().getBegin())));
        for (Candidate candidate : candidates) {
            if (rows.containsKey(candidate.student()) || keyPartner.containsKey(candidate.key())) {
                continue;
            }
            keyPartner.put(candidate.key(), candidate.student());
            int[] attributes = compareAttributes(candidate.student(), candidate.key());
            MatchStatus status = candidate.overlap() >= 1.0 ? MatchStatus.MATCHED : MatchStatus.PARTIAL;
            rows.put(candidate.student(), new AnnotationMatch(status, candidate.student(), candidate.key(),
                    candidate.overlap(), candidate.overlap(), attributes[0], attributes[1]));
        }
    }

    /**
     * A student annotation left unpaired: "wrong code" if it lies on a key stretch of another code that no
     * one has found or claimed yet (it earns the wrong-code share of its overlap when both codes are of one
     * layer), else extra.
     */
    private AnnotationMatch unmatched(Annotation annotation, List<Annotation> keyOnArticle,
            Map<Annotation, Annotation> keyPartner, Set<Annotation> claimed) {
        Annotation best = null;
        double bestOverlap = 0;
        for (Annotation k : keyOnArticle) {
            if (codeId(k).equals(codeId(annotation)) || keyPartner.containsKey(k) || claimed.contains(k)) {
                continue;
            }
            double overlap = overlap(annotation, k);
            if (overlap >= options.threshold() && overlap > bestOverlap) {
                best = k;
                bestOverlap = overlap;
            }
        }
        if (best == null) {
            return new AnnotationMatch(MatchStatus.EXTRA, annotation, null, 0, 0, 0, 0);
        }
        claimed.add(best);
        double credit = layerId(best).equals(layerId(annotation)) ? options.wrongCodeCredit() * bestOverlap : 0;
        return new AnnotationMatch(MatchStatus.WRONG_CODE, annotation, best, bestOverlap, credit, comparableAttributes(best), 0);
    }

    /** How many of {@code key}'s attribute values are compared (choice and yes/no values that are set). */
    private static int comparableAttributes(Annotation key) {
        int comparable = 0;
        for (AttributeValue value : key.getAttributeValues()) {
            if (value.getValue() != null && !value.getValue().isBlank() && !isFreeText(key.getCode(), value.getKey())) {
                comparable++;
            }
        }
        return comparable;
    }

    /**
     * {compared, agreeing} over the key annotation's choice and yes/no attribute values; free-text values
     * (a source's name, say) are not compared, since wording differs without being wrong.
     */
    private static int[] compareAttributes(Annotation student, Annotation key) {
        Map<String, String> studentValues = new HashMap<>();
        for (AttributeValue value : student.getAttributeValues()) {
            studentValues.put(value.getKey(), value.getValue());
        }
        int compared = 0;
        int agreeing = 0;
        for (AttributeValue value : key.getAttributeValues()) {
            if (value.getValue() == null || value.getValue().isBlank() || isFreeText(key.getCode(), value.getKey())) {
                continue;
            }
            compared++;
            String given = studentValues.get(value.getKey());
            if (given == null || given.isBlank()) {
                // What the code says is no longer asked (Quote type on an A1, ...): the code's value is the answer.
                given = CodeMeanings.impliedValue(student.getCode(), value.getKey());
            }
            if (given != null && given.strip().toLowerCase(Locale.ROOT).equals(value.getValue().strip().toLowerCase(Locale.ROOT))) {
                agreeing++;
            }
        }
        return new int[] { compared, agreeing };
    }

    private static boolean isFreeText(Code code, String attributeId) {
        if (code == null) {
            return false;
        }
        Optional<AttributeDefinition> definition = Codebooks.attribute(code, attributeId);
        return definition.isPresent() && definition.get().getKind() == AttributeKind.TEXT;
    }

    /**
     * The key's links that earn link credit: all but {@link LinkKind#ATTRIBUTION} links. Those only join the
     * source, cue and content of one attribution (a draft key made from suggestions has two for each); a student
     * already earns credit for each part as an annotation, and one without hints would otherwise lose marks for
     * not drawing links the finder drew.
     */
    public static List<Link> assessedLinks(AnnotationDocument key) {
        return key.getLinks().stream().filter(link -> link.getKind() != LinkKind.ATTRIBUTION).toList();
    }

    private static int creditedLinks(AnnotationDocument student, List<Link> keyLinks,
            Map<Annotation, AnnotationMatch> studentRows) {
        Set<Set<Annotation>> studentJoins = new HashSet<>();
        for (Link link : student.getLinks()) {
            AnnotationMatch source = studentRows.get(link.getSource());
            AnnotationMatch target = studentRows.get(link.getTarget());
            if (source != null && target != null && source.isMatch() && target.isMatch()) {
                Set<Annotation> ends = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
                ends.add(source.key());
                ends.add(target.key());
                studentJoins.add(ends);
            }
        }
        int credited = 0;
        for (Link link : keyLinks) {
            Set<Annotation> ends = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            ends.add(link.getSource());
            ends.add(link.getTarget());
            if (studentJoins.contains(ends)) {
                credited++;
            }
        }
        return credited;
    }

    private Map<String, LayerScore> layerScores(AnnotationDocument student, AnnotationDocument key,
            List<AnnotationMatch> rows) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, Double> credit = new HashMap<>();
        for (Layer layer : key.getAssignment().getCodebook().getLayers()) {
            counts.put(layer.getId(), new int[3]);
        }
        for (Annotation annotation : student.getAnnotations()) {
            counts.computeIfAbsent(layerId(annotation), k -> new int[3])[0]++;
        }
        for (Annotation annotation : key.getAnnotations()) {
            counts.computeIfAbsent(layerId(annotation), k -> new int[3])[1]++;
        }
        for (AnnotationMatch row : rows) {
            if (row.isMatch()) {
                counts.get(layerId(row.key()))[2]++;
            }
            if (row.credit() > 0) {
                credit.merge(layerId(row.key()), row.credit(), Double::sum);
            }
        }
        Map<String, LayerScore> layers = new LinkedHashMap<>();
        counts.forEach((layer, c) -> layers.put(layer, new LayerScore(layer, c[0], c[1], c[2], credit.getOrDefault(layer, 0.0))));
        return layers;
    }

    private static Map<String, List<Annotation>> group(AnnotationDocument document) {
        Map<String, List<Annotation>> groups = new HashMap<>();
        for (Annotation annotation : document.getAnnotations()) {
            groups.computeIfAbsent(articleId(annotation) + '\u0000' + codeId(annotation), k -> new ArrayList<>())
                    .add(annotation);
        }
        return groups;
    }

    static String articleId(Annotation annotation) {
        return annotation.getArticle() == null ? "" : String.valueOf(annotation.getArticle().getId());
    }

    static String codeId(Annotation annotation) {
        return annotation.getCode() == null ? "" : String.valueOf(annotation.getCode().getId());
    }

    static String layerId(Annotation annotation) {
        Code code = annotation.getCode();
        return code == null || code.getLayer() == null ? "" : String.valueOf(code.getLayer().getId());
    }
}
