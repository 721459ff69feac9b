package org.framebench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.framebench.cli.CommandLine;
import org.framebench.core.codebook.Codebooks;
import org.framebench.core.corpus.CorpusLoader;
import org.framebench.core.document.DocumentStore;
import org.framebench.core.document.Documents;
import org.framebench.core.text.TextAnchors;
import org.framebench.export.testing.Csv;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.FramebenchFactory;
import org.framebench.model.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/** The commands run as the launcher runs them: real files in, exit code and one-line messages out. */
class CommandLineTest {

    @TempDir
    Path folder;

    private Path ama;
    private Path kofi;
    private Path damaged;

    @BeforeEach
    void writeAClass() throws Exception {
        Path classFolder = Files.createDirectories(folder.resolve("class"));
        ama = classFolder.resolve("ama.fbench");
        kofi = classFolder.resolve("kofi.fbench");
        DocumentStore.save(student("Ama Mensah", "s-101", 5), ama);
        DocumentStore.save(student("Kofi Boateng", "s-102", 7), kofi);
        damaged = classFolder.resolve("broken.fbench");
        byte[] bytes = Files.readAllBytes(ama);
        Files.write(damaged, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        leaveFixturesForTheProductCheck();
    }

    @Test
    void validateReportsEachFileAndExitsOneWhenSomeAreInvalid() throws Exception {
        Path foreign = Files.writeString(folder.resolve("essay.fbench"), "<html>my essay</html>");
        Result result = run("validate", ama.toString(), damaged.toString(), foreign.toString());

        assertEquals(1, result.exitCode);
        List<String> lines = result.out.lines().toList();
        assertEquals("valid    " + ama + ": Ama Mensah (s-101), student, 5 annotations, 0 links", lines.get(0));
        assertTrue(lines.get(1).startsWith("INVALID  " + damaged + ": broken.fbench is damaged or incomplete"), lines.get(1));
        assertEquals("INVALID  " + foreign + ": essay.fbench is not a Framebench file.", lines.get(2));
        assertEquals("1 of 3 files valid.", lines.get(3));
        assertEquals("", result.err);
    }

    @Test
    void validateExitsZeroWhenAllAreValidAndChecksAnchors() throws Exception {
        Result result = run("validate", ama.toString(), kofi.toString());
        assertEquals(0, result.exitCode, result.out + result.err);
        assertTrue(result.out.endsWith("2 of 2 files valid." + System.lineSeparator()), result.out);

        // An edited file whose offsets no longer cover the recorded text is not valid, and says which annotation.
        AnnotationDocument document = DocumentStore.load(ama);
        Annotation moved = document.getAnnotations().get(2);
        moved.setBegin(moved.getBegin() + 1);
        Path edited = folder.resolve("edited.fbench");
        DocumentStore.save(document, edited);
        Result editedResult = run("validate", edited.toString());
        assertEquals(1, editedResult.exitCode);
        assertTrue(editedResult.out.startsWith("INVALID  " + edited + ": edited.fbench is damaged and was not opened: "
                + "Annotation 3 (" + moved.getId() + ") no longer covers the words it was made on"), editedResult.out);
    }

    /**
     * Issue 8: a name Java cannot turn into a path (under LANG=C any non-ASCII name; in every locale one
     * with a NUL character, used here) gave "unexpected internal error". Each command names it in one line.
     */
    @Test
    void fileNameThatCannotBeAPathIsNamedInOnePlainLine() throws Exception {
        String bad = folder + "/bad\0name.fbench";
        String shown = bad.replace('\0', '?');

        Result validate = run("validate", bad, ama.toString());
        assertEquals(1, validate.exitCode, validate.out + validate.err);
        List<String> lines = validate.out.lines().toList();
        assertEquals("INVALID  " + shown + ": cannot read this file name: it contains a NUL character, which no file name"
                + " can hold", lines.get(0));
        assertTrue(lines.get(1).startsWith("valid    " + ama), lines.get(1));
        assertEquals("1 of 2 files valid.", lines.get(2));

        Result export = run("export", bad, ama.toString(), "--out", folder.resolve("out.xlsx").toString());
        assertEquals(1, export.exitCode, export.out + export.err);
        assertEquals(List.of("framebench export: skipped " + shown + ": cannot read this file name: it contains a NUL"
                + " character, which no file name can hold"), export.err.lines().toList());
        assertTrue(Files.size(folder.resolve("out.xlsx")) > 0, "the rest is exported");

        Result exportTo = run("export", ama.toString(), "--out", folder + "/o\0ut.xlsx");
        assertEquals(2, exportTo.exitCode);
        assertEquals(1, exportTo.err.lines().count(), exportTo.err);
        assertTrue(exportTo.err.contains("cannot read this file name"), exportTo.err);

        Result grade = run("grade", "--key", bad, "--submissions", folder.toString(), "--out",
                folder.resolve("grades.xlsx").toString());
        assertEquals(1, grade.exitCode);
        assertEquals(List.of("framebench grade: " + shown + ": cannot read this file name: it contains a NUL character,"
                + " which no file name can hold."), grade.err.lines().toList());
        for (Result result : List.of(validate, export, exportTo, grade)) {
            assertFalse((result.out + result.err).contains("internal error"), result.out + result.err);
        }
    }

    @Test
    void usageErrorsExitTwoWithOneLine() {
        assertUsage(run(), "framebench: no command given. Run 'framebench --help' for the commands.");
        assertUsage(run("grde"), "framebench: unknown command 'grde'. Run 'framebench --help' for the commands.");
        assertUsage(run("validate"), "framebench validate: no files given. Usage: framebench validate FILE|FOLDER...");
        assertUsage(run("validate", "--strict", "x.fbench"),
                "framebench validate: unknown option --strict. Run 'framebench validate --help'.");
        assertUsage(run("export", ama.toString()),
                "framebench export: no output file given (--out OUT.xlsx). Run 'framebench export --help'.");
        assertUsage(run("export", ama.toString(), "--out"),
                "framebench export: --out needs a file name. Run 'framebench export --help'.");
        assertUsage(run("export", ama.toString(), "--out", "x.xlsx", "--csv"), "framebench export: --csv writes CSV, "
                + "so the output file should end in .csv, not .xlsx. Run 'framebench export --help'.");
        assertUsage(run("export", "--out", "x.xlsx"), "framebench export: no files given. Run 'framebench export --help'.");
        assertFalse(Files.exists(Path.of("x.xlsx")));
    }

    @Test
    void helpForTheToolAndEachCommand() {
        Result overview = run("--help");
        assertEquals(0, overview.exitCode);
        assertTrue(overview.out.contains("  validate ") && overview.out.contains("  export "), overview.out);
        Result validateHelp = run("validate", "--help");
        assertEquals(0, validateHelp.exitCode);
        assertTrue(validateHelp.out.startsWith("Usage: framebench validate FILE|FOLDER..."), validateHelp.out);
        Result exportHelp = run("export", "-h");
        assertEquals(0, exportHelp.exitCode);
        assertTrue(exportHelp.out.startsWith("Usage: framebench export FILE|FOLDER... --out OUT.xlsx"));
        assertTrue(exportHelp.out.contains("--csv"));
        assertEquals("", overview.err + validateHelp.err + exportHelp.err);
    }

    @Test
    void exportOfAClassFolderNamesTheCorruptFileAndExportsTheRest() throws Exception {
        Path workbook = folder.resolve("out/class.xlsx");
        Result result = run("export", folder.resolve("class").toString(), "--out", workbook.toString());

        assertEquals(1, result.exitCode);
        List<String> errors = result.err.lines().toList();
        assertEquals(1, errors.size(), result.err);
        assertTrue(errors.get(0).matches(java.util.regex.Pattern.quote("framebench export: skipped " + damaged
                + ": broken.fbench is damaged or incomplete and cannot be opened (the XML is broken near line ")
                + "\\d+" + java.util.regex.Pattern.quote("). If it was saved by Framebench, its backup (broken.fbench.bak) "
                        + "may hold the previous version.")), errors.get(0));
        assertEquals("Exported 12 annotations from 2 documents to " + workbook + " (1 skipped)." + System.lineSeparator(),
                result.out);
        try (XSSFWorkbook read = new XSSFWorkbook(workbook.toFile())) {
            Sheet annotations = read.getSheet("Annotations");
            assertEquals(12, annotations.getLastRowNum());
            Set<String> students = new HashSet<>();
            for (int r = 1; r <= 12; r++) {
                students.add(annotations.getRow(r).getCell(0).getStringCellValue());
            }
            assertEquals(Set.of("Ama Mensah", "Kofi Boateng"), students);
        }
    }

    /**
     * Issue 16: validate and export load a class on all cores; what they print and write still follows the
     * files' order, and every unreadable file is named, wherever it lies among the others.
     */
    @Test
    void aLargeClassIsCheckedAndExportedInTheFilesOrderWithEveryBadFileNamed() throws Exception {
        Path big = Files.createDirectories(folder.resolve("big"));
        byte[] good = Files.readAllBytes(kofi);
        List<String> expected = new java.util.ArrayList<>();
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Path file = big.resolve(String.format("f%02d.fbench", i));
            if (i % 9 == 4) {
                Files.write(file, java.util.Arrays.copyOf(good, good.length / 2 + i));
                expected.add("INVALID  " + file + ": " + file.getFileName() + " is damaged or incomplete");
            } else {
                DocumentStore.save(student("Student " + i, "s" + i, 1 + i % 5), file);
                expected.add("valid    " + file + ": Student " + i + " (s" + i + "), student, " + (1 + i % 5) + " annotations");
                names.add("Student " + i);
            }
        }
        Result validated = run("validate", big.toString());
        assertEquals(1, validated.exitCode);
        List<String> lines = validated.out.lines().toList();
        assertEquals(41, lines.size(), validated.out);
        for (int i = 0; i < 40; i++) {
            assertTrue(lines.get(i).startsWith(expected.get(i)), lines.get(i) + " should start " + expected.get(i));
        }
        assertEquals(names.size() + " of 40 files valid.", lines.get(40));

        Path workbook = folder.resolve("big.xlsx");
        Result exported = run("export", big.toString(), "--out", workbook.toString());
        assertEquals(1, exported.exitCode);
        List<String> skipped = exported.err.lines().toList();
        assertEquals(40 - names.size(), skipped.size(), exported.err);
        for (int i = 0, s = 0; i < 40; i++) {
            if (i % 9 == 4) {
                assertTrue(skipped.get(s++).startsWith("framebench export: skipped " + big.resolve(String.format("f%02d.fbench", i))),
                        exported.err);
            }
        }
        try (XSSFWorkbook read = new XSSFWorkbook(workbook.toFile())) {
            Sheet annotations = read.getSheet("Annotations");
            List<String> order = new java.util.ArrayList<>();
            for (int r = 1; r <= annotations.getLastRowNum(); r++) {
                String name = annotations.getRow(r).getCell(0).getStringCellValue();
                if (order.isEmpty() || !order.get(order.size() - 1).equals(name)) {
                    order.add(name);
                }
            }
            assertEquals(names, order);
        }
    }

