package org.framebench.benchmarks;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.framebench.core.corpus.CorpusLoader;
import org.framebench.core.document.DocumentStore;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Assignment;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What an instructor waits for: {@code framebench grade} on the built launcher, process start to exit, for
 * classes of several sizes, beside a bare SAX parse of the same files (the floor for reading them). The
 * launcher's peak memory is read from {@code /proc/PID/status} (VmHWM) while it runs.
 * <p>
 * Build the product first ({@code ./mvnw -B -DskipTests clean verify}); the launcher is taken from
 * {@code releng/org.framebench.product/target/...} unless {@code -Dframebench.launcher=PATH} names another.
 * Arguments: class sizes (default 30 100 300 1000), then {@code --per-article N} (default 100), and
 * {@code --keep} to leave the generated classes on disk (the folder is printed).
 * Goals (issue 9): 300 students under 5 s, 1,000 under 12 s, peak under 1 GB.
 */
public final class GradeEndToEndBenchmark {

    private GradeEndToEndBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        int perArticle = 100;
        boolean keep = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--keep")) {
                keep = true;
            } else if (args[i].equals("--per-article")) {
                perArticle = Integer.parseInt(args[++i]);
            } else {
                sizes.add(Integer.parseInt(args[i]));
            }
        }
        if (sizes.isEmpty()) {
            sizes.addAll(List.of(30, 100, 300, 1000));
        }
        Path launcher = Path.of(System.getProperty("framebench.launcher",
                "../org.framebench.product/target/products/org.framebench.product/linux/gtk/x86_64/framebench"));
        if (!Files.isExecutable(launcher)) {
            System.err.println("No launcher at " + launcher.toAbsolutePath() + ": build the product first "
                    + "(./mvnw -B -DskipTests clean verify) or give -Dframebench.launcher=PATH.");
            System.exit(2);
        }
        Assignment assignment = CorpusLoader.loadDefault();
        Random random = new Random(5);
        AnnotationDocument key = GradeBenchmark.key(assignment, perArticle, random);
        Path root = Files.createTempDirectory("framebench-grade-e2e");
        Path keyFile = root.resolve("key.fbench");
        DocumentStore.save(key, keyFile);
        int largest = sizes.stream().mapToInt(Integer::intValue).max().orElse(0);
        Path all = Files.createDirectories(root.resolve("all"));
        for (int s = 0; s < largest; s++) {
            DocumentStore.save(GradeBenchmark.student(key, s, perArticle, random), all.resolve(String.format("student-%04d.fbench", s)));
        }
        Path home = Files.createDirectories(root.resolve("home"));
        System.out.printf("launcher %s; %d annotations per article%n", launcher.toAbsolutePath().normalize(), perArticle);
        for (int size : sizes) {
            Path folder = Files.createDirectories(root.resolve("class-" + size));
            for (int s = 0; s < size; s++) {
                String name = String.format("student-%04d.fbench", s);
                Files.createLink(folder.resolve(name), all.resolve(name));
            }
            bareSax(folder); // warm the parser first
            double sax = bareSax(folder);
            double[] times = new double[3];
            long peak = 0;
            for (int run = 0; run < times.length; run++) {
                long[] result = grade(launcher, home, keyFile, folder, root.resolve("grades-" + size + ".xlsx"));
                times[run] = result[0] / 1e6;
                peak = Math.max(peak, result[1]);
            }
            Arrays.sort(times);
            System.out.printf("GRADE END TO END: %4d students: median %6.0f ms (runs %.0f–%.0f), peak RSS %4d MB; bare SAX of "
                    + "the same files %5.0f ms%n", size, times[1], times[0], times[2], peak / 1024, sax);
        }
        if (keep) {
            System.out.println("kept the classes and the key (to profile by hand) in " + root);
        } else {
            GradeBenchmark.deleteAll(root);
        }
    }

    /** {wall time in ns, peak resident memory in KB} of one {@code framebench grade}. */
    private static long[] grade(Path launcher, Path home, Path keyFile, Path folder, Path out) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(launcher.toString(), "grade", "--key", keyFile.toString(),
                "--submissions", folder.toString(), "--out", out.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("FRAMEBENCH_HOME", home.toString());
        builder.environment().remove("DISPLAY");
        long start = System.nanoTime();
        Process process = builder.start();
        long peak = 0;
        while (process.isAlive()) {
            for (ProcessHandle handle : Stream.concat(Stream.of(process.toHandle()), process.descendants()).toList()) {
                peak = Math.max(peak, highWaterMark(handle.pid()));
            }
            Thread.sleep(20);
        }
        long elapsed = System.nanoTime() - start;
        if (process.exitValue() != 0) {
            throw new IllegalStateException("framebench grade exited " + process.exitValue());
        }
        return new long[] { elapsed, peak };
    }

    private static long highWaterMark(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (Exception gone) {
            // The process ended between two looks.
        }
        return 0;
    }

    /** Milliseconds to SAX-parse every file of {@code folder} once, doing nothing with the events. */
    static double bareSax(Path folder) throws Exception {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        SAXParser parser = factory.newSAXParser();
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.sorted().toList();
        }
        long start = System.nanoTime();
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                parser.parse(in, new DefaultHandler());
            }
            parser.reset();
        }
        return (System.nanoTime() - start) / 1e6;
    }
}
