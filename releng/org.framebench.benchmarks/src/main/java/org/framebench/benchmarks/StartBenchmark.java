package org.framebench.benchmarks;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.tools.ToolProvider;

import org.framebench.core.document.DocumentStore;

/**
 * What a student waits for when Framebench starts (issues 11 and 16): the built launcher with no file (the
 * bundled assignment), from process start until the window shows the four articles painted (the workbench
 * prints a line then when {@code FRAMEBENCH_TIMINGS} is set), beside a bare SWT window showing the same four
 * texts from the product's own SWT jar, run the same way. Then the workbench's resident memory after two idle
 * seconds, and the CPU time the process had used when the window was ready (less at the mercy of other
 * programs than the wall time on a shared machine). Each start is a new JVM (a cold start; the operating
 * system's file cache stays warm). The first start of a fresh Framebench folder is printed apart (the platform
 * builds its caches then and Java its class-data archive), three times, each in a new folder, one by one (CPU,
 * load average, phases) and as their median, then the median of five restarts. Each run ends as a user ends it,
 * by the window's close (WindowClose sends WM_DELETE_WINDOW, as a window manager does; Xvfb has none), and the
 * next one starts when it has exited: the platform then writes its extension registry cache for the next start,
 * which it never did when the benchmark ended the JVM with SIGTERM (the framework is not stopped then).
 * The workbench also prints the moments of its start ({@code timings: phase NAME at EPOCH_MILLIS}: the
 * platform started, the display created, the workbench ready, the window built, painted, the articles painted),
 * printed as medians over the restarts, so what remains can be named phase by phase. The load average is printed
 * beside each figure, and the goals are compared with the restarts' median.
 * A second baseline, the platform's floor: a bare Eclipse workbench (BareWorkbench, src/bareworkbench: the
 * platform's workbench with one view of the same four texts, none of Framebench's code) started by the same
 * launcher script from copies of this install, with the same JVM options, class-data archive and configuration,
 * and Framebench folders of its own; once with every bundle of the install (Framebench's installed, their
 * plugin.xml read by the platform, none of their bundles active nor classes loaded: checked), once with the
 * platform's bundles only. Measured as Framebench is (three first starts, five restarts, taken in turn with
 * Framebench's), its phases printed beside Framebench's, and Framebench's restarts compared with it (the goals stay
 * against bare SWT). Last, the start with a 50,000-word article of 10,000 annotations named on the command line: when
 * the window is open (before the document), and how long after that its annotations are painted.
 * <p>
 * Needs a display: {@code xvfb-run -a -s "-screen 0 1280x1024x24" ./mvnw -f releng/org.framebench.benchmarks -q
 * compile exec:exec -Dbenchmark=StartBenchmark}, after building the product ({@code -Dframebench.launcher=PATH}
 * for another). Goals: a usable window under 3 s (issue 11), under 1.5 s and 2× bare SWT, idle memory under
 * 250 MB (issue 16).
 */
public final class StartBenchmark {

    private static final String READY = "timings: window open with the articles painted";
    private static final String OPEN = "timings: window open";
    private static final int RESTARTS = 5;
    private static final int FIRST_STARTS = 3;
    /** The command that closes a process's windows as a window manager does (WindowClose), without its pid. */
    private static List<String> windowClose;
    private static final java.util.regex.Pattern PHASE = java.util.regex.Pattern.compile("timings: phase (.+) at (\\d+)$");
    /** The phases of the last run: name → ms after the process was started (the workbench prints them). */
    private static final java.util.Map<String, Double> lastPhases = new java.util.LinkedHashMap<>();
    /** All the last run printed (its standard output and error). */
    private static List<String> lastOutput = List.of();
    /** The classes the last run had loaded when idle, when asked for (jcmd VM.class_hierarchy). */
    private static List<String> lastClasses = List.of();

    private StartBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (System.getenv("DISPLAY") == null) {
            System.err.println("No DISPLAY: run under xvfb-run (see the class comment).");
            System.exit(2);
        }
        Path product = Measure.builtLauncher().toAbsolutePath().normalize();
        Path root = Files.createTempDirectory("framebench-start");
        Path corpus = Path.of("../../corpus").toAbsolutePath().normalize();
        List<String> bare = bareSwtCommand(product.getParent(), root, corpus);
        windowClose = windowCloseCommand(root);

