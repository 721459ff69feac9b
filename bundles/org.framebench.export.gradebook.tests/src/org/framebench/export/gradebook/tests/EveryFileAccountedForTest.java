package org.framebench.export.gradebook.tests;

import static org.framebench.export.gradebook.tests.ClassFixtures.document;
import static org.framebench.export.gradebook.tests.ClassFixtures.annotate;
import static org.framebench.export.gradebook.tests.ClassFixtures.article;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.framebench.core.corpus.CorpusLoader;
import org.framebench.core.document.DocumentStore;
import org.framebench.core.text.Digests;
import org.framebench.export.gradebook.GradeBook;
import org.framebench.export.testing.LibreOfficeCalc;
import org.framebench.grading.ClassGrading;
import org.framebench.grading.ClassReport;
import org.framebench.grading.ClassReport.GradedSubmission;
import org.framebench.grading.ClassSubmissions;
import org.framebench.grading.Problem;
import org.framebench.grading.Submission;
import org.framebench.grading.review.ReviewStore;
import org.framebench.grading.scoring.MatchStatus;
import org.framebench.grading.scoring.ScoringOptions;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.Assignment;
import org.framebench.model.ReviewDocument;
import org.framebench.model.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, "files vanish or get mixed up": a class folder holding every kind of file an instructor finds in
 * one (a damaged, an empty, a foreign, a not-Framebench file, a student's file saved as a key, two answer
 * keys, a student twice, a copied file, a file whose article differs by one character). Every file is in the
 * grade book with its status; the copy is flagged naming the other file; feedback on one file does not
 * show on its copy; the one-character change is graded with a warning.
 */
class EveryFileAccountedForTest {

    private static final long HOUR = 3_600_000L;

    @TempDir
    Path folder;

    private AnnotationDocument ama;
    private Annotation amaFraming;
    private byte[] yawBefore;

    @BeforeEach
    void writeClass() throws Exception {
        Assignment assignment = CorpusLoader.loadDefault();
        long now = System.currentTimeMillis();

        AnnotationDocument oldKey = document(assignment, Role.KEY, "Instructor", "");
        annotate(oldKey, "cnn", "S1", 100, 120);
        save(oldKey, "key-2024.fbench", now - 48 * HOUR);
        AnnotationDocument key = document(assignment, Role.KEY, "Instructor", "");
        annotate(key, "cnn", "S1", 100, 120);
        annotate(key, "bbc", "F1", 10, 40);
        save(key, "key-2025.fbench", now - HOUR);
        // A student who saved her work with the "key" role by mistake.
        AnnotationDocument zoe = document(assignment, Role.KEY, "Zoe Zulu", "s9");
        annotate(zoe, "cnn", "S1", 100, 120);
        save(zoe, "zoe.fbench", now - 30 * HOUR);

        ama = document(assignment, Role.STUDENT, "Ama", "s1");
        annotate(ama, "cnn", "S1", 100, 120);
        amaFraming = annotate(ama, "bbc", "F1", 12, 40);
        annotate(ama, "third", "A3", 500, 540);
        save(ama, "ama.fbench", now - 5 * HOUR);
        // Ben handed in Ama's file under his own name: same document, same annotations.
        AnnotationDocument ben = EcoreUtil.copy(ama);
        ben.setAnnotatorName("Ben");
        ben.setAnnotatorId("s2");
        save(ben, "ben.fbench", now - 4 * HOUR);

        AnnotationDocument kofi = document(assignment, Role.STUDENT, "Kofi", "s3");
        annotate(kofi, "bbc", "F1", 10, 40);
        save(kofi, "kofi.fbench", now - 2 * HOUR);
        AnnotationDocument olderKofi = document(assignment, Role.STUDENT, "Kofi", "s3");
        annotate(olderKofi, "cnn", "S1", 300, 320);
        save(olderKofi, "kofi-first-try.fbench", now - 20 * HOUR);

        AnnotationDocument esi = document(assignment, Role.STUDENT, "Esi", "s4");
        esi.getAssignment().setId("another-assignment");
        save(esi, "esi.fbench", now - 3 * HOUR);

        // Yaw's copy of the cnn article differs by one character (an older version of the text).
        AnnotationDocument yaw = document(assignment, Role.STUDENT, "Yaw", "s5");
        Article cnn = article(yaw, "cnn");
        StringBuilder text = new StringBuilder(cnn.getText());
        text.setCharAt(5, text.charAt(5) == 'x' ? 'y' : 'x');
        cnn.setText(text.toString());
        cnn.setSha256(Digests.sha256(cnn.getText()));
        annotate(yaw, "cnn", "S1", 100, 120);
        save(yaw, "yaw.fbench", now - 3 * HOUR);
        yawBefore = Files.readAllBytes(folder.resolve("yaw.fbench"));

        Files.writeString(folder.resolve("broken.fbench"), "<?xml version=\"1.0\"?><fb:AnnotationDocument xmlns:fb=\"http://framebench.org/model/1.0\" id=\"x\"><annotations", StandardCharsets.UTF_8);
        Files.write(folder.resolve("empty.fbench"), new byte[0]);
        Files.writeString(folder.resolve("essay.fbench"), "Dear teacher, here is my essay.", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("notes.txt"), "bring the printouts", StandardCharsets.UTF_8);
        // The previous version Framebench keeps beside a saved file is not a hand-in: not listed at all.
        Files.copy(folder.resolve("ama.fbench"), folder.resolve("ama.fbench.bak"));

        // Feedback on Ama's framing annotation (which Ben's copy holds too, with the same id).
        ReviewDocument review = ReviewStore.newReview(assignment.getId(), "Ms Mensah");
        ReviewStore.addFeedback(review, ama, amaFraming, "Ms Mensah", "Good catch of the frame.", 2.0);
        ReviewStore.save(review, ReviewStore.reviewFileOf(folder));
    }

