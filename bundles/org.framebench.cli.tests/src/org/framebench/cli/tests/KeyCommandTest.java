package org.framebench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;


import org.framebench.cli.CommandLine;
import org.framebench.core.codebook.Codebooks;
import org.framebench.core.corpus.CorpusLoader;
import org.framebench.core.document.DocumentStore;
import org.framebench.core.document.Documents;
import org.framebench.core.text.TextAnchors;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.FramebenchFactory;
import org.framebench.model.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code framebench key}: a key copied from one file, or drafted from a class; exit codes and one-line messages. */
class KeyCommandTest {

    @TempDir
    Path folder;

    private Path classFolder;
    private Path ama;

    /** Ama, Kofi and Esi share their first 5 annotations; Kofi and Esi have 2 more each, Yaw 1 of his own. */
    @BeforeEach
    void writeAClass() throws Exception {
        classFolder = Files.createDirectories(folder.resolve("class"));
        ama = classFolder.resolve("ama.fbench");
        DocumentStore.save(student("Ama Mensah", "s-101", 5, 0), ama);
        DocumentStore.save(student("Kofi Boateng", "s-102", 7, 0), classFolder.resolve("kofi.fbench"));
        DocumentStore.save(student("Esi Owusu", "s-103", 7, 0), classFolder.resolve("esi.fbench"));
        DocumentStore.save(student("Yaw Asante", "s-104", 1, 20), classFolder.resolve("yaw.fbench"));
    }

    @Test
    void fromWritesACopyAsTheKeyAndLeavesTheStudentsFileAlone() throws Exception {
        byte[] before = Files.readAllBytes(ama);
        Path key = folder.resolve("key.fbench");
        Result result = run("key", "--from", ama.toString(), "--out", key.toString(), "--author", "Dr. Owusu");

        assertEquals(0, result.exitCode, result.err);
        assertEquals("Wrote " + key + ": a key by Dr. Owusu with 5 annotations and 0 links, copied from ama.fbench (left as it was)."
                + System.lineSeparator(), result.out);
        assertEquals("", result.err);
        AnnotationDocument written = DocumentStore.load(key);
        AnnotationDocument student = DocumentStore.load(ama);
        assertEquals(Role.KEY, written.getRole());
        assertEquals("Dr. Owusu", written.getAnnotatorName());
        assertNotEquals(student.getId(), written.getId());
        assertEquals(5, written.getAnnotations().size());
        assertArrayEquals(before, Files.readAllBytes(ama), "the student's file is byte for byte as it was");

        Result byDefault = run("key", "--from", ama.toString(), "--out", folder.resolve("k2.fbench").toString());
        assertEquals(0, byDefault.exitCode, byDefault.err);
        assertEquals("Instructor", DocumentStore.load(folder.resolve("k2.fbench")).getAnnotatorName());
    }

    @Test
    void draftFromKeepsWhatEnoughOfTheClassAgreesOn() throws Exception {
        Path draft = folder.resolve("draft.fbench");
        Result half = run("key", "--draft-from", classFolder.toString(), "--out", draft.toString());
        assertEquals(0, half.exitCode, half.err);
        assertEquals("Wrote " + draft + ": a draft key by Instructor with 7 annotations and 0 links, from 4 students."
                + System.lineSeparator(), half.out, "5 made by 3 of 4, 2 by 2 of 4: all at least half; Yaw's alone is not");
        AnnotationDocument key = DocumentStore.load(draft);
        assertEquals(Role.KEY, key.getRole());
        assertEquals(7, key.getAnnotations().size());

        Result most = run("key", "--draft-from", classFolder.toString(), "--min-share", "0.75", "--out", draft.toString(),
                "--author", "T. Mensah", "--no-links");
        assertEquals(0, most.exitCode, most.err);
        assertTrue(most.out.contains("a draft key by T. Mensah with 5 annotations"), most.out);
        assertEquals(5, DocumentStore.load(draft).getAnnotations().size());
        assertTrue(Files.exists(DocumentStore.backupOf(draft)), "the earlier draft is kept as its backup");
    }