        double[] bareRuns = new double[RESTARTS];
        double[] bareCpu = new double[RESTARTS];
        long bareRss = 0;
        for (int i = 0; i < RESTARTS; i++) {
            double[] run = start(bare, null, root);
            bareRuns[i] = run[0];
            bareRss = Math.max(bareRss, (long) run[1]);
            bareCpu[i] = run[2];
        }
        String bareLoad = GradeEndToEndBenchmark.loadAverage();
        // The first start of a new Framebench folder, three times (each a folder of its own): one start is at the
        // mercy of whatever else the machine does at that moment (one printed 16.7 s where a start by hand took
        // 4.1 s), so each is printed with its CPU time, the load average and its phases, and the median is kept.
        // The second baseline, a bare Eclipse workbench (BareWorkbench, src/bareworkbench): the platform's own
        // workbench window with the same four texts, started by the product's launcher script from a copy of this
        // install; once with the product's bundles as they are, once with the platform's bundles only (made after
        // the first start of the first, from the bundles its bundle was wired to there).
        Path bareBundle = BareWorkbench.packageBundle(product.getParent(), root);
        Path sameInstall = root.resolve("bare-workbench-same-install");
        List<String> sameCommand = BareWorkbench.command(BareWorkbench.install(product.getParent(), sameInstall, bareBundle, null), corpus);
        Path platformInstall = root.resolve("bare-workbench-platform-only");
        List<String> platformCommand = null;
        String platformBundles = "";
        java.util.Map<String, String> report = java.util.Map.of("FRAMEBENCH_BARE_REPORT", "1");
        double[][] sameFirsts = new double[FIRST_STARTS][];
        double[][] platformFirsts = new double[FIRST_STARTS][];
        double[][] firsts = new double[FIRST_STARTS][];
        for (int i = 0; i < FIRST_STARTS; i++) {
            firsts[i] = start(List.of(product.toString()), root.resolve("first-" + i), root);
            System.out.printf("START: Framebench, first start of a new Framebench folder (%d of %d): %5.0f ms, CPU %4.0f ms; "
                    + "load average %s; phases:%s%n", i + 1, FIRST_STARTS, firsts[i][0], firsts[i][2],
                    GradeEndToEndBenchmark.loadAverage(), phasesOfLastRun());
            sameFirsts[i] = start(sameCommand, root.resolve("bare-same-first-" + i), root, i == 0 ? report : java.util.Map.of(), false);
            System.out.printf("START: bare Eclipse workbench (same install), first start of a new folder (%d of %d): %5.0f ms, "
                    + "CPU %4.0f ms; load average %s; phases:%s%n", i + 1, FIRST_STARTS, sameFirsts[i][0], sameFirsts[i][2],
                    GradeEndToEndBenchmark.loadAverage(), phasesOfLastRun());
            if (i == 0) {
                // No Framebench code ran: none of its bundles active (the baseline's bundle reports them once its
                // window is painted; the classes loaded are counted after the restarts).
                List<String> active = BareWorkbench.reported(lastOutput, BareWorkbench.ACTIVE);
                List<String> wired = BareWorkbench.reported(lastOutput, BareWorkbench.WIRED);
                List<String> framebenchActive = active.stream().filter(b -> b.startsWith("org.framebench.")).toList();
                if (active.isEmpty() || wired.isEmpty()) {
                    throw new IllegalStateException("the bare workbench did not report its bundles: " + lastOutput);
                }
                System.out.printf("START: bare Eclipse workbench (same install): %d bundles active, of them Framebench's: %s%n",
                        active.size(), framebenchActive.isEmpty() ? "none" : "**" + framebenchActive + "** (NOT bare)");
                // The platform's bundles only: those the baseline's bundle is wired to (directly or not, with their
                // fragments), those the configuration starts, the launcher's, and the platform's default theme
                // (org.eclipse.ui.themes, which no bundle requires but the full install applies).
                java.util.Set<String> keep = new java.util.TreeSet<>(wired);
                keep.addAll(BareWorkbench.startedBundles(product.getParent()));
                keep.add("org.eclipse.ui.themes");
                keep.add("org.eclipse.equinox.launcher");
                keep.add("org.eclipse.equinox.launcher.gtk.linux.x86_64");
                keep.removeIf(b -> b.startsWith("org.framebench.") || b.equals(BareWorkbench.BUNDLE));
                platformCommand = BareWorkbench.command(BareWorkbench.install(product.getParent(), platformInstall, bareBundle, keep), corpus);
                platformBundles = String.format("%d of the install's %d bundles", BareWorkbench.bundleCount(platformInstall) - 1,
                        BareWorkbench.bundleCount(product.getParent()));
            }
            platformFirsts[i] = start(platformCommand, root.resolve("bare-platform-first-" + i), root);
            System.out.printf("START: bare Eclipse workbench (platform's bundles only), first start of a new folder (%d of %d): "
                    + "%5.0f ms, CPU %4.0f ms; load average %s; phases:%s%n", i + 1, FIRST_STARTS, platformFirsts[i][0],
                    platformFirsts[i][2], GradeEndToEndBenchmark.loadAverage(), phasesOfLastRun());
        }
        double[] first = { median(column(firsts, 0)), median(column(firsts, 1)), median(column(firsts, 2)) };
        String firstLoad = GradeEndToEndBenchmark.loadAverage();
        Path home = root.resolve("first-0");
        double[] restarts = new double[RESTARTS];
        double[] cpu = new double[RESTARTS];
        long idleRss = 0;
        java.util.Map<String, double[]> phases = new java.util.LinkedHashMap<>();
        double[][] sameRestarts = new double[RESTARTS][];
        double[][] platformRestarts = new double[RESTARTS][];
        java.util.Map<String, double[]> samePhases = new java.util.LinkedHashMap<>();
        java.util.Map<String, double[]> platformPhases = new java.util.LinkedHashMap<>();
        int[] classes = new int[3];
        int sameFramebenchClasses = -1;
        // The restarts one by one in turn, Framebench, the bare workbench on the same install, on the platform's
        // bundles only: the same moments of the machine's load for all three.
        for (int i = 0; i < RESTARTS; i++) {
            boolean last = i == RESTARTS - 1;
            double[] run = start(List.of(product.toString()), home, root, java.util.Map.of(), last);
            restarts[i] = run[0];
            idleRss = Math.max(idleRss, (long) run[1]);
            cpu[i] = run[2];
            for (java.util.Map.Entry<String, Double> phase : lastPhases.entrySet()) {
                phases.computeIfAbsent(phase.getKey(), k -> new double[RESTARTS])[i] = phase.getValue();
            }
            classes[0] = lastClasses.size();
            sameRestarts[i] = start(sameCommand, root.resolve("bare-same-first-0"), root, java.util.Map.of(), last);
            for (java.util.Map.Entry<String, Double> phase : lastPhases.entrySet()) {
                samePhases.computeIfAbsent(phase.getKey(), k -> new double[RESTARTS])[i] = phase.getValue();
            }
            classes[1] = lastClasses.size();
            sameFramebenchClasses = (int) lastClasses.stream().filter(c -> c.startsWith("org.framebench.")).count();
            platformRestarts[i] = start(platformCommand, root.resolve("bare-platform-first-0"), root, java.util.Map.of(), last);
            for (java.util.Map.Entry<String, Double> phase : lastPhases.entrySet()) {
                platformPhases.computeIfAbsent(phase.getKey(), k -> new double[RESTARTS])[i] = phase.getValue();
            }
            classes[2] = lastClasses.size();
        }
        String restartLoad = GradeEndToEndBenchmark.loadAverage();
        double bareMedian = median(bareRuns);
        double median = median(restarts);
        System.out.printf("START: bare SWT window with the four articles (5 fresh JVMs): median %5.0f ms (%s), CPU %4.0f ms, "
                + "idle memory %d MB; load average %s%n", bareMedian, range(bareRuns), median(bareCpu), bareRss / 1024, bareLoad);
        System.out.printf("START: Framebench, first start of a new Framebench folder (median of %d): %5.0f ms (%s) = %.1f × bare SWT, "
                + "CPU %4.0f ms, idle memory %4.0f MB; load average %s%n", FIRST_STARTS, first[0], range(column(firsts, 0)),
                first[0] / bareMedian, first[2], first[1] / 1024, firstLoad);
        System.out.printf("START: Framebench, restarts (5 fresh JVMs): median %5.0f ms (%s) = %.1f × bare SWT, CPU %4.0f ms; "
                + "idle memory %d MB (bare SWT %d MB); load average %s%n", median, range(restarts), median / bareMedian,
                median(cpu), idleRss / 1024, bareRss / 1024, restartLoad);
        // Where a restart's time goes: the moments the workbench prints, as medians over the restarts.
        StringBuilder breakdown = new StringBuilder();
        double previous = 0;
        for (java.util.Map.Entry<String, double[]> phase : phases.entrySet()) {
            double at = median(phase.getValue());
            breakdown.append(String.format("%n    %-38s at %5.0f ms (+%4.0f ms)", phase.getKey(), at, at - previous));
            previous = at;
        }
        System.out.printf("START: Framebench, a restart's phases (medians; from the process start):%s%n", breakdown);
        System.out.printf("START: goals (issue 16), against the restarts' median: window with the articles < 1500 ms: %s (%.0f ms); "
                + "< 2× bare SWT: %s (%.1f×); idle memory < 250 MB: %s (%d MB); first start %.0f ms%n",
                median < 1500 ? "met" : "NOT met", median, median < 2 * bareMedian ? "met" : "NOT met", median / bareMedian,
                idleRss / 1024 < 250 ? "met" : "NOT met", idleRss / 1024, first[0]);

