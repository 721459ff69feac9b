package org.framebench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.framebench.core.assignment.ArticleDetails;
import org.framebench.core.assignment.AssignmentFiles;
import org.framebench.core.assignment.Assignments;
import org.framebench.core.assignment.Examples;
import org.framebench.core.codebook.BuiltInCodebook;
import org.framebench.core.document.DocumentStore;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Assignment;
import org.framebench.ui.Messages;
import org.framebench.ui.editor.DocumentEditor;
import org.framebench.ui.editor.DocumentOpener;
import org.framebench.ui.testing.UiDriver;
import org.framebench.ui.testing.UiWatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A student opens the .fbassign file an instructor handed out, and the examples from File → New from Example. */
class HandedOutAssignmentTest {

    private static final String ARABIC = "قال المتحدث باسم الحكومة إن المحادثات ستستمر.\nوأضاف أن الوفد سيعود الأسبوع المقبل.";
    private static final String ENGLISH = "A senior official said the talks would go on.\nThe delegation returns next week.";

    @TempDir
    Path folder;

    private IWorkbenchWindow window;
    private IWorkbenchPage page;
    private String previousLibrary;

    @BeforeEach
    void setUp() {
        previousLibrary = System.getProperty("framebench.assignments");
        System.setProperty("framebench.assignments", folder.resolve("library").toString());
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        page = window.getActivePage();
        page.closeAllEditors(false);
        UiDriver.flush();
    }

    @AfterEach
    void tearDown() {
        page.closeAllEditors(false);
        UiDriver.flush();
        if (previousLibrary == null) {
            System.clearProperty("framebench.assignments");
        } else {
            System.setProperty("framebench.assignments", previousLibrary);
        }
    }

    @Test
    void anAssignmentFileOpensAsANewDocumentThatIsSavedAndReopened() throws Exception {
        Assignment handedOut = Assignments.create("Talks go on", "Mark the sources.", BuiltInCodebook.load());
        Assignments.addArticle(handedOut, new ArticleDetails("الجزيرة", "Al Jazeera", "المحادثات ستستمر", null, null, null, null), ARABIC);
        Assignments.addArticle(handedOut, new ArticleDetails("The Wire", "The Wire", "Talks to go on", "A. Reporter",
                "2026-11-30", "https://example.org/talks", null), ENGLISH);
        Path file = folder.resolve("talks.fbassign");
        AssignmentFiles.save(handedOut, file);
        try (UiWatch watch = UiWatch.start()) {
            DocumentEditor editor = DocumentOpener.openFile(page, file.toString());
            UiDriver.flush();

            assertNotNull(editor, "the assignment opened");
            assertEquals(2, editor.getPanes().size());
            assertEquals(ARABIC, editor.getPanes().get(0).getText().getText());
            assertEquals(SWT.RIGHT_TO_LEFT, editor.getPanes().get(0).getText().getOrientation());
            assertEquals(ENGLISH, editor.getPanes().get(1).getText().getText());
            assertEquals(handedOut.getId(), editor.getDocument().getAssignment().getId());
            assertEquals("1", editor.getDocument().getAssignment().getVersion());

            UiDriver.selectAndPress(editor.getPanes().get(1).getText(), "A senior official", '2');
            Path work = folder.resolve("ama.fbench");
            assertTrue(editor.saveTo(work));
            watch.assertNone();
        }
        AnnotationDocument saved = DocumentStore.load(folder.resolve("ama.fbench"));
        assertEquals("S2", saved.getAnnotations().get(0).getCode().getId());
        assertEquals("A senior official", saved.getAnnotations().get(0).getCoveredText());
        assertEquals(ENGLISH, saved.getAssignment().getArticles().get(1).getText());
        assertEquals("A. Reporter", saved.getAssignment().getArticles().get(1).getByline());
        assertTrue(Files.isDirectory(folder.resolve("library").resolve(handedOut.getId())), "the version is remembered");
    }

    @Test
    void aDamagedAssignmentFileIsExplainedAndNothingOpens() throws Exception {
        Path broken = Files.writeString(folder.resolve("broken.fbassign"), "not an assignment at all");
        List<String> texts = UiDriver.answerDialog(Messages.Open_failedTitle, "OK",
                () -> DocumentOpener.openFile(page, broken.toString()));
        UiDriver.flush();

        assertTrue(texts.stream().anyMatch(t -> t.contains("broken.fbassign is not a Framebench assignment.")), texts.toString());
        assertEquals(0, page.getEditorReferences().length, "nothing opened");
    }

    @Test
    void theFileMenuOpensAssignmentsAndTheExample() throws Exception {
        Menu file = UiDriver.submenu(window.getShell().getMenuBar(), "File");
        assertTrue(List.of(file.getItems()).stream().anyMatch(i -> i.getText().replace("&", "").startsWith("Open Assignment")),
                "File → Open Assignment…");
        Menu examples = UiDriver.submenu(file, "New from Example");
        MenuItem libya = examples.getItems()[0];
        assertEquals(Examples.list().get(0).title(), libya.getText().replace("&&", "&"));
        try (UiWatch watch = UiWatch.start()) {
            libya.notifyListeners(SWT.Selection, new Event());
            UiDriver.flush();
            assertEquals(1, page.getEditorReferences().length);
            DocumentEditor editor = (DocumentEditor) page.getActiveEditor();
            assertEquals(Examples.LIBYA, editor.getDocument().getAssignment().getId());
            assertEquals(4, editor.getPanes().size());
            watch.assertNone();
        }
    }
}
