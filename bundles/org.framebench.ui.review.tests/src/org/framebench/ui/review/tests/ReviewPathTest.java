package org.framebench.ui.review.tests;

import org.framebench.ui.testing.UiDriver;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.framebench.core.codebook.Codebooks;
import org.framebench.core.corpus.CorpusLoader;
import org.framebench.core.document.DocumentStore;
import org.framebench.core.document.Documents;
import org.framebench.core.text.TextAnchors;
import org.framebench.grading.Submission;
import org.framebench.grading.review.ReviewStore;
import org.framebench.grading.scoring.AnnotationMatch;
import org.framebench.grading.scoring.MatchStatus;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Assignment;
import org.framebench.model.Feedback;
import org.framebench.model.FramebenchFactory;
import org.framebench.model.ReviewDocument;
import org.framebench.model.Role;
import org.framebench.ui.review.ClassOpener;
import org.framebench.ui.review.GradeBookExporter;
import org.framebench.ui.review.MatchStyles;
import org.framebench.ui.review.ReviewColours;
import org.framebench.ui.review.ReviewPerspective;
import org.framebench.ui.review.ReviewSession;
import org.framebench.ui.review.ReviewSessions;
import org.framebench.ui.review.views.ClassView;
import org.framebench.ui.review.views.OverlayView;
import org.framebench.ui.review.views.StudentReviewView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The instructor's path through the real workbench: File → Open Class… on a folder with a key, a good
 * student, a second student, a damaged file and a file for another assignment; the Class view; a student
 * against the key; feedback into the review file; the class overlay; the grade book read back with POI.
 */
class ReviewPathTest {

    private static final String ARTICLE = "cnn";
    private static final String COMMENT = "This is the reporter's own wording, not a source.";

    @TempDir
    Path classFolder;

    private Assignment assignment;

    private AnnotationDocument document(Role role, String name, String id) throws Exception {
        if (assignment == null) {
            assignment = CorpusLoader.loadDefault();
        }
        AnnotationDocument document = Documents.newDocument(assignment, role);
        document.setAnnotatorName(name);
        document.setAnnotatorId(id);
        return document;
    }

    private static Annotation annotate(AnnotationDocument document, String codeId, int begin, int end) {
        Annotation annotation = FramebenchFactory.eINSTANCE.createAnnotation();
        annotation.setId(Documents.newId());
        TextAnchors.anchor(annotation, document.getAssignment().getArticles().stream()
                .filter(a -> a.getId().equals(ARTICLE)).findFirst().orElseThrow(), begin, end);
        annotation.setCode(Codebooks.findById(document.getAssignment().getCodebook(), codeId).orElseThrow());
        document.getAnnotations().add(annotation);
        return annotation;
    }

    /**
     * Key: S1 10–30, A1 100–150, F1 200–260 on cnn. Ann: S1 exact (matched), A1 105–150 (partial), no F1
     * (missed), S2 400–420 (extra). Ben: S1 exact, A2 100–150 (wrong code). Carl's file is damaged; Dana
     * answered another assignment.
     */
    private Annotation writeClass() throws Exception {
        AnnotationDocument key = document(Role.KEY, "Instructor", "");
        annotate(key, "S1", 10, 30);
        annotate(key, "A1", 100, 150);
        annotate(key, "F1", 200, 260);
        DocumentStore.save(key, classFolder.resolve("key.fbench"));

        AnnotationDocument ann = document(Role.STUDENT, "Ann Archer", "s001");
        annotate(ann, "S1", 10, 30);
        annotate(ann, "A1", 105, 150);
        Annotation extra = annotate(ann, "S2", 400, 420);
        DocumentStore.save(ann, classFolder.resolve("ann.fbench"));

        AnnotationDocument ben = document(Role.STUDENT, "Ben Baker", "s002");
        annotate(ben, "S1", 10, 30);
        annotate(ben, "A2", 100, 150);
        DocumentStore.save(ben, classFolder.resolve("ben.fbench"));

        // Carl's file was cut short (a copy that stopped half way).
        byte[] whole = Files.readAllBytes(classFolder.resolve("ben.fbench"));
        Files.write(classFolder.resolve("carl.fbench"), java.util.Arrays.copyOf(whole, whole.length / 2));

        AnnotationDocument dana = document(Role.STUDENT, "Dana Diaz", "s004");
        dana.getAssignment().setId("another-assignment");
        annotate(dana, "S1", 10, 30);
        DocumentStore.save(dana, classFolder.resolve("dana.fbench"));
        return extra;
    }

