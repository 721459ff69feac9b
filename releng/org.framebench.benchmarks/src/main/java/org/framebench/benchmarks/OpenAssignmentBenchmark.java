package org.framebench.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.framebench.core.assignment.ArticleDetails;
import org.framebench.core.assignment.AssignmentFiles;
import org.framebench.core.assignment.Assignments;
import org.framebench.core.codebook.BuiltInCodebook;
import org.framebench.core.document.Documents;
import org.framebench.model.Assignment;
import org.framebench.model.Role;

/**
 * Issue 13's goal: a handed-out {@code .fbassign} with 8 articles opens in under 1 s. This measures the part of
 * opening that does not draw: read and check the file (XML, format version, every article's digest) and start a
 * new student document for it, cold (a fresh JVM, as when a student double-clicks the file) and warm. The drawn
 * part (window, then eight articles painted) is {@code StartBenchmark}'s last line.
 * <p>
 * {@code ./mvnw -f releng/org.framebench.benchmarks -q compile exec:exec -Dbenchmark=OpenAssignmentBenchmark}
 */
public final class OpenAssignmentBenchmark {

    /** Words per article: a long feature, more than any of the four bundled reports (400–700 words). */
    static final int WORDS_PER_ARTICLE = 2_500;

    private OpenAssignmentBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--once")) {
            long t0 = System.nanoTime();
            Assignment loaded = AssignmentFiles.load(Path.of(args[1]));
            Documents.newDocument(loaded, Role.STUDENT);
            System.out.printf("%.1f %d%n", (System.nanoTime() - t0) / 1e6, loaded.getArticles().size());
            return;
        }
        Path file = Files.createTempDirectory("framebench-open").resolve("eight.fbassign");
        Assignment assignment = eightArticles();
        AssignmentFiles.save(assignment, file);
        System.out.printf("assignment: %d articles of %,d words, file %,d KB%n", assignment.getArticles().size(),
                WORDS_PER_ARTICLE, Files.size(file) / 1024);

        List<String> cold = new ArrayList<>();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    OpenAssignmentBenchmark.class.getName(), "--once", file.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            p.waitFor();
            double wall = (System.nanoTime() - t0) / 1e6;
            cold.add(String.format("%s ms to read, check and start a document (%.0f ms JVM start to exit)",
                    out.split(" ")[0], wall));
        }
        System.out.println("OPEN ASSIGNMENT cold (fresh JVM, goal < 1 s): " + String.join("; ", cold) + "; load average "
                + GradeEndToEndBenchmark.loadAverage());
        double warm = Measure.medianMillis(3, 9, () -> Documents.newDocument(AssignmentFiles.load(file), Role.STUDENT));
        System.out.printf("OPEN ASSIGNMENT warm (goal < 1 s): median %.1f ms; load average %s%n", warm,
                GradeEndToEndBenchmark.loadAverage());
        GradeBenchmark.deleteAll(file.getParent());
    }

    /** Eight long articles made of the bundled reports' sentences, one of them in Arabic script. */
    static Assignment eightArticles() throws Exception {
        Path corpus = Path.of("../../corpus").toAbsolutePath().normalize();
        List<String> sources = new ArrayList<>();
        try (var files = Files.list(corpus)) {
            files.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(f -> {
                try {
                    sources.add(Files.readString(f));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        sources.add("التقى مسؤولون أمريكيون بممثلين عن الحكومة الليبية في تونس، وقال مسؤول إن الرسالة كانت واضحة.\n\n");
        Assignment assignment = Assignments.create("Eight reports", "Compare the eight reports.", BuiltInCodebook.load());
        for (int a = 0; a < 8; a++) {
            // Seven from the four English reports, the last in Arabic script (right to left).
            String source = a == 7 ? sources.get(sources.size() - 1) : sources.get(a % (sources.size() - 1));
            StringBuilder text = new StringBuilder();
            while (Assignments.wordCount(text.toString()) < WORDS_PER_ARTICLE) {
                text.append(source).append("\n\n");
            }
            Assignments.addArticle(assignment, new ArticleDetails("Outlet " + (a + 1), "Report " + (a + 1),
                    "Headline of report " + (a + 1), null, "2011-07-18", null, null), text.toString().strip());
        }
        return assignment;
    }
}
