package org.framebench.export.gradebook.tests;

import static org.framebench.export.gradebook.tests.ClassFixtures.document;
import static org.framebench.export.gradebook.tests.ClassFixtures.annotate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.framebench.core.corpus.CorpusLoader;
import org.framebench.core.document.DocumentStore;
import org.framebench.export.gradebook.GradeBook;
import org.framebench.export.testing.LibreOfficeCalc;
import org.framebench.export.xlsx.PoiTempFolder;
import org.framebench.grading.ClassGrading;
import org.framebench.grading.ClassReport;
import org.framebench.grading.GradingException;
import org.framebench.grading.review.ReviewStore;
import org.framebench.grading.scoring.ScoringOptions;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Assignment;
import org.framebench.model.ReviewDocument;
import org.framebench.model.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The grade book written for a real class folder, read back with POI. */
class GradeBookTest {

    @TempDir
    Path folder;

    private Path keyFile;

    @BeforeEach
    void writeClass() throws Exception {
        Assignment assignment = CorpusLoader.loadDefault();
        AnnotationDocument key = document(assignment, Role.KEY, "Instructor", "key");
        annotate(key, "cnn", "S1", 100, 120);
        annotate(key, "bbc", "F1", 10, 40);
        annotate(key, "third", "A3", 500, 540);
        keyFile = folder.resolve("key.fbench");
        DocumentStore.save(key, keyFile);

        AnnotationDocument ama = document(assignment, Role.STUDENT, "Ama", "s1");
        annotate(ama, "cnn", "S1", 100, 120);
        annotate(ama, "bbc", "F1", 20, 40);
        annotate(ama, "bbc", "F2", 900, 950);
        DocumentStore.save(ama, folder.resolve("ama.fbench"));
        AnnotationDocument kofi = document(assignment, Role.STUDENT, "Kofi", "s2");
        annotate(kofi, "third", "A3", 500, 540);
        DocumentStore.save(kofi, folder.resolve("kofi.fbench"));
        Files.writeString(folder.resolve("broken.fbench"), "garbage");

        ReviewDocument review = ReviewStore.newReview(assignment.getId(), "Ms Mensah");
        ReviewStore.addFeedback(review, ama, ama.getAnnotations().get(2), "Ms Mensah", "Where is the frame here?", -1.0);
        ReviewStore.save(review, ReviewStore.reviewFileOf(folder));
    }

