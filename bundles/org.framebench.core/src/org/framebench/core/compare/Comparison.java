package org.framebench.core.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.Code;
import org.framebench.model.ComparisonNote;
import org.framebench.model.Link;
import org.framebench.model.LinkKind;

/**
 * The statements × outlets table of one document (no UI): rows are groups of annotations joined by links of
 * kind same statement or same source, transitively (a union-find over the links), plus every unlinked attribution
 * annotation as a row of its own; an omission link attaches an omission annotation to its row. Columns are the
 * assignment's articles in order.
 * <p>
 * A cell differs when its source kind or its verb class is not the row's majority. The majority is the value
 * more cells have than any other; when two values tie for most (two outlets against two, or one against one),
 * there is no majority and every cell with a value is marked, since the outlets disagree. Cells without a value
 * are never marked.
 * <p>
 * Each {@link ComparisonNote} of the document goes to the row sharing the most annotations with it (the first
 * such row on a tie), so a note follows its row when annotations are added to or removed from it.
 */
public final class Comparison {

    private final List<Article> articles;
    private final List<ComparisonRow> rows;
    private final List<OutletSummary> summaries;
    private final List<ComparisonNote> unplacedNotes;

    private Comparison(List<Article> articles, List<ComparisonRow> rows, List<OutletSummary> summaries,
            List<ComparisonNote> unplacedNotes) {
        this.articles = articles;
        this.rows = rows;
        this.summaries = summaries;
        this.unplacedNotes = unplacedNotes;
    }

    /** The columns: the assignment's articles, in order. */
    public List<Article> getArticles() {
        return articles;
    }

    public List<ComparisonRow> getRows() {
        return rows;
    }

    /** One summary per article, in column order. */
    public List<OutletSummary> getSummaries() {
        return summaries;
    }

    /** Notes whose annotations are in no row any more (for instance after their links were removed). */
    public List<ComparisonNote> getUnplacedNotes() {
        return unplacedNotes;
    }

    /** The row holding {@code annotation}, or null. */
    public ComparisonRow rowOf(Annotation annotation) {
        for (ComparisonRow row : rows) {
            if (row.getAnnotations().contains(annotation)) {
                return row;
            }
        }
        return null;
    }

    /** Builds the comparison of {@code document} as it is now. */
    public static Comparison of(AnnotationDocument document) {
        List<Article> articles = document.getAssignment() == null ? List.of()
                : List.copyOf(document.getAssignment().getArticles());
        Map<Article, Integer> columns = new IdentityHashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            columns.put(articles.get(i), i);
        }
        List<Annotation> annotations = document.getAnnotations().stream()
                .filter(a -> a.getArticle() != null && columns.containsKey(a.getArticle()) && a.getCode() != null)
                .toList();

