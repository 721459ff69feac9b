package org.framebench.grading.agreement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.Assignment;
import org.framebench.model.Code;
import org.framebench.model.Layer;

/**
 * Agreement among a class's students, code by code and layer by layer, with the articles laid end to end as
 * one character continuum:
 * <ul>
 * <li>Krippendorff's unitizing alpha on the characters (per code; per layer and overall combined over the
 * codes, see {@link UnitizingAlpha#combined});</li>
 * <li>Fleiss' kappa and Krippendorff's nominal alpha on every (character, code) cell marked or not;</li>
 * <li>per student, Cohen's kappa with the key on the same cells;</li>
 * <li>per pair of students, Cohen's kappa of the two on the same cells ({@link #pairwiseKappa}), for classes
 * of at most {@link #PAIRWISE_LIMIT} students.</li>
 * </ul>
 */
public final class ClassAgreement {

    /** Agreement on one code. */
    public record CodeAgreement(String codeId, String layerId, UnitizingAlpha.Result unitizing, double fleissKappa,
            double krippendorffAlpha) {
    }

    /** Agreement on one layer (or, with layer id {@code "overall"}, on every code). */
    public record LayerAgreement(String layerId, double unitizingAlpha, double fleissKappa, double krippendorffAlpha) {
    }

    /**
     * Largest class whose pairwise matrix is computed: n² cells (250,000 here) are still a sheet a spreadsheet
     * opens; beyond, the matrix is left out (and the grade book says so).
     */
    public static final int PAIRWISE_LIMIT = 500;

    private final int coders;
    private final List<CodeAgreement> codes;
    private final List<LayerAgreement> layers;
    private final double[] kappaWithKey;
    /** What the pairwise matrix is made from, kept until it is first asked for (the grade book asks; re-scoring as
     *  the instructor types scoring options does not). */
    private List<Marks> studentSpans;
    private final List<Code> allCodes;
    private final long cells;
    private double[][] pairwise;

    private ClassAgreement(int coders, List<CodeAgreement> codes, List<LayerAgreement> layers, double[] kappaWithKey,
            List<Marks> studentSpans, List<Code> allCodes, long cells) {
        this.coders = coders;
        this.codes = codes;
        this.layers = layers;
        this.kappaWithKey = kappaWithKey;
        this.studentSpans = coders > PAIRWISE_LIMIT ? null : studentSpans;
        this.allCodes = allCodes;
        this.cells = cells;
    }

    /**
     * What agreement needs of one document, in a few kilobytes: per code id, the stretches of the continuum
     * (the articles' bodies end to end) it marked, merged and in order, as {@code [b0, e0, b1, e1, …]}. A class
     * graded as a stream keeps these and lets the documents go.
     */
    public static final class Marks {
        private final Map<String, int[]> byCode;

        private Marks(Map<String, int[]> byCode) {
            this.byCode = byCode;
        }

        /** The spans of {@code codeId}, as {@link UnitizingAlpha.Span}s (a new list). */
        List<UnitizingAlpha.Span> spans(String codeId) {
            int[] flat = byCode.get(codeId);
            if (flat == null) {
                return List.of();
            }
            List<UnitizingAlpha.Span> spans = new ArrayList<>(flat.length / 2);
            for (int i = 0; i < flat.length; i += 2) {
                spans.add(new UnitizingAlpha.Span(flat[i], flat[i + 1]));
            }
            return spans;
        }

        int[] flat(String codeId) {
            return byCode.getOrDefault(codeId, new int[0]);
        }
    }

    /** {@code document}'s {@link Marks} on {@code assignment}'s articles (matched by id). */
    public static Marks marksOf(AnnotationDocument document, Assignment assignment) {
        List<Article> articles = assignment.getArticles();
        long[] offsets = new long[articles.size()];
        long continuum = 0;
        Map<String, Integer> articleIndex = new HashMap<>();
        for (int a = 0; a < articles.size(); a++) {
            offsets[a] = continuum;
            continuum += articles.get(a).getText().length();
            articleIndex.put(articles.get(a).getId(), a);
        }
        Map<String, List<UnitizingAlpha.Span>> spans = spansByCode(document, articles, articleIndex, offsets);
        Map<String, int[]> byCode = new HashMap<>();
        spans.forEach((code, list) -> {
            int[] flat = new int[list.size() * 2];
            for (int i = 0; i < list.size(); i++) {
                flat[2 * i] = Math.toIntExact(list.get(i).begin());
                flat[2 * i + 1] = Math.toIntExact(list.get(i).end());
            }
            byCode.put(code, flat);
        });
        return new Marks(byCode);
    }

