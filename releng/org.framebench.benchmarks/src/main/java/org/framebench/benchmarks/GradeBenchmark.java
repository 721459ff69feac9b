package org.framebench.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.framebench.core.codebook.Codebooks;
import org.framebench.core.corpus.CorpusLoader;
import org.framebench.core.document.DocumentStore;
import org.framebench.core.document.Documents;
import org.framebench.core.text.TextAnchors;
import org.framebench.export.gradebook.GradeBook;
import org.framebench.grading.ClassGrading;
import org.framebench.grading.ClassSubmissions;
import org.framebench.grading.ClassReport;
import org.framebench.grading.scoring.ScoringOptions;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.Assignment;
import org.framebench.model.Code;
import org.framebench.model.FramebenchFactory;
import org.framebench.model.Link;
import org.framebench.model.LinkKind;
import org.framebench.model.Role;

/**
 * Issue 5's speed goal: a class of 300 students × 4 articles × 100 annotations (plus a key) is loaded,
 * scored, compared (agreement) and exported as a grade book in under 10 s with a peak heap under 1 GB.
 * The class is first written as real .fbench files to a temporary folder (not timed).
 * <pre>./mvnw -f releng/org.framebench.benchmarks -q compile exec:exec -Dbenchmark=GradeBenchmark -Dbenchmark.heap=1g</pre>
 * Optional arguments: students, annotations per article.
 */
public final class GradeBenchmark {