    @Test
    void draftFromNamesTheFilesLeftOutAndExitsOne() throws Exception {
        byte[] bytes = Files.readAllBytes(ama);
        Path broken = classFolder.resolve("broken.fbench");
        Files.write(broken, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Path draft = folder.resolve("draft.fbench");
        Result result = run("key", "--draft-from", classFolder.toString(), "--out", draft.toString());

        assertEquals(1, result.exitCode);
        assertEquals(1, result.err.lines().count(), result.err);
        assertTrue(result.err.startsWith("left out " + broken + ": broken.fbench is damaged or incomplete"), result.err);
        assertTrue(result.out.endsWith("from 4 students (1 file left out)." + System.lineSeparator()), result.out);
        assertTrue(Files.exists(draft));
    }

    @Test
    void aFileThatCannotBeReadOrAnEmptyFolderIsOneLineAndExitOne() throws Exception {
        Path essay = Files.writeString(folder.resolve("essay.fbench"), "<html>my essay</html>");
        Path out = folder.resolve("key.fbench");
        Result unreadable = run("key", "--from", essay.toString(), "--out", out.toString());
        assertEquals(1, unreadable.exitCode);
        assertEquals("framebench key: essay.fbench is not a Framebench file. No key was written." + System.lineSeparator(),
                unreadable.err);
        assertFalse(Files.exists(out));

        Path empty = Files.createDirectories(folder.resolve("empty"));
        Result none = run("key", "--draft-from", empty.toString(), "--out", out.toString());
        assertEquals(1, none.exitCode);
        assertEquals("framebench key: " + empty + " holds no student file that could be used; no key was written."
                + System.lineSeparator(), none.err);
        assertFalse(Files.exists(out));
    }

    @Test
    void wrongCommandLinesAreUsageErrors() {
        String out = folder.resolve("k.fbench").toString();
        assertUsage(run("key", "--out", out), "framebench key: give one of --from FILE, --draft-from FOLDER or --suggest. Run 'framebench key --help'.");
        assertUsage(run("key", "--from", ama.toString(), "--draft-from", classFolder.toString(), "--out", out),
                "framebench key: give one of --from FILE, --draft-from FOLDER or --suggest. Run 'framebench key --help'.");
        assertUsage(run("key", "--from", ama.toString()),
                "framebench key: no output file given (--out KEY.fbench). Run 'framebench key --help'.");
        assertUsage(run("key", "--from", ama.toString(), "--out", "key.xlsx"),
                "framebench key: the key is a Framebench file: --out must end in .fbench. Run 'framebench key --help'.");
        assertUsage(run("key", "--from", ama.toString(), "--out", ama.toString()), "framebench key: --out is the file given to "
                + "--from; the key is written beside it, never over it. Run 'framebench key --help'.");
        assertUsage(run("key", "--draft-from", classFolder.toString(), "--min-share", "2", "--out", out),
                "framebench key: The share of students who must agree must be above 0 and at most 1, not 2.0. Run 'framebench key --help'.");
        assertUsage(run("key", "--draft-from", classFolder.toString(), "--min-share", "half", "--out", out),
                "framebench key: --min-share takes a number, not 'half'. Run 'framebench key --help'.");
        assertUsage(run("key", "--from", ama.toString(), "--min-share", "0.5", "--out", out),
                "framebench key: --min-share, --threshold and --no-links are for --draft-from. Run 'framebench key --help'.");
        assertUsage(run("key", "--from", ama.toString(), "--out", out, "--colour"),
                "framebench key: unknown option --colour. Run 'framebench key --help'.");
        assertUsage(run("key", "--draft-from", folder.resolve("nowhere").toString(), "--out", out),
                "framebench key: " + folder.resolve("nowhere") + " is not a folder.");
        assertFalse(Files.exists(Path.of(out)));
    }

    @Test
    void helpNamesBothWays() {
        Result overview = run("--help");
        assertTrue(overview.out.contains("  key "), overview.out);
        Result help = run("key", "--help");
        assertEquals(0, help.exitCode);
        assertTrue(help.out.startsWith("Usage: framebench key --from FILE.fbench --out KEY.fbench [--author NAME]"), help.out);
        assertTrue(help.out.contains("framebench key --draft-from FOLDER --out DRAFT.fbench"), help.out);
        assertTrue(help.out.contains("--min-share"), help.out);
    }

    private static void assertUsage(Result result, String message) {
        assertEquals(2, result.exitCode, result.err);
        assertEquals(message + System.lineSeparator(), result.err);
        assertEquals("", result.out);
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

    /** {@code count} annotations on the second article, 20 characters each, 40 apart from {@code 100 + 40 × first}. */
    private static AnnotationDocument student(String name, String id, int count, int first) throws Exception {
        AnnotationDocument document = Documents.newDocument(CorpusLoader.loadDefault(), Role.STUDENT);
        document.setAnnotatorName(name);
        document.setAnnotatorId(id);
        Article article = document.getAssignment().getArticles().get(1);
        for (int i = first; i < first + count; i++) {
            Annotation annotation = FramebenchFactory.eINSTANCE.createAnnotation();
            annotation.setId(Documents.newId());
            TextAnchors.anchor(annotation, article, 100 + i * 40, 120 + i * 40);
            annotation.setCode(Codebooks.allCodes(document.getAssignment().getCodebook()).get(i));
            annotation.setCreated(new java.util.Date());
            document.getAnnotations().add(annotation);
        }
        return document;
    }

}
