package org.framebench.ui.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.framebench.core.codebook.Codebooks;
import org.framebench.core.corpus.CorpusLoader;
import org.framebench.core.document.DocumentStore;
import org.framebench.core.document.Documents;
import org.framebench.core.text.TextAnchors;
import org.framebench.export.gradebook.LmsGradeCsv;
import org.framebench.grading.Submission;
import org.framebench.grading.scoring.MatchStatus;
import org.framebench.grading.scoring.PairComparison;
import org.framebench.grading.scoring.PairComparison.Agreement;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Assignment;
import org.framebench.model.FramebenchFactory;
import org.framebench.model.Role;
import org.framebench.ui.review.ClassOpener;
import org.framebench.ui.review.GradeBookExporter;
import org.framebench.ui.review.MatchStyles;
import org.framebench.ui.review.ReviewPerspective;
import org.framebench.ui.review.ReviewSession;
import org.framebench.ui.review.ReviewSessions;
import org.framebench.ui.review.views.ClassView;
import org.framebench.ui.review.views.StudentPairView;
import org.framebench.ui.testing.UiDriver;
import org.framebench.ui.testing.UiWatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A class opened from a Moodle ZIP in the workbench; two of its students side by side in Student vs
 * Student, agreements and differences marked; the grade book exported with Moodle's worksheet beside it.
 */
class LmsClassAndPairTest {

    private static final String ARTICLE = "cnn";