    public static void main(String[] args) throws Exception {
        int students = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int perArticle = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        Path folder = Files.createTempDirectory("framebench-grade-bench");
        Path keyFile = Files.createTempDirectory("framebench-grade-key").resolve("key.fbench");
        Path out = Files.createTempDirectory("framebench-grade-out").resolve("grades.xlsx");
        Assignment assignment = CorpusLoader.loadDefault();
        Random random = new Random(5);
        AnnotationDocument key = key(assignment, perArticle, random);
        DocumentStore.save(key, keyFile);
        for (int s = 0; s < students; s++) {
            DocumentStore.save(student(key, s, perArticle, random), folder.resolve(String.format("student-%03d.fbench", s)));
        }
        long bytes;
        try (Stream<Path> files = Files.list(folder)) {
            bytes = files.mapToLong(p -> p.toFile().length()).sum();
        }
        System.out.printf("class: %d students × %d articles × %d annotations, %,d KB of .fbench files%n", students,
                assignment.getArticles().size(), perArticle, bytes / 1024);

        Measure.resetPeakHeap();
        long start = System.nanoTime();
        ClassReport report = gradeAndExport(folder, keyFile, out);
        double cold = (System.nanoTime() - start) / 1e6;
        double coldPeak = Measure.peakHeapMegabytes();
        System.out.printf("graded %d students; total score of the first %.1f; grade book %,d KB%n", report.scores().size(),
                report.scores().get(0).score().total(), Files.size(out) / 1024);
        System.out.printf("first run (cold JVM):  %.0f ms, peak heap %.0f MB%n", cold, coldPeak);
        Measure.resetPeakHeap();
        double warm = Measure.medianMillis(1, 3, () -> gradeAndExport(folder, keyFile, out));
        System.out.printf("warm runs, median:      %.0f ms, peak heap %.0f MB (goal < 10,000 ms, < 1,024 MB)%n", warm,
                Measure.peakHeapMegabytes());
        System.out.printf("max heap allowed: %.0f MB%n", Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0));
        // The floor for reading the files: a bare SAX parse of each, one after another, warm.
        GradeEndToEndBenchmark.bareSax(folder);
        double sax = Measure.medianMillis(1, 3, () -> GradeEndToEndBenchmark.bareSax(folder));
        double load = Measure.medianMillis(1, 3, () -> ClassSubmissions.load(folder, keyFile));
        System.out.printf("loading the class, warm: %.0f ms = %.1f × a bare SAX parse of the same files (%.0f ms); "
                + "goal ≤ 2 ×%n", load, load / sax, sax);
        deleteAll(folder);
        deleteAll(keyFile.getParent());
        deleteAll(out.getParent());
    }

    /** The timed work: load + score + agreement (in ClassGrading.grade) + grade book export. */
    private static ClassReport gradeAndExport(Path folder, Path keyFile, Path out) throws Exception {
        long start = System.nanoTime();
        long startCpu = cpuNanos();
        ClassSubmissions submissions = ClassSubmissions.load(folder, keyFile);
        long loaded = System.nanoTime();
        long loadedCpu = cpuNanos();
        ClassReport report = ClassGrading.grade(submissions, new ScoringOptions(), null);
        long graded = System.nanoTime();
        long gradedCpu = cpuNanos();
        new GradeBook(report).export(out);
        long exported = System.nanoTime();
        long exportedCpu = cpuNanos();
        // CPU time beside wall time: on a busy machine the CPU figure still compares two versions fairly.
        System.out.printf("  load %.0f ms (cpu %.0f), score + agreement %.0f ms (cpu %.0f), grade book %.0f ms (cpu %.0f)%n",
                (loaded - start) / 1e6, (loadedCpu - startCpu) / 1e6, (graded - loaded) / 1e6,
                (gradedCpu - loadedCpu) / 1e6, (exported - graded) / 1e6, (exportedCpu - gradedCpu) / 1e6);
        return report;
    }

    /** CPU time of the whole process (all threads, the collector's too). */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static AnnotationDocument key(Assignment assignment, int perArticle, Random random) {
        AnnotationDocument key = Documents.newDocument(assignment, Role.KEY);
        key.setAnnotatorName("Instructor");
        key.setAnnotatorId("key");
        List<Code> codes = Codebooks.allCodes(key.getAssignment().getCodebook());
        for (Article article : key.getAssignment().getArticles()) {
            int length = article.getText().length();
            for (int i = 0; i < perArticle; i++) {
                int begin = random.nextInt(length - 120);
                add(key, article, codes.get(random.nextInt(codes.size())), begin, begin + 10 + random.nextInt(100));
            }
        }
        for (int i = 0; i + 1 < key.getAnnotations().size() && i < 40; i += 2) {
            link(key, key.getAnnotations().get(i), key.getAnnotations().get(i + 1));
        }
        return key;
    }

    /** Most key annotations found (shifted a little), some with another code, some missed, the rest extra. */
    static AnnotationDocument student(AnnotationDocument key, int index, int perArticle, Random random) {
        AnnotationDocument student = Documents.newDocument(key.getAssignment(), Role.STUDENT);
        student.setRole(Role.STUDENT);
        student.setAnnotatorName("Student " + index);
        student.setAnnotatorId("s" + index);
        List<Code> codes = Codebooks.allCodes(student.getAssignment().getCodebook());
        List<Annotation> copies = new ArrayList<>();
        for (Article article : student.getAssignment().getArticles()) {
            int length = article.getText().length();
            int made = 0;
            for (Annotation k : key.getAnnotations()) {
                if (!k.getArticle().getId().equals(article.getId()) || random.nextDouble() > 0.8) {
                    continue;
                }
                int begin = Math.max(0, k.getBegin() + random.nextInt(11) - 5);
                int end = Math.min(length, Math.max(begin + 1, k.getEnd() + random.nextInt(11) - 5));
                Code code = random.nextDouble() < 0.9 ? Codebooks.findById(student.getAssignment().getCodebook(),
                        k.getCode().getId()).orElseThrow() : codes.get(random.nextInt(codes.size()));
                copies.add(add(student, article, code, begin, end));
                made++;
            }
            for (; made < perArticle; made++) {
                int begin = random.nextInt(length - 120);
                add(student, article, codes.get(random.nextInt(codes.size())), begin, begin + 10 + random.nextInt(100));
            }
        }
        for (int i = 0; i + 1 < copies.size() && i < 30; i += 2) {
            link(student, copies.get(i), copies.get(i + 1));
        }
        return student;
    }

    private static Annotation add(AnnotationDocument document, Article article, Code code, int begin, int end) {
        Annotation annotation = FramebenchFactory.eINSTANCE.createAnnotation();
        annotation.setId(Documents.newId());
        TextAnchors.anchor(annotation, article, begin, end);
        annotation.setCode(code);
        document.getAnnotations().add(annotation);
        return annotation;
    }

    private static void link(AnnotationDocument document, Annotation source, Annotation target) {
        Link link = FramebenchFactory.eINSTANCE.createLink();
        link.setId(Documents.newId());
        link.setSource(source);
        link.setTarget(target);
        link.setKind(LinkKind.SAME_SOURCE);
        document.getLinks().add(link);
    }

    static void deleteAll(Path folder) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