    @Test
    void exportToCsvAndAllReadableExitsZero() throws Exception {
        Path csv = folder.resolve("class.csv");
        Result result = run("export", ama.toString(), kofi.toString(), "--out", csv.toString(), "--csv");
        assertEquals(0, result.exitCode, result.err);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals(13, lines.size(), "a header and 12 records (no field here holds a line break)");
        assertTrue(lines.get(0).startsWith("\uFEFFStudent name,Student id,Annotation id,Article id"));
    }

    @Test
    void exportWritesTheComparisonAndTheSyndicationTablesAsCsv() throws Exception {
        AnnotationDocument document = student("Esi Owusu", "s-103", 0);
        List<Article> articles = document.getAssignment().getArticles();
        Annotation cnn = quote(document, articles.get(0), "Musa Ibrahim");
        Annotation bbc = quote(document, articles.get(3), "Moussa Ibrahim");
        org.framebench.model.Link link = FramebenchFactory.eINSTANCE.createLink();
        link.setId(Documents.newId());
        link.setSource(cnn);
        link.setTarget(bbc);
        link.setKind(org.framebench.model.LinkKind.SAME_STATEMENT);
        link.setCreated(new java.util.Date());
        document.getLinks().add(link);
        Path esi = folder.resolve("esi.fbench");
        DocumentStore.save(document, esi);

        Path comparison = folder.resolve("comparison.csv");
        Result result = run("export", esi.toString(), "--out", comparison.toString(), "--csv", "--table", "comparison");
        assertEquals(0, result.exitCode, result.err);
        List<List<String>> records = csv(comparison);
        assertEquals(2, records.size(), "a header and the one statement: " + records);
        List<String> header = records.get(0);
        List<String> row = records.get(1);
        assertEquals("Student name", header.get(0));
        assertEquals("Esi Owusu", row.get(0));
        String cnnId = articles.get(0).getId();
        String bbcId = articles.get(3).getId();
        assertEquals("Musa Ibrahim", row.get(header.indexOf(cnnId + " wording")));
        assertEquals("direct quote", row.get(header.indexOf(cnnId + " quote")));
        assertEquals("Moussa Ibrahim", row.get(header.indexOf(bbcId + " wording")));
        assertEquals("left out", row.get(header.indexOf(articles.get(1).getId() + " status")));
        assertEquals("2", row.get(header.indexOf("Left out by")), "the count itself, not a formula");

        Path syndication = folder.resolve("syndication.csv");
        result = run("export", esi.toString(), "--out=" + syndication, "--csv", "--table=syndication");
        assertEquals(0, result.exitCode, result.err);
        records = csv(syndication);
        assertEquals(List.of("Original", "Republication", "Row", "Kind", "Count", "Words", "Where", "In the original",
                "In the republication"), records.get(0));
        java.util.Map<String, String> summary = new java.util.LinkedHashMap<>();
        for (List<String> record : records.subList(1, records.size())) {
            assertTrue(record.get(0).contains("(bbc)") && record.get(1).contains("(bbc-ghana)"), record.toString());
            if ("summary".equals(record.get(2))) {
                summary.put(record.get(3), record.get(4));
            }
        }
        assertEquals(6, summary.size(), "one summary line per kind of change: " + summary);
        assertEquals("1", summary.get("Added before the article"), summary.toString());
        assertEquals("0", summary.get("Removed"), summary.toString());
        assertTrue(records.stream().anyMatch(r -> "difference".equals(r.get(2)) && r.get(8).contains("Audio By")),
                "the added boilerplate is listed with its text");

        assertUsageLine(run("export", esi.toString(), "--out", "x.xlsx", "--table", "comparison"),
                "framebench export: --table chooses the table of a CSV export: add --csv");
        assertUsageLine(run("export", esi.toString(), "--out", "x.csv", "--csv", "--table", "links"),
                "framebench export: there is no table links");
        assertTrue(run("export", "--help").out.contains("--table comparison"));
    }

