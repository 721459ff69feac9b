package org.framebench.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.framebench.core.corpus.CorpusLoader;
import org.framebench.core.document.DocumentStore;
import org.framebench.grading.ClassSubmissions;
import org.framebench.grading.Submission;
import org.framebench.grading.key.DraftKey;
import org.framebench.grading.scoring.Scorer;
import org.framebench.grading.scoring.ScoringOptions;
import org.framebench.grading.scoring.StudentScore;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Assignment;

/**
 * Issue 9's goal for drafting a key from a class: 300 students × 4 articles × 100 annotations (generated as
 * {@link GradeBenchmark} does: most of a hidden key's annotations found, shifted a little, some with another
 * code, the rest random) drafted at share 0.5 in under 5 s. Times the draft alone (documents in memory) and
 * load + draft (the class folder read as the Class view and {@code framebench key --draft-from} read it);
 * prints how well the draft recovers the hidden key (its F1 against it).
 * <pre>./mvnw -f releng/org.framebench.benchmarks -q compile exec:exec -Dbenchmark=DraftKeyBenchmark -Dbenchmark.heap=1g</pre>
 * Optional arguments: students, annotations per article.
 */
public final class DraftKeyBenchmark {

    public static void main(String[] args) throws Exception {
        int students = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int perArticle = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        Path folder = Files.createTempDirectory("framebench-draft-bench");
        Assignment assignment = CorpusLoader.loadDefault();
        Random random = new Random(5);
        AnnotationDocument hidden = GradeBenchmark.key(assignment, perArticle, random);
        List<AnnotationDocument> documents = new ArrayList<>();
        for (int s = 0; s < students; s++) {
            AnnotationDocument student = GradeBenchmark.student(hidden, s, perArticle, random);
            documents.add(student);
            DocumentStore.save(student, folder.resolve(String.format("student-%03d.fbench", s)));
        }
        int annotations = documents.stream().mapToInt(d -> d.getAnnotations().size()).sum();
        System.out.printf("class: %d students × %d articles × %d annotations (%,d annotations)%n", students,
                assignment.getArticles().size(), perArticle, annotations);

        DraftKey drafter = new DraftKey(DraftKey.DEFAULT_MIN_SHARE, ScoringOptions.DEFAULT_THRESHOLD, true);
        Measure.resetPeakHeap();
        long start = System.nanoTime();
        DraftKey.Result result = drafter.draft(documents, "Instructor");
        double cold = (System.nanoTime() - start) / 1e6;
        StudentScore recovered = new Scorer(new ScoringOptions()).score(result.key(), hidden);
        System.out.printf("draft: %d annotations, %d links; against the hidden key (%d annotations): F1 %.3f%n",
                result.key().getAnnotations().size(), result.key().getLinks().size(), hidden.getAnnotations().size(),
                recovered.overall().f1());
        System.out.printf("draft alone, first run (cold JVM): %.0f ms%n", cold);
        double warm = Measure.medianMillis(1, 5, () -> drafter.draft(documents, "Instructor"));
        System.out.printf("draft alone, warm median:          %.0f ms (goal < 5,000 ms)%n", warm);
        double loadAndDraft = Measure.medianMillis(0, 3, () -> {
            List<AnnotationDocument> loaded = ClassSubmissions.load(folder, null).gradable().stream()
                    .map(Submission::document).toList();
            return drafter.draft(loaded, "Instructor");
        });
        System.out.printf("load the folder + draft, median:   %.0f ms, peak heap %.0f MB%n", loadAndDraft,
                Measure.peakHeapMegabytes());
        GradeBenchmark.deleteAll(folder);
    }
}
