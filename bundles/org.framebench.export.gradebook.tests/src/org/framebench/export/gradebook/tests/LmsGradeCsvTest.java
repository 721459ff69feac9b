package org.framebench.export.gradebook.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.framebench.core.codebook.Codebooks;
import org.framebench.core.corpus.CorpusLoader;
import org.framebench.core.document.DocumentStore;
import org.framebench.core.document.Documents;
import org.framebench.core.text.TextAnchors;
import org.framebench.export.gradebook.GradeBook;
import org.framebench.export.gradebook.LmsGradeCsv;
import org.framebench.export.testing.Csv;
import org.framebench.export.testing.LibreOfficeCalc;
import org.framebench.grading.ClassGrading;
import org.framebench.grading.ClassReport;
import org.framebench.grading.review.ReviewStore;
import org.framebench.grading.scoring.ScoringOptions;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Assignment;
import org.framebench.model.FramebenchFactory;
import org.framebench.model.ReviewDocument;
import org.framebench.model.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A class from a Moodle ZIP and one from a Canvas ZIP, graded: the LMS CSV has the documented columns, the
 * platform's ids read off the ZIP's names, and the grade book's grades (read back as LibreOffice shows them).
 */
class LmsGradeCsvTest {

    @TempDir
    Path folder;

    private Assignment assignment;
    private Path keyFile;

    @BeforeEach
    void writeKey() throws Exception {
        assignment = CorpusLoader.loadDefault();
        AnnotationDocument key = document(Role.KEY, "Instructor", "key");
        annotate(key, "cnn", "S1", 100, 120);
        annotate(key, "bbc", "F1", 10, 40);
        annotate(key, "third", "A3", 500, 540);
        keyFile = folder.resolve("key.fbench");
        DocumentStore.save(key, keyFile);
    }

    private AnnotationDocument document(Role role, String name, String id) {
        AnnotationDocument document = Documents.newDocument(assignment, role);
        document.setAnnotatorName(name);
        document.setAnnotatorId(id);
        return document;
    }

    private static Annotation annotate(AnnotationDocument document, String articleId, String code, int begin, int end) {
        Annotation annotation = FramebenchFactory.eINSTANCE.createAnnotation();
        annotation.setId(Documents.newId());
        TextAnchors.anchor(annotation, document.getAssignment().getArticles().stream()
                .filter(a -> a.getId().equals(articleId)).findFirst().orElseThrow(), begin, end);
        annotation.setCode(Codebooks.findById(document.getAssignment().getCodebook(), code).orElseThrow());
        document.getAnnotations().add(annotation);
        return annotation;
    }