        // Beside them, the platform's floor (the second baseline): what the same install's workbench costs with none
        // of Framebench's code, and with none of its bundles.
        double sameMedian = median(column(sameRestarts, 0));
        double platformMedian = median(column(platformRestarts, 0));
        System.out.printf("START: bare Eclipse workbench (same install, platform code only: Framebench's bundles installed and "
                + "their plugin.xml read, none of their code run): restarts median %5.0f ms (%s), CPU %4.0f ms, idle memory %d MB; "
                + "first start median %5.0f ms (%s); load average %s%n", sameMedian, range(column(sameRestarts, 0)),
                median(column(sameRestarts, 2)), (long) max(column(sameRestarts, 1)) / 1024, median(column(sameFirsts, 0)),
                range(column(sameFirsts, 0)), restartLoad);
        System.out.printf("START: bare Eclipse workbench (the platform's bundles only: %s): restarts median %5.0f ms (%s), "
                + "CPU %4.0f ms, idle memory %d MB; first start median %5.0f ms (%s); load average %s%n", platformBundles,
                platformMedian, range(column(platformRestarts, 0)), median(column(platformRestarts, 2)),
                (long) max(column(platformRestarts, 1)) / 1024, median(column(platformFirsts, 0)), range(column(platformFirsts, 0)),
                restartLoad);
        System.out.printf("START: against the platform's floor: Framebench restarts = %.2f × bare workbench (same install), "
                + "%.2f × (platform's bundles only); the rest above the platform: %+.0f ms wall, %+.0f ms CPU (same install), "
                + "%+.0f ms wall, %+.0f ms CPU (platform's bundles only); the bare workbench itself = %.1f × / %.1f × bare SWT%n",
                median / sameMedian, median / platformMedian, median - sameMedian, median(cpu) - median(column(sameRestarts, 2)),
                median - platformMedian, median(cpu) - median(column(platformRestarts, 2)), sameMedian / bareMedian,
                platformMedian / bareMedian);
        StringBuilder sideBySide = new StringBuilder(String.format("%n    %-38s %-20s %-20s %-20s", "", "Framebench",
                "bare, same install", "bare, platform only"));
        double[] previousAt = new double[3];
        java.util.Set<String> names = new java.util.LinkedHashSet<>(phases.keySet());
        names.addAll(samePhases.keySet());
        for (String name : names) {
            sideBySide.append(String.format("%n    %-38s", name));
            int column = 0;
            for (java.util.Map<String, double[]> of : List.of(phases, samePhases, platformPhases)) {
                double[] values = of.get(name);
                if (values == null) {
                    sideBySide.append(String.format(" %-20s", "-"));
                } else {
                    double at = median(values);
                    sideBySide.append(String.format(" %-20s", String.format("%5.0f (+%4.0f)", at, at - previousAt[column])));
                    previousAt[column] = at;
                }
                column++;
            }
        }
        System.out.printf("START: a restart's phases beside the bare workbench's (medians; ms from the process start, "
                + "+ since the phase before; the bare workbench's texts are in its window, so its window and articles are "
                + "painted at once):%s%n", sideBySide);
        System.out.printf("START: classes loaded two seconds after the window was ready (last restart): Framebench %,d; bare "
                + "workbench, same install %,d (of them Framebench's: %d); platform's bundles only %,d%n", classes[0], classes[1],
                sameFramebenchClasses, classes[2]);

