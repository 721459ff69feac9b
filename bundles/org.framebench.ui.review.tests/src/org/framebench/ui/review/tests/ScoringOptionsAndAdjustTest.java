package org.framebench.ui.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.CellLabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
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
import org.framebench.grading.ClassGrading;
import org.framebench.grading.ClassReport;
import org.framebench.grading.Submission;
import org.framebench.grading.review.ReviewStore;
import org.framebench.grading.scoring.AnnotationMatch;
import org.framebench.grading.scoring.MatchStatus;
import org.framebench.grading.scoring.Scorer;
import org.framebench.grading.scoring.ScoringOptions;
import org.framebench.model.Adjustment;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Assignment;
import org.framebench.model.FramebenchFactory;
import org.framebench.model.Layer;
import org.framebench.model.ReviewDocument;
import org.framebench.model.Role;
import org.framebench.ui.review.ClassOpener;
import org.framebench.ui.review.GradeBookExporter;
import org.framebench.ui.review.ReviewSession;
import org.framebench.ui.review.ReviewSessions;
import org.framebench.ui.review.views.ClassView;
import org.framebench.ui.review.views.StudentReviewView;
import org.framebench.ui.testing.UiDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, scores explained and tuned, through the real workbench: Scoring Options… re-scores the Class view
 * live, OK keeps the options in the class review file (a reopened class and {@code framebench grade} score the
 * same way), Cancel puts the scores back, a bad value disables OK with a message; Adjust Grade… from the Class
 * view's context menu changes the grade, its tooltip and the grade book; feedback points count in the grade.
 */
class ScoringOptionsAndAdjustTest {

    private static final String ARTICLE = "cnn";
    private static final String REASON = "Annotated the caption, which the key leaves out";

    @TempDir
    Path classFolder;

    private Assignment assignment;
    private AnnotationDocument keyDocument;
    private AnnotationDocument annDocument;
    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final ILogListener logListener = (status, plugin) -> {
        if (status.getSeverity() == IStatus.ERROR || status.getException() != null) {
            logged.add(status.getMessage() + (status.getException() == null ? "" : " " + status.getException()));
        }
    };

    @BeforeEach
    void watchLog() {
        Platform.addLogListener(logListener);
    }

    @AfterEach
    void noErrorLogged() {
        Platform.removeLogListener(logListener);
        assertEquals(List.of(), logged, "nothing went to the error log");
    }

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

    /** Key: S1, A1, F1. Ann: S1 exact, A1 partial, S2 extra (no framing). Ben: S1 exact, A2 wrong code. */
    private void writeClass() throws Exception {
        keyDocument = document(Role.KEY, "Instructor", "");
        annotate(keyDocument, "S1", 10, 30);
        annotate(keyDocument, "A1", 100, 150);
        annotate(keyDocument, "F1", 200, 260);
        DocumentStore.save(keyDocument, classFolder.resolve("key.fbench"));
        annDocument = document(Role.STUDENT, "Ann Archer", "s001");
        annotate(annDocument, "S1", 10, 30);
        annotate(annDocument, "A1", 105, 150);
        annotate(annDocument, "S2", 400, 420);
        DocumentStore.save(annDocument, classFolder.resolve("ann.fbench"));
        AnnotationDocument ben = document(Role.STUDENT, "Ben Baker", "s002");
        annotate(ben, "S1", 10, 30);
        annotate(ben, "A2", 100, 150);
        DocumentStore.save(ben, classFolder.resolve("ben.fbench"));
    }

