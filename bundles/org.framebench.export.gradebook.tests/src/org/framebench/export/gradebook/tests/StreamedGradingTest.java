package org.framebench.export.gradebook.tests;

import static org.framebench.export.gradebook.tests.ClassFixtures.document;
import static org.framebench.export.gradebook.tests.ClassFixtures.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.framebench.core.corpus.CorpusLoader;
import org.framebench.core.document.DocumentStore;
import org.framebench.core.text.Digests;
import org.framebench.export.gradebook.GradeBook;
import org.framebench.grading.ClassGrading;
import org.framebench.grading.ClassReport;
import org.framebench.grading.ClassReport.GradedSubmission;
import org.framebench.grading.Submission;
import org.framebench.grading.agreement.ClassAgreement;
import org.framebench.grading.review.ReviewStore;
import org.framebench.grading.scoring.MatchStatus;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.Assignment;
import org.framebench.model.Code;
import org.framebench.model.Layer;
import org.framebench.model.ReviewDocument;
import org.framebench.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: a class graded as a stream ({@link ClassGrading#gradeStreamed}, what {@code framebench grade} does:
 * each file read, scored, its sheet made, then let go) gives exactly what the class graded in memory gives:
 * the same files and problems, the same scores, the same agreement figures, and a grade book equal cell for
 * cell. The class is a real one: 60 students' varied work on the four articles, and every kind of file a
 * folder holds (a student twice, a copy, another assignment, a damaged file, a file that is not Framebench's,
 * a second key, a file on an older article text that is re-anchored), with a review file.
 */
class StreamedGradingTest {

    @TempDir
    Path folder;

    /** Where the grade books go (not in the class folder, where they would be files of the class). */
    @TempDir
    Path out;

    @Test
    void aClassGradedAsAStreamGivesTheSameScoresAgreementAndGradeBook() throws Exception {
        Path keyFile = writeClass(folder, 60, true);
        compare(folder.resolve("class"), keyFile);

        // What the instructor opens it with: LibreOffice shows the streamed grade book as it shows the one made
        // in memory, every sheet, every cell (formulas as LibreOffice computes them).
        java.util.Map<String, List<List<String>>> memory = org.framebench.export.testing.LibreOfficeCalc.sheets(
                out.resolve("in-memory.xlsx"), Files.createDirectory(out.resolve("lo-memory")));
        java.util.Map<String, List<List<String>>> streamed = org.framebench.export.testing.LibreOfficeCalc.sheets(
                out.resolve("streamed.xlsx"), Files.createDirectory(out.resolve("lo-streamed")));
        assertTrue(streamed.size() > 20, "LibreOffice shows every student's sheet: " + streamed.keySet());
        assertEquals(memory.keySet(), streamed.keySet());
        for (String sheet : memory.keySet()) {
            assertEquals(memory.get(sheet), streamed.get(sheet), "sheet " + sheet + " as LibreOffice shows it");
        }
        List<List<String>> grades = streamed.get(GradeBook.GRADES_SHEET);
        int total = grades.get(1).indexOf("Total");
        assertTrue(total >= 0, grades.get(1).toString());
        assertTrue(grades.stream().skip(2).anyMatch(row -> row.size() > total && !row.get(total).isEmpty()
                && Double.parseDouble(row.get(total)) > 0), "LibreOffice computes the totals (not 0)");
    }

    /** Without a given key: the key is found in the folder (the files are read twice, the result the same). */
    @Test
    void theKeyFoundInTheFolderGivesTheSameToo() throws Exception {
        writeClass(folder, 25, false);
        compare(folder, null);
    }

    private void compare(Path classFolder, Path keyFile) throws Exception {
        ClassReport inMemory = ClassGrading.grade(classFolder, keyFile, options -> options);
        Path memoryBook = out.resolve("in-memory.xlsx");
        new GradeBook(inMemory).export(memoryBook);

        GradeBook.StudentSheets sheets = new GradeBook.StudentSheets();
        ClassGrading.StreamedReport<GradeBook.StudentSheet> streamed = ClassGrading.gradeStreamed(classFolder, keyFile,
                options -> options, sheets::make);
        ClassReport report = streamed.report();
        Path streamedBook = out.resolve("streamed.xlsx");
        new GradeBook(report).export(streamedBook, sheets, streamed.kept());

        // The same files, in the same order, with the same problems and status.
        List<Submission> a = inMemory.submissions().files();
        List<Submission> b = report.submissions().files();
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).fileLabel(), b.get(i).fileLabel());
            assertEquals(a.get(i).studentName(), b.get(i).studentName());
            assertEquals(a.get(i).studentId(), b.get(i).studentId());
            assertEquals(a.get(i).problems(), b.get(i).problems(), a.get(i).fileLabel());
            assertEquals(a.get(i).statusText(inMemory.submissions().key()), b.get(i).statusText(report.submissions().key()));
            assertEquals(a.get(i).annotationsPerLayer(), b.get(i).annotationsPerLayer());
            assertEquals(a.get(i).assignmentVersion(), b.get(i).assignmentVersion());
        }
        assertEquals(inMemory.submissions().classProblems(), report.submissions().classProblems());
        // The folder's kinds of files are all there, so the checks were all exercised.
        List<Submission.Status> statuses = new ArrayList<>(List.of(Submission.Status.GRADED, Submission.Status.OTHER_KEY,
                Submission.Status.OTHER_ASSIGNMENT, Submission.Status.SUPERSEDED, Submission.Status.DAMAGED,
                Submission.Status.NOT_FRAMEBENCH));
        if (keyFile == null) {
            statuses.add(Submission.Status.KEY); // the key's own row, when it is a file of the folder
        }
        for (Submission.Status status : statuses) {
            assertTrue(b.stream().anyMatch(s -> s.status(report.submissions().key()) == status), status + " in "
                    + b.stream().map(s -> s.fileLabel() + ": " + s.status(report.submissions().key())).toList());
        }
        assertTrue(b.stream().anyMatch(s -> s.hasProblem(org.framebench.grading.Problem.Kind.POSSIBLE_COPY)));
        assertTrue(b.stream().anyMatch(s -> s.hasProblem(org.framebench.grading.Problem.Kind.REANCHORED)));

        // The same scores, to the last bit.
        assertEquals(inMemory.scores().size(), report.scores().size());
        assertTrue(report.scores().size() >= 20, "most of the class is graded: " + report.scores().size());
        for (int i = 0; i < inMemory.scores().size(); i++) {
            GradedSubmission x = inMemory.scores().get(i);
            GradedSubmission y = report.scores().get(i);
            assertEquals(x.submission().fileLabel(), y.submission().fileLabel());
            assertEquals(x.score().total(), y.score().total(), 0.0);
            assertEquals(x.grade(), y.grade(), 0.0);
            assertEquals(x.explanation(), y.explanation());
            assertEquals(x.score().layers(), y.score().layers());
            assertEquals(x.score().overall(), y.score().overall());
            assertEquals(x.score().terms(), y.score().terms());
            assertEquals(x.score().attributeAgreement(), y.score().attributeAgreement());
            assertEquals(x.score().linkCredit(), y.score().linkCredit());
            for (MatchStatus status : MatchStatus.values()) {
                assertEquals(x.score().count(status), y.score().count(status));
            }
            assertEquals(Double.doubleToLongBits(x.kappaWithKey()), Double.doubleToLongBits(y.kappaWithKey()));
            assertEquals(x.feedbackPoints(), y.feedbackPoints(), 0.0);
            assertEquals(x.adjustment(), y.adjustment(), 0.0);
            // Streamed: the document was let go once the student's sheet was made.
            assertTrue(y.submission().isReleased());
            assertNull(y.submission().document());
            assertNull(y.score().student());
        }
        assertTrue(inMemory.scores().stream().anyMatch(g -> g.feedbackPoints() != 0), "the review's points count");

        // The same agreement figures, to the last bit.
        ClassAgreement x = inMemory.agreement();
        ClassAgreement y = report.agreement();
        assertEquals(x.coders(), y.coders());
        assertEquals(x.codes(), y.codes());
        assertEquals(x.layers(), y.layers());
        assertTrue(x.hasPairwise() && y.hasPairwise());
        for (int s = 0; s < x.coders(); s++) {
            for (int t = 0; t < x.coders(); t++) {
                assertEquals(Double.doubleToLongBits(x.pairwiseKappa(s, t)), Double.doubleToLongBits(y.pairwiseKappa(s, t)));
            }
        }
        assertFalse(Double.isNaN(y.layer("overall").unitizingAlpha()));

        // The grade book: a valid package (every entry's CRC-32 checked as it is read) and the same, cell for cell.
        java.util.Map<String, String> memoryFilters = filters(memoryBook);
        java.util.Map<String, String> streamedFilters = filters(streamedBook);
        assertTrue(streamedFilters.size() > report.scores().size());
        assertEquals(memoryFilters, streamedFilters);
        try (InputStream one = Files.newInputStream(memoryBook); InputStream two = Files.newInputStream(streamedBook);
                XSSFWorkbook first = new XSSFWorkbook(one); XSSFWorkbook second = new XSSFWorkbook(two)) {
            assertEquals(first.getNumberOfSheets(), second.getNumberOfSheets());
            assertEquals(2 + report.scores().size(), second.getNumberOfSheets());
            for (int s = 0; s < first.getNumberOfSheets(); s++) {
                assertEquals(first.getSheetName(s), second.getSheetName(s));
                assertEquals(cells(first.getSheetAt(s)), cells(second.getSheetAt(s)), first.getSheetName(s));
            }
            // A student's sheet holds their annotations (the streamed one was made before the document went).
            assertTrue(second.getSheetAt(2).getLastRowNum() > 3);
            // The same defined names (the students' sheets but the first are put into the package by ParallelSheets,
            // not made by POI: each has what POI gives a sheet it makes, read back by POI).
            assertEquals(names(first), names(second));
            for (XSSFWorkbook book : List.of(first, second)) {
                for (int s = 2; s < book.getNumberOfSheets(); s++) {
                    org.apache.poi.xssf.usermodel.XSSFSheet sheet = book.getSheetAt(s);
                    GradedSubmission graded = report.scores().get(s - 2);
                    int lastRow = graded.score().matches().size(); // the header row, then one per match
                    assertEquals("A1:N" + (lastRow + 1), (book == first ? memoryFilters : streamedFilters)
                            .get("xl/worksheets/sheet" + (s + 1) + ".xml"), sheet.getSheetName());
                    assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
                    assertTrue(sheet.getPaneInformation().isFreezePane());
                    assertEquals(40 * 256, sheet.getColumnWidth(5));
                    assertEquals(40 * 256, sheet.getColumnWidth(7));
                    assertEquals(40 * 256, sheet.getColumnWidth(11));
                    org.apache.poi.ss.usermodel.Name filter = book.getAllNames().stream()
                            .filter(n -> n.getNameName().equals("_xlnm._FilterDatabase") && n.getSheetIndex() == sheet.getWorkbook()
                                    .getSheetIndex(sheet)).findFirst().orElseThrow(() -> new AssertionError(sheet.getSheetName()));
                    String formula = filter.getRefersToFormula();
                    String sheetPart = formula.substring(0, formula.lastIndexOf('!'));
                    if (sheetPart.startsWith("'")) {
                        sheetPart = sheetPart.substring(1, sheetPart.length() - 1).replace("''", "'");
                    }
                    assertEquals(sheet.getSheetName(), sheetPart, formula);
                    assertEquals("!$A$1:$N$" + (lastRow + 1), formula.substring(formula.lastIndexOf('!')));
                }
            }
        }
    }

    /**
     * Every worksheet part's filter ({@code <autoFilter ref>}) as written, by part name, read with the JDK's
     * zip reader: a wrong CRC-32 or a broken deflate stream of any entry throws here.
     */
    private static java.util.Map<String, String> filters(Path book) throws Exception {
        java.util.Map<String, String> filters = new java.util.TreeMap<>();
        java.util.regex.Pattern filter = java.util.regex.Pattern.compile("<autoFilter ref=\"([^\"]+)\"");
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(book))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                byte[] bytes = zip.readAllBytes();
                if (entry.getName().startsWith("xl/worksheets/")) {
                    java.util.regex.Matcher m = filter.matcher(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
                    filters.put(entry.getName(), m.find() ? m.group(1) : "none");
                }
            }
        }
        return filters;
    }

    /** Every defined name of the workbook: name, sheet, formula, hidden. */
    private static List<String> names(XSSFWorkbook book) {
        List<String> names = new ArrayList<>();
        for (org.apache.poi.ss.usermodel.Name name : book.getAllNames()) {
            names.add(name.getNameName() + " " + name.getSheetIndex() + " " + name.getRefersToFormula() + " "
                    + name.isHidden());
        }
        return names;
    }

    /** Every cell of a sheet as "A1 type value style", row by row, with the sheet's settings. */
    private static List<String> cells(Sheet sheet) {
        List<String> cells = new ArrayList<>();
        org.apache.poi.ss.util.PaneInformation pane = sheet.getPaneInformation();
        cells.add("pane " + (pane == null ? "none" : pane.getHorizontalSplitPosition() + " " + pane.getVerticalSplitPosition()
                + " " + pane.isFreezePane()));
        for (Row row : sheet) {
            for (Cell cell : row) {
                String value = switch (cell.getCellType()) {
                    case NUMERIC -> Double.toString(cell.getNumericCellValue());
                    case STRING -> cell.getStringCellValue();
                    case FORMULA -> cell.getCellFormula() + "=" + cell.getNumericCellValue();
                    case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
                    default -> "";
                };
                cells.add(cell.getAddress() + " " + cell.getCellType() + " " + value + " " + cell.getCellStyle().getIndex());
            }
        }
        return cells;
    }

    /**
     * A class of {@code students} in {@code classFolder}: the key (beside the folder when {@code keyOutside},
     * else in it), students' work varied from the key (moved, cut, other codes, missed, extra; attributes and
     * links as the key's), and one file of each other kind. Returns the key's file.
     */
    static Path writeClass(Path classFolder, int students, boolean keyOutside) throws Exception {
        Path dir = keyOutside ? Files.createDirectories(classFolder.resolve("class")) : classFolder;
        Assignment assignment = CorpusLoader.loadDefault();
        Random random = new Random(16);
        AnnotationDocument key = document(assignment, Role.KEY, "Instructor", "key");
        List<Code> codes = new ArrayList<>();
        for (Layer layer : assignment.getCodebook().getLayers()) {
            codes.addAll(layer.getCodes());
        }
        for (Article article : key.getAssignment().getArticles()) {
            int length = article.getText().length();
            for (int k = 0; k < 12; k++) {
                int begin = random.nextInt(length - 80);
                annotate(key, article.getId(), codes.get(random.nextInt(codes.size())).getId(), begin,
                        begin + 10 + random.nextInt(60));
            }
        }
        Path keyFile = (keyOutside ? classFolder : dir).resolve("key.fbench");
        DocumentStore.save(key, keyFile);
        List<AnnotationDocument> saved = new ArrayList<>();
        for (int s = 0; s < students; s++) {
            AnnotationDocument student = document(assignment, Role.STUDENT, "Student " + s, "s" + s);
            for (Annotation answer : key.getAnnotations()) {
                int roll = random.nextInt(10);
                if (roll == 0) {
                    continue; // missed
                }
                int shift = roll <= 5 ? 0 : random.nextInt(15) - 7;
                String code = roll == 9 ? codes.get(random.nextInt(codes.size())).getId() : answer.getCode().getId();
                int length = answer.getArticle().getText().length();
                int begin = Math.max(0, Math.min(length - 2, answer.getBegin() + shift));
                annotate(student, answer.getArticle().getId(), code, begin, Math.max(begin + 1,
                        Math.min(length, answer.getEnd() + shift)));
            }
            for (int extra = random.nextInt(4); extra > 0; extra--) {
                Article article = student.getAssignment().getArticles().get(random.nextInt(4));
                int begin = random.nextInt(article.getText().length() - 50);
                annotate(student, article.getId(), codes.get(random.nextInt(codes.size())).getId(), begin, begin + 20);
            }
            student.setModified(new Date(1_700_000_000_000L + s * 1000L));
            DocumentStore.save(student, dir.resolve(String.format("student-%03d.fbench", s)));
            saved.add(student);
        }
        // Student 3 handed in twice: the older file (an earlier date) is superseded.
        AnnotationDocument older = document(assignment, Role.STUDENT, "Student 3", "s3");
        annotate(older, "cnn", "S1", 10, 30);
        older.setModified(new Date(1_600_000_000_000L));
        DocumentStore.save(older, dir.resolve("student-003-first-try.fbench"));
        // A copy of student 5's answers under another name.
        AnnotationDocument copy = document(assignment, Role.STUDENT, "Copier", "c1");
        for (Annotation original : saved.get(5).getAnnotations()) {
            annotate(copy, original.getArticle().getId(), original.getCode().getId(), original.getBegin(), original.getEnd());
        }
        DocumentStore.save(copy, dir.resolve("copier.fbench"));
        // Another assignment, a damaged file, a file that is not Framebench's, a second (older) key.
        AnnotationDocument other = document(assignment, Role.STUDENT, "Elsewhere", "e1");
        other.getAssignment().setId("another-assignment");
        annotate(other, "cnn", "S1", 100, 120);
        DocumentStore.save(other, dir.resolve("elsewhere.fbench"));
        byte[] whole = Files.readAllBytes(keyFile);
        Files.write(dir.resolve("broken.fbench"), java.util.Arrays.copyOf(whole, whole.length / 2)); // cut off halfway
        Files.writeString(dir.resolve("notes.txt"), "the instructor's notes");
        AnnotationDocument oldKey = document(assignment, Role.KEY, "Instructor", "key");
        annotate(oldKey, "cnn", "S1", 100, 120);
        oldKey.setModified(new Date(1_500_000_000_000L));
        DocumentStore.save(oldKey, dir.resolve("old-key.fbench"));
        // A file answered on an older text of article cnn: re-anchored onto the key's.
        AnnotationDocument moved = document(assignment, Role.STUDENT, "Mover", "m1");
        Article cnn = moved.getAssignment().getArticles().stream().filter(a -> a.getId().equals("cnn")).findFirst().orElseThrow();
        String inserted = " Zanzibar quokka xylophone marmalade.";
        cnn.setText(cnn.getText().substring(0, 50) + inserted + cnn.getText().substring(50));
        cnn.setSha256(Digests.sha256(cnn.getText()));
        for (Annotation answer : key.getAnnotations()) {
            if (answer.getArticle().getId().equals("cnn") && answer.getBegin() > 60) {
                annotate(moved, "cnn", answer.getCode().getId(), answer.getBegin() + inserted.length(),
                        answer.getEnd() + inserted.length());
            }
        }
        DocumentStore.save(moved, dir.resolve("mover.fbench"));
        // The review: feedback with points on one student's annotation, an adjustment of another's total.
        ReviewDocument review = ReviewStore.newReview(assignment.getId(), "Ms Mensah");
        ReviewStore.addFeedback(review, saved.get(1), saved.get(1).getAnnotations().get(0), "Ms Mensah", "Good catch.", 2.0);
        ReviewStore.addFeedback(review, saved.get(2), saved.get(2).getAnnotations().get(1), "Ms Mensah", "Which frame?", -1.0);
        ReviewStore.setAdjustment(review, saved.get(4), 5.0, "late hand-in waived", "Ms Mensah");
        ReviewStore.save(review, ReviewStore.reviewFileOf(dir));
        return keyOutside ? keyFile : null;
    }
}