        // A large document named on the command line: the window first, then its annotations (issue 16).
        Path large = root.resolve("large-10000.fbench");
        org.framebench.model.AnnotationDocument document = SyntheticDocuments.largeArticle(50_000, 10_000, 42);
        // Its own assignment: under the bundled one's id, Framebench would re-anchor it to the bundled texts.
        document.getAssignment().setId("start-benchmark-large");
        DocumentStore.save(document, large);
        double[] windows = new double[3];
        double[] painted = new double[3];
        for (int i = 0; i < windows.length; i++) {
            double[] run = start(List.of(product.toString(), large.toString()), home, root);
            windows[i] = run[3];
            painted[i] = run[0] - run[3];
        }
        System.out.printf("START: Framebench with a 50,000-word article of 10,000 annotations: window open after median %5.0f ms "
                + "(%s), the annotations painted %4.0f ms after that (%s) (goal < 1000 ms); load average %s%n", median(windows),
                range(windows), median(painted), range(painted), GradeEndToEndBenchmark.loadAverage());

        // Issue 13: a handed-out assignment of eight long articles named on the command line (as a double-click
        // on the file does): the window first, then the eight articles painted (goal: opened < 1 s).
        Path eight = root.resolve("eight.fbassign");
        org.framebench.core.assignment.AssignmentFiles.save(OpenAssignmentBenchmark.eightArticles(), eight);
        double[] assignmentWindows = new double[3];
        double[] assignmentPainted = new double[3];
        for (int i = 0; i < assignmentWindows.length; i++) {
            double[] run = start(List.of(product.toString(), eight.toString()), home, root);
            assignmentWindows[i] = run[3];
            assignmentPainted[i] = run[0] - run[3];
        }
        System.out.printf("START: Framebench with an 8-article assignment (.fbassign, %,d words each): window open after "
                + "median %5.0f ms (%s), the eight articles painted %4.0f ms after that (%s) (goal < 1000 ms); load average %s%n",
                OpenAssignmentBenchmark.WORDS_PER_ARTICLE, median(assignmentWindows), range(assignmentWindows),
                median(assignmentPainted), range(assignmentPainted), GradeEndToEndBenchmark.loadAverage());
        GradeBenchmark.deleteAll(root);
    }

    /**
     * {ms until the window showed the articles, resident memory in KB two seconds later, ms of CPU used until the
     * window was ready, ms until the window was open (before its documents)}; the process is then closed and
     * waited for.
     */
    private static double[] start(List<String> command, Path home, Path root) throws Exception {
        return start(command, home, root, java.util.Map.of(), false);
    }

    /**
     * As {@link #start(List, Path, Path)}, with {@code environment} added to the process's; all it printed is then in
     * {@link #lastOutput}, and with {@code listClasses} the classes it had loaded when idle in {@link #lastClasses}.
     */
    private static double[] start(List<String> command, Path home, Path root, java.util.Map<String, String> environment,
            boolean listClasses) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("FRAMEBENCH_TIMINGS", "1");
        builder.environment().putAll(environment);
        lastClasses = List.of();
        if (home != null) {
            builder.environment().put("FRAMEBENCH_HOME", home.toString());
        }
        lastPhases.clear();
        long startEpoch = System.currentTimeMillis();
        long start = System.nanoTime();
        Process process = builder.start();
        double ready = -1;
        double cpuMs = -1;
        double open = -1;
        List<String> output = java.util.Collections.synchronizedList(new ArrayList<>());
        lastOutput = output;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.add(line);
                java.util.regex.Matcher phase = PHASE.matcher(line.strip());
                if (phase.find()) {
                    lastPhases.put(phase.group(1), (double) (Long.parseLong(phase.group(2)) - startEpoch));
                }
                if (line.strip().endsWith(OPEN) && open < 0) {
                    open = (System.nanoTime() - start) / 1e6;
                }
                if (line.contains(READY)) {
                    ready = (System.nanoTime() - start) / 1e6;
                    cpuMs = process.toHandle().info().totalCpuDuration().map(d -> d.toNanos() / 1e6).orElse(-1.0);
                    break;
                }
            }
            if (ready < 0) {
                throw new IllegalStateException("the window never said it was ready: " + output);
            }
            Thread drain = new Thread(() -> {
                try {
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        // kept (the bare workbench reports its bundles), and the pipe must not fill and stop it
                        output.add(line);
                    }
                } catch (java.io.IOException e) {
                    // closed: the run is over
                }
            });
            drain.setDaemon(true);
            drain.start();
            Thread.sleep(2000);
            long rss = 0;
            for (ProcessHandle handle : Stream.concat(Stream.of(process.toHandle()), process.descendants()).toList()) {
                rss = Math.max(rss, GradeEndToEndBenchmark.statusKb(handle.pid(), "VmRSS"));
            }
            if (listClasses) {
                lastClasses = loadedClasses(process.pid());
            }
            // Closed as a user closes it, by the window's close (WindowClose); what it writes on the way out (the
            // platform's extension registry cache, its settings, Java's class-data archive after the first start) is
            // then there for the next start. SIGTERM would end the JVM without the framework being stopped: no
            // registry cache, so every restart read every bundle's plugin.xml again, as no user's restart does.
            if (!closeWindows(process)) {
                process.destroy();
            }
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the program did not end within a minute of being closed");
            }
            drain.join(10_000);
            return new double[] { ready, rss, cpuMs, open < 0 ? ready : open };
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /**
     * Sends the process's windows the window manager's close (WindowClose) and waits up to 30 s for it to end;
     * false when it has no window or did not end (the caller then ends it with SIGTERM).
     */
    private static boolean closeWindows(Process process) throws Exception {
        List<String> command = new ArrayList<>(windowClose);
        command.add(Long.toString(process.pid()));
        Process close = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!close.waitFor(30, TimeUnit.SECONDS) || close.exitValue() != 0) {
            close.destroyForcibly();
            return false;
        }
        return process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Compiles src/x11/WindowClose.java (the foreign function API of the running JDK); the command that runs it. */
    private static List<String> windowCloseCommand(Path root) throws Exception {
        Path classes = Files.createDirectories(root.resolve("window-close"));
        int result = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
                Path.of("src/x11/WindowClose.java").toAbsolutePath().toString());
        if (result != 0) {
            throw new IllegalStateException("WindowClose did not compile");
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        return List.of(java, "--enable-native-access=ALL-UNNAMED", "-cp", classes.toString(), "WindowClose");
    }

    /** The phases of the last start, each as ms from the process start. */
    private static String phasesOfLastRun() {
        StringBuilder phases = new StringBuilder();
        for (java.util.Map.Entry<String, Double> phase : lastPhases.entrySet()) {
            phases.append(String.format(" %s %.0f;", phase.getKey(), phase.getValue()));
        }
        return phases.toString();
    }

    private static double[] column(double[][] rows, int index) {
        double[] column = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            column[i] = rows[i][index];
        }
        return column;
    }

    /** Compiles src/swt/BareSwtWindow.java against the product's SWT jar; the command that runs it. */
    private static List<String> bareSwtCommand(Path productFolder, Path root, Path corpus) throws Exception {
        Path swt;
        try (Stream<Path> plugins = Files.list(productFolder.resolve("plugins"))) {
            swt = plugins.filter(p -> p.getFileName().toString().startsWith("org.eclipse.swt.gtk.linux.x86_64_")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no SWT jar in the product"));
        }
        Path classes = Files.createDirectories(root.resolve("bare-swt"));
        int result = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-cp", swt.toString(), "-d",
                classes.toString(), Path.of("src/swt/BareSwtWindow.java").toAbsolutePath().toString());
        if (result != 0) {
            throw new IllegalStateException("BareSwtWindow did not compile");
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        return List.of(java, "-cp", classes + ":" + swt, "BareSwtWindow", corpus.toString());
    }

    /** The names of the classes the JVM {@code pid} has loaded (jcmd's VM.class_hierarchy, of the running JDK). */
    private static List<String> loadedClasses(long pid) throws Exception {
        Path javaBinary = Path.of(ProcessHandle.current().info().command().orElse("java"));
        Process jcmd = new ProcessBuilder(javaBinary.resolveSibling("jcmd").toString(), Long.toString(pid), "VM.class_hierarchy")
                .redirectErrorStream(true).start();
        java.util.regex.Pattern name = java.util.regex.Pattern.compile("--([^/\\s]+)/");
        List<String> classes = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(jcmd.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                java.util.regex.Matcher matcher = name.matcher(line);
                if (matcher.find()) {
                    classes.add(matcher.group(1));
                }
            }
        }
        jcmd.waitFor(30, TimeUnit.SECONDS);
        return classes;
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String range(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return String.format("%.0f–%.0f", sorted[0], sorted[sorted.length - 1]);
    }
}