    private static Annotation quote(AnnotationDocument document, Article article, String phrase) {
        int begin = article.getText().indexOf(phrase);
        assertTrue(begin >= 0, phrase);
        Annotation annotation = FramebenchFactory.eINSTANCE.createAnnotation();
        annotation.setId(Documents.newId());
        TextAnchors.anchor(annotation, article, begin, begin + phrase.length());
        annotation.setCode(Codebooks.findById(document.getAssignment().getCodebook(), "A1").orElseThrow());
        annotation.setCreated(new java.util.Date());
        document.getAnnotations().add(annotation);
        return annotation;
    }

    /** Reads an RFC 4180 file that starts with a byte-order mark (for Excel). */
    private static List<List<String>> csv(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "UTF-8 with a byte-order mark, for Excel");
        return Csv.records(text.substring(1));
    }

    @Test
    void exportThatCannotWriteSaysSoInOneLine() throws Exception {
        Path blocker = Files.writeString(folder.resolve("blocker"), "a file, not a folder");
        Result result = run("export", ama.toString(), "--out", blocker.resolve("class.xlsx").toString());
        assertEquals(1, result.exitCode);
        assertEquals(1, result.err.lines().count(), result.err);
        assertTrue(result.err.startsWith("framebench export: Could not export to class.xlsx: "), result.err);
    }

    @Test
    void theCommandLineBundleNeedsNeitherSwtNorTheWorkbench() {
        Bundle cli = FrameworkUtil.getBundle(CommandLine.class);
        Set<String> reachable = new HashSet<>();
        Deque<Bundle> pending = new ArrayDeque<>(List.of(cli));
        while (!pending.isEmpty()) {
            Bundle bundle = pending.pop();
            if (!reachable.add(bundle.getSymbolicName())) {
                continue;
            }
            BundleWiring wiring = bundle.adapt(BundleWiring.class);
            for (BundleWire wire : wiring.getRequiredWires(null)) {
                pending.push(wire.getProvider().getBundle());
            }
        }
        assertTrue(reachable.contains("org.framebench.export.xlsx") && reachable.contains("wrapped.org.apache.poi.poi-ooxml"),
                reachable.toString());
        assertFalse(reachable.stream().anyMatch(name -> name.startsWith("org.eclipse.swt") || name.startsWith("org.eclipse.ui")
                || name.startsWith("org.eclipse.jface")), reachable.toString());
    }

    @Test
    void gradeScoresTheClassAgainstTheKeyAndNamesWhatWasLeftOut() throws Exception {
        AnnotationDocument keyDocument = student("Dr. Owusu", "key", 7);
        keyDocument.setRole(Role.KEY);
        Path key = folder.resolve("key.fbench");
        DocumentStore.save(keyDocument, key);
        Path grades = folder.resolve("grades.xlsx");

        Result result = run("grade", "--key", key.toString(), "--submissions", ama.getParent().toString(),
                "--out", grades.toString());

        assertEquals(1, result.exitCode, "the damaged file was left out: " + result.out + result.err);
        assertTrue(result.err.lines().anyMatch(l -> l.startsWith("left out " + damaged + ": broken.fbench is damaged")),
                result.err);
        assertTrue(result.out.startsWith("Graded 2 students against key.fbench; wrote " + grades), result.out);
        assertTrue(result.out.contains("(1 file left out)"), result.out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(grades))) {
            Sheet sheet = workbook.getSheet("Grades");
            org.apache.poi.ss.usermodel.FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            int totalColumn = -1;
            for (var cell : sheet.getRow(1)) {
                if ("Total".equals(cell.getStringCellValue())) {
                    totalColumn = cell.getColumnIndex();
                }
            }
            assertTrue(totalColumn > 0, "a Total column");
            int statusColumn = sheet.getRow(1).getLastCellNum() - 2; // then the assignment version
            assertEquals("Status", sheet.getRow(1).getCell(statusColumn).getStringCellValue());
            double amaTotal = -1;
            double kofiTotal = -1;
            java.util.Map<String, String> notGraded = new java.util.TreeMap<>();
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                String status = row.getCell(statusColumn).getStringCellValue();
                if (!status.startsWith("graded")) {
                    notGraded.put(row.getCell(2).getStringCellValue(), status);
                    continue;
                }
                double total = evaluator.evaluate(row.getCell(totalColumn)).getNumberValue();
                switch (row.getCell(0).getStringCellValue()) {
                    case "Ama Mensah" -> amaTotal = total;
                    case "Kofi Boateng" -> kofiTotal = total;
                    default -> throw new AssertionError("unexpected row " + row.getCell(0).getStringCellValue());
                }
            }
            // The key is outside the class folder; the damaged file has a row of its own, with why.
            assertEquals(java.util.Set.of("broken.fbench"), notGraded.keySet(), "every file has a row: " + notGraded);
            assertTrue(notGraded.get("broken.fbench").startsWith("damaged: broken.fbench is damaged"), notGraded.toString());
            assertEquals(100.0, kofiTotal, 1e-9, "Kofi marked exactly what the key marks");
            assertTrue(amaTotal > 0 && amaTotal < kofiTotal, "Ama found 5 of the key's 7: " + amaTotal);
        }
    }

    @Test
    void aWeightForALayerTheKeyLacksIsAUsageErrorNamingTheLayers() throws Exception {
        AnnotationDocument keyDocument = student("Dr. Owusu", "key", 7);
        keyDocument.setRole(Role.KEY);
        Path key = folder.resolve("key.fbench");
        DocumentStore.save(keyDocument, key);
        Path grades = folder.resolve("typo.xlsx");

        Result typo = run("grade", "--key", key.toString(), "--submissions", ama.getParent().toString(), "--out",
                grades.toString(), "--weight", "framng=0");

        assertEquals(2, typo.exitCode, typo.err);
        assertTrue(typo.err.startsWith("framebench grade: There is no layer \"framng\" in the key's codebook; its layers are "
                + "sourcing, attribution, framing."), typo.err);
        assertEquals("", typo.out);
        assertFalse(Files.exists(grades), "nothing is written");
        assertUsageLine(run("grade", "--key", key.toString(), "--submissions", ama.getParent().toString(), "--out",
                grades.toString(), "--wrong-code-credit", "1.5"), "framebench grade: The wrong-code credit must be between 0 and 1");

        Result heavy = run("grade", "--key", key.toString(), "--submissions", ama.getParent().toString(), "--out",
                grades.toString(), "--weight", "framing=0", "--wrong-code-credit", "0", "--link-weight", "1");
        assertEquals(1, heavy.exitCode, "graded, with the damaged file left out: " + heavy.err);
        assertTrue(Files.exists(grades));
    }

    @Test
    void gradeUsageErrorsExitTwo() {
        assertUsageLine(run("grade", "--submissions", folder.toString()), "framebench grade: no output file given");
        assertUsageLine(run("grade", "--submissions", folder.toString(), "--out", "g.csv"),
                "framebench grade: the grade book is a workbook");
        assertUsageLine(run("grade", "--submissions", folder.toString(), "--out", "g.xlsx", "--threshold", "2"),
                "framebench grade: The overlap threshold must be above 0 and at most 1");
    }

    private static void assertUsageLine(Result result, String start) {
        assertEquals(2, result.exitCode, result.err);
        assertTrue(result.err.startsWith(start), result.err);
        assertEquals(1, result.err.lines().count(), "one line: " + result.err);
        assertEquals("", result.out);
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

    private static AnnotationDocument student(String name, String id, int count) throws Exception {
        AnnotationDocument document = Documents.newDocument(CorpusLoader.loadDefault(), Role.STUDENT);
        document.setAnnotatorName(name);
        document.setAnnotatorId(id);
        Article article = document.getAssignment().getArticles().get(1);
        for (int i = 0; i < count; i++) {
            Annotation annotation = FramebenchFactory.eINSTANCE.createAnnotation();
            annotation.setId(Documents.newId());
            TextAnchors.anchor(annotation, article, 100 + i * 40, 120 + i * 40);
            annotation.setCode(Codebooks.allCodes(document.getAssignment().getCodebook()).get(i));
            annotation.setCreated(new java.util.Date());
            document.getAnnotations().add(annotation);
        }
        return document;
    }

    /** Copies for releng/org.framebench.product/cli-check.sh, which runs the built launcher with no display. */
    private void leaveFixturesForTheProductCheck() throws Exception {
        String target = System.getProperty("framebench.fixtures");
        if (target != null) {
            Path fixtures = Files.createDirectories(Path.of(target));
            Files.copy(ama, fixtures.resolve("ama.fbench"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.copy(kofi, fixtures.resolve("kofi.fbench"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.copy(damaged, fixtures.resolve("broken.fbench"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
