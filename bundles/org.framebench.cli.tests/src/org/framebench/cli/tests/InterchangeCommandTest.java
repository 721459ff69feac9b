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
import org.framebench.cli.InterchangeFormats;
import org.framebench.core.document.DocumentStore;
import org.framebench.interchange.testing.LibyaWork;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Link;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code framebench export --format} and {@code framebench import}: real files in and out, exit codes, messages. */
class InterchangeCommandTest {

    @TempDir
    Path folder;

    private AnnotationDocument work;
    private Path workFile;

    @BeforeEach
    void saveTheLibyaWork() throws Exception {
        work = LibyaWork.document();
        workFile = folder.resolve("ama.fbench");
        DocumentStore.save(work, workFile);
    }

    @Test
    void theFormatsAreListedByIdAndInTheHelp() {
        assertEquals("w3c, brat, uima, refiqda", InterchangeFormats.ids());
        Result help = run("import", "--help");
        assertEquals(0, help.exitCode);
        assertTrue(help.out.contains("w3c        .jsonld  W3C Web Annotation (Hypothesis, Recogito)"), help.out);
        assertTrue(help.out.contains("brat       folder   brat standoff"), help.out);
        assertTrue(run("export", "--help").out.contains("--format FORMAT"));
        assertTrue(run("--help").out.contains("  import     read annotations made in another tool"), run("--help").out);
    }

    @Test
    void w3cOutAndBackInGivesTheSameWork() throws Exception {
        Path jsonld = folder.resolve("ama.jsonld");
        Result export = run("export", workFile.toString(), "--format", "w3c", "--out", jsonld.toString());
        assertEquals(0, export.exitCode, export.err);
        assertEquals("Exported 11 annotations, 5 links of " + workFile + " to " + jsonld
                + " (W3C Web Annotation (Hypothesis, Recogito)).\n", export.out.replace(System.lineSeparator(), "\n"));
        assertTrue(Files.readString(jsonld).contains("\"@context\": \"http://www.w3.org/ns/anno.jsonld\""));

        // No --into: the bundled example assignment is the template.
        Path imported = folder.resolve("imported.fbench");
        Result result = run("import", "--format", "w3c", jsonld.toString(), "--out", imported.toString());
        assertEquals(0, result.exitCode, result.err);
        assertEquals("", result.err);
        assertTrue(result.out.startsWith("Imported 11 annotations, 5 links from " + jsonld), result.out);
        AnnotationDocument back = DocumentStore.load(imported);
        assertEquals(LibyaWork.annotations(work), LibyaWork.annotations(back));
        assertEquals(LibyaWork.links(work), LibyaWork.links(back));
    }

    @Test
    void refiQdaProjectOutAndBackInKeepsTheBodyWorkAndNamesTheHeadline() throws Exception {
        Path qdpx = folder.resolve("ama.qdpx");
        Result export = run("export", workFile.toString(), "--format", "refiqda", "--out", qdpx.toString());
        assertEquals(0, export.exitCode, export.err);
        assertTrue(Files.size(qdpx) > 0);
        Path imported = folder.resolve("imported-qda.fbench");
        Result result = run("import", "--format", "refiqda", qdpx.toString(), "--into", workFile.toString(), "--out",
                imported.toString());
        AnnotationDocument back = DocumentStore.load(imported);
        List<String> body = work.getAnnotations().stream()
                .filter(a -> a.getRegion() != org.framebench.model.TextRegion.HEADLINE)
                .map(a -> LibyaWork.annotations(singleton(a)).get(0)).sorted().toList();
        assertEquals(body, LibyaWork.annotations(back), "every annotation in an article's text comes back");
        assertTrue((export.out + export.err).toLowerCase(java.util.Locale.ROOT).contains("headline"),
                "the headline annotation a REFI-QDA project cannot hold is named: " + export.out + export.err);
        assertTrue(result.exitCode == 0 || result.exitCode == 1, result.err);
    }

    /** A document holding only {@code annotation} (a copy), to describe it as LibyaWork does. */
    private AnnotationDocument singleton(org.framebench.model.Annotation annotation) {
        AnnotationDocument copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(work);
        copy.getLinks().clear();
        copy.getAnnotations().removeIf(a -> !a.getId().equals(annotation.getId()));
        return copy;
    }

