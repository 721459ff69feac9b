package org.framebench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.framebench.cli.CommandLine;
import org.framebench.core.assignment.AssignmentFiles;
import org.framebench.model.Article;
import org.framebench.model.Assignment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code framebench assignment new|check} on real article files. */
class AssignmentCommandTest {

    @TempDir
    Path folder;

    @Test
    void makesAnAssignmentFromATextAndAWebPageAndChecksIt() throws Exception {
        Path text = Files.writeString(folder.resolve("wire.txt"),
                "Officials met in Tunis on Saturday.\n\nA spokesman said the talks were \"a first step\".\n");
        Path page = Files.writeString(folder.resolve("page.html"), """
                <!DOCTYPE html><html><head><title>Talks | Daily</title>
                <meta property="og:title" content="Envoys meet in Tunis">
                <script>var tracker = "do not keep me";</script></head>
                <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
                <article><h1>Envoys meet in Tunis</h1>
                <p>US officials met envoys of the Libyan government in Tunis, a State Department official said.</p>
                <p>The official, who spoke on condition of anonymity, said the message was that Gaddafi must go.</p>
                </article><footer>Copyright Daily</footer></body></html>
                """);
        Path out = folder.resolve("tunis.fbassign");

        Result made = run("assignment", "new", "--title", "Talks in Tunis", "--instructions", "Compare the sources.",
                "--article", text.toString(), "--outlet", "Wire", "--date", "2011-07-18",
                "--article", page.toString(), "--outlet", "Daily", "--byline", "A. Reporter", "--note", "Anonymous official.",
                "--out", out.toString());

        assertEquals(0, made.exitCode, made.out + made.err);
        assertTrue(made.out.startsWith("Wrote " + out + ": \"Talks in Tunis\", version 1, 2 articles"), made.out);
        Assignment assignment = AssignmentFiles.load(out);
        Article wire = assignment.getArticles().get(0);
        Article daily = assignment.getArticles().get(1);
        assertEquals("Officials met in Tunis on Saturday.\nA spokesman said the talks were \"a first step\".", wire.getText());
        assertEquals("2011-07-18", wire.getPublished());
        assertEquals("Envoys meet in Tunis", daily.getHeadline());
        assertEquals("A. Reporter", daily.getByline());
        assertEquals("Anonymous official.", daily.getNotes());
        assertTrue(daily.getText().contains("State Department official said."), daily.getText());
        assertFalse(daily.getText().contains("tracker") || daily.getText().contains("Home") || daily.getText().contains("Copyright"),
                daily.getText());

        Result checked = run("assignment", "check", out.toString());

        assertEquals(0, checked.exitCode, checked.out + checked.err);
        assertTrue(checked.out.contains("  1. Wire: Wire (15 words, digest OK)"), checked.out);
        assertTrue(checked.out.contains("  2. Daily: Envoys meet in Tunis (31 words, digest OK)"), checked.out);
        assertTrue(checked.out.contains("codebook \""), checked.out);
        assertTrue(checked.out.contains("  suggestions: hidden from students (hints off; instructors always see them)"
                + System.lineSeparator()), checked.out);
        assertFalse(assignment.isSuggestionsForStudents(), "hints are off unless asked for");
        assertTrue(checked.out.endsWith("The assignment is ready to hand out." + System.lineSeparator()), checked.out);
    }

    @Test
    void hintsSwitchedOnAreWrittenAndCheckSaysSo() throws Exception {
        Path text = Files.writeString(folder.resolve("wire.txt"), "Officials met in Tunis on Saturday.\n"
                + "A spokesman said the talks were \"a first step\".");
        Path out = folder.resolve("hints.fbassign");
        Result made = run("assignment", "new", "--title", "Hints on", "--hints", "--article", text.toString(),
                "--out", out.toString());
        assertEquals(0, made.exitCode, made.out + made.err);
        assertTrue(AssignmentFiles.load(out).isSuggestionsForStudents(), "the file says students may see suggestions");

        Result checked = run("assignment", "check", out.toString());
        assertEquals(0, checked.exitCode, checked.out + checked.err);
        List<String> lines = checked.out.lines().toList();
        assertTrue(lines.contains("  suggestions: students may see them as hints (switched on)"), checked.out);
        assertFalse(checked.out.contains("hidden from students"), checked.out);
        // Printed after the codebook line, before the verdict.
        int codebook = lines.indexOf(lines.stream().filter(l -> l.startsWith("  codebook \"")).findFirst().orElseThrow());
        assertEquals(codebook + 1, lines.indexOf("  suggestions: students may see them as hints (switched on)"));
    }

    @Test
    void anUnreadableArticleWritesNothing() throws Exception {
        Path good = Files.writeString(folder.resolve("good.txt"), "Officials met in Tunis.");
        Path empty = Files.writeString(folder.resolve("empty.txt"), "");
        Path binary = Files.write(folder.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2});
        Path out = folder.resolve("a.fbassign");

        Result result = run("assignment", "new", "--title", "T", "--article", good.toString(), "--article", empty.toString(),
                "--article", binary.toString(), "--out", out.toString());

        assertEquals(1, result.exitCode, result.out + result.err);
        assertTrue(result.err.contains("empty.txt"), result.err);
        assertTrue(result.err.contains("photo.txt"), result.err);
        assertTrue(result.err.contains("nothing was written (2 articles could not be read)"), result.err);
        assertFalse(Files.exists(out));
    }

    @Test
    void wrongCommandLinesAreUsageErrors() throws Exception {
        Path good = Files.writeString(folder.resolve("good.txt"), "Officials met in Tunis.");

        assertEquals(2, run("assignment", "new", "--article", good.toString(), "--out", "x.fbassign").exitCode, "no title");
        assertEquals(2, run("assignment", "new", "--title", "T", "--outlet", "CNN", "--article", good.toString(),
                "--out", "x.fbassign").exitCode, "--outlet before any --article");
        assertEquals(2, run("assignment", "frobnicate").exitCode);
        Result tooMany = run(nineArticles(good));
        assertEquals(2, tooMany.exitCode);
        assertTrue(tooMany.err.contains("at most 8"), tooMany.err);
    }

    @Test
    void checkExplainsADamagedFile() throws Exception {
        Path broken = Files.writeString(folder.resolve("broken.fbassign"), "<?xml version=\"1.0\"?><fb:Assig");

        Result result = run("assignment", "check", broken.toString());

        assertEquals(1, result.exitCode);
        assertTrue(result.err.startsWith("framebench assignment: broken.fbassign is not a Framebench assignment.")
                || result.err.contains("damaged"), result.err);
    }

    private String[] nineArticles(Path article) {
        String[] arguments = new String[2 + 4 + 18 + 2];
        int i = 0;
        arguments[i++] = "assignment";
        arguments[i++] = "new";
        arguments[i++] = "--title";
        arguments[i++] = "T";
        arguments[i++] = "--codebook";
        arguments[i++] = "builtin";
        for (int n = 0; n < 9; n++) {
            arguments[i++] = "--article";
            arguments[i++] = article.toString();
        }
        arguments[i++] = "--out";
        arguments[i++] = folder.resolve("nine.fbassign").toString();
        return arguments;
    }

    private static Result run(String... arguments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = CommandLine.standard().run(arguments, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Result(int exitCode, String out, String err) {
    }
}