    @Test
    void instructorReviewsGradesAndExportsAClass() throws Exception {
        Annotation extra = writeClass();
        byte[] annBefore = Files.readAllBytes(classFolder.resolve("ann.fbench"));
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();

        // File → Open Class…, through the command and its dialog (no key given: the folder's key is used).
        List<String> dialogTexts = UiDriver.answerDialog("Open Class", shell -> {
            List<Text> fields = UiDriver.editableTexts(shell);
            fields.get(0).setText(classFolder.toString());
            // The instructor's name is required (filled in from the preferences once given).
            fields.get(2).setText("Dr. Ama Boateng");
        }, "Open", () -> {
            try {
                UiDriver.runCommand("org.framebench.ui.review.openClass");
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        assertTrue(dialogTexts.stream().anyMatch(t -> t.contains("Class folder")), dialogTexts.toString());
        Job.getJobManager().join(ClassOpener.FAMILY, null);
        UiDriver.flush();

        IWorkbenchPage page = window.getActivePage();
        assertEquals(ReviewPerspective.ID, page.getPerspective().getId());
        ReviewSession session = ReviewSessions.current();
        assertNotNull(session, "the class is open");
        assertEquals("key.fbench", session.key().file().getFileName().toString());

        // Class view: every file of the folder (the key too), two graded, the damaged and the foreign file
        // named with their problem and status, as in the grade book.
        ClassView classView = assertInstanceOf(ClassView.class, page.findView(ClassView.ID));
        Table table = classView.getViewer().getTable();
        assertEquals(5, table.getItemCount());
        List<String> titles = classView.getColumnTitles();
        int student = titles.indexOf("Student");
        int file = titles.indexOf("File");
        int sourcing = titles.indexOf("Sourcing");
        int score = titles.indexOf("Score");
        int problems = titles.indexOf("Problems");
        TableItem annRow = row(table, file, "ann.fbench");
        assertEquals("Ann Archer", annRow.getText(student));
        assertEquals("2", annRow.getText(sourcing));
        assertTrue(!annRow.getText(score).isEmpty(), "Ann is scored");
        assertEquals("", annRow.getText(problems));
        TableItem carlRow = row(table, file, "carl.fbench");
        assertEquals("", carlRow.getText(score));
        assertTrue(carlRow.getText(problems).contains("carl.fbench is damaged"), carlRow.getText(problems));
        TableItem danaRow = row(table, file, "dana.fbench");
        assertTrue(danaRow.getText(problems).contains("another assignment"), danaRow.getText(problems));
        assertEquals("", danaRow.getText(score));
        int status = titles.indexOf("Status");
        assertEquals("graded", annRow.getText(status));
        assertEquals("damaged", carlRow.getText(status));
        assertEquals("other assignment", danaRow.getText(status));
        assertEquals("answer key (graded against)", row(table, file, "key.fbench").getText(status));
        assertTrue(classView.getSummary().contains("5 files, 2 graded, 2 with problems"), classView.getSummary());
        // Sorting: by score, highest first on the second click (Ann 3 of 4 right, Ben 1 of 3).
        classView.sortBy(score);
        classView.sortBy(score);
        assertEquals("Ann Archer", table.getItem(0).getText(student));
        assertEquals(SWT.DOWN, table.getSortDirection());

        // Pick Ann: her annotations beside the key's, marked by how they matched.
        Submission ann = session.submissions().submissions().stream()
                .filter(s -> s.file().getFileName().toString().equals("ann.fbench")).findFirst().orElseThrow();
        classView.select(ann);
        StudentReviewView review = (StudentReviewView) page.showView(StudentReviewView.ID);
        UiDriver.flush();
        assertTrue(review.getHeadline().startsWith("Ann Archer: score"), review.getHeadline());
        @SuppressWarnings("unchecked")
        List<AnnotationMatch> rows = (List<AnnotationMatch>) review.getMatchViewer().getInput();
        assertEquals(List.of(MatchStatus.MATCHED, MatchStatus.PARTIAL, MatchStatus.MISSED, MatchStatus.EXTRA),
                rows.stream().map(AnnotationMatch::status).toList());
        assertEquals(4, review.getMatchViewer().getTable().getItemCount());
        assertEquals("extra", review.getMatchViewer().getTable().getItem(3).getText(0));
        StyleRange[] studentStyles = review.getStudentText().getStyleRanges();
        StyleRange[] keyStyles = review.getKeyText().getStyleRanges();
        assertEquals(MatchStatus.MATCHED, MatchStyles.statusAt(studentStyles, 15));
        assertEquals(MatchStatus.PARTIAL, MatchStyles.statusAt(studentStyles, 120));
        assertNull(MatchStyles.statusAt(studentStyles, 102), "Ann's A1 starts at 105");
        assertEquals(MatchStatus.EXTRA, MatchStyles.statusAt(studentStyles, 410));
        assertNull(MatchStyles.statusAt(studentStyles, 230), "Ann did not mark the framing");
        assertEquals(MatchStatus.MISSED, MatchStyles.statusAt(keyStyles, 230));
        assertEquals(MatchStatus.PARTIAL, MatchStyles.statusAt(keyStyles, 102));
        assertNull(MatchStyles.statusAt(keyStyles, 410), "the key has nothing there");

        // Feedback on the extra annotation: kept in the review file, Ann's file untouched.
        AnnotationMatch extraRow = rows.get(3);
        assertEquals(extra.getId(), extraRow.student().getId());
        review.selectMatch(extraRow);
        assertTrue(review.getStudentText().getStyleRanges().length > 0);
        assertTrue(review.getFeedbackShown().contains("No feedback yet"), review.getFeedbackShown());
        review.getComment().setText(COMMENT);
        review.getPoints().setText("one");
        UiDriver.select(review.getAddFeedbackButton());
        assertTrue(review.getFeedbackMessage().contains("\"one\" is not a number"), review.getFeedbackMessage());
        assertEquals(COMMENT, review.getComment().getText(), "what was typed is kept");
        review.getPoints().setText("0.5");
        UiDriver.select(review.getAddFeedbackButton());
        assertTrue(review.getFeedbackMessage().contains(ReviewStore.FILE_NAME), review.getFeedbackMessage());
        assertTrue(review.getFeedbackShown().contains(COMMENT), review.getFeedbackShown());
        assertEquals("", review.getComment().getText());
        ReviewDocument saved = ReviewStore.load(classFolder.resolve(ReviewStore.FILE_NAME));
        assertEquals(1, saved.getFeedback().size());
        Feedback feedback = saved.getFeedback().get(0);
        assertEquals(COMMENT, feedback.getText());
        assertEquals(0.5, feedback.getScore());
        assertEquals(extra.getId(), feedback.getAnnotationId());
        assertArrayEquals(annBefore, Files.readAllBytes(classFolder.resolve("ann.fbench")), "Ann's file is never written");
        assertEquals("1", row(table, file, "ann.fbench").getText(titles.indexOf("Feedback")));
        assertEquals("1", review.getMatchViewer().getTable().getItem(3).getText(5));

        // A key annotation Ann missed can be commented on too (issue 12): it goes back to her shown as missed.
        review.selectMatch(rows.get(2));
        assertTrue(review.getAddFeedbackButton().isEnabled());
        assertTrue(review.getFeedbackShown().startsWith("Feedback on a key annotation the student missed"),
                review.getFeedbackShown());

        // Class overlay: Ann and Ben both marked S1 10–30; only Ben's wrong-code A2 covers 100–104.
        OverlayView overlay = (OverlayView) page.showView(OverlayView.ID);
        overlay.show(0, 0);
        UiDriver.flush();
        assertEquals(2, overlay.getStudentCount());
        int[] counts = overlay.getCounts();
        assertEquals(2, counts[15]);
        assertEquals(1, counts[102]);
        assertEquals(2, counts[120]);
        assertEquals(1, counts[410]);
        assertEquals(0, counts[230]);
        assertEquals(ReviewColours.heat(2, 2), styleAt(overlay.getText().getStyleRanges(), 15).background.getRGB());
        assertEquals(ReviewColours.heat(1, 2), styleAt(overlay.getText().getStyleRanges(), 102).background.getRGB());
        assertTrue(styleAt(overlay.getText().getStyleRanges(), 230).underline, "the key's missed stretch is underlined");
        assertTrue(overlay.getLegendTexts().containsAll(List.of("1", "2")), overlay.getLegendTexts().toString());
        overlay.show(0, 1); // layer Sourcing only
        assertEquals(2, overlay.getCounts()[15]);
        assertEquals(0, overlay.getCounts()[120]);

        // Grade book, through the same job the menu item starts, read back with POI.
        Path gradeBook = classFolder.resolve("grades.xlsx");
        GradeBookExporter.export(window.getShell(), session, gradeBook);
        Job.getJobManager().join(GradeBookExporter.FAMILY, null);
        UiDriver.flush();
        assertTrue(classView.getStatus().contains("grades.xlsx"), classView.getStatus());
        try (InputStream in = Files.newInputStream(gradeBook); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet grades = workbook.getSheet("Grades");
            assertNotNull(grades);
            List<String> gradeTexts = texts(grades);
            assertTrue(gradeTexts.contains("Ann Archer") && gradeTexts.contains("Ben Baker"), gradeTexts.toString());
            // A file for another assignment is not graded, but listed with its status (as in the Class view).
            assertTrue(gradeTexts.contains("Dana Diaz") && gradeTexts.stream().anyMatch(t -> t.startsWith("other assignment: ")),
                    gradeTexts.toString());
            boolean feedbackFound = false;
            for (Sheet sheet : workbook) {
                feedbackFound |= texts(sheet).contains(COMMENT);
            }
            assertTrue(feedbackFound, "the feedback is in the grade book");
        }
    }

    @Test
    void aMissingFolderIsToldInPlainWords() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        Path missing = classFolder.resolve("no-such-class");
        List<String> texts = UiDriver.answerDialog("The class could not be opened", "OK", () -> {
            ClassOpener.open(window, missing, null);
            try {
                Job.getJobManager().join(ClassOpener.FAMILY, null);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            UiDriver.flush();
        });
        assertTrue(texts.stream().anyMatch(t -> t.contains("no-such-class") && t.contains("does not exist")), texts.toString());
        assertTrue(texts.stream().noneMatch(t -> t.contains("Exception")), texts.toString());
    }

    private static TableItem row(Table table, int column, String text) {
        for (TableItem item : table.getItems()) {
            if (text.equals(item.getText(column))) {
                return item;
            }
        }
        throw new AssertionError("no row with " + text);
    }

    private static StyleRange styleAt(StyleRange[] ranges, int offset) {
        for (StyleRange range : ranges) {
            if (range.start <= offset && offset < range.start + range.length) {
                return range;
            }
        }
        throw new AssertionError("no style at " + offset);
    }

    private static List<String> texts(Sheet sheet) {
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