    private ClassView openClass() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        ClassOpener.open(window, classFolder, null);
        Job.getJobManager().join(ClassOpener.FAMILY, null);
        UiDriver.flush();
        assertNotNull(ReviewSessions.current(), "the class is open");
        return assertInstanceOf(ClassView.class, window.getActivePage().findView(ClassView.ID));
    }

    private static String oneDecimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static Layer sourcing(ReviewSession session) {
        return session.keyLayers().stream().filter(l -> l.getLabel().equals("Sourcing")).findFirst().orElseThrow();
    }

    @Test
    void scoringOptionsRescoreLiveAreSavedAndCancelRestores() throws Exception {
        writeClass();
        ClassView classView = openClass();
        ReviewSession session = ReviewSessions.current();
        Table table = classView.getViewer().getTable();
        int score = classView.getColumnTitles().indexOf("Score");
        int file = classView.getColumnTitles().indexOf("File");
        String layerId = sourcing(session).getId();
        String defaultScore = row(table, file, "ann.fbench").getText(score);
        assertEquals(oneDecimal(new Scorer(new ScoringOptions()).score(annDocument, keyDocument).total()), defaultScore);
        double expected = new Scorer(new ScoringOptions().layerWeight(layerId, 3)).score(annDocument, keyDocument).total();
        assertNotEquals(defaultScore, oneDecimal(expected), "the weight makes a difference for Ann");

        // Sourcing weight 3: the Class view follows while the dialog is open; a bad threshold disables OK.
        List<String> seen = new ArrayList<>();
        List<Boolean> okEnabled = new ArrayList<>();
        drive("Scoring Options", shell -> {
            seen.addAll(labels(shell));
            field(shell, "Weight of Sourcing:").setText("3");
            seen.add("live:" + row(table, file, "ann.fbench").getText(score));
            field(shell, "Overlap threshold:").setText("1.5");
            okEnabled.add(UiDriver.findButton(shell, "OK").isEnabled());
            seen.addAll(labels(shell));
            field(shell, "Overlap threshold:").setText("abc");
            okEnabled.add(UiDriver.findButton(shell, "OK").isEnabled());
            seen.addAll(labels(shell));
            field(shell, "Overlap threshold:").setText("0.5");
            okEnabled.add(UiDriver.findButton(shell, "OK").isEnabled());
        }, "OK");
        assertTrue(seen.containsAll(List.of("Overlap threshold:", "Weight of Sourcing:", "Weight of Attribution:",
                "Weight of attributes:", "Weight of links:", "Credit for a wrong code:")), seen.toString());
        assertTrue(seen.contains("live:" + oneDecimal(expected)), "the Class view follows the new weight: " + seen);
        assertEquals(List.of(false, false, true), okEnabled, "OK is off while a value is wrong");
        assertTrue(seen.stream().anyMatch(t -> t.contains("The overlap threshold must be above 0 and at most 1")
                && t.contains("1.5")), seen.toString());
        assertTrue(seen.stream().anyMatch(t -> t.contains("\"abc\" is not a number")), seen.toString());
        UiDriver.flush();
        assertEquals(oneDecimal(expected), row(table, file, "ann.fbench").getText(score));
        assertTrue(classView.getStatus().contains(ReviewStore.FILE_NAME), classView.getStatus());

        // The review file holds the options; `framebench grade` on the folder and a reopened class score the same.
        ReviewDocument saved = ReviewStore.load(classFolder.resolve(ReviewStore.FILE_NAME));
        assertNotNull(saved.getScoring(), "the options are in the review file");
        assertEquals(3.0, saved.getScoring().getLayerWeights().stream().filter(w -> w.getLayerId().equals(layerId))
                .findFirst().orElseThrow().getWeight());
        ClassReport graded = ClassGrading.grade(classFolder, null, options -> options);
        assertEquals(expected, graded.scores().stream().filter(g -> g.submission().studentId().equals("s001"))
                .findFirst().orElseThrow().score().total(), 1e-9);
        classView = openClass();
        assertNotEquals(session, ReviewSessions.current(), "a new session was opened");
        assertEquals(3.0, ReviewSessions.current().options().layerWeight(layerId));
        assertEquals(oneDecimal(expected), row(table, file, "ann.fbench").getText(score), "reopened: scored the same");

        // Weight 0 and Restore Defaults are followed live; Cancel puts back the saved scores and file.
        byte[] reviewBefore = Files.readAllBytes(classFolder.resolve(ReviewStore.FILE_NAME));
        List<String> live = new ArrayList<>();
        drive("Scoring Options", shell -> {
            field(shell, "Weight of Sourcing:").setText("0");
            live.add(row(table, file, "ann.fbench").getText(score));
            UiDriver.findButton(shell, "Restore Defaults").notifyListeners(SWT.Selection, new Event());
            live.add(field(shell, "Weight of Sourcing:").getText());
            live.add(row(table, file, "ann.fbench").getText(score));
        }, "Cancel");
        String weightZero = oneDecimal(new Scorer(new ScoringOptions().layerWeight(layerId, 0)).score(annDocument,
                keyDocument).total());
        assertEquals(List.of(weightZero, "1", defaultScore), live);
        assertEquals(oneDecimal(expected), row(table, file, "ann.fbench").getText(score), "Cancel restores the scores");
        assertEquals(new String(reviewBefore), new String(Files.readAllBytes(classFolder.resolve(ReviewStore.FILE_NAME))),
                "Cancel leaves the review file alone");
    }

    @Test
    void adjustGradeFromTheContextMenuAndFeedbackPointsMakeTheGrade() throws Exception {
        writeClass();
        ClassView classView = openClass();
        ReviewSession session = ReviewSessions.current();
        Table table = classView.getViewer().getTable();
        List<String> titles = classView.getColumnTitles();
        int score = titles.indexOf("Score");
        int grade = titles.indexOf("Grade");
        int file = titles.indexOf("File");
        assertEquals(score + 1, grade, "the grade stands beside the score");
        Submission ann = session.submissions().submissions().stream()
                .filter(s -> s.file().getFileName().toString().equals("ann.fbench")).findFirst().orElseThrow();
        double annScore = session.scoreOf(ann).total();
        assertEquals(oneDecimal(annScore), row(table, file, "ann.fbench").getText(grade), "no adjustment yet");
        String scoreTip = tooltip(classView, score, ann);
        assertTrue(scoreTip.contains(session.scoreOf(ann).explanation().split(";")[0]), scoreTip);
        assertTrue(scoreTip.contains("framing F1"), "every term is shown: " + scoreTip);

        // Right-click Ann's row → Adjust Grade…: a word is refused, +5 with a reason is kept.
        classView.select(ann);
        classView.setFocus();
        UiDriver.flush();
        List<Boolean> okEnabled = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        MenuItem adjust = contextMenuItem(table, "Adjust Grade…");
        drive("Adjust Grade", shell -> {
            seen.addAll(labels(shell));
            List<Text> fields = UiDriver.editableTexts(shell);
            fields.get(0).setText("five");
            okEnabled.add(UiDriver.findButton(shell, "OK").isEnabled());
            seen.addAll(labels(shell));
            fields.get(0).setText("+5");
            fields.get(1).setText(REASON);
            okEnabled.add(UiDriver.findButton(shell, "OK").isEnabled());
        }, "OK", () -> adjust.notifyListeners(SWT.Selection, new Event()));
        assertEquals(List.of(false, true), okEnabled);
        assertTrue(seen.stream().anyMatch(t -> t.contains("\"five\" is not a number")), seen.toString());
        assertTrue(seen.stream().anyMatch(t -> t.startsWith("Ann Archer")), seen.toString());
        UiDriver.flush();
        assertEquals(oneDecimal(annScore + 5), row(table, file, "ann.fbench").getText(grade));
        assertEquals(oneDecimal(annScore), row(table, file, "ann.fbench").getText(score), "the score itself is unchanged");
        String gradeTip = tooltip(classView, grade, ann);
        assertTrue(gradeTip.contains("+ 5.0 adjustment (" + REASON + ")"), gradeTip);
        assertTrue(gradeTip.contains("= " + oneDecimal(annScore + 5)), gradeTip);
        ReviewDocument saved = ReviewStore.load(classFolder.resolve(ReviewStore.FILE_NAME));
        Adjustment adjustment = ReviewStore.adjustmentFor(saved, ann.document());
        assertNotNull(adjustment, "the adjustment is in the review file");
        assertEquals(5.0, adjustment.getPoints());
        assertEquals(REASON, adjustment.getReason());

        // Student vs Key shows the same arithmetic; 2 feedback points on an annotation count in the grade.
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        StudentReviewView review = (StudentReviewView) page.showView(StudentReviewView.ID);
        UiDriver.flush();
        assertTrue(review.getExplanation().contains("+ 5.0 adjustment"), review.getExplanation());
        @SuppressWarnings("unchecked")
        List<AnnotationMatch> rows = (List<AnnotationMatch>) review.getMatchViewer().getInput();
        AnnotationMatch extra = rows.stream().filter(m -> m.status() == MatchStatus.EXTRA).findFirst().orElseThrow();
        review.selectMatch(extra);
        review.getComment().setText("A fair point, though the key does not count it.");
        review.getPoints().setText("2");
        UiDriver.select(review.getAddFeedbackButton());
        UiDriver.flush();
        assertEquals(oneDecimal(annScore + 7), row(table, file, "ann.fbench").getText(grade), "feedback points count");
        assertTrue(review.getExplanation().contains("+ 2.0 feedback points"), review.getExplanation());
        assertTrue(tooltip(classView, grade, ann).contains("+ 2.0 feedback points + 5.0 adjustment"),
                tooltip(classView, grade, ann));

        // The grade book exported from the Review perspective has the adjustment and the grade.
        Path gradeBook = classFolder.resolve("grades.xlsx");
        GradeBookExporter.export(page.getWorkbenchWindow().getShell(), session, gradeBook);
        Job.getJobManager().join(GradeBookExporter.FAMILY, null);
        UiDriver.flush();
        try (InputStream in = Files.newInputStream(gradeBook); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet grades = workbook.getSheet("Grades");
            Row header = rowWith(grades, "Adjustment");
            Row annRow = rowWith(grades, "Ann Archer");
            assertEquals(5.0, annRow.getCell(column(header, "Adjustment")).getNumericCellValue(), 1e-9);
            assertEquals(2.0, annRow.getCell(column(header, "Feedback points")).getNumericCellValue(), 1e-9);
            assertEquals(annScore + 7, annRow.getCell(column(header, "Grade")).getNumericCellValue(), 1e-6);
            assertTrue(annRow.getCell(column(header, "How the grade is made")).getStringCellValue().contains(REASON));
        }

        // 0 removes the adjustment.
        classView.select(ann);
        drive("Adjust Grade", shell -> UiDriver.editableTexts(shell).get(0).setText("0"), "OK",
                () -> contextMenuItem(table, "Adjust Grade…").notifyListeners(SWT.Selection, new Event()));
        UiDriver.flush();
        assertEquals(oneDecimal(annScore + 2), row(table, file, "ann.fbench").getText(grade));
        assertNull(ReviewStore.adjustmentFor(ReviewStore.load(classFolder.resolve(ReviewStore.FILE_NAME)), ann.document()),
                "0 removes the adjustment from the review file");
        assertFalse(tooltip(classView, grade, ann).contains("adjustment"), tooltip(classView, grade, ann));
    }

    /** Opens the dialog through the command, lets {@code fill} work in it, then presses {@code button}. */
    private static void drive(String title, Consumer<Shell> fill, String button) {
        drive(title, fill, button, () -> {
            try {
                UiDriver.runCommand("org.framebench.ui.review.scoringOptions");
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    private static void drive(String title, Consumer<Shell> fill, String button, Runnable open) {
        List<Throwable> failures = new ArrayList<>();
        UiDriver.answerDialog(title, shell -> {
            try {
                fill.accept(shell);
            } catch (Throwable e) {
                failures.add(e);
            }
        }, button, open);
        if (!failures.isEmpty()) {
            throw new AssertionError("in the dialog " + title, failures.get(0));
        }
    }

    /** The item of the table's context menu labelled {@code text}, after the menu was shown (as a right-click does). */
    private static MenuItem contextMenuItem(Table table, String text) {
        Menu menu = table.getMenu();
        assertNotNull(menu, "the Class view has a context menu");
        menu.notifyListeners(SWT.Show, new Event());
        UiDriver.flush();
        List<String> items = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            items.add(item.getText());
            if (item.getText().replace("&", "").startsWith(text)) {
                assertTrue(item.isEnabled(), text + " is enabled");
                return item;
            }
        }
        throw new AssertionError("no " + text + " in the context menu: " + items);
    }

    private static String tooltip(ClassView view, int column, Submission submission) {
        return ((CellLabelProvider) view.getViewer().getLabelProvider(column)).getToolTipText(submission);
    }

    /** The text field right after the label {@code label}, as a user finds it. */
    private static Text field(Composite composite, String label) {
        Control[] children = composite.getChildren();
        for (int i = 0; i < children.length; i++) {
            if (children[i] instanceof Label l && label.equals(l.getText()) && i + 1 < children.length
                    && children[i + 1] instanceof Text text) {
                return text;
            }
            if (children[i] instanceof Composite inner) {
                try {
                    return field(inner, label);
                } catch (AssertionError notHere) {
                    // look further
                }
            }
        }
        throw new AssertionError("no field " + label);
    }

    private static List<String> labels(Composite composite) {
        List<String> texts = new ArrayList<>();
        for (Control child : composite.getChildren()) {
            if (child instanceof Label label && !label.getText().isEmpty()) {
                texts.add(label.getText());
            }
            if (child instanceof Composite inner && !(child instanceof Button)) {
                texts.addAll(labels(inner));
            }
        }
        return texts;
    }

    private static TableItem row(Table table, int column, String text) {
        for (TableItem item : table.getItems()) {
            if (text.equals(item.getText(column))) {
                return item;
            }
        }
        throw new AssertionError("no row with " + text);
    }

    private static Row rowWith(Sheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && text.equals(cell.getStringCellValue())) {
                    return row;
                }
            }
        }
        throw new AssertionError("no row with " + text);
    }

    private static int column(Row header, String title) {
        for (Cell cell : header) {
            if (cell.getCellType() == CellType.STRING && title.equals(cell.getStringCellValue())) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + title);
    }
}