    @TempDir
    Path folder;

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

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws Exception {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    /**
     * Ann and Ben on cnn: both S1 10–30 (agree); A1 100–150 and 105–150 (partly); Ann's F1 200–260 alone
     * (only Ann); Ben's S2 400–420 alone (only Ben); Ann's A1 and Ben's A2 on 600–640 (different code).
     */
    private Path writeMoodleZip() throws Exception {
        AnnotationDocument key = document(Role.KEY, "Instructor", "");
        annotate(key, "S1", 10, 30);
        AnnotationDocument ann = document(Role.STUDENT, "", "s001"); // no name typed: Moodle's is used
        annotate(ann, "S1", 10, 30);
        annotate(ann, "A1", 100, 150);
        annotate(ann, "F1", 200, 260);
        annotate(ann, "A1", 600, 640);
        AnnotationDocument ben = document(Role.STUDENT, "Ben Baker", "s002");
        annotate(ben, "S1", 10, 30);
        annotate(ben, "A1", 105, 150);
        annotate(ben, "S2", 400, 420);
        annotate(ben, "A2", 600, 640);
        Path zip = folder.resolve("Course-Assignment 1.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip), StandardCharsets.UTF_8)) {
            put(out, "Ann Archer_7001_assignsubmission_file_/ann.fbench", DocumentStore.serialize(ann));
            put(out, "Ben Baker_7002_assignsubmission_file_/ben.fbench", DocumentStore.serialize(ben));
            put(out, "Ben Baker_7002_assignsubmission_file_/draft.docx", new byte[] { 'P', 'K' });
            put(out, "key.fbench", DocumentStore.serialize(key));
        }
        return zip;
    }

    @Test
    void aMoodleZipOpensAsAClassAndTwoStudentsCompareSideBySide() throws Exception {
        Path zip = writeMoodleZip();
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        // File → Open Class… takes the ZIP: a button for it beside the folder's, and the ZIP's name accepted.
        java.util.concurrent.atomic.AtomicBoolean zipButton = new java.util.concurrent.atomic.AtomicBoolean();
        UiDriver.answerDialog("Open Class", shell -> {
            zipButton.set(UiDriver.findButton(shell, "ZIP\u2026") != null);
            UiDriver.editableTexts(shell).get(0).setText(zip.toString());
            UiDriver.editableTexts(shell).get(2).setText("Dr. Ama Boateng");
            screenshot(shell, "open-class-zip.png");
        }, "Open", () -> {
            try {
                UiDriver.runCommand("org.framebench.ui.review.openClass");
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        assertTrue(zipButton.get(), "a ZIP… button beside Browse…");
        try (UiWatch watch = UiWatch.start()) {
            Job.getJobManager().join(ClassOpener.FAMILY, null);
            UiDriver.flush();

            IWorkbenchPage page = window.getActivePage();
            assertEquals(ReviewPerspective.ID, page.getPerspective().getId());
            ReviewSession session = ReviewSessions.current();
            assertNotNull(session);
            ClassView classView = assertInstanceOf(ClassView.class, page.findView(ClassView.ID));
            Table table = classView.getViewer().getTable();
            List<String> titles = classView.getColumnTitles();
            assertEquals(4, table.getItemCount(), "two students, the other file and the key");
            TableItem annRow = row(table, titles.indexOf("File"), "Ann Archer_7001_assignsubmission_file_/ann.fbench");
            assertEquals("Ann Archer", annRow.getText(titles.indexOf("Student")), "the name from Moodle's folder");
            TableItem other = row(table, titles.indexOf("File"), "Ben Baker_7002_assignsubmission_file_/draft.docx");
            assertEquals("not a Framebench file", other.getText(titles.indexOf("Status")));

            // Student vs Student: Ann on the left, Ben on the right.
            Submission ann = student(session, "7001");
            Submission ben = student(session, "7002");
            StudentPairView pair = (StudentPairView) page.showView(StudentPairView.ID);
            pair.compare(ann, ben);
            UiDriver.flush();
            @SuppressWarnings("unchecked")
            List<PairComparison.Row> rows = (List<PairComparison.Row>) pair.getRowViewer().getInput();
            assertEquals(List.of(Agreement.AGREE, Agreement.PARTLY, Agreement.ONLY_FIRST, Agreement.ONLY_SECOND,
                    Agreement.DIFFERENT_CODE), rows.stream().map(PairComparison.Row::agreement).toList());
            Table list = pair.getRowViewer().getTable();
            assertEquals("agree", list.getItem(0).getText(0));
            assertEquals("only Ann Archer", list.getItem(2).getText(0));
            assertEquals("only Ben Baker", list.getItem(3).getText(0));
            assertEquals("different code", list.getItem(4).getText(0));
            StyleRange[] left = pair.getFirstText().getStyleRanges();
            StyleRange[] right = pair.getSecondText().getStyleRanges();
            assertEquals(MatchStatus.MATCHED, MatchStyles.statusAt(left, 15), "agreement marked on both sides");
            assertEquals(MatchStatus.MATCHED, MatchStyles.statusAt(right, 15));
            assertEquals(MatchStatus.PARTIAL, MatchStyles.statusAt(left, 102), "Ann's A1 starts at 100");
            assertNull(MatchStyles.statusAt(right, 102), "Ben's at 105");
            assertEquals(MatchStatus.EXTRA, MatchStyles.statusAt(left, 230), "only Ann marked the framing");
            assertNull(MatchStyles.statusAt(right, 230));
            assertEquals(MatchStatus.EXTRA, MatchStyles.statusAt(right, 410), "only Ben marked S2");
            assertNull(MatchStyles.statusAt(left, 410));
            assertEquals(MatchStatus.WRONG_CODE, MatchStyles.statusAt(left, 620));
            assertEquals(MatchStatus.WRONG_CODE, MatchStyles.statusAt(right, 620));
            assertTrue(pair.getSummary().startsWith("On this article: 1 agree, 1 partly agree, 1 only Ann Archer, "
                    + "1 only Ben Baker, 1 with different codes. Cohen's kappa"), pair.getSummary());

            screenshot(window.getShell(), "student-vs-student.png");

            // The other way round, the sides swap.
            pair.compare(ben, ann);
            UiDriver.flush();
            assertEquals(MatchStatus.EXTRA, MatchStyles.statusAt(pair.getFirstText().getStyleRanges(), 410));
            assertEquals("Ben Baker", pair.getFirstChooser().getText());
            watch.assertNone();
        }
        {
            // Export Grade Book… with Moodle's worksheet beside the grade book.
            Path book = folder.resolve("grades.xlsx");
            // (Outside the watch: joining the job from the display thread shows the platform's "waiting" dialog.)
            GradeBookExporter.export(window.getShell(), ReviewSessions.current(), book, LmsGradeCsv.Layout.MOODLE);
            Job.getJobManager().join(GradeBookExporter.FAMILY, null);
            UiDriver.flush();
            assertTrue(Files.isRegularFile(book));
            List<String> csv = Files.readAllLines(folder.resolve("grades-moodle.csv"), StandardCharsets.UTF_8);
            assertEquals("Identifier,Full name,ID number,Grade,Maximum Grade,Feedback comments", csv.get(0));
            assertTrue(csv.get(1).startsWith("Participant 7001,Ann Archer,s001,"), csv.get(1));
            assertTrue(csv.get(2).startsWith("Participant 7002,Ben Baker,s002,"), csv.get(2));
            ClassView classView = (ClassView) window.getActivePage().findView(ClassView.ID);
            assertTrue(classView.getStatus().contains("grades-moodle.csv"), classView.getStatus());
        }
    }

    /** With FRAMEBENCH_SCREENSHOTS set to a folder, the window as it is now (for the README), else nothing. */
    private static void screenshot(org.eclipse.swt.widgets.Shell shell, String name) {
        String target = System.getenv("FRAMEBENCH_SCREENSHOTS");
        if (target == null) {
            return;
        }
        for (int i = 0; i < 20; i++) {
            shell.update();
            while (shell.getDisplay().readAndDispatch()) {
                // paint everything first
            }
        }
        org.eclipse.swt.graphics.Rectangle bounds = shell.getBounds();
        org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(shell.getDisplay(), bounds.width, bounds.height);
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(shell.getDisplay());
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            org.eclipse.swt.graphics.ImageLoader loader = new org.eclipse.swt.graphics.ImageLoader();
            loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
            loader.save(Path.of(target, name).toString(), org.eclipse.swt.SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    private static Submission student(ReviewSession session, String lmsId) {
        return session.submissions().gradable().stream().filter(s -> s.lmsId().equals(lmsId)).findFirst().orElseThrow();
    }

    private static TableItem row(Table table, int column, String text) {
        for (TableItem item : table.getItems()) {
            if (item.getText(column).equals(text)) {
                return item;
            }
        }
        throw new AssertionError("no row with " + text);
    }
}
