package org.framebench.benchmarks;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.framebench.importer.ArticleImporter;
import org.framebench.importer.ImportedArticle;

/**
 * Issue 13's import goal: a saved web page holding a 50,000-word article (with a site's usual boilerplate:
 * scripts, navigation, ads between paragraphs, comments) is imported in under 1 s, cold (a fresh JVM, as the first
 * import after the wizard opens) and warm. Cold runs are separate {@code java} processes on this class path.
 */
public final class ImportBenchmark {

    private static final String[] WORDS = ("the council voted on sunday to close coal plant by after debate that lasted six hours "
            + "officials said government minister spokesman talks representatives meeting message demand step down rebels town "
            + "troops oil refinery control claim statement security supply workers union jobs retraining fund regulator decision")
            .split(" ");

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--once")) {
            long t0 = System.nanoTime();
            ImportedArticle a = ArticleImporter.importFile(Path.of(args[1]));
            System.out.printf("%.1f %d%n", (System.nanoTime() - t0) / 1e6, a.text().length());
            return;
        }
        Path page = Files.createTempDirectory("framebench-import").resolve("long-article.html");
        int words = writePage(page, 50_000);
        ImportedArticle a = ArticleImporter.importFile(page);
        int got = a.text().split("\\s+").length;
        System.out.printf("page: %,d KB, article %,d words in %,d paragraphs (imported %,d words)%n", Files.size(page) / 1024, words,
                a.text().split("\n").length, got);

        List<String> cold = new ArrayList<>();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ImportBenchmark.class.getName(), "--once",
                    page.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            p.waitFor();
            double wall = (System.nanoTime() - t0) / 1e6;
            cold.add(String.format("%s ms in the import (%.0f ms JVM start to exit)", out.split(" ")[0], wall));
        }
        System.out.println("cold (fresh JVM, goal < 1 s): " + String.join("; ", cold) + "; load average " + loadAverage());
        double warm = Measure.medianMillis(3, 9, () -> ArticleImporter.importFile(page));
        System.out.printf("warm (goal < 1 s): median %.1f ms; load average %s%n", warm, loadAverage());
    }

    private static int writePage(Path page, int words) throws Exception {
        Random r = new Random(13);
        int written = 0;
        try (BufferedWriter w = Files.newBufferedWriter(page)) {
            w.write("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>A long read | The Daily Meridian</title>"
                    + "<meta property=\"og:site_name\" content=\"The Daily Meridian\"><script>");
            for (int i = 0; i < 2000; i++) {
                w.write("window.t" + i + "={k:'" + i + "'};");
            }
            w.write("</script></head><body><div class=\"cookie-banner\"><p>We use cookies to personalise content and ads, "
                    + "to provide social media features and to analyse our traffic.</p></div><header><nav><ul>");
            for (int i = 0; i < 40; i++) {
                w.write("<li><a href=\"/s" + i + "\">Section " + i + "</a></li>");
            }
            w.write("</ul></nav></header><main><article><h1>A long read</h1><div class=\"article-body\">");
            int paragraph = 0;
            while (written < words) {
                int n = 40 + r.nextInt(80);
                StringBuilder p = new StringBuilder("<p>");
                for (int i = 0; i < n; i++) {
                    String word = WORDS[r.nextInt(WORDS.length)];
                    p.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
                    if (i % 17 == 16) {
                        p.append(',');
                    }
                    p.append(i == n - 1 ? "." : " ");
                    if (i % 25 == 10 && i < n - 1) {
                        p.append("<a href=\"/x\">link</a> ");
                        written++;
                    }
                }
                written += n;
                w.write(p.append("</p>\n").toString());
                if (++paragraph % 8 == 0) {
                    w.write("<div class=\"ad ad-mpu\"><p class=\"ad-label\">Advertisement</p><iframe src=\"about:blank\"></iframe></div>\n");
                }
            }
            w.write("</div></article><section id=\"comments\">");
            for (int i = 0; i < 50; i++) {
                w.write("<div class=\"comment\"><p>A reader's comment number " + i + ", long enough to look like prose to a naive reader.</p></div>");
            }
            w.write("</section></main><footer><p>© 2026 The Daily Meridian. All rights reserved.</p></footer></body></html>");
        }
        return written;
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (Exception e) {
            return "unknown";
        }
    }
}