        // Union-find over the annotations, joined by the statement-making links.
        Map<Annotation, Annotation> parent = new IdentityHashMap<>();
        annotations.forEach(a -> parent.put(a, a));
        Function<Annotation, Annotation> find = new Function<>() {
            @Override
            public Annotation apply(Annotation a) {
                Annotation root = a;
                while (parent.get(root) != root) {
                    root = parent.get(root);
                }
                Annotation step = a;
                while (parent.get(step) != root) {
                    Annotation next = parent.get(step);
                    parent.put(step, root);
                    step = next;
                }
                return root;
            }
        };
        Set<Annotation> linked = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Link link : document.getLinks()) {
            if (!joins(link) || !parent.containsKey(link.getSource()) || !parent.containsKey(link.getTarget())
                    || link.getSource() == link.getTarget()) {
                continue;
            }
            linked.add(link.getSource());
            linked.add(link.getTarget());
            Annotation a = find.apply(link.getSource());
            Annotation b = find.apply(link.getTarget());
            if (a != b) {
                parent.put(a, b);
            }
        }
        Map<Annotation, List<Annotation>> groups = new LinkedHashMap<>();
        for (Annotation annotation : annotations) {
            boolean row = linked.contains(annotation)
                    || (CodeMeanings.ATTRIBUTION.equals(CodeMeanings.layer(annotation)) && !CodeMeanings.isOmission(annotation));
            if (row) {
                groups.computeIfAbsent(find.apply(annotation), k -> new ArrayList<>()).add(annotation);
            }
        }
        Comparator<Annotation> textOrder = Comparator.<Annotation>comparingInt(a -> columns.get(a.getArticle()))
                .thenComparingInt(Annotation::getBegin).thenComparingInt(Annotation::getEnd);
        List<List<Annotation>> ordered = new ArrayList<>();
        for (List<Annotation> group : groups.values()) {
            if (group.stream().allMatch(CodeMeanings::isOmission)) {
                continue; // omission annotations linked only to each other make no statement
            }
            group.sort(textOrder);
            ordered.add(group);
        }
        ordered.sort(Comparator.comparing((List<Annotation> g) -> g.get(0), textOrder));

        Map<Article, ArticleIndex> byArticle = new IdentityHashMap<>();
        for (Annotation annotation : annotations) {
            byArticle.computeIfAbsent(annotation.getArticle(), k -> new ArticleIndex()).add(annotation);
        }
        byArticle.values().forEach(ArticleIndex::sort);

        List<OutletSummary> summaries = new ArrayList<>();
        articles.forEach(a -> summaries.add(new OutletSummary(a)));
        List<ComparisonRow> rows = new ArrayList<>();
        for (List<Annotation> group : ordered) {
            List<ComparisonCell> cells = new ArrayList<>();
            for (Article article : articles) {
                cells.add(cell(article, group, byArticle.getOrDefault(article, ArticleIndex.EMPTY)));
            }
            SourceKind sourceMajority = majority(cells, ComparisonCell::getSourceKind);
            VerbClass verbMajority = majority(cells, ComparisonCell::getVerbClass);
            boolean sourceTie = tie(cells, ComparisonCell::getSourceKind);
            boolean verbTie = tie(cells, ComparisonCell::getVerbClass);
            for (ComparisonCell cell : cells) {
                cell.sourceKindDiffers = cell.getSourceKind() != null
                        && (sourceTie || (sourceMajority != null && cell.getSourceKind() != sourceMajority));
                cell.verbClassDiffers = cell.getVerbClass() != null
                        && (verbTie || (verbMajority != null && cell.getVerbClass() != verbMajority));
            }
            ComparisonRow row = new ComparisonRow(rows.size() + 1, group, cells, sourceMajority, verbMajority);
            rows.add(row);
            for (int i = 0; i < cells.size(); i++) {
                count(summaries.get(i), cells.get(i));
            }
        }
        List<ComparisonNote> unplaced = placeNotes(document, rows);
        return new Comparison(articles, List.copyOf(rows), List.copyOf(summaries), List.copyOf(unplaced));
    }

    /** Links of kind same statement / same source join rows; an omission link joins its omission annotation. */
    private static boolean joins(Link link) {
        if (link.getSource() == null || link.getTarget() == null || link.getKind() == null) {
            return false;
        }
        if (link.getKind() == LinkKind.SAME_STATEMENT || link.getKind() == LinkKind.SAME_SOURCE) {
            return true;
        }
        return link.getKind() == LinkKind.OMISSION
                && (CodeMeanings.isOmission(link.getSource()) || CodeMeanings.isOmission(link.getTarget()));
    }

    /** One article's annotations sorted by begin, to find those overlapping a span without a full scan. */
    private static final class ArticleIndex {
        static final ArticleIndex EMPTY = new ArticleIndex();
        private final List<Annotation> annotations = new ArrayList<>();
        private int[] begins = new int[0];
        private int longest;

        void add(Annotation annotation) {
            annotations.add(annotation);
        }

        void sort() {
            annotations.sort(Comparator.comparingInt(Annotation::getBegin));
            begins = new int[annotations.size()];
            for (int i = 0; i < begins.length; i++) {
                Annotation annotation = annotations.get(i);
                begins[i] = annotation.getBegin();
                longest = Math.max(longest, annotation.getEnd() - annotation.getBegin());
            }
        }

        /** Adds to {@code out} (once each) the annotations overlapping {@code [begin, end)}. */
        void overlapping(int begin, int end, Set<Annotation> out) {
            // Whatever overlaps begins before end and after begin - longest.
            int from = java.util.Arrays.binarySearch(begins, Math.max(0, begin - longest));
            if (from < 0) {
                from = -from - 1;
            }
            while (from > 0 && begins[from - 1] >= begin - longest) {
                from--;
            }
            for (int i = from; i < begins.length && begins[i] < end; i++) {
                Annotation other = annotations.get(i);
                if (other.getEnd() > begin) {
                    out.add(other);
                }
            }
        }
    }

    private static ComparisonCell cell(Article article, List<Annotation> group, ArticleIndex inArticle) {
        List<Annotation> members = new ArrayList<>();
        List<Annotation> omissions = new ArrayList<>();
        for (Annotation annotation : group) {
            if (annotation.getArticle() == article) {
                (CodeMeanings.isOmission(annotation) ? omissions : members).add(annotation);
            }
        }
        if (members.isEmpty()) {
            return new ComparisonCell(article, members, omissions, null, null, null, null, null, List.of());
        }
        Set<Annotation> found = new LinkedHashSet<>();
        for (Annotation member : members) {
            inArticle.overlapping(member.getBegin(), member.getEnd(), found);
        }
        List<Annotation> overlapping = new ArrayList<>();
        for (Annotation other : found) {
            if (!members.contains(other) && !CodeMeanings.isOmission(other)) {
                overlapping.add(other);
            }
        }
        String wording = wording(members);
        SourceKind sourceKind = first(members, overlapping, CodeMeanings::sourceKind);
        QuoteType quoteType = first(members, overlapping, CodeMeanings::quoteType);
        Annotation cue = members.stream().filter(CodeMeanings::isCue).findFirst()
                .orElse(overlapping.stream().filter(CodeMeanings::isCue).findFirst().orElse(null));
        VerbClass verbClass = cue != null ? CodeMeanings.verbClass(cue) : first(members, overlapping, CodeMeanings::verbClass);
        Set<Code> framing = new LinkedHashSet<>();
        for (List<Annotation> list : List.of(members, overlapping)) {
            for (Annotation annotation : list) {
                if (CodeMeanings.FRAMING.equals(CodeMeanings.layer(annotation))) {
                    framing.add(annotation.getCode());
                }
            }
        }
        return new ComparisonCell(article, members, omissions, wording, sourceKind, quoteType,
                cue == null ? null : cue.getCoveredText(), verbClass, new ArrayList<>(framing));
    }

    /** The wording of the quoted content if any (not the verb), else of everything in the cell. */
    private static String wording(List<Annotation> members) {
        List<Annotation> content = members.stream().filter(Comparison::isContent).toList();
        List<Annotation> chosen = content.isEmpty() ? members : content;
        Set<String> texts = new LinkedHashSet<>();
        chosen.forEach(a -> texts.add(a.getCoveredText() == null ? "" : a.getCoveredText()));
        return String.join(" … ", texts);
    }

    /** An attribution annotation covering what was said (not the reporting verb). */
    static boolean isContent(Annotation annotation) {
        return CodeMeanings.ATTRIBUTION.equals(CodeMeanings.layer(annotation)) && !CodeMeanings.isCue(annotation);
    }

    private static <T> T first(List<Annotation> members, List<Annotation> overlapping, Function<Annotation, T> value) {
        for (List<Annotation> list : List.of(members, overlapping)) {
            for (Annotation annotation : list) {
                T found = value.apply(annotation);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static <E extends Enum<E>> Map<E, Integer> tally(List<ComparisonCell> cells, Function<ComparisonCell, E> value) {
        Map<E, Integer> counts = new HashMap<>();
        for (ComparisonCell cell : cells) {
            E e = value.apply(cell);
            if (e != null) {
                counts.merge(e, 1, Integer::sum);
            }
        }
        return counts;
    }

    private static <E extends Enum<E>> E majority(List<ComparisonCell> cells, Function<ComparisonCell, E> value) {
        Map<E, Integer> counts = tally(cells, value);
        int best = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<E> top = counts.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey).toList();
        return top.size() == 1 ? top.get(0) : null;
    }

    private static <E extends Enum<E>> boolean tie(List<ComparisonCell> cells, Function<ComparisonCell, E> value) {
        Map<E, Integer> counts = tally(cells, value);
        return counts.size() > 1 && majority(cells, value) == null;
    }

    private static void count(OutletSummary summary, ComparisonCell cell) {
        if (cell.isOmission()) {
            summary.omissions++;
            return;
        }
        summary.statements++;
        if (cell.getSourceKind() != null) {
            summary.sourced++;
            if (cell.getSourceKind().isAnonymous()) {
                summary.anonymous++;
            }
        }
        if (cell.getVerbClass() != null) {
            summary.verbs.merge(cell.getVerbClass(), 1, Integer::sum);
        }
        if (cell.isDifferent()) {
            summary.differences++;
        }
    }

    private static List<ComparisonNote> placeNotes(AnnotationDocument document, List<ComparisonRow> rows) {
        Map<Annotation, ComparisonRow> rowOf = new IdentityHashMap<>();
        rows.forEach(r -> r.getAnnotations().forEach(a -> rowOf.put(a, r)));
        List<ComparisonNote> unplaced = new ArrayList<>();
        for (ComparisonNote note : document.getComparisonNotes()) {
            Map<ComparisonRow, Integer> shared = new LinkedHashMap<>();
            for (Annotation annotation : note.getAnnotations()) {
                ComparisonRow row = rowOf.get(annotation);
                if (row != null) {
                    shared.merge(row, 1, Integer::sum);
                }
            }
            ComparisonRow best = null;
            int bestCount = 0;
            for (ComparisonRow row : rows) {
                int count = shared.getOrDefault(row, 0);
                if (count > bestCount) {
                    best = row;
                    bestCount = count;
                }
            }
            if (best == null) {
                unplaced.add(note);
            } else {
                best.notes.add(note);
            }
        }
        return unplaced;
    }

    /** Counts per verb class over all outlets (for a total line). */
    public Map<VerbClass, Integer> verbTotals() {
        Map<VerbClass, Integer> totals = new EnumMap<>(VerbClass.class);
        summaries.forEach(s -> s.getVerbs().forEach((k, v) -> totals.merge(k, v, Integer::sum)));
        return totals;
    }
}