    /** Three students who did differently well (so the grades differ), saved under {@code names}. */
    private Path classZip(String zipName, List<String> names) throws Exception {
        List<AnnotationDocument> students = new ArrayList<>();
        AnnotationDocument ama = document(Role.STUDENT, "Ama Mensah", "s1");
        annotate(ama, "cnn", "S1", 100, 120);
        annotate(ama, "bbc", "F1", 20, 40);
        annotate(ama, "bbc", "F2", 900, 950);
        students.add(ama);
        AnnotationDocument kofi = document(Role.STUDENT, "Kofi, \"KB\" Boateng", "s2");
        annotate(kofi, "third", "A3", 500, 540);
        students.add(kofi);
        AnnotationDocument esi = document(Role.STUDENT, "Esi Asante", "s3");
        annotate(esi, "cnn", "S1", 100, 120);
        annotate(esi, "bbc", "F1", 10, 40);
        annotate(esi, "third", "A3", 505, 540);
        students.add(esi);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (int i = 0; i < students.size(); i++) {
                zip.putNextEntry(new ZipEntry(names.get(i)));
                zip.write(DocumentStore.serialize(students.get(i)));
                zip.closeEntry();
            }
        }
        return Files.write(folder.resolve(zipName), bytes.toByteArray());
    }

    @Test
    void canvasCsvHasTheImportColumnsTheUserIdsAndTheGradeBooksGrades() throws Exception {
        Path zip = classZip("canvas.zip", List.of("mensahama_4001_9001_ama.fbench", "boatengkofi_late_4002_9002_k.fbench",
                "asanteesi_4003_9003_esi.fbench"));
        // Feedback points and an adjustment, so the grade is more than the score.
        ReviewDocument review = ReviewStore.newReview(assignment.getId(), "Ms Mensah");
        ClassReport first = ClassGrading.grade(zip, keyFile, new ScoringOptions());
        AnnotationDocument kofi = first.scores().stream().filter(g -> g.submission().lmsId().equals("4002")).findFirst()
                .orElseThrow().submission().document();
        ReviewStore.setAdjustment(review, kofi, 7.5, "late but careful", "Ms Mensah");
        ReviewStore.save(review, ReviewStore.reviewFileOf(zip));
        ClassReport report = ClassGrading.grade(zip, keyFile, new ScoringOptions());
        Path book = folder.resolve("grades.xlsx");
        new GradeBook(report).export(book);
        Path csv = LmsGradeCsv.besideWorkbook(book, LmsGradeCsv.Layout.CANVAS);
        new LmsGradeCsv(report, LmsGradeCsv.Layout.CANVAS).export(csv);

        assertEquals(folder.resolve("grades-canvas.csv"), csv);
        List<List<String>> rows = readCsv(csv);
        assertEquals(List.of("Student", "ID", "SIS User ID", "SIS Login ID", "Section",
                "Framebench: " + assignment.getTitle()), rows.get(0));
        assertEquals(List.of("Points Possible", "", "", "", "", "100"), rows.get(1));
        assertEquals(2 + 3, rows.size());

        // The grade book as the instructor sees it in LibreOffice: the same students, ids and grades.
        Map<String, List<List<String>>> sheets = LibreOfficeCalc.sheets(book, Files.createDirectory(folder.resolve("lo")));
        List<List<String>> grades = sheets.get(GradeBook.GRADES_SHEET);
        List<String> header = grades.get(1);
        int grade = header.indexOf("Grade");
        int lmsId = header.indexOf(GradeBook.LMS_ID_HEADER);
        assertEquals(header.size() - 1, lmsId, "the LMS id is the last column: " + header);
        Map<String, Double> bookGrades = new LinkedHashMap<>();
        for (List<String> row : grades.subList(2, grades.size())) {
            if (row.size() > lmsId && !row.get(lmsId).isEmpty() && !row.get(grade).isEmpty()) {
                bookGrades.put(row.get(lmsId), Double.parseDouble(row.get(grade)));
            }
        }
        assertEquals(java.util.Set.of("4001", "4002", "4003"), bookGrades.keySet());
        Map<String, Double> csvGrades = new LinkedHashMap<>();
        for (List<String> row : rows.subList(2, rows.size())) {
            csvGrades.put(row.get(1), Double.parseDouble(row.get(5)));
            assertEquals("", row.get(2), "the Canvas id is there: no SIS id needed");
        }
        assertEquals(bookGrades.keySet(), csvGrades.keySet());
        bookGrades.forEach((id, value) -> assertEquals(value, csvGrades.get(id), 0.005, "student " + id));
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("Kofi, \"KB\" Boateng") && r.get(1).equals("4002")),
                "a name with a comma and quotes survives");
        double kofiScore = report.scores().stream().filter(g -> g.submission().lmsId().equals("4002")).findFirst()
                .orElseThrow().score().total();
        assertEquals(kofiScore + 7.5, csvGrades.get("4002"), 0.005, "the adjustment is in the grade");
        assertTrue(new java.util.HashSet<>(csvGrades.values()).size() > 1, "grades that differ, so a mix-up would show");

        // The pairwise matrix on the Agreement sheet, as LibreOffice shows it: a row and a column per student.
        List<List<String>> agreement = sheets.get(GradeBook.AGREEMENT_SHEET);
        int title = agreement.indexOf(agreement.stream().filter(r -> !r.isEmpty() && r.get(0).equals(GradeBook.PAIRWISE_TITLE))
                .findFirst().orElseThrow());
        List<String> names = report.scores().stream().map(g -> g.submission().studentName()).toList();
        assertEquals(names, agreement.get(title + 1).subList(1, 4));
        for (int a = 0; a < 3; a++) {
            List<String> row = agreement.get(title + 2 + a);
            assertEquals(names.get(a), row.get(0));
            for (int b = 0; b < 3; b++) {
                assertEquals(report.agreement().pairwiseKappa(a, b), Double.parseDouble(row.get(1 + b)), 1e-9);
            }
        }
    }

    @Test
    void moodleCsvIsTheGradingWorksheetWithParticipantIdentifiers() throws Exception {
        Path zip = classZip("moodle.zip", List.of("Ama Mensah_301_assignsubmission_file_/ama.fbench",
                "Kofi Boateng_302_assignsubmission_file_/kofi.fbench", "Esi Asante_303_assignsubmission_file_esi.fbench"));
        ClassReport report = ClassGrading.grade(zip, keyFile, new ScoringOptions());
        Path book = folder.resolve("class.xlsx");
        new GradeBook(report).export(book);
        Path csv = LmsGradeCsv.besideWorkbook(book, LmsGradeCsv.Layout.MOODLE);
        new LmsGradeCsv(report, LmsGradeCsv.Layout.MOODLE).export(csv);

        List<List<String>> rows = readCsv(csv);
        assertEquals(List.of("Identifier", "Full name", "ID number", "Grade", "Maximum Grade", "Feedback comments"),
                rows.get(0));
        assertEquals(1 + 3, rows.size());
        try (InputStream in = Files.newInputStream(book); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet grades = workbook.getSheet(GradeBook.GRADES_SHEET);
            List<String> header = new ArrayList<>();
            grades.getRow(1).forEach(cell -> header.add(cell.getStringCellValue()));
            for (int i = 0; i < 3; i++) {
                Row row = grades.getRow(2 + i);
                List<String> line = rows.get(1 + i);
                assertEquals("Participant " + row.getCell(header.indexOf(GradeBook.LMS_ID_HEADER)).getStringCellValue(),
                        line.get(0));
                assertEquals(row.getCell(0).getStringCellValue(), line.get(1));
                assertEquals(row.getCell(1).getStringCellValue(), line.get(2), "the student id typed into the file");
                // The cached value of the Grade formula, which is what LibreOffice and pandas show.
                assertEquals(row.getCell(header.indexOf("Grade")).getNumericCellValue(), Double.parseDouble(line.get(3)), 0.005);
                assertEquals("100", line.get(4));
                assertEquals(row.getCell(header.indexOf("How the grade is made")).getStringCellValue(), line.get(5));
            }
            assertEquals(List.of("Participant 301", "Participant 302", "Participant 303"),
                    rows.subList(1, 4).stream().map(r -> r.get(0)).sorted().toList());
            assertTrue(grades.getRow(2).getCell(2).getStringCellValue().startsWith("Ama Mensah_301_assignsubmission_file_/"),
                    "the File column names the entry in the ZIP");
        }
    }

    /** RFC 4180, as a spreadsheet or an LMS reads it; every record ends in CRLF. */
    static List<List<String>> readCsv(Path file) throws Exception {
        return Csv.records(Files.readString(file, StandardCharsets.UTF_8));
    }
}