    private static final Map<String, String> EXPECTED_STATUS = new LinkedHashMap<>();
    static {
        EXPECTED_STATUS.put("ama.fbench", "graded");
        EXPECTED_STATUS.put("ben.fbench", "graded");
        EXPECTED_STATUS.put("broken.fbench", "damaged");
        EXPECTED_STATUS.put("empty.fbench", "empty file");
        EXPECTED_STATUS.put("esi.fbench", "other assignment");
        EXPECTED_STATUS.put("essay.fbench", "not a Framebench file");
        EXPECTED_STATUS.put("key-2024.fbench", "answer key, not used");
        EXPECTED_STATUS.put("key-2025.fbench", "answer key (graded against)");
        EXPECTED_STATUS.put("kofi-first-try.fbench", "older duplicate, not graded");
        EXPECTED_STATUS.put("kofi.fbench", "graded");
        EXPECTED_STATUS.put("notes.txt", "not a Framebench file");
        EXPECTED_STATUS.put("yaw.fbench", "graded");
        EXPECTED_STATUS.put("zoe.fbench", "answer key, not used");
    }

    @Test
    void everyFileOfTheFolderHasAStatusAndTheTwoKeysAreNamed() throws Exception {
        ClassSubmissions submissions = ClassSubmissions.load(folder, null);

        Map<String, String> statuses = new LinkedHashMap<>();
        for (Submission file : submissions.files()) {
            statuses.put(file.file().getFileName().toString(), file.status(submissions.key()).label());
        }
        assertEquals(EXPECTED_STATUS, statuses, "every file, in name order, the review file and ama.fbench.bak left out");
        assertEquals("key-2025.fbench", submissions.key().file().getFileName().toString());
        assertEquals(1, submissions.classProblems().size(), submissions.classProblems().toString());
        String keys = submissions.classProblems().get(0);
        assertTrue(keys.contains("3 answer keys") && keys.contains("key-2024.fbench") && keys.contains("zoe.fbench")
                && keys.contains("key-2025.fbench was used because it is the newest"), keys);
        assertTrue(named(submissions, "zoe.fbench").statusText(submissions.key()).contains("saved as an answer key"),
                named(submissions, "zoe.fbench").statusText(submissions.key()));
        assertTrue(named(submissions, "broken.fbench").statusText(submissions.key()).startsWith("damaged: broken.fbench is damaged"),
                named(submissions, "broken.fbench").statusText(submissions.key()));
    }

