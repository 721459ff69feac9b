package org.framebench.grading.key;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.framebench.core.codebook.Codebooks;
import org.framebench.core.document.Documents;
import org.framebench.core.text.TextAnchors;
import org.framebench.core.text.TextSnapping;
import org.framebench.core.text.TextSpan;
import org.framebench.core.key.Keys;
import org.framebench.grading.scoring.Scorer;
import org.framebench.grading.scoring.ScoringOptions;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.AttributeValue;
import org.framebench.model.Code;
import org.framebench.model.FramebenchFactory;
import org.framebench.model.Link;
import org.framebench.model.LinkKind;
import org.framebench.model.Role;

/**
 * A draft key from a class: the annotations enough of the students agree on. Annotations of the same
 * article and code are clustered: each joins the earliest open cluster whose first annotation it overlaps
 * with a Jaccard of at least the scoring threshold and that holds nothing yet from the same student (so a
 * cluster counts each student once). A cluster marked by at least the chosen share of the students becomes
 * one key annotation, on the majority span: the most common begin and the most common end among its members
 * (on a tie the wider one), snapped to whole words (spaces at its ends dropped); when those two do not make a span, the span covering
 * all members. Attribute values: the value more than half of the members who set the attribute chose (none
 * on a tie). Links (optional): kept between two key annotations when more than half of the students who
 * are in both clusters linked them, with the kind most of them chose.
 */
public final class DraftKey {

    /** Default share of the class that must agree on an annotation. */
    public static final double DEFAULT_MIN_SHARE = 0.5;

    private final double minShare;
    private final double threshold;
    private final boolean keepLinks;

    /**
     * @param minShare the share of the students (above 0, at most 1) who must agree on an annotation
     * @param threshold the overlap (Jaccard, above 0, at most 1) that makes two annotations agree
     * @param keepLinks whether links most of a cluster's members agree on are kept
     */
    public DraftKey(double minShare, double threshold, boolean keepLinks) {
        if (!(minShare > 0 && minShare <= 1)) {
            throw new IllegalArgumentException("The share of students who must agree must be above 0 and at most 1, not "
                    + minShare + ".");
        }
        new ScoringOptions().threshold(threshold); // the same rule as scoring's
        this.minShare = minShare;
        this.threshold = threshold;
        this.keepLinks = keepLinks;
    }

    /** Share 0.5, the default scoring threshold, links kept. */
    public DraftKey() {
        this(DEFAULT_MIN_SHARE, ScoringOptions.DEFAULT_THRESHOLD, true);
    }

    /** The draft and, for each of its annotations, how many students marked it. */
    public record Result(AnnotationDocument key, int students, Map<Annotation, Integer> support) {
    }

