package org.framebench.benchmarks;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.framebench.core.text.ArticleUpdate;
import org.framebench.core.text.ArticleUpdateReport;
import org.framebench.core.text.Digests;
import org.framebench.core.text.Placement;
import org.framebench.core.text.Placement.Outcome;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.Assignment;

/**
 * Re-anchoring 10,000 annotations on a 50,000-word article after its text changed, as on opening a
 * file whose article differs from the assignment's. Two edits: a sentence inserted near the start (the
 * common case), and a harder one: 20 sentences inserted throughout and every straight apostrophe made
 * typographic (so many annotations need the tolerant search).
 * Run: ./mvnw -f releng/org.framebench.benchmarks -q compile exec:exec -Dbenchmark=ReanchorBenchmark
 */
public final class ReanchorBenchmark {

    private static final int WARMUPS = 3;
    private static final int RUNS = 7;
    private static final String SENTENCE = "This paragraph was added by the editor after publication. ";

    public static void main(String[] args) throws Exception {
        AnnotationDocument original = SyntheticDocuments.largeArticle(50_000, 10_000, 42);
        run(original, "insert near the start", text -> new Edit(
                text.substring(0, 120) + SENTENCE + text.substring(120), new int[] { 120 }));
        run(original, "20 inserts + curly apostrophes", text -> {
            StringBuilder changed = new StringBuilder(text.replace('\'', '’'));
            int[] points = new int[20];
            // From the end backwards, so each point is still an offset of the original text.
            for (int i = 20; i >= 1; i--) {
                int at = changed.indexOf(" ", changed.length() * i / 21) + 1;
                changed.insert(at, SENTENCE);
                points[i - 1] = at;
            }
            return new Edit(changed.toString(), points);
        });
    }

    /** An edited text and where SENTENCE was inserted (offsets of the original text, ascending). */
    private record Edit(String text, int[] insertedAt) {

        /** Where the character at {@code offset} of the original text is in the edited text. */
        int moved(int offset) {
            int shift = 0;
            for (int point : insertedAt) {
                if (point <= offset) {
                    shift += SENTENCE.length();
                }
            }
            return offset + shift;
        }
    }

    private static void run(AnnotationDocument original, String name, Function<String, Edit> editing) {
        Assignment current = EcoreUtil.copy(original.getAssignment());
        Article article = current.getArticles().get(0);
        Edit edit = editing.apply(article.getText());
        article.setText(edit.text());
        article.setSha256(Digests.sha256(article.getText()));
        double[] times = new double[RUNS];
        double first = 0;
        ArticleUpdateReport report = null;
        for (int i = 0; i < WARMUPS + RUNS; i++) {
            AnnotationDocument document = EcoreUtil.copy(original);
            long start = System.nanoTime();
            report = ArticleUpdate.apply(document, current);
            double millis = (System.nanoTime() - start) / 1e6;
            if (i == 0) {
                first = millis;
            }
            if (i >= WARMUPS) {
                times[i - WARMUPS] = millis;
            }
        }
        Arrays.sort(times);
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        int misplaced = 0;
        for (Placement placement : report.placements()) {
            outcomes.merge(placement.outcome(), 1, Integer::sum);
            // Every placed annotation must be where its words went. At an insertion point one edge may
            // legitimately differ: the inserted sentence ends in ". ", so a span starting with ". " or " "
            // just before the point is found again, equal, at the sentence's end, with its last word right.
            if (placement.outcome() != Outcome.UNPLACED && placement.newBegin() != edit.moved(placement.oldBegin())
                    && placement.newEnd() - 1 != edit.moved(placement.oldEnd() - 1)) {
                misplaced++;
            }
        }
        // The first run is what opening one file costs in a fresh program (code not yet compiled).
        System.out.printf("re-anchor, %s: first run %.1f ms, then median %.1f ms over %d runs "
                + "(%,d annotations on %,d characters): %s%n", name, first, times[RUNS / 2], RUNS,
                report.placements().size(), article.getText().length(), outcomes);
        System.out.printf("    placed where neither its first nor its last character went: %d%n", misplaced);
    }
}