    @Test
    void aCopyIsFlaggedNamingTheOtherFileAndBothAreGraded() throws Exception {
        ClassSubmissions submissions = ClassSubmissions.load(folder, null);

        Submission ama = named(submissions, "ama.fbench");
        Submission ben = named(submissions, "ben.fbench");
        assertTrue(ama.isGradable() && ben.isGradable());
        String onBen = ben.problems().stream().filter(p -> p.kind() == Problem.Kind.POSSIBLE_COPY).map(Problem::message)
                .findFirst().orElseThrow(() -> new AssertionError(ben.problems()));
        assertTrue(onBen.contains("ama.fbench") && onBen.contains("the same document")
                && onBen.contains("exactly the same annotations"), onBen);
        assertTrue(ama.problems().stream().anyMatch(p -> p.kind() == Problem.Kind.POSSIBLE_COPY && p.message().contains("ben.fbench")),
                ama.problems().toString());
        assertTrue(named(submissions, "kofi.fbench").problems().stream().noneMatch(p -> p.kind() == Problem.Kind.POSSIBLE_COPY),
                "Kofi's two files are the same student, not a copy");
        assertTrue(named(submissions, "zoe.fbench").problems().stream().noneMatch(p -> p.kind() == Problem.Kind.POSSIBLE_COPY));
    }

    @Test
    void feedbackOnOneFileDoesNotShowOnItsCopy() throws Exception {
        ClassReport report = ClassGrading.grade(folder, null, new ScoringOptions());
        ReviewDocument review = report.review();
        Submission amaFile = named(report.submissions(), "ama.fbench");
        Submission benFile = named(report.submissions(), "ben.fbench");
        Annotation amas = annotationWithId(amaFile.document(), amaFraming.getId());
        Annotation bens = annotationWithId(benFile.document(), amaFraming.getId());

        assertEquals(1, ReviewStore.feedbackOn(review, amaFile.document(), amas).size());
        assertEquals(0, ReviewStore.feedbackOn(review, benFile.document(), bens).size(), "the same annotation id in Ben's copy");
        assertEquals(2.0, graded(report, "ama.fbench").feedbackPoints());
        assertEquals(0.0, graded(report, "ben.fbench").feedbackPoints(), "Ben does not get Ama's feedback points");
    }

    @Test
    void aOneCharacterArticleChangeIsReanchoredAndGradedWithAWarning() throws Exception {
        ClassReport report = ClassGrading.grade(folder, null, new ScoringOptions());

        GradedSubmission yaw = graded(report, "yaw.fbench");
        Problem warning = yaw.submission().problems().stream().filter(p -> p.kind() == Problem.Kind.REANCHORED).findFirst()
                .orElseThrow(() -> new AssertionError(yaw.submission().problems()));
        assertTrue(warning.message().contains("cnn") && warning.message().contains("every annotation found its place")
                && warning.message().contains("unchanged"), warning.message());
        assertEquals(1, yaw.score().count(MatchStatus.MATCHED), "Yaw's S1 matches the key's once moved onto its text");
        assertArrayEquals(yawBefore, Files.readAllBytes(folder.resolve("yaw.fbench")), "Yaw's file is never written");
        assertTrue(yaw.submission().statusText(report.submissions().key()).startsWith("graded: Warning: The text of article cnn"),
                yaw.submission().statusText(report.submissions().key()));
    }

