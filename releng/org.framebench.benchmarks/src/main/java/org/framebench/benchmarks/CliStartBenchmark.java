package org.framebench.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.framebench.core.corpus.CorpusLoader;
import org.framebench.core.document.DocumentStore;
import org.framebench.model.AnnotationDocument;

/**
 * What every command line call pays before it does its work (issue 16): {@code framebench --help} and
 * {@code framebench validate} of one 400-annotation file on the built launcher, process start to exit, beside
 * a Java "hello world" started with the same {@code java} in the same run (the floor a Java program can reach).
 * <p>
 * For each: the <em>first call</em> of a new Framebench folder (no class-data archive yet: the call makes it),
 * then the median and range of nine calls after it, and the load average beside each line. Goals: {@code --help}
 * under 0.5 s, {@code validate} of one file under 0.7 s, both compared with the calls a user makes every day
 * (the median) and with the first.
 * <p>
 * Build the product first; the launcher is taken from {@code releng/org.framebench.product/target/...} unless
 * {@code -Dframebench.launcher=PATH} names another. Run:
 * {@code ./mvnw -f releng/org.framebench.benchmarks -q compile exec:exec -Dbenchmark=CliStartBenchmark}.
 */
public final class CliStartBenchmark {

    private static final int CALLS = 10;

    private CliStartBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals("--hello")) {
            System.out.println("hello");
            return;
        }
        Path launcher = Measure.builtLauncher();
        Path root = Files.createTempDirectory("framebench-cli-start");
        AnnotationDocument document = GradeBenchmark.key(CorpusLoader.loadDefault(), 100, new Random(3));
        Path file = root.resolve("one.fbench");
        DocumentStore.save(document, file);
        String java = ProcessHandle.current().info().command().orElse("java");
        System.out.printf("CLI START BENCHMARK: launcher %s, %d calls each (the first in a new Framebench folder)%n",
                launcher.toAbsolutePath().normalize(), CALLS);
        double[] hello = calls(root.resolve("home-hello"),
                List.of(java, "-cp", System.getProperty("java.class.path"), CliStartBenchmark.class.getName(), "--hello"));
        report("java hello world (baseline)", hello, Double.NaN);
        double[] help = calls(root.resolve("home-help"), List.of(launcher.toString(), "--help"));
        report("framebench --help", help, 500);
        double[] validate = calls(root.resolve("home-validate"), List.of(launcher.toString(), "validate", file.toString()));
        report("framebench validate one file", validate, 700);
        GradeBenchmark.deleteAll(root);
    }

    private static double[] calls(Path home, List<String> command) throws Exception {
        Files.createDirectories(home);
        double[] times = new double[CALLS];
        for (int call = 0; call < CALLS; call++) {
            ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            builder.environment().put("FRAMEBENCH_HOME", home.toString());
            builder.environment().remove("DISPLAY");
            long start = System.nanoTime();
            int exit = builder.start().waitFor();
            times[call] = (System.nanoTime() - start) / 1e6;
            if (exit != 0) {
                throw new IllegalStateException(String.join(" ", command) + " exited " + exit);
            }
        }
        return times;
    }

    private static void report(String what, double[] times, double goalMillis) {
        double first = times[0];
        double[] later = Arrays.copyOfRange(times, 1, times.length);
        Arrays.sort(later);
        double median = later[later.length / 2];
        String verdict = Double.isNaN(goalMillis) ? ""
                : String.format("; goal < %.0f ms: %s every day, %s on the first call", goalMillis,
                        median < goalMillis ? "met" : "NOT met", first < goalMillis ? "met" : "NOT met");
        System.out.printf("%-32s first call %5.0f ms, then median %5.0f ms (%.0f–%.0f)%s; load average %s%n", what, first,
                median, later[0], later[later.length - 1], verdict, GradeEndToEndBenchmark.loadAverage());
    }
}
