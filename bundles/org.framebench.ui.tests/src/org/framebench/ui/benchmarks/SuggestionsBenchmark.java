package org.framebench.ui.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.framebench.core.assignment.Examples;
import org.framebench.core.document.DocumentStore;
import org.framebench.core.document.Documents;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Role;
import org.framebench.suggest.AttributionFinder;
import org.framebench.ui.editor.ArticlePane;
import org.framebench.ui.editor.DocumentEditor;
import org.framebench.ui.editor.DocumentOpener;
import org.framebench.ui.suggest.SuggestionLayer;
import org.junit.jupiter.api.Test;

/**
 * Issue 15's goal: from opening a key of the Libya example in the editor (File → Open, all four articles shown) to
 * the suggestions painted in an article, under 300 ms once the OpenNLP models are loaded (the first open loads them
 * and is reported apart). Timed per article from just before the open to the first paint that drew a suggestion in
 * it. Prints figures; asserts nothing. Run: {@code xvfb-run -a ./mvnw -B verify -Pbenchmark} (prints
 * {@code SUGGESTIONS BENCHMARK}).
 */
class SuggestionsBenchmark {

    private static final int RUNS = 10;
    /** The UI thread's CPU time over the last {@link #openAndWait}: less disturbed by other programs than the wall time. */
    private static double lastCpuMs;

    @Test
    void measure() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.closeAllEditors(false);
        Path folder = Files.createTempDirectory("suggestions-benchmark");
        Path file = folder.resolve("key.fbench");
        AnnotationDocument key = Documents.newDocument(Examples.load(Examples.LIBYA), Role.KEY);
        key.setAnnotatorName("Benchmark");
        DocumentStore.save(key, file);

        long loadStart = System.nanoTime();
        double first = openAndWait(page, file)[0];
        double loadMs = (System.nanoTime() - loadStart) / 1e6;
        page.closeAllEditors(false);
        settle(200);

        double[] lastArticle = new double[RUNS];
        double[] firstArticle = new double[RUNS];
        double[] cpu = new double[RUNS];
        for (int run = 0; run < RUNS; run++) {
            double[] times = openAndWait(page, file);
            cpu[run] = lastCpuMs;
            firstArticle[run] = Arrays.stream(times).min().orElse(0);
            lastArticle[run] = Arrays.stream(times).max().orElse(0);
            page.closeAllEditors(false);
            settle(100);
        }
        Arrays.sort(lastArticle);
        Arrays.sort(firstArticle);
        Arrays.sort(cpu);
        System.out.println("SUGGESTIONS BENCHMARK");
        System.out.printf("  first open (loads the OpenNLP models, %d ms model load): first article painted after %.0f ms,"
                + " whole first open %.0f ms%n", AttributionFinder.loadModels(), first, loadMs);
        System.out.printf("  later opens (%d): first article's suggestions painted median %.0f ms (max %.0f);"
                + " all four articles' median %.0f ms (max %.0f); goal < 300 ms%n", RUNS, firstArticle[RUNS / 2],
                firstArticle[RUNS - 1], lastArticle[RUNS / 2], lastArticle[RUNS - 1]);
        System.out.printf("  the UI thread's CPU time from the open until all four were painted: median %.0f ms (max %.0f)%n",
                cpu[RUNS / 2], cpu[RUNS - 1]);
        // The finder alone on the four articles (what a first open of other texts waits for), and the editor's open.
        long finderStart = System.nanoTime();
        for (org.framebench.model.Article article : key.getAssignment().getArticles()) {
            AttributionFinder.get().find(article, key.getAssignment().getCodebook());
        }
        double finderMs = (System.nanoTime() - finderStart) / 1e6;
        long openStart = System.nanoTime();
        DocumentOpener.openFile(page, file);
        double openMs = (System.nanoTime() - openStart) / 1e6;
        page.closeAllEditors(false);
        System.out.printf("  the finder on the four articles, one after another: %.0f ms; the editor's open call alone: %.0f ms%n",
                finderMs, openMs);
        System.out.printf("  load average %s%n", Files.readString(Path.of("/proc/loadavg")).strip());
    }

    /** Opens the file and waits until every article has painted its suggestions: ms per article from the open. */
    private static double[] openAndWait(IWorkbenchPage page, Path file) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        DocumentEditor editor = DocumentOpener.openFile(page, file);
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + 120_000;
        while (true) {
            boolean all = true;
            for (ArticlePane pane : editor.getPanes()) {
                SuggestionLayer layer = editor.getSuggestions().layerOf(pane);
                all &= layer != null && layer.firstPaintNanos() != 0;
            }
            if (all || System.currentTimeMillis() > deadline) {
                lastCpuMs = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
                break;
            }
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        return editor.getPanes().stream().mapToDouble(p -> {
            long painted = editor.getSuggestions().layerOf(p).firstPaintNanos();
            return painted == 0 ? Double.NaN : (painted - start) / 1e6;
        }).toArray();
    }

    private static void settle(long millis) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