    @Test
    void theGradeBookHasARowWithAStatusForEveryFileAndScoresOnlyForTheGraded() throws Exception {
        ClassReport report = ClassGrading.grade(folder, null, new ScoringOptions());
        Path out = folder.resolve("out").resolve("grades.xlsx");
        Files.createDirectories(out.getParent());
        new GradeBook(report).export(out);

        try (InputStream in = Files.newInputStream(out); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet grades = workbook.getSheet(GradeBook.GRADES_SHEET);
            List<String> headers = texts(grades.getRow(1));
            int file = headers.indexOf("File");
            int status = headers.indexOf("Status");
            int total = headers.indexOf("Total");
            int grade = headers.indexOf("Grade");
            assertTrue(status > 0, headers.toString());
            Map<String, String> statuses = new LinkedHashMap<>();
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            String note = null;
            for (int r = 2; r <= grades.getLastRowNum(); r++) {
                Row row = grades.getRow(r);
                String name = row.getCell(file) == null ? "" : row.getCell(file).getStringCellValue();
                String text = row.getCell(status).getStringCellValue();
                if (name.isEmpty()) {
                    note = text;
                    continue;
                }
                statuses.put(name, text);
                if (text.startsWith("graded")) {
                    assertEquals(CellType.FORMULA, row.getCell(total).getCellType(), name);
                    GradedSubmission graded = graded(report, name);
                    assertEquals(graded.score().total(), row.getCell(total).getNumericCellValue(), 1e-9, name + " cached total");
                    assertEquals(graded.score().total(), evaluator.evaluate(row.getCell(total)).getNumberValue(), 1e-9, name);
                    assertEquals(graded.grade(), row.getCell(grade).getNumericCellValue(), 1e-9, name + " cached grade");
                    assertEquals(graded.grade(), evaluator.evaluate(row.getCell(grade)).getNumberValue(), 1e-9, name);
                } else {
                    assertNull(row.getCell(total), name + " is not graded: no total");
                    assertNull(row.getCell(grade), name + " is not graded: no grade");
                }
            }
            assertEquals(EXPECTED_STATUS.keySet(), new java.util.TreeSet<>(statuses.keySet()), "every file has a row");
            EXPECTED_STATUS.forEach((name, label) -> assertTrue(statuses.get(name).startsWith(label),
                    name + ": " + statuses.get(name)));
            assertTrue(statuses.get("ben.fbench").contains("Warning: Possible copy") && statuses.get("ben.fbench").contains("ama.fbench"),
                    statuses.get("ben.fbench"));
            assertTrue(statuses.get("empty.fbench").contains("empty.fbench is empty"), statuses.get("empty.fbench"));
            assertTrue(statuses.get("esi.fbench").contains("another-assignment"), statuses.get("esi.fbench"));
            assertNotNull(note, "the two keys are noted");
            assertTrue(note.contains("key-2025.fbench was used because it is the newest"), note);

            // Ben's sheet does not carry the feedback given on Ama's annotation.
            Sheet amaSheet = workbook.getSheet("Ama");
            Sheet benSheet = workbook.getSheet("Ben");
            assertTrue(sheetTexts(amaSheet).contains("Good catch of the frame."), sheetTexts(amaSheet).toString());
            assertTrue(!sheetTexts(benSheet).contains("Good catch of the frame."), sheetTexts(benSheet).toString());
        }

        // What an instructor sees in LibreOffice: every file, its status; graded rows with their totals.
        Map<String, List<List<String>>> sheets = LibreOfficeCalc.sheets(out, Files.createDirectory(folder.resolve("lo")));
        List<List<String>> grades = sheets.get(GradeBook.GRADES_SHEET);
        assertNotNull(grades, sheets.keySet().toString());
        int file = grades.get(1).indexOf("File");
        int status = grades.get(1).indexOf("Status");
        int total = grades.get(1).indexOf("Total");
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (List<String> row : grades.subList(2, grades.size())) {
            if (row.size() > file && !row.get(file).isEmpty()) {
                rows.put(row.get(file), row);
            }
        }
        assertEquals(EXPECTED_STATUS.keySet(), new java.util.TreeSet<>(rows.keySet()), "LibreOffice shows every file");
        for (Map.Entry<String, List<String>> row : rows.entrySet()) {
            assertTrue(row.getValue().get(status).startsWith(EXPECTED_STATUS.get(row.getKey())), row.toString());
            if (EXPECTED_STATUS.get(row.getKey()).equals("graded")) {
                assertEquals(graded(report, row.getKey()).score().total(), Double.parseDouble(row.getValue().get(total)), 1e-9,
                        row.getKey() + "'s total as LibreOffice shows it");
            } else {
                assertTrue(row.getValue().size() <= total || row.getValue().get(total).isEmpty(), row.toString());
            }
        }
    }

    private static GradedSubmission graded(ClassReport report, String file) {
        return report.scores().stream().filter(g -> g.submission().file().getFileName().toString().equals(file)).findFirst()
                .orElseThrow(() -> new AssertionError(file + " is not graded"));
    }

    private static Submission named(ClassSubmissions submissions, String file) {
        return submissions.files().stream().filter(s -> s.file().getFileName().toString().equals(file)).findFirst()
                .orElseThrow(() -> new AssertionError(file + " is not listed"));
    }

    private static Annotation annotationWithId(AnnotationDocument document, String id) {
        return document.getAnnotations().stream().filter(a -> a.getId().equals(id)).findFirst().orElseThrow();
    }

    private void save(AnnotationDocument document, String name, long modified) throws Exception {
        document.setModified(new Date(modified));
        DocumentStore.save(document, folder.resolve(name));
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (Cell cell : row) {
            texts.add(cell.getStringCellValue());
        }
        return texts;
    }

    private static List<String> sheetTexts(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    texts.add(cell.getStringCellValue());
                }
            }
        }
        return texts;
    }
}