    /**
     * Computes agreement among {@code students} on {@code assignment}'s articles and codebook (codes and
     * articles matched by id); with a {@code key}, also each student's kappa with it.
     */
    public static ClassAgreement compute(List<AnnotationDocument> students, AnnotationDocument key, Assignment assignment) {
        // One pass over each document's annotations gives its spans of every code (not one pass per code and
        // article), on all cores.
        List<Marks> studentMarks = students.parallelStream().map(student -> marksOf(student, assignment)).toList();
        return fromMarks(studentMarks, key == null ? null : marksOf(key, assignment), assignment);
    }

    /**
     * As {@link #compute(List, AnnotationDocument, Assignment)}, from the students' and the key's
     * {@link Marks} (made with {@link #marksOf} on the same assignment): what a class graded as a stream keeps.
     *
     * @param keySpans the key's, or {@code null} without a key
     */
    public static ClassAgreement fromMarks(List<Marks> studentSpans, Marks keySpans, Assignment assignment) {
        List<Article> articles = assignment.getArticles();
        long continuum = 0;
        for (int a = 0; a < articles.size(); a++) {
            continuum += articles.get(a).getText().length();
        }
        int cells = (int) continuum;
        int studentCount = studentSpans.size();
        List<CodeAgreement> codeResults = new ArrayList<>();
        List<LayerAgreement> layerResults = new ArrayList<>();
        double[] kappa = new double[studentCount];
        long[][] kappaCells = new long[studentCount][4];
        List<UnitizingAlpha.Result> all = new ArrayList<>();
        List<int[]> allMarked = new ArrayList<>();
        List<Code> allCodes = new ArrayList<>();
        for (Layer layer : assignment.getCodebook().getLayers()) {
            allCodes.addAll(layer.getCodes());
        }
        // Codes are independent: computed on all cores, each with its own kappa cell counts.
        CodeData[] perCode = new CodeData[allCodes.size()];
        final long length = continuum;
        IntStream.range(0, allCodes.size()).parallel().forEach(i -> perCode[i] = codeData(allCodes.get(i).getId(),
                studentSpans, keySpans, cells, length));
        int index = 0;
        for (Layer layer : assignment.getCodebook().getLayers()) {
            List<UnitizingAlpha.Result> inLayer = new ArrayList<>();
            List<int[]> layerMarked = new ArrayList<>();
            for (Code code : layer.getCodes()) {
                CodeData data = perCode[index++];
                codeResults.add(new CodeAgreement(code.getId(), layer.getId(), data.unitizing,
                        FleissKappa.binary(studentCount, data.marked), binaryAlpha(studentCount, data.marked)));
                inLayer.add(data.unitizing);
                layerMarked.add(data.marked);
                for (int s = 0; s < studentCount; s++) {
                    for (int c = 0; c < 4; c++) {
                        kappaCells[s][c] += data.kappaCells[s][c];
                    }
                }
            }
            all.addAll(inLayer);
            allMarked.addAll(layerMarked);
            int[] joined = concat(layerMarked);
            layerResults.add(new LayerAgreement(layer.getId(), UnitizingAlpha.combined(inLayer),
                    FleissKappa.binary(studentCount, joined), binaryAlpha(studentCount, joined)));
        }
        int[] joined = concat(allMarked);
        layerResults.add(new LayerAgreement("overall", UnitizingAlpha.combined(all),
                FleissKappa.binary(studentCount, joined), binaryAlpha(studentCount, joined)));
        for (int s = 0; s < studentCount; s++) {
            long[] t = kappaCells[s];
            kappa[s] = keySpans == null ? Double.NaN : CohenKappa.binary(t[0], t[1], t[2], t[3]);
        }
        return new ClassAgreement(studentCount, codeResults, layerResults, kappa, studentSpans, allCodes,
                continuum * allCodes.size());
    }

