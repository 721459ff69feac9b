package org.framebench.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.framebench.core.codebook.BuiltInCodebook;
import org.framebench.core.corpus.CorpusLoader;
import org.framebench.model.Article;
import org.framebench.model.Assignment;
import org.framebench.model.Codebook;
import org.framebench.suggest.AttributionFinder;

/**
 * Attribution suggestions (issue 15). In this JVM: the OpenNLP models' load, each article's first (cold) find and
 * its find after warming up (median and worst of 9, wall clock, and the median CPU time of the thread, which a
 * loaded machine disturbs less). Then {@code framebench suggest} on the bundled assignment end to end on
 * the built launcher, process start to exit: its first call (which also writes the command's class-data archive)
 * and the median of 5 after it. Goals: end to end under 3 s, an article after the first under 300 ms.
 * Build the product first ({@code ./mvnw -B -DskipTests clean verify}); {@code -Dframebench.launcher=PATH}
 * names another launcher.
 */
public final class SuggestBenchmark {

    private SuggestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("load average " + loadAverage());
        Assignment assignment = CorpusLoader.loadDefault();
        Codebook codebook = BuiltInCodebook.load();
        long start = System.nanoTime();
        long load = AttributionFinder.loadModels();
        System.out.printf(Locale.ROOT, "models: loaded in %d ms (call %.0f ms)%n", load, (System.nanoTime() - start) / 1e6);
        double worst = 0;
        double worstRun = 0;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (Article article : assignment.getArticles()) {
            long first = System.nanoTime();
            int found = AttributionFinder.get().findAttributions(article, codebook).size();
            double firstMs = (System.nanoTime() - first) / 1e6;
            for (int i = 0; i < 3; i++) {
                AttributionFinder.get().findAttributions(article, codebook);
            }
            double[] wall = new double[9];
            double[] cpu = new double[9];
            for (int i = 0; i < wall.length; i++) {
                long cpuStart = threads.getCurrentThreadCpuTime();
                long wallStart = System.nanoTime();
                AttributionFinder.get().findAttributions(article, codebook);
                wall[i] = (System.nanoTime() - wallStart) / 1e6;
                cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
            }
            Arrays.sort(wall);
            Arrays.sort(cpu);
            double median = wall[wall.length / 2];
            worst = Math.max(worst, median);
            worstRun = Math.max(worstRun, wall[wall.length - 1]);
            System.out.printf(Locale.ROOT, "find %-10s %6d chars %4d words %3d attributions: first (cold) %6.1f ms; warm "
                    + "median %6.1f ms, worst %6.1f ms (CPU median %5.1f ms)%n", article.getId(), article.getText().length(),
                    article.getText().trim().split("\\s+").length, found, firstMs, median, wall[wall.length - 1],
                    cpu[cpu.length / 2]);
        }
        System.out.printf(Locale.ROOT, "per article after the first: slowest median %.1f ms, worst run %.1f ms (goal < 300 ms);"
                + " load average %s%n", worst, worstRun, loadAverage());

        Path launcher = Measure.builtLauncher();
        Path home = Files.createTempDirectory("framebench-suggest-home");
        double firstCall = run(launcher, home);
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            times.add(run(launcher, home));
        }
        times.sort(null);
        System.out.printf(Locale.ROOT, "framebench suggest end to end: first call %.0f ms, then median %.0f ms of %s "
                + "(goal < 3000 ms); load average %s%n", firstCall, times.get(2), times, loadAverage());
    }

    private static double run(Path launcher, Path home) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(launcher.toAbsolutePath().toString(), "suggest");
        builder.environment().put("FRAMEBENCH_HOME", home.toString());
        builder.redirectErrorStream(false);
        long start = System.nanoTime();
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        int exit = process.waitFor();
        double ms = (System.nanoTime() - start) / 1e6;
        String text = new String(out, StandardCharsets.UTF_8);
        long lines = text.lines().count();
        if (exit != 0 || lines < 100) {
            throw new IllegalStateException("framebench suggest exited " + exit + " with " + lines + " lines: "
                    + new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        }
        return ms;
    }

    private static String loadAverage() {
        try {
            return Arrays.asList(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3).toString();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