    @Test
    void bratOutAndBackInListsTheLinksItCannotHold() throws Exception {
        Path brat = folder.resolve("brat");
        Result export = run("export", workFile.toString(), "--format=brat", "--out", brat.toString());
        assertEquals(0, export.exitCode, export.err);
        List<String> lines = export.out.lines().toList();
        assertEquals("Exported 11 annotations, 2 links of " + workFile + " to " + brat + " (brat standoff (.txt + .ann)).",
                lines.get(0));
        assertEquals("  not carried over: brat has no relations across documents: 3 links left out", lines.get(1));
        assertTrue(Files.isRegularFile(brat.resolve("cnn.ann")));

        Path imported = folder.resolve("imported.fbench");
        Result result = run("import", brat.toString(), "--format", "brat", "--into", workFile.toString(), "--out",
                imported.toString());
        assertEquals(0, result.exitCode, result.err);
        AnnotationDocument back = DocumentStore.load(imported);
        assertEquals(LibyaWork.annotations(work), LibyaWork.annotations(back));
        List<Link> within = work.getLinks().stream().filter(LibyaWork::withinOneText).toList();
        work.getLinks().retainAll(within);
        assertEquals(LibyaWork.links(work), LibyaWork.links(back));
        assertEquals("Ama Mensah", back.getAnnotatorName(), "the template's annotator");
        assertEquals(11, DocumentStore.load(workFile).getAnnotations().size(), "the template is unchanged");
    }

    @Test
    void aMalformedFileIsNamedWithItsLineAndNothingIsWritten() throws Exception {
        Path bad = Files.writeString(folder.resolve("bad.jsonld"), "[\n  {\"type\": \"Annotation\",,}\n]\n");
        Path imported = folder.resolve("imported.fbench");
        Result result = run("import", "--format", "w3c", bad.toString(), "--out", imported.toString());
        assertEquals(1, result.exitCode);
        assertEquals(1, result.err.lines().count(), result.err);
        assertTrue(result.err.startsWith("framebench import: bad.jsonld is not valid JSON (line 2, column "), result.err);
        assertFalse(Files.exists(imported));

        Path brat = Files.createDirectories(folder.resolve("brat"));
        Files.writeString(brat.resolve("cnn.ann"), "T1\tS1 0 6\tLibyan\nA1\tidentification\n");
        Result bratResult = run("import", "--format", "brat", brat.toString(), "--out", imported.toString());
        assertEquals(1, bratResult.exitCode);
        assertTrue(bratResult.err.startsWith("framebench import: cnn.ann, line 2: "), bratResult.err);
        assertFalse(Files.exists(imported));
    }

    @Test
    void whatCouldNotBeImportedIsListedAndTheRestWritten() throws Exception {
        Path brat = Files.createDirectories(folder.resolve("brat"));
        Files.writeString(brat.resolve("cnn.ann"), "T1\tS1 0 6\tLibyan\nT2\tPerson 7 10\tand\n");
        Path imported = folder.resolve("imported.fbench");
        Result result = run("import", "--format", "brat", brat.toString(), "--out", imported.toString());
        assertEquals(1, result.exitCode);
        assertEquals("framebench import: left out: cnn.ann: Person is not a code of the codebook, so 1 annotation was"
                + " left out" + System.lineSeparator(), result.err);
        assertEquals(1, DocumentStore.load(imported).getAnnotations().size());
    }

    @Test
    void usageErrorsExitTwo() {
        Path out = folder.resolve("x.jsonld");
        assertUsage(run("export", workFile.toString(), "--format", "xyz", "--out", out.toString()),
                "framebench export: there is no format xyz; --format takes w3c, brat, uima, refiqda. Run 'framebench export --help'.");
        assertUsage(run("export", workFile.toString(), workFile.toString(), "--format", "w3c", "--out", out.toString()),
                "framebench export: --format exports one .fbench file, not 2. Run 'framebench export --help'.");
        assertUsage(run("export", workFile.toString(), "--format", "w3c", "--csv", "--out", out.toString()),
                "framebench export: --csv and --table are for spreadsheets; --format writes W3C Web Annotation"
                        + " (Hypothesis, Recogito). Run 'framebench export --help'.");
        assertUsage(run("import", "--format", "w3c", out.toString()),
                "framebench import: no output file given (--out NEW.fbench). Run 'framebench import --help'.");
        assertUsage(run("import", out.toString(), "--out", "new.fbench"),
                "framebench import: no format given (--format w3c|brat|uima|refiqda). Run 'framebench import --help'.");
        assertUsage(run("import", "--format", "w3c", out.toString(), "--into", workFile.toString(), "--out",
                workFile.toString()), "framebench import: --out names the template; write the import to a new file."
                        + " Run 'framebench import --help'.");
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
}