    /**
     * Cohen's kappa of every pair of students over every (character, code) cell: the cells both marked are
     * the overlap of their merged spans of that code, found by walking the two sorted lists (no cell array),
     * so a pair costs the number of their spans. Rows are computed on all cores.
     */
    private static double[][] pairwise(List<Marks> studentSpans, List<Code> codes, long cells) {
        int n = studentSpans.size();
        // Per student and code, the spans as one flat array [b0, e0, b1, e1, …], and the cells marked.
        long[][][] spans = new long[n][codes.size()][];
        long[] marked = new long[n];
        for (int s = 0; s < n; s++) {
            for (int c = 0; c < codes.size(); c++) {
                int[] list = studentSpans.get(s).flat(codes.get(c).getId());
                long[] flat = new long[list.length];
                for (int i = 0; i < list.length; i += 2) {
                    flat[i] = list[i];
                    flat[i + 1] = list[i + 1];
                    marked[s] += list[i + 1] - list[i];
                }
                spans[s][c] = flat;
            }
        }
        double[][] matrix = new double[n][n];
        IntStream.range(0, n).parallel().forEach(a -> {
            matrix[a][a] = 1;
            for (int b = a + 1; b < n; b++) {
                long both = 0;
                for (int c = 0; c < codes.size(); c++) {
                    both += overlap(spans[a][c], spans[b][c]);
                }
                double kappa = CohenKappa.binary(both, marked[a] - both, marked[b] - both,
                        cells - marked[a] - marked[b] + both);
                matrix[a][b] = kappa;
            }
        });
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < a; b++) {
                matrix[a][b] = matrix[b][a];
            }
        }
        return matrix;
    }

    /** Characters two sorted lists of disjoint spans ({@code [b0, e0, b1, e1, …]}) both cover. */
    static long overlap(long[] first, long[] second) {
        long both = 0;
        int i = 0;
        int j = 0;
        while (i < first.length && j < second.length) {
            long begin = Math.max(first[i], second[j]);
            long end = Math.min(first[i + 1], second[j + 1]);
            if (end > begin) {
                both += end - begin;
            }
            if (first[i + 1] < second[j + 1]) {
                i += 2;
            } else {
                j += 2;
            }
        }
        return both;
    }

    private record CodeData(UnitizingAlpha.Result unitizing, int[] marked, long[][] kappaCells) {
    }

    private static CodeData codeData(String codeId, List<Marks> studentSpans, Marks keySpans, int cells, long continuum) {
        int students = studentSpans.size();
        List<List<UnitizingAlpha.Span>> units = new ArrayList<>(students);
        int[] marked = new int[cells];
        long[][] kappaCells = new long[students][4];
        boolean[] keyMarks = keySpans == null ? null : marks(keySpans.spans(codeId), cells);
        long keyMarked = keyMarks == null ? 0 : countTrue(keyMarks);
        for (int s = 0; s < students; s++) {
            List<UnitizingAlpha.Span> spans = studentSpans.get(s).spans(codeId);
            units.add(spans);
            for (UnitizingAlpha.Span span : spans) {
                for (long c = span.begin(); c < span.end(); c++) {
                    marked[(int) c]++;
                }
            }
            if (keyMarks != null) {
                tally(spans, keyMarks, keyMarked, kappaCells[s]);
            }
        }
        UnitizingAlpha.Result unitizing = students < 2 ? new UnitizingAlpha.Result(Double.NaN, Double.NaN)
                : UnitizingAlpha.forCategory(0, Math.max(1, continuum), units);
        return new CodeData(unitizing, marked, kappaCells);
    }

    /** Counts (student∧key, student only, key only, neither) over the cells of one code. */
    private static void tally(List<UnitizingAlpha.Span> spans, boolean[] keyMarks, long keyMarked, long[] cells) {
        long studentMarked = 0;
        long both = 0;
        for (UnitizingAlpha.Span span : spans) {
            for (long c = span.begin(); c < span.end(); c++) {
                studentMarked++;
                if (keyMarks[(int) c]) {
                    both++;
                }
            }
        }
        cells[0] += both;
        cells[1] += studentMarked - both;
        cells[2] += keyMarked - both;
        cells[3] += keyMarks.length - studentMarked - keyMarked + both;
    }

    private static long countTrue(boolean[] marks) {
        long count = 0;
        for (boolean mark : marks) {
            if (mark) {
                count++;
            }
        }
        return count;
    }

    private static double binaryAlpha(int coders, int[] marked) {
        int[] values = new int[marked.length];
        java.util.Arrays.fill(values, coders);
        return KrippendorffAlpha.nominalBinary(values, marked);
    }

    /**
     * Per code id, the stretches of the continuum {@code document} marked with it: clipped to their article,
     * merged where they overlap, in continuum order (articles laid end to end at {@code offsets}).
     */
    private static Map<String, List<UnitizingAlpha.Span>> spansByCode(AnnotationDocument document,
            List<Article> articles, Map<String, Integer> articleIndex, long[] offsets) {
        Map<String, List<UnitizingAlpha.Span>> spans = new HashMap<>();
        for (Annotation annotation : document.getAnnotations()) {
            Integer a = annotation.getArticle() == null ? null : articleIndex.get(annotation.getArticle().getId());
            if (a == null || annotation.getCode() == null) {
                continue;
            }
            // The continuum is the articles' bodies: headline annotations are not on it.
            UnitizingAlpha.Span span = Coverage.bodySpan(annotation, articles.get(a).getText().length());
            if (span != null) {
                spans.computeIfAbsent(annotation.getCode().getId(), id -> new ArrayList<>())
                        .add(new UnitizingAlpha.Span(span.begin() + offsets[a], span.end() + offsets[a]));
            }
        }
        spans.replaceAll((code, list) -> Coverage.merge(list));
        return spans;
    }

    private static boolean[] marks(List<UnitizingAlpha.Span> spans, int cells) {
        boolean[] marks = new boolean[cells];
        for (UnitizingAlpha.Span span : spans) {
            for (long c = span.begin(); c < span.end(); c++) {
                marks[(int) c] = true;
            }
        }
        return marks;
    }

    private static int[] concat(List<int[]> arrays) {
        int length = 0;
        for (int[] array : arrays) {
            length += array.length;
        }
        int[] joined = new int[length];
        int at = 0;
        for (int[] array : arrays) {
            System.arraycopy(array, 0, joined, at, array.length);
            at += array.length;
        }
        return joined;
    }

    /** Number of students compared. */
    public int coders() {
        return coders;
    }

    /** Per code, in codebook order. */
    public List<CodeAgreement> codes() {
        return Collections.unmodifiableList(codes);
    }

    /** Per layer in codebook order, then {@code "overall"}. */
    public List<LayerAgreement> layers() {
        return Collections.unmodifiableList(layers);
    }

    /** The layer (or {@code "overall"}) with that id. */
    public LayerAgreement layer(String layerId) {
        return layers.stream().filter(l -> l.layerId().equals(layerId)).findFirst().orElse(null);
    }

    /** Cohen's kappa of student {@code index} (in the order given) with the key; {@code NaN} without a key. */
    public double kappaWithKey(int index) {
        return kappaWithKey[index];
    }

    /**
     * Cohen's kappa of students {@code a} and {@code b} (in the order given) over every (character, code)
     * cell; 1 for a student with themself, {@code NaN} when it is undefined (neither marked anything).
     *
     * @throws IllegalStateException when the class is larger than {@link #PAIRWISE_LIMIT} (see {@link #hasPairwise})
     */
    public double pairwiseKappa(int a, int b) {
        return pairwise()[a][b];
    }

    /** The whole matrix, computed on first use (then kept). */
    private synchronized double[][] pairwise() {
        if (pairwise == null) {
            if (studentSpans == null) {
                throw new IllegalStateException("the pairwise matrix is computed for at most " + PAIRWISE_LIMIT + " students");
            }
            pairwise = pairwise(studentSpans, allCodes, cells);
            studentSpans = null;
        }
        return pairwise;
    }

    /** Whether {@link #pairwiseKappa} is there (the class has at most {@link #PAIRWISE_LIMIT} students). */
    public boolean hasPairwise() {
        return coders <= PAIRWISE_LIMIT;
    }

    /** Per layer id, the layer's values, for tables. */
    public Map<String, LayerAgreement> layersById() {
        Map<String, LayerAgreement> map = new LinkedHashMap<>();
        layers.forEach(l -> map.put(l.layerId(), l));
        return map;
    }
}
