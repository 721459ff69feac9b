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
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

/** {@code grade}, {@code validate} and {@code export} on a Moodle ZIP, and {@code grade --lms}. */
class LmsCommandTest {

    @TempDir
    Path folder;

    private Path zip;
    private Path key;

    @BeforeEach
    void writeAMoodleDownload() throws Exception {
        AnnotationDocument keyDocument = student("Dr. Owusu", "key", 7);
        keyDocument.setRole(Role.KEY);
        key = folder.resolve("key.fbench");
        DocumentStore.save(keyDocument, key);
        zip = folder.resolve("Class 1-Assignment 2-12345.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip), StandardCharsets.UTF_8)) {
            put(out, "Ama Mensah_501_assignsubmission_file_/ama.fbench", DocumentStore.serialize(student("Ama Mensah", "s-101", 5)));
            put(out, "Kofi Boateng_502_assignsubmission_file_/kofi.fbench", DocumentStore.serialize(student("Kofi Boateng", "s-102", 7)));
            put(out, "Kofi Boateng_502_assignsubmission_file_/notes.docx", new byte[] { 'P', 'K', 3, 4 });
        }
    }

    private static void put(ZipOutputStream out, String name, byte[] bytes) throws Exception {
        out.putNextEntry(new ZipEntry(name));
        out.write(bytes);
        out.closeEntry();
    }

    @Test
    void gradeReadsTheZipAndWritesTheMoodleWorksheetBesideTheGradeBook() throws Exception {
        Path grades = folder.resolve("grades.xlsx");

        Result result = run("grade", "--key", key.toString(), "--submissions", zip.toString(), "--out", grades.toString(),
                "--lms", "moodle");

        assertEquals(0, result.exitCode, result.out + result.err);
        Path csv = folder.resolve("grades-moodle.csv");
        assertTrue(result.out.startsWith("Graded 2 students against key.fbench; wrote " + grades + " and " + csv), result.out);
        assertTrue(result.err.contains("not graded " + zip + "/Kofi Boateng_502_assignsubmission_file_/notes.docx"),
                "the other file is named, not fatal: " + result.err);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals("Identifier,Full name,ID number,Grade,Maximum Grade,Feedback comments", lines.get(0));
        assertTrue(lines.get(2).startsWith("Participant 502,Kofi Boateng,s-102,100.00,100,"), lines.get(2));
        assertTrue(lines.get(1).startsWith("Participant 501,Ama Mensah,s-101,"), lines.get(1));
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(grades))) {
            Sheet sheet = workbook.getSheet("Grades");
            int last = sheet.getRow(1).getLastCellNum() - 1;
            assertEquals("LMS id", sheet.getRow(1).getCell(last).getStringCellValue());
            assertEquals("501", sheet.getRow(2).getCell(last).getStringCellValue());
            assertEquals("502", sheet.getRow(3).getCell(last).getStringCellValue());
        }
    }

    @Test
    void aWrongLmsIsAUsageErrorNamingTheValidOnes() {
        Result result = run("grade", "--key", key.toString(), "--submissions", zip.toString(), "--out",
                folder.resolve("g.xlsx").toString(), "--lms", "blackboard");

        assertEquals(2, result.exitCode, result.err);
        assertEquals("framebench grade: --lms takes canvas or moodle, not 'blackboard'. Run 'framebench grade --help'."
                + System.lineSeparator(), result.err);
        assertFalse(Files.exists(folder.resolve("g.xlsx")), "nothing written");
    }

    @Test
    void validateAndExportReadTheFilesInTheZip() throws Exception {
        Result validate = run("validate", zip.toString());
        assertEquals(0, validate.exitCode, validate.out + validate.err);
        List<String> lines = validate.out.lines().toList();
        assertEquals("valid    " + zip + ": Ama Mensah_501_assignsubmission_file_/ama.fbench: Ama Mensah (s-101), student, "
                + "5 annotations, 0 links", lines.get(0));
        assertEquals("2 of 2 files valid.", lines.get(2));

        Path out = folder.resolve("class.csv");
        Result export = run("export", zip.toString(), "--out", out.toString(), "--csv");
        assertEquals(0, export.exitCode, export.out + export.err);
        assertTrue(export.out.startsWith("Exported 12 annotations from 2 documents"), export.out);
    }

    @Test
    void aBrokenZipIsNamedInOneLine() throws Exception {
        Path broken = Files.write(folder.resolve("broken.zip"), new byte[] { 'P', 'K', 5, 6, 1, 2, 3 });

        Result grade = run("grade", "--key", key.toString(), "--submissions", broken.toString(), "--out",
                folder.resolve("g.xlsx").toString());

        assertEquals(1, grade.exitCode, grade.err);
        assertTrue(grade.err.startsWith("framebench grade: broken.zip is not a ZIP file that can be read"), grade.err);
        assertEquals(1, grade.err.lines().count(), grade.err);
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
}