    /**
     * Drafts a key (role key, a new id, {@code author} as annotator, unsaved) from {@code students}, which
     * must answer one assignment with the same articles (as {@code ClassSubmissions.gradable()} are).
     *
     * @throws IllegalArgumentException when {@code students} is empty
     */
    public Result draft(List<AnnotationDocument> students, String author) {
        if (students.isEmpty()) {
            throw new IllegalArgumentException("There are no submissions to draft a key from.");
        }
        AnnotationDocument key = Documents.newDocument(students.get(0).getAssignment(), Role.KEY);
        key.setAnnotatorName(author == null || author.isBlank() ? Keys.DEFAULT_AUTHOR : author.strip());
        key.setAnnotatorId("");
        Map<String, Article> articles = new HashMap<>();
        for (Article article : key.getAssignment().getArticles()) {
            articles.put(article.getId(), article);
        }

        // Group every student's annotations by article and code.
        Map<String, List<Member>> groups = new LinkedHashMap<>();
        for (int s = 0; s < students.size(); s++) {
            for (Annotation annotation : students.get(s).getAnnotations()) {
                if (annotation.getArticle() == null || annotation.getCode() == null) {
                    continue;
                }
                // Headline and body annotations never cluster together: their offsets index into different texts.
                String group = annotation.getArticle().getId() + '\u0000' + annotation.getCode().getId() + '\u0000'
                        + annotation.getRegion().getLiteral();
                groups.computeIfAbsent(group, g -> new ArrayList<>()).add(new Member(s, annotation));
            }
        }
        int needed = (int) Math.ceil(minShare * students.size() - 1e-9);
        Map<Annotation, Cluster> clusterOf = new IdentityHashMap<>();
        Map<Annotation, Integer> support = new IdentityHashMap<>();
        List<Cluster> kept = new ArrayList<>();
        for (List<Member> members : groups.values()) {
            for (Cluster cluster : cluster(members)) {
                if (cluster.students.size() < needed) {
                    continue;
                }
                Annotation first = cluster.members.get(0).annotation;
                Article article = articles.get(first.getArticle().getId());
                Code code = Codebooks.findById(key.getAssignment().getCodebook(), first.getCode().getId()).orElse(null);
                if (article == null || code == null) {
                    continue;
                }
                Annotation annotation = FramebenchFactory.eINSTANCE.createAnnotation();
                annotation.setId(Documents.newId());
                String text = TextAnchors.textOf(article, first.getRegion());
                if (text == null) {
                    continue;
                }
                TextSpan span = span(cluster, text);
                TextAnchors.anchor(annotation, article, first.getRegion(), span.begin(), span.end());
                annotation.setCode(code);
                annotation.setCreated(key.getCreated());
                annotation.setModified(key.getCreated());
                majorityAttributes(cluster, annotation);
                cluster.keyAnnotation = annotation;
                key.getAnnotations().add(annotation);
                support.put(annotation, cluster.students.size());
                kept.add(cluster);
                for (Member member : cluster.members) {
                    clusterOf.put(member.annotation, cluster);
                }
            }
        }
        key.getAnnotations().sort(Comparator.comparing((Annotation a) -> a.getArticle().getId())
                .thenComparingInt(Annotation::getBegin).thenComparingInt(Annotation::getEnd));
        if (keepLinks) {
            links(students, clusterOf, key);
        }
        return new Result(key, students.size(), Collections.unmodifiableMap(support));
    }

    private record Member(int student, Annotation annotation) {
    }

    private static final class Cluster {
        final List<Member> members = new ArrayList<>();
        final Set<Integer> students = new HashSet<>();
        final int seedBegin;
        final int seedEnd;
        Annotation keyAnnotation;

        Cluster(Member seed) {
            seedBegin = seed.annotation.getBegin();
            seedEnd = seed.annotation.getEnd();
            add(seed);
        }

        void add(Member member) {
            members.add(member);
            students.add(member.student);
        }
    }

    /** Clusters one group (same article and code), in order of begin; see the class comment. */
    private List<Cluster> cluster(List<Member> members) {
        List<Member> sorted = new ArrayList<>(members);
        sorted.sort(Comparator.comparingInt((Member m) -> m.annotation.getBegin()).thenComparingInt(m -> m.annotation.getEnd())
                .thenComparingInt(Member::student));
        List<Cluster> clusters = new ArrayList<>();
        List<Cluster> open = new ArrayList<>();
        for (Member member : sorted) {
            int begin = member.annotation.getBegin();
            int end = member.annotation.getEnd();
            // A cluster whose first annotation ends before this one begins can overlap nothing after it.
            open.removeIf(c -> c.seedEnd <= begin);
            Cluster best = null;
            double bestOverlap = 0;
            for (Cluster cluster : open) {
                if (cluster.students.contains(member.student)) {
                    continue;
                }
                double overlap = Scorer.jaccard(cluster.seedBegin, cluster.seedEnd, begin, end);
                if (overlap >= threshold && overlap > bestOverlap) {
                    best = cluster;
                    bestOverlap = overlap;
                }
            }
            if (best == null) {
                best = new Cluster(member);
                clusters.add(best);
                open.add(best);
            } else {
                best.add(member);
            }
        }
        return clusters;
    }

