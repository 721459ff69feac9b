package org.framebench.ui.review.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.framebench.core.codebook.Codebooks;
import org.framebench.core.corpus.CorpusLoader;
import org.framebench.core.document.DocumentStore;
import org.framebench.core.document.Documents;
import org.framebench.core.text.TextAnchors;
import org.framebench.grading.Submission;
import org.framebench.grading.review.ReviewStore;
import org.framebench.grading.scoring.AnnotationMatch;
import org.framebench.grading.scoring.MatchStatus;
import org.framebench.grading.scoring.Scorer;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Assignment;
import org.framebench.model.AttributeValue;
import org.framebench.model.FramebenchFactory;
import org.framebench.model.ReviewDocument;
import org.framebench.model.Role;
import org.framebench.ui.InstructorIdentity;
import org.framebench.ui.preferences.InstructorPreferencePage;
import org.framebench.ui.review.ClassOpener;
import org.framebench.ui.review.MatchStyles;
import org.framebench.ui.review.ReviewPerspective;
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
 * Adjudication in Student vs Key (accept a student's annotation into the key, remove one from it, undo,
 * redo; the key's file saved each time, the class graded again), a key that cannot be written, and the
 * instructor's name on Open Class and in the preferences. Real files, real widgets.
 */
class AdjudicationTest {

    private static final String ARTICLE = "cnn";

    private final List<String> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final ILogListener logListener = (status, plugin) -> {
        if (status.getSeverity() == IStatus.ERROR || status.getException() != null) {
            logged.add(status.getMessage() + (status.getException() == null ? "" : ": " + status.getException()));
        }
    };

    @TempDir
    Path temp;

    private Path classFolder;
    private Assignment assignment;
    private IWorkbenchWindow window;

    @BeforeEach
    void setUp() throws Exception {
        Platform.addLogListener(logListener);
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        window.getActivePage().closeAllEditors(false);
        classFolder = Files.createDirectory(temp.resolve("class"));
    }

    @AfterEach
    void tearDown() {
        Platform.removeLogListener(logListener);
        UiDriver.flush();
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

    /**
     * Key (in {@code keyFile}): S1 10–30, A1 100–150, F1 200–260 on cnn. Ann: S1 exact, S2 400–420 (extra,
     * with an attribute value and a note). Ben: S1 exact, A2 100–150 (wrong code).
     */
    private void writeClass(Path keyFile) throws Exception {
        AnnotationDocument key = document(Role.KEY, "Instructor", "");
        annotate(key, "S1", 10, 30);
        annotate(key, "A1", 100, 150);
        annotate(key, "F1", 200, 260);
        DocumentStore.save(key, keyFile);

        AnnotationDocument ann = document(Role.STUDENT, "Ann Archer", "s001");
        annotate(ann, "S1", 10, 30);
        Annotation extra = annotate(ann, "S2", 400, 420);
        AttributeValue value = FramebenchFactory.eINSTANCE.createAttributeValue();
        value.setKey("identification");
        value.setValue("named");
        extra.getAttributeValues().add(value);
        extra.setNote("I think this is a named source.");
        DocumentStore.save(ann, classFolder.resolve("ann.fbench"));

        AnnotationDocument ben = document(Role.STUDENT, "Ben Baker", "s002");
        annotate(ben, "S1", 10, 30);
        annotate(ben, "A2", 100, 150);
        DocumentStore.save(ben, classFolder.resolve("ben.fbench"));
    }

    private ReviewSession open(Path key, String instructor) throws Exception {
        ClassOpener.open(window, classFolder, key, instructor);
        Job.getJobManager().join(ClassOpener.FAMILY, null);
        UiDriver.flush();
        assertEquals(ReviewPerspective.ID, window.getActivePage().getPerspective().getId());
        return ReviewSessions.current();
    }

    private StudentReviewView showStudent(String fileName) throws Exception {
        IWorkbenchPage page = window.getActivePage();
        ClassView classView = assertInstanceOf(ClassView.class, page.findView(ClassView.ID));
        classView.select(submission(fileName));
        StudentReviewView review = (StudentReviewView) page.showView(StudentReviewView.ID);
        page.activate(review);
        UiDriver.flush();
        return review;
    }

    @SuppressWarnings("unchecked")
    private static List<AnnotationMatch> rows(StudentReviewView review) {
        return (List<AnnotationMatch>) review.getMatchViewer().getInput();
    }

    private static AnnotationMatch row(StudentReviewView review, MatchStatus status, String code) {
        return rows(review).stream().filter(r -> r.status() == status && r.annotation().getCode().getId().equals(code))
                .findFirst().orElseThrow(() -> new AssertionError("no " + status + " " + code + " in " + rows(review)));
    }

    private Submission submission(String fileName) {
        return ReviewSessions.current().submissions().submissions().stream()
                .filter(s -> s.file().getFileName().toString().equals(fileName)).findFirst().orElseThrow();
    }

    /** What the Class view shows in the Score column for {@code submission}. */
    private String scoreShown(Submission submission) {
        ClassView classView = (ClassView) window.getActivePage().findView(ClassView.ID);
        int column = classView.getColumnTitles().indexOf("Score");
        Table table = classView.getViewer().getTable();
        for (TableItem item : table.getItems()) {
            if (item.getData() == submission) {
                return item.getText(column);
            }
        }
        throw new AssertionError(submission + " is not in the Class view");
    }

    /** Ann's score worked out afresh from the key's file on disk (what the grade must now be). */
    private double scoreFromDisk(ReviewSession session, Path keyFile, Submission student) throws Exception {
        return new Scorer(session.options()).score(student.document(), DocumentStore.load(keyFile)).total();
    }

    @Test
    void acceptUndoRedoAndRemoveChangeTheKeysFileAndTheGrades() throws Exception {
        Path keyFile = classFolder.resolve("key.fbench");
        writeClass(keyFile);
        ReviewSession session = open(null, "Dr. Ama Boateng");
        Submission ann = submission("ann.fbench");
        double before = session.scoreOf(ann).total();
        StudentReviewView review = showStudent("ann.fbench");
        assertFalse(review.getAcceptButton().isEnabled(), "nothing selected yet");

        // A matched row cannot be accepted (it is in the key), but can be removed from it.
        review.selectMatch(row(review, MatchStatus.MATCHED, "S1"));
        assertFalse(review.getAcceptButton().isEnabled());
        assertTrue(review.getRemoveButton().isEnabled());

        // Ann's extra S2: Accept into Key.
        AnnotationMatch extra = row(review, MatchStatus.EXTRA, "S2");
        Annotation studentS2 = extra.student();
        review.selectMatch(extra);
        assertTrue(review.getAcceptButton().isEnabled());
        assertFalse(review.getRemoveButton().isEnabled(), "the key has nothing there to remove");
        UiDriver.select(review.getAcceptButton());
        UiDriver.flush();

        AnnotationDocument onDisk = DocumentStore.load(keyFile);
        assertEquals(4, onDisk.getAnnotations().size(), "one more annotation in the key's file");
        Annotation added = onDisk.getAnnotations().stream().filter(a -> a.getCode().getId().equals("S2")).findFirst()
                .orElseThrow();
        assertEquals(400, added.getBegin());
        assertEquals(420, added.getEnd());
        assertEquals(ARTICLE, added.getArticle().getId());
        assertEquals(studentS2.getCoveredText(), added.getCoveredText());
        assertEquals("named", added.getAttributeValues().stream().filter(v -> v.getKey().equals("identification")).findFirst()
                .orElseThrow().getValue(), "the attributes come along");
        assertNull(added.getNote(), "the student's note does not");
        assertNotEquals(studentS2.getId(), added.getId(), "a new id, so Ann's annotation and the key's stay apart");
        assertEquals(Role.KEY, onDisk.getRole());
        assertTrue(Files.exists(DocumentStore.backupOf(keyFile)), "the previous key is kept as .bak");

        double accepted = session.scoreOf(ann).total();
        assertEquals(scoreFromDisk(session, keyFile, ann), accepted, 1e-9, "graded against the key as saved");
        assertTrue(accepted > before, before + " -> " + accepted);
        assertEquals(String.format(Locale.ROOT, "%.1f", accepted), scoreShown(ann), "the Class view follows");
        assertEquals(MatchStatus.MATCHED, row(review, MatchStatus.MATCHED, "S2").status());
        assertEquals(MatchStatus.MATCHED, MatchStyles.statusAt(review.getKeyText().getStyleRanges(), 410),
                "the key's pane now shows the accepted annotation, found by Ann");
        assertEquals(MatchStatus.MATCHED, MatchStyles.statusAt(review.getStudentText().getStyleRanges(), 410));
        assertTrue(review.getKeyMessage().contains("key.fbench"), review.getKeyMessage());

        // Edit > Undo (Ctrl+Z) while Student vs Key has the focus: the key's file is back to three.
        window.getActivePage().activate(review);
        UiDriver.runCommand("org.eclipse.ui.edit.undo");
        UiDriver.flush();
        assertEquals(3, DocumentStore.load(keyFile).getAnnotations().size());
        assertEquals(before, session.scoreOf(ann).total(), 1e-9, "the grade is back too");
        assertEquals(String.format(Locale.ROOT, "%.1f", before), scoreShown(ann));
        assertEquals(MatchStatus.EXTRA, MatchStyles.statusAt(review.getStudentText().getStyleRanges(), 410));
        assertNull(MatchStyles.statusAt(review.getKeyText().getStyleRanges(), 410));

        // Redo (Ctrl+Shift+Z): in again.
        UiDriver.runCommand("org.eclipse.ui.edit.redo");
        UiDriver.flush();
        assertEquals(4, DocumentStore.load(keyFile).getAnnotations().size());
        assertEquals(accepted, session.scoreOf(ann).total(), 1e-9);

        // Remove from Key: the framing Ann missed.
        review.selectMatch(row(review, MatchStatus.MISSED, "F1"));
        assertTrue(review.getRemoveButton().isEnabled());
        UiDriver.select(review.getRemoveButton());
        UiDriver.flush();
        AnnotationDocument afterRemove = DocumentStore.load(keyFile);
        assertEquals(List.of("S1", "A1", "S2"), afterRemove.getAnnotations().stream().map(a -> a.getCode().getId()).toList());
        double removed = session.scoreOf(ann).total();
        assertEquals(scoreFromDisk(session, keyFile, ann), removed, 1e-9);
        assertNotEquals(accepted, removed, "the framing layer is no longer assessed");
        assertTrue(rows(review).stream().noneMatch(r -> r.status() == MatchStatus.MISSED && r.key().getCode().getId().equals("F1")));

        // Undo brings it back; Ben's grade followed every change as well (his S1 and A2 are unchanged).
        UiDriver.runCommand("org.eclipse.ui.edit.undo");
        UiDriver.flush();
        assertEquals(4, DocumentStore.load(keyFile).getAnnotations().size());
        Submission ben = submission("ben.fbench");
        assertEquals(scoreFromDisk(session, keyFile, ben), session.scoreOf(ben).total(), 1e-9);
        assertEquals(List.of(), logged, "nothing went wrong in the log");
    }

    @Test
    void aKeyThatCannotBeWrittenIsLeftAsItWasAndTheInstructorIsTold() throws Exception {
        Path keys = Files.createDirectory(temp.resolve("keys"));
        Path keyFile = keys.resolve("key.fbench");
        writeClass(keyFile);
        ReviewSession session = open(keyFile, "Dr. Ama Boateng");
        Submission ann = submission("ann.fbench");
        double before = session.scoreOf(ann).total();
        byte[] keyBytes = Files.readAllBytes(keyFile);
        StudentReviewView review = showStudent("ann.fbench");

        // The key's folder is taken away (a USB stick pulled out): nothing can be written there, even as root.
        Path moved = Files.move(keys, temp.resolve("keys-moved"));
        Files.writeString(keys, "in the way");

        review.selectMatch(row(review, MatchStatus.EXTRA, "S2"));
        List<String> told = UiDriver.answerDialog("The Key Could Not Be Saved", "OK",
                () -> UiDriver.select(review.getAcceptButton()));
        String message = String.join("\n", told);
        assertTrue(message.contains("key.fbench"), message);
        assertTrue(message.contains("taken back"), message);
        assertTrue(message.contains("safe"), message);
        UiDriver.flush();

        assertEquals(3, session.key().document().getAnnotations().size(), "unchanged in memory");
        assertArrayEquals(keyBytes, Files.readAllBytes(moved.resolve("key.fbench")), "unchanged on disk");
        assertFalse(session.keyEdits().canUndo(), "nothing half done to undo");
        assertFalse(session.keyEdits().canRedo(), "nor a change to redo that was never saved");
        assertEquals(before, session.scoreOf(ann).total(), 1e-9);
        assertEquals(MatchStatus.EXTRA, MatchStyles.statusAt(review.getStudentText().getStyleRanges(), 410));

        // Once the folder is back, the same row can be accepted.
        Files.delete(keys);
        Files.move(moved, keys);
        review.selectMatch(row(review, MatchStatus.EXTRA, "S2"));
        UiDriver.select(review.getAcceptButton());
        UiDriver.flush();
        assertEquals(4, DocumentStore.load(keyFile).getAnnotations().size());
        assertEquals(List.of(), logged, "nothing went wrong in the log");
    }

    @Test
    void openClassAsksForTheInstructorsNameAndTheReviewFileCarriesIt() throws Exception {
        writeClass(classFolder.resolve("key.fbench"));
        InstructorIdentity.remember("");
        boolean[] refusedWithoutName = new boolean[1];
        String[] firstShown = new String[1];
        UiDriver.answerDialog("Open Class", shell -> {
            List<Text> fields = UiDriver.editableTexts(shell);
            fields.get(0).setText(classFolder.toString());
            firstShown[0] = fields.get(2).getText();
            UiDriver.select(UiDriver.findButton(shell, "Open"));
            refusedWithoutName[0] = !shell.isDisposed() && shell.isVisible();
            fields.get(2).setText("  Dr. Yaw Asante ");
        }, "Open", () -> {
            try {
                UiDriver.runCommand("org.framebench.ui.review.openClass");
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        assertEquals("", firstShown[0], "empty the first time: never the computer's user name");
        assertTrue(refusedWithoutName[0], "Open does nothing until a name is given");
        Job.getJobManager().join(ClassOpener.FAMILY, null);
        UiDriver.flush();
        ReviewSession session = ReviewSessions.current();
        assertEquals(classFolder, session.folder());
        assertEquals("Dr. Yaw Asante", session.author());
        assertEquals("Dr. Yaw Asante", InstructorIdentity.remembered(), "remembered for next time");

        Submission ann = submission("ann.fbench");
        session.addFeedback(ann, ann.document().getAnnotations().get(0), "Well found.", null);
        ReviewDocument saved = ReviewStore.load(ReviewStore.reviewFileOf(classFolder));
        assertEquals("Dr. Yaw Asante", saved.getAuthor(), "the review file's author");
        assertEquals("Dr. Yaw Asante", saved.getFeedback().get(0).getAuthor());

        // Next time the name is filled in.
        String[] shown = new String[1];
        UiDriver.answerDialog("Open Class", shell -> shown[0] = UiDriver.editableTexts(shell).get(2).getText(), "Cancel",
                () -> {
                    try {
                        UiDriver.runCommand("org.framebench.ui.review.openClass");
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                });
        assertEquals("Dr. Yaw Asante", shown[0]);
        assertEquals(List.of(), logged, "nothing went wrong in the log");
    }

    @Test
    void thePreferencePageSetsTheInstructorsName() {
        InstructorIdentity.remember("Dr. Old Name");
        org.eclipse.jface.preference.PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(window.getShell(),
                InstructorPreferencePage.ID, new String[] { InstructorPreferencePage.ID }, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        UiDriver.flush();
        Shell shell = dialog.getShell();
        try {
            Text field = UiDriver.editableTexts(shell).stream().filter(t -> t.getText().equals("Dr. Old Name")).findFirst()
                    .orElseThrow(() -> new AssertionError("no field shows the instructor's name"));
            field.setText("Dr. Efua Owusu");
            org.eclipse.swt.widgets.Button ok = UiDriver.findButton(shell, "Apply and Close");
            ok = ok != null ? ok : UiDriver.findButton(shell, "OK");
            UiDriver.select(ok);
        } finally {
            if (!shell.isDisposed()) {
                dialog.close();
            }
        }
        assertEquals("Dr. Efua Owusu", InstructorIdentity.remembered());
        assertEquals(List.of(), logged, "nothing went wrong in the log");
    }
}
