package org.framebench.ui.review.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
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
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Assignment;
import org.framebench.model.Feedback;
import org.framebench.model.FramebenchFactory;
import org.framebench.model.Role;
import org.framebench.ui.InstructorIdentity;
import org.framebench.ui.editor.DocumentEditor;
import org.framebench.ui.review.ClassOpener;
import org.framebench.ui.review.ReviewPerspective;
import org.framebench.ui.review.ReviewSession;
import org.framebench.ui.review.ReviewSessions;
import org.framebench.ui.review.views.ClassView;
import org.framebench.ui.testing.UiDriver;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keys from the Class view: New Key from Submission (one student's work copied as a draft key) and Draft
 * Key from Class… (what most of the class agrees on), each opened unsaved in the annotating editor; the
 * feedback author is the instructor's name.
 */
class KeyFromClassTest {

    /** Errors and exceptions logged while a test runs (UiWatch would close the dialogs these tests answer). */
    private final List<String> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final ILogListener logListener = (status, plugin) -> {
        if (status.getSeverity() == IStatus.ERROR || status.getException() != null) {
            logged.add(status.getMessage() + (status.getException() == null ? "" : ": " + status.getException()));
        }
    };

    @TempDir
    Path classFolder;

    private Assignment assignment;
    private IWorkbenchWindow window;
    private ClassView classView;

    private AnnotationDocument student(String name, String id) throws Exception {
        if (assignment == null) {
            assignment = CorpusLoader.loadDefault();
        }
        AnnotationDocument document = Documents.newDocument(assignment, Role.STUDENT);
        document.setAnnotatorName(name);
        document.setAnnotatorId(id);
        return document;
    }

    private static Annotation annotate(AnnotationDocument document, String codeId, int begin, int end) {
        Annotation annotation = FramebenchFactory.eINSTANCE.createAnnotation();
        annotation.setId(Documents.newId());
        TextAnchors.anchor(annotation, document.getAssignment().getArticles().get(0), begin, end);
        annotation.setCode(Codebooks.findById(document.getAssignment().getCodebook(), codeId).orElseThrow());
        document.getAnnotations().add(annotation);
        return annotation;
    }

    /** Ann, Ben and Cy all mark S1 on the same words; only Ann also marks S2 further on. No key. */
    @BeforeEach
    void openAClassWithoutAKey() throws Exception {
        InstructorIdentity.remember("Dr. Efua Owusu");
        Platform.addLogListener(logListener);
        String text = CorpusLoader.loadDefault().getArticles().get(0).getText();
        int b = text.indexOf(' ', 200) + 1;
        int e = text.indexOf(' ', b + 30);
        for (String[] who : new String[][] { { "Ann Archer", "s001" }, { "Ben Baker", "s002" }, { "Cy Cole", "s003" } }) {
            AnnotationDocument document = student(who[0], who[1]);
            annotate(document, "S1", b, e);
            if (who[1].equals("s001")) {
                int c = text.indexOf(' ', 900) + 1;
                annotate(document, "S2", c, text.indexOf(' ', c + 20));
            }
            DocumentStore.save(document, classFolder.resolve(who[1] + ".fbench"));
        }
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        window.getActivePage().closeAllEditors(false);
        ClassOpener.open(window, classFolder, null);
        Job.getJobManager().join(ClassOpener.FAMILY, null);
        UiDriver.flush();
        IWorkbenchPage page = window.getActivePage();
        assertEquals(ReviewPerspective.ID, page.getPerspective().getId());
        classView = assertInstanceOf(ClassView.class, page.findView(ClassView.ID));
    }

    @AfterEach
    void closeEditors() {
        Platform.removeLogListener(logListener);
        window.getActivePage().closeAllEditors(false);
        UiDriver.flush();
    }

    @Test
    void theClassViewsMenuOffersBothAndFeedbackIsByTheInstructor() throws Exception {
        Menu menu = classView.getViewer().getTable().getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        List<String> items = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            items.add(item.getText().replace("&", ""));
        }
        menu.notifyListeners(SWT.Hide, new Event());
        assertTrue(items.contains("New Key from Submission"), items.toString());
        assertTrue(items.contains("Draft Key from Class\u2026"), items.toString());

        ReviewSession session = ReviewSessions.current();
        assertEquals("Dr. Efua Owusu", session.author(), "the instructor's name, not the computer's user");
        Submission ann = submission("s001.fbench");
        Feedback feedback = session.addFeedback(ann, ann.document().getAnnotations().get(0), "Good catch.", null);
        assertEquals("Dr. Efua Owusu", feedback.getAuthor());
    }

    @Test
    void newKeyFromSubmissionOpensTheStudentsAnnotationsAsAnUnsavedKey() throws Exception {
        Submission ann = submission("s001.fbench");
        byte[] before = Files.readAllBytes(ann.file());
        {
            classView.select(ann);
            window.getActivePage().activate(classView);
            UiDriver.flush();
            UiDriver.runCommand("org.framebench.ui.review.newKeyFromSubmission");

            DocumentEditor editor = assertInstanceOf(DocumentEditor.class, window.getActivePage().getActiveEditor());
            AnnotationDocument key = editor.getDocument();
            assertEquals(Role.KEY, key.getRole());
            assertEquals("Dr. Efua Owusu", key.getAnnotatorName());
            assertNotEquals(ann.document().getId(), key.getId());
            assertEquals(List.of("S1", "S2"), key.getAnnotations().stream().map(a -> a.getCode().getId()).toList());
            assertEquals(ann.document().getAnnotations().get(1).getCoveredText(), key.getAnnotations().get(1).getCoveredText());
            assertTrue(editor.isDirty(), "not saved yet: the instructor refines and saves it");
            assertNull(editor.getFile());
            assertTrue(editor.getPanes().get(0).getText().getText().contains(key.getAnnotations().get(0).getCoveredText()),
                    "the article the key annotates is shown");
            assertArrayEquals(before, Files.readAllBytes(ann.file()), "Ann's file is untouched");
            assertEquals(List.of(), logged, "nothing went wrong in the log");
        }
    }

    @Test
    void draftKeyFromClassKeepsWhatEnoughStudentsAgreeOn() throws Exception {
        {
            window.getActivePage().activate(classView);
            List<String> asked = UiDriver.answerDialog("Draft Key from Class", shell -> {
                List<Text> fields = UiDriver.editableTexts(shell);
                assertEquals("0.5", fields.get(0).getText(), "half the class by default");
            }, "OK", () -> {
                try {
                    UiDriver.runCommand("org.framebench.ui.review.draftKeyFromClass");
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            });
            assertTrue(String.join("\n", asked).contains("of the 3 students made it"), asked.toString());
            DocumentEditor editor = assertInstanceOf(DocumentEditor.class, window.getActivePage().getActiveEditor());
            AnnotationDocument key = editor.getDocument();
            assertEquals(Role.KEY, key.getRole());
            assertEquals("Dr. Efua Owusu", key.getAnnotatorName());
            assertEquals(List.of("S1"), key.getAnnotations().stream().map(a -> a.getCode().getId()).toList(),
                    "all three marked S1; only Ann (1 of 3) marked S2");
            assertTrue(editor.isDirty());

            // With a share of 1/3, Ann's S2 is in too.
            window.getWorkbench().showPerspective(ReviewPerspective.ID, window);
            window.getActivePage().activate(classView);
            UiDriver.answerDialog("Draft Key from Class", shell -> UiDriver.editableTexts(shell).get(0).setText("30%"), "OK",
                    () -> {
                        try {
                            UiDriver.runCommand("org.framebench.ui.review.draftKeyFromClass");
                        } catch (Exception e) {
                            throw new AssertionError(e);
                        }
                    });
            DocumentEditor second = assertInstanceOf(DocumentEditor.class, window.getActivePage().getActiveEditor());
            assertEquals(List.of("S1", "S2"), second.getDocument().getAnnotations().stream().map(a -> a.getCode().getId())
                    .toList());
            assertEquals(List.of(), logged, "nothing went wrong in the log");
        }
    }

    private Submission submission(String fileName) {
        return ReviewSessions.current().submissions().submissions().stream()
                .filter(s -> s.file().getFileName().toString().equals(fileName)).findFirst().orElseThrow();
    }
}