    /** The most common begin and end (the wider on a tie), widened to whole words; else the covering span. */
    private static TextSpan span(Cluster cluster, String text) {
        Map<Integer, Integer> begins = new HashMap<>();
        Map<Integer, Integer> ends = new HashMap<>();
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (Member member : cluster.members) {
            begins.merge(member.annotation.getBegin(), 1, Integer::sum);
            ends.merge(member.annotation.getEnd(), 1, Integer::sum);
            min = Math.min(min, member.annotation.getBegin());
            max = Math.max(max, member.annotation.getEnd());
        }
        int begin = begins.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.<Integer, Integer>comparingByKey().reversed())).orElseThrow().getKey();
        int end = ends.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
        if (end <= begin) {
            begin = min;
            end = max;
        }
        TextSpan snapped = TextSnapping.snapToWords(text, begin, end);
        // Snapping widens to whole words and drops spaces at the ends; only a span of spaces snaps to nothing.
        return snapped.isEmpty() ? new TextSpan(Math.max(0, begin), Math.min(text.length(), end)) : snapped;
    }

    /** Each attribute set to the value more than half of the members who set it chose. */
    private static void majorityAttributes(Cluster cluster, Annotation target) {
        Map<String, Map<String, Integer>> votes = new LinkedHashMap<>();
        Map<String, Integer> voters = new HashMap<>();
        for (Member member : cluster.members) {
            Set<String> seen = new HashSet<>();
            for (AttributeValue value : member.annotation.getAttributeValues()) {
                if (value.getKey() == null || value.getValue() == null || value.getValue().isBlank()
                        || !seen.add(value.getKey())) {
                    continue;
                }
                votes.computeIfAbsent(value.getKey(), k -> new LinkedHashMap<>()).merge(value.getValue(), 1, Integer::sum);
                voters.merge(value.getKey(), 1, Integer::sum);
            }
        }
        votes.forEach((attribute, counts) -> counts.entrySet().stream().filter(e -> 2 * e.getValue() > voters.get(attribute))
                .findFirst().ifPresent(winner -> {
                    AttributeValue value = FramebenchFactory.eINSTANCE.createAttributeValue();
                    value.setKey(attribute);
                    value.setValue(winner.getKey());
                    target.getAttributeValues().add(value);
                }));
    }

    /** Links between kept clusters that more than half of the students in both clusters made. */
    private static void links(List<AnnotationDocument> students, Map<Annotation, Cluster> clusterOf, AnnotationDocument key) {
        record Pair(Cluster a, Cluster b) {
        }
        Map<Pair, Map<LinkKind, Set<Integer>>> linked = new LinkedHashMap<>();
        for (int s = 0; s < students.size(); s++) {
            for (Link link : students.get(s).getLinks()) {
                Cluster a = clusterOf.get(link.getSource());
                Cluster b = clusterOf.get(link.getTarget());
                if (a == null || b == null || a == b) {
                    continue;
                }
                linked.computeIfAbsent(new Pair(a, b), p -> new LinkedHashMap<>())
                        .computeIfAbsent(link.getKind(), k -> new HashSet<>()).add(s);
            }
        }
        Set<Pair> made = new HashSet<>();
        linked.forEach((pair, kinds) -> {
            Set<Integer> both = new HashSet<>(pair.a().students);
            both.retainAll(pair.b().students);
            Set<Integer> anyKind = new HashSet<>();
            kinds.values().forEach(anyKind::addAll);
            // The same two clusters linked the other way round count too.
            Map<LinkKind, Set<Integer>> reverse = linked.getOrDefault(new Pair(pair.b(), pair.a()), Map.of());
            reverse.values().forEach(anyKind::addAll);
            if (2 * anyKind.size() <= both.size()) {
                return;
            }
            if (made.contains(new Pair(pair.b(), pair.a())) || !made.add(pair)) {
                return;
            }
            Map<LinkKind, Integer> kindVotes = new LinkedHashMap<>();
            kinds.forEach((kind, who) -> kindVotes.merge(kind, who.size(), Integer::sum));
            reverse.forEach((kind, who) -> kindVotes.merge(kind, who.size(), Integer::sum));
            LinkKind kind = kindVotes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            Link link = FramebenchFactory.eINSTANCE.createLink();
            link.setId(Documents.newId());
            link.setSource(pair.a().keyAnnotation);
            link.setTarget(pair.b().keyAnnotation);
            link.setKind(Objects.requireNonNull(kind));
            link.setCreated(new Date());
            key.getLinks().add(link);
        });
    }
}