    /**
     * Issue 8: POI's shared default folder {@code java.io.tmpdir/poifiles} belonged to another user (here: a
     * file of that name in a system temporary folder of the test's own), so the grade book failed.
     */
    @Test
    void gradeBookIsWrittenWhenTheSharedPoiFolderIsUnusable() throws Exception {
        String savedTmpdir = System.getProperty("java.io.tmpdir");
        String savedHome = System.getProperty(PoiTempFolder.HOME_PROPERTY);
        Path systemTemp = Files.createDirectories(folder.resolve("system-tmp"));
        Files.writeString(systemTemp.resolve(DefaultTempFileCreationStrategy.POIFILES), "another user's folder");
        Path home = folder.resolve("home");
        try {
            System.setProperty("java.io.tmpdir", systemTemp.toString());
            System.setProperty(PoiTempFolder.HOME_PROPERTY, home.toString());
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
            ClassReport report = ClassGrading.grade(folder, keyFile, new ScoringOptions());
            Path out = folder.resolve("grades.xlsx");

            new GradeBook(report).export(out);

            try (InputStream in = Files.newInputStream(out); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
                assertNotNull(workbook.getSheet(GradeBook.GRADES_SHEET));
            }
            assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions
                    .toString(Files.getPosixFilePermissions(home.resolve("tmp"))), "the per-user folder was used");
            assertTrue(Files.isRegularFile(systemTemp.resolve("poifiles")), "the shared folder was left alone");
        } finally {
            System.setProperty("java.io.tmpdir", savedTmpdir);
            if (savedHome == null) {
                System.clearProperty(PoiTempFolder.HOME_PROPERTY);
            } else {
                System.setProperty(PoiTempFolder.HOME_PROPERTY, savedHome);
            }
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
        }
    }

    @Test
    void gradesSheetHasOneRowPerStudentAndTotalsComputedByFormulaFromTheWeights() throws Exception {
        ClassReport report = ClassGrading.grade(folder, keyFile, new ScoringOptions());
        Path out = folder.resolve("grades.xlsx");
        new GradeBook(report).export(out);

        try (InputStream in = Files.newInputStream(out); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet grades = workbook.getSheet(GradeBook.GRADES_SHEET);
            assertNotNull(grades);
            List<String> headers = texts(grades.getRow(1));
            assertEquals(List.of("Student", "Student id", "File", "Sourcing F1", "Attribution F1", "Framing F1",
                    "Attribute agreement", "Link credit", "Precision", "Recall", "F1", "Matched", "Partial", "Missed",
                    "Extra", "Wrong code", "Links", "Kappa with key", "Feedback", "Total", "Feedback points", "Adjustment",
                    "Grade", "How the grade is made", "From suggestions", "Status", GradeBook.VERSION_HEADER), headers);
            assertTrue(workbook.getFontAt(grades.getRow(1).getCell(0).getCellStyle().getFontIndex()).getBold());
            PaneInformation pane = grades.getPaneInformation();
            assertEquals(2, pane.getHorizontalSplitPosition(), "weights and header rows frozen");
            assertTrue(workbook.getAllNames().stream().anyMatch(n -> n.getNameName().equals("_xlnm._FilterDatabase")
                    && n.getSheetIndex() == 0 && n.getRefersToFormula().contains("$A$2:$AA$6")), "auto-filter from the header row");
            assertEquals(5, grades.getLastRowNum(), "weights, header, two graded students, then the broken file and the key");
            int status = headers.indexOf("Status");
            assertEquals("graded", grades.getRow(2).getCell(status).getStringCellValue());
            int version = headers.indexOf(GradeBook.VERSION_HEADER);
            assertEquals(report.scores().get(0).submission().document().getAssignment().getVersion(),
                    grades.getRow(2).getCell(version).getStringCellValue(), "the assignment version the file answers");
            assertEquals(null, grades.getRow(4).getCell(version), "a broken file answers no known version");
            assertTrue(grades.getRow(4).getCell(status).getStringCellValue().startsWith("not a Framebench file: broken.fbench"),
                    grades.getRow(4).getCell(status).getStringCellValue());
            assertEquals("key.fbench", grades.getRow(5).getCell(2).getStringCellValue());
            assertEquals("answer key (graded against)", grades.getRow(5).getCell(status).getStringCellValue());
            assertEquals(null, grades.getRow(4).getCell(total(headers)), "a file not graded has no score");

            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            int total = headers.indexOf("Total");
            for (int i = 0; i < report.scores().size(); i++) {
                Row row = grades.getRow(2 + i);
                assertEquals(report.scores().get(i).submission().studentName(), row.getCell(0).getStringCellValue());
                assertEquals(CellType.FORMULA, row.getCell(total).getCellType());
                assertEquals(report.scores().get(i).score().total(), evaluator.evaluate(row.getCell(total)).getNumberValue(), 1e-9);
            }
            Row ama = grades.getRow(2);
            assertEquals(1.0, ama.getCell(headers.indexOf("Sourcing F1")).getNumericCellValue(), 1e-12);
            assertEquals(1.0, ama.getCell(headers.indexOf("Feedback")).getNumericCellValue());
            assertEquals(CellType.BLANK, ama.getCell(headers.indexOf("Link credit")).getCellType(), "the key has no links");

            assertTrue(ama.getCell(headers.indexOf("How the grade is made")).getStringCellValue().startsWith("Score 100 × ("),
                    "the arithmetic is written out");

            // Weight the framing layer (where Ama is weakest) at 0: the total follows the weight cell, over the
            // components that are numbers (a layer the key does not assess says so in words and is left out).
            grades.getRow(0).getCell(headers.indexOf("Framing F1")).setCellValue(0);
            evaluator.clearAllCachedResultValues();
            double weighted = 0;
            double weightSum = 0;
            for (String component : List.of("Sourcing F1", "Attribution F1", "Framing F1", "Attribute agreement", "Link credit")) {
                Cell cell = ama.getCell(headers.indexOf(component));
                if (cell != null && cell.getCellType() == CellType.NUMERIC) {
                    double weight = grades.getRow(0).getCell(headers.indexOf(component)).getNumericCellValue();
                    weighted += weight * cell.getNumericCellValue();
                    weightSum += weight;
                } else if (cell != null && cell.getCellType() == CellType.STRING) {
                    assertEquals("not assessed", cell.getStringCellValue(), component);
                }
            }
            assertEquals(100 * weighted / weightSum, evaluator.evaluate(ama.getCell(total)).getNumberValue(), 1e-9);
            assertTrue(weighted / weightSum > report.scores().get(0).score().total() / 100, "framing no longer pulls Ama down");
        }
    }

    @Test
    void everyFormulaCellStoresItsValueSoNoRecalculationIsNeeded() throws Exception {
        ClassReport report = ClassGrading.grade(folder, keyFile, new ScoringOptions());
        Path out = folder.resolve("grades.xlsx");
        new GradeBook(report).export(out);

        try (InputStream in = Files.newInputStream(out); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            int total = texts(workbook.getSheet(GradeBook.GRADES_SHEET).getRow(1)).indexOf("Total");
            int grade = texts(workbook.getSheet(GradeBook.GRADES_SHEET).getRow(1)).indexOf("Grade");
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            int formulas = 0;
            // Every formula cell of every sheet, read as stored (nothing evaluated): each is a student's total
            // or grade.
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() != CellType.FORMULA) {
                            continue;
                        }
                        String where = sheet.getSheetName() + "!" + cell.getAddress();
                        assertEquals(GradeBook.GRADES_SHEET, sheet.getSheetName(), where);
                        assertTrue(cell.getColumnIndex() == total || cell.getColumnIndex() == grade, where + " is a total or a grade");
                        int student = row.getRowNum() - 2;
                        assertTrue(student >= 0 && student < report.scores().size(), where + " is a student's row");
                        assertEquals(CellType.NUMERIC, cell.getCachedFormulaResultType(), where);
                        assertEquals(cell.getColumnIndex() == total ? report.scores().get(student).score().total()
                                : report.scores().get(student).grade(), cell.getNumericCellValue(), 1e-9, where);
                        assertEquals(evaluator.evaluate(cell).getNumberValue(), cell.getNumericCellValue(), 1e-9,
                                where + ": the stored value is what the formula computes");
                        formulas++;
                    }
                }
            }
            assertEquals(2 * report.scores().size(), formulas, "one total and one grade per student");
            assertTrue(report.scores().stream().allMatch(s -> s.score().total() > 0), "totals that 0 would not pass for");
        }
    }

    /** What an instructor sees in LibreOffice (default settings: no recalculation on opening). */
    @Test
    void libreOfficeShowsEveryStudentsTotal() throws Exception {
        ClassReport report = ClassGrading.grade(folder, keyFile, new ScoringOptions());
        Path out = folder.resolve("grades.xlsx");
        new GradeBook(report).export(out);

        Map<String, List<List<String>>> sheets = LibreOfficeCalc.sheets(out, Files.createDirectory(folder.resolve("lo")));

        List<List<String>> grades = sheets.get(GradeBook.GRADES_SHEET);
        assertNotNull(grades, "sheets LibreOffice read: " + sheets.keySet());
        int total = grades.get(1).indexOf("Total");
        assertTrue(total > 0, "header row: " + grades.get(1));
        assertEquals(2 + report.submissions().files().size(), grades.size(), "weights, header, one row per file");
        for (int i = 0; i < report.scores().size(); i++) {
            List<String> row = grades.get(2 + i);
            assertEquals(report.scores().get(i).submission().studentName(), row.get(0));
            assertEquals(report.scores().get(i).score().total(), Double.parseDouble(row.get(total)), 1e-9,
                    row.get(0) + "'s total as LibreOffice shows it");
            assertEquals(report.scores().get(i).grade(), Double.parseDouble(row.get(grades.get(1).indexOf("Grade"))), 1e-9,
                    row.get(0) + "'s grade as LibreOffice shows it");
        }
    }

    @Test
    void agreementAndStudentSheetsShowMatchStatusAndFeedback() throws Exception {
        // A comment on the key annotation Ama missed (third A3) is on her sheet's missed row (issue 12).
        ReviewDocument review = ReviewStore.load(ReviewStore.reviewFileOf(folder));
        AnnotationDocument key = DocumentStore.load(keyFile);
        AnnotationDocument amaFile = DocumentStore.load(folder.resolve("ama.fbench"));
        ReviewStore.addFeedback(review, amaFile, key.getAnnotations().get(2), "Ms Mensah", "The third outlet quotes him here.", null);
        ReviewStore.save(review, ReviewStore.reviewFileOf(folder));
        ClassReport report = ClassGrading.grade(folder, keyFile, new ScoringOptions());
        Path out = folder.resolve("grades.xlsx");
        new GradeBook(report).export(out);

        try (InputStream in = Files.newInputStream(out); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertEquals(List.of("Grades", "Agreement", "Ama", "Kofi"), sheetNames(workbook));
            XSSFSheet agreement = workbook.getSheet(GradeBook.AGREEMENT_SHEET);
            assertEquals("Unitizing alpha (characters)", agreement.getRow(0).getCell(2).getStringCellValue());
            assertEquals("sourcing", agreement.getRow(1).getCell(0).getStringCellValue());
            assertEquals("overall", agreement.getRow(4).getCell(0).getStringCellValue());
            assertEquals("F8", agreement.getRow(3 + 1 + 24).getCell(1).getStringCellValue(), "header, 3 layers, overall, 24 codes");
            assertNull(agreement.getRow(3 + 1 + 24 + 1), "then a blank row and the pairwise matrix");
            assertEquals(GradeBook.PAIRWISE_TITLE, agreement.getRow(3 + 1 + 24 + 2).getCell(0).getStringCellValue());

            XSSFSheet ama = workbook.getSheet("Ama");
            List<String> statuses = new ArrayList<>();
            // The annotations' rows end at the first blank row; the student's comparison follows below it.
            for (int r = 1; r <= ama.getLastRowNum() && ama.getRow(r) != null; r++) {
                statuses.add(ama.getRow(r).getCell(4).getStringCellValue());
            }
            assertEquals(List.of("partial", "extra", "matched", "missed"), statuses, "bbc F1, bbc F2, cnn S1, third A3");
            Row extra = ama.getRow(2);
            assertEquals("F2", extra.getCell(3).getStringCellValue());
            assertEquals("Where is the frame here?", extra.getCell(11).getStringCellValue());
            assertEquals(-1.0, extra.getCell(12).getNumericCellValue());
            assertEquals("The third outlet quotes him here.", ama.getRow(4).getCell(11).getStringCellValue());
            assertEquals(20.0 / 30, ama.getRow(1).getCell(8).getNumericCellValue(), 1e-12, "[20,40) shares 20 of [10,40)'s 30 characters");
        }
    }

    @Test
    void eachStudentSheetEndsWithTheStudentsComparison() throws Exception {
        ClassReport report = ClassGrading.grade(folder, keyFile, new ScoringOptions());
        Path out = folder.resolve("grades.xlsx");
        new GradeBook(report).export(out);

        try (InputStream in = Files.newInputStream(out); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet kofi = workbook.getSheet("Kofi");
            int title = -1;
            for (int r = 0; r <= kofi.getLastRowNum(); r++) {
                if (kofi.getRow(r) != null && GradeBook.COMPARISON_TITLE.equals(kofi.getRow(r).getCell(0).getStringCellValue())) {
                    title = r;
                }
            }
            assertTrue(title > 1, "the comparison comes below Kofi's annotations");
            assertNull(kofi.getRow(title - 1), "after one blank row");
            List<String> headers = texts(kofi.getRow(title + 1));
            assertEquals(List.of("Student name", "Student id", "Statement", "cnn wording"), headers.subList(0, 4));
            assertEquals("Note", headers.get(headers.size() - 1));
            Row statement = kofi.getRow(title + 2);
            assertEquals(1.0, statement.getCell(2).getNumericCellValue(), "Kofi's one quote is statement 1");
            int thirdWording = headers.indexOf("third wording");
            Annotation quote = report.scores().stream().filter(g -> g.submission().studentName().equals("Kofi"))
                    .findFirst().orElseThrow().score().student().getAnnotations().get(0);
            assertEquals(quote.getCoveredText(), statement.getCell(thirdWording).getStringCellValue());
            assertEquals("mixed quote", statement.getCell(headers.indexOf("third quote")).getStringCellValue());
            assertEquals("left out", statement.getCell(headers.indexOf("cnn status")).getStringCellValue());
            assertEquals(3.0, statement.getCell(headers.indexOf("Left out by")).getNumericCellValue(),
                    "CNN and both BBC texts leave it out");
            assertEquals(title + 2, kofi.getLastRowNum(), "one statement, one row");
        }
    }

    @Test
    void writingIntoAFolderNameFailsWithAPlainMessageAndLeavesNothing() throws Exception {
        ClassReport report = ClassGrading.grade(folder, keyFile, new ScoringOptions());
        Path taken = Files.createDirectory(folder.resolve("grades.xlsx"));

        GradingException error = assertThrows(GradingException.class, () -> new GradeBook(report).export(taken));

        assertTrue(error.getMessage().contains("a folder has that name"), error.getMessage());
        assertArrayEquals(new String[0], taken.toFile().list());
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            names.add(workbook.getSheetName(i));
        }
        return names;
    }

    @Test
    void fromSuggestionsCountsEachStudentsAnnotationsAcceptedFromSuggestions() throws Exception {
        Path amaFile = folder.resolve("ama.fbench");
        AnnotationDocument ama = DocumentStore.load(amaFile);
        ama.getAnnotations().get(0).setFromSuggestion(true);
        ama.getAnnotations().get(2).setFromSuggestion(true);
        DocumentStore.save(ama, amaFile);
        ClassReport report = ClassGrading.grade(folder, keyFile, new ScoringOptions());
        Path out = folder.resolve("grades-suggested.xlsx");
        new GradeBook(report).export(out);

        try (InputStream in = Files.newInputStream(out); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet grades = workbook.getSheet(GradeBook.GRADES_SHEET);
            List<String> headers = texts(grades.getRow(1));
            int column = headers.indexOf(GradeBook.FROM_SUGGESTIONS_HEADER);
            assertEquals(headers.indexOf("Status") - 1, column, "just before the status: " + headers);
            java.util.Map<String, Double> byStudent = new java.util.HashMap<>();
            for (int r = 2; r <= grades.getLastRowNum(); r++) {
                Cell cell = grades.getRow(r).getCell(column);
                if (cell != null) {
                    byStudent.put(grades.getRow(r).getCell(0).getStringCellValue(), cell.getNumericCellValue());
                }
            }
            assertEquals(java.util.Map.of("Ama", 2.0, "Kofi", 0.0), byStudent, "graded students only, counted");
        }
    }

    private static int total(List<String> headers) {
        return headers.indexOf("Total");
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (Cell cell : row) {
            texts.add(cell.getStringCellValue());
        }
        return texts;
    }
}
