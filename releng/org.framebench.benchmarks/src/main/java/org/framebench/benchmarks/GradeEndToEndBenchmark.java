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
 * Arguments: class sizes (default 30 100 300 1000 2000), then {@code --per-article N} (default 100),
 * {@code --runs N} (grade runs per size; default 3 up to 1,000 students, 2 above: the first is cold, the
 * others warm), {@code --drafts-up-to N} (the draft key is timed for classes up to N students, default 1,000),
 * and {@code --keep} to leave the generated classes on disk (the folder is printed).
 * Each figure is printed with the machine's load average; the first call of a command is printed apart
 * (it makes the command's class-data archive), and each grade run prints where its time went (the launcher's
 * {@code FRAMEBENCH_TIMINGS} line). Before the classes: {@code framebench --help} and {@code validate} of one
 * file, first call and median.
 * Then {@code framebench key --draft-from} on each class, twice.
 * Goals (issue 9): 300 students under 5 s, 1,000 under 12 s, peak under 1 GB, a draft key from 300 under 5 s;
 * (issue 16) {@code --help}
 * under 0.5 s, {@code validate} of one file under 0.7 s; 2,000 students linearly (the time per student at
 * 2,000 about that at 1,000: each size's per-student time is printed beside the smaller size's) with a peak
 * under 1 GB (the launcher sets grade's heap, see its script; {@code grade} reads the class as a stream).
 */
public final class GradeEndToEndBenchmark {

    private GradeEndToEndBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--bare-sax")) {
            bareSax(Path.of(args[1]));
            return;
        }
        List<Integer> sizes = new ArrayList<>();
        int perArticle = 100;
        int runsAsked = 0;
        int draftsUpTo = 1000;
        boolean keep = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--keep")) {
                keep = true;
            } else if (args[i].equals("--per-article")) {
                perArticle = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--runs")) {
                runsAsked = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--drafts-up-to")) {
                draftsUpTo = Integer.parseInt(args[++i]);
            } else {
                sizes.add(Integer.parseInt(args[i]));
            }
        }
        if (sizes.isEmpty()) {
            sizes.addAll(List.of(30, 100, 300, 1000, 2000));
        }
        Path launcher = Measure.builtLauncher();
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
        // What every call pays (issue 16): the first call of a command also makes its class-data archive.
        for (List<String> command : List.of(List.of("--help"), List.of("validate", keyFile.toString()))) {
            double[] runs = new double[6];
            for (int run = 0; run < runs.length; run++) {
                runs[run] = run(launcher, home, command).wallNanos / 1e6;
            }
            double cold = runs[0];
            double[] warm = Arrays.copyOfRange(runs, 1, runs.length);
            Arrays.sort(warm);
            System.out.printf("CLI: framebench %-9s first call %5.0f ms, then median %5.0f ms (%.0f–%.0f); load average %s%n",
                    command.get(0), cold, warm[warm.length / 2], warm[0], warm[warm.length - 1], loadAverage());
        }
        double previousPerStudent = 0;
        int previousSize = 0;
        for (int size : sizes) {
            Path folder = Files.createDirectories(root.resolve("class-" + size));
            for (int s = 0; s < size; s++) {
                String name = String.format("student-%04d.fbench", s);
                Files.createLink(folder.resolve(name), all.resolve(name));
            }
            bareSax(folder); // warm the parser first
            double sax = bareSax(folder);
            double saxCold = bareSaxInFreshJvm(folder);
            int runs = runsAsked > 0 ? runsAsked : size > 1000 ? 2 : 3;
            double[] times = new double[runs];
            double[] loading = new double[runs];
            long peak = 0;
            long firstPeak = 0;
            String firstTimings = "";
            String lastTimings = "";
            String load = loadAverage();
            for (int run = 0; run < times.length; run++) {
                Run result = grade(launcher, home, keyFile, folder, root.resolve("grades-" + size + ".xlsx"));
                times[run] = result.wallNanos / 1e6;
                loading[run] = result.loadingMillis();
                peak = Math.max(peak, result.peakKb);
                if (run == 0) {
                    firstTimings = result.timings;
                    firstPeak = result.peakKb;
                }
                lastTimings = result.timings;
            }
            String loadAfter = loadAverage();
            double first = times[0];
            double[] warm = times.length > 1 ? Arrays.copyOfRange(times, 1, times.length) : times.clone();
            Arrays.sort(warm);
            double warmMedian = warm[(warm.length - 1) / 2];
            Arrays.sort(times);
            double median = times[(times.length - 1) / 2];
            System.out.printf("GRADE END TO END: %4d students: first (cold) %6.0f ms, warm %6.0f ms (%d warm runs %.0f–%.0f), "
                    + "median of all %6.0f ms; peak RSS %4d MB (first run %4d MB; goal < 1024 MB: %s); bare SAX of the same "
                    + "files %5.0f ms warm, %5.0f ms in a fresh JVM; load average %s before, %s after%n", size, first,
                    warmMedian, warm.length, warm[0], warm[warm.length - 1], median, peak / 1024, firstPeak / 1024,
                    peak < 1024 * 1024 ? "met" : "NOT met", sax, saxCold, load, loadAfter);
            double perStudent = warmMedian / size;
            System.out.printf("PER STUDENT: %4d students: %.2f ms a student warm (%.2f cold)%s%n", size, perStudent,
                    first / size, previousPerStudent > 0 ? String.format(java.util.Locale.ROOT,
                            "; %.2f x the per-student time at %d students (linear: about 1; the class %.1f x as large)",
                            perStudent / previousPerStudent, previousSize, (double) size / previousSize) : "");
            previousPerStudent = perStudent;
            previousSize = size;
            System.out.printf("                  first run %s%n                  last run  %s%n", firstTimings, lastTimings);
            Arrays.sort(loading);
            // grade reads the class as a stream: "loading" there holds scoring and the students' sheets too.
            System.out.printf("LOADING: %4d students: median %5.0f ms reading the files as a stream, with checking, scoring, "
                    + "the students' sheets and agreement = %.1f x the bare SAX parse in a fresh JVM (%.1f x warm)%n", size,
                    loading[(loading.length - 1) / 2], loading[(loading.length - 1) / 2] / saxCold,
                    loading[(loading.length - 1) / 2] / sax);
            if (size > draftsUpTo) {
                System.out.printf("DRAFT KEY END TO END: %4d students: not timed (--drafts-up-to %d)%n", size, draftsUpTo);
                continue;
            }
            double[] drafts = new double[2];
            for (int run = 0; run < drafts.length; run++) {
                drafts[run] = run(launcher, home, List.of("key", "--draft-from", folder.toString(), "--min-share", "0.5",
                        "--out", root.resolve("draft-" + size + ".fbench").toString())).wallNanos / 1e6;
            }
            System.out.printf("DRAFT KEY END TO END: %4d students: %6.0f ms, then %6.0f ms; load average %s%n", size,
                    drafts[0], drafts[1], loadAverage());
        }
        if (keep) {
            System.out.println("kept the classes and the key (to profile by hand) in " + root);
        } else {
            GradeBenchmark.deleteAll(root);
        }
    }

    /** One call of the launcher: its wall time, peak resident memory and the timings line it printed. */
    record Run(long wallNanos, long peakKb, String timings) {

        /** The "loading and checking the files" figure of the timings line, or NaN. */
        double loadingMillis() {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("loading and checking the files[^0-9]*?(\\d+) ms")
                    .matcher(timings);
            return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
        }
    }

    private static Run grade(Path launcher, Path home, Path keyFile, Path folder, Path out) throws Exception {
        return run(launcher, home, List.of("grade", "--key", keyFile.toString(), "--submissions", folder.toString(),
                "--out", out.toString()));
    }

    private static Run run(Path launcher, Path home, List<String> arguments) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(launcher.toString());
        command.addAll(arguments);
        Path output = Files.createTempFile("framebench-e2e", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("FRAMEBENCH_HOME", home.toString());
        builder.environment().put("FRAMEBENCH_TIMINGS", "1");
        builder.environment().remove("DISPLAY");
        long start = System.nanoTime();
        Process process = builder.start();
        long peak = 0;
        while (process.isAlive()) {
            for (ProcessHandle handle : Stream.concat(Stream.of(process.toHandle()), process.descendants()).toList()) {
                peak = Math.max(peak, statusKb(handle.pid(), "VmHWM"));
            }
            Thread.sleep(5);
        }
        long elapsed = System.nanoTime() - start;
        List<String> lines = Files.readAllLines(output);
        Files.delete(output);
        if (process.exitValue() != 0) {
            throw new IllegalStateException("framebench " + arguments.get(0) + " exited " + process.exitValue() + ": " + lines);
        }
        String timings = lines.stream().filter(line -> line.startsWith("timings: ")).findFirst().orElse("");
        return new Run(elapsed, peak, timings);
    }

    /** The machine's load average (1, 5, 15 minutes), printed beside each figure: a busy machine is slower. */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (Exception e) {
            return "unknown";
        }
    }

    /** A bare SAX parse of {@code folder} in a JVM of its own, start to exit: what loading costs cold. */
    static double bareSaxInFreshJvm(Path folder) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                GradeEndToEndBenchmark.class.getName(), "--bare-sax", folder.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("the bare SAX parse failed");
        }
        return (System.nanoTime() - start) / 1e6;
    }

    /** A field of {@code /proc/PID/status} in KB (VmHWM: peak resident memory, VmRSS: resident now), 0 once it ended. */
    static long statusKb(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith(field + ":")) {
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
