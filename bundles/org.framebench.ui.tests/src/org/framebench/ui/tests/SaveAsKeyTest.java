package org.framebench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.framebench.core.corpus.CorpusLoader;
import org.framebench.core.document.DocumentStore;
import org.framebench.core.document.Documents;
import org.framebench.core.key.Keys;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Role;
import org.framebench.ui.InstructorIdentity;
import org.framebench.ui.editor.DocumentEditor;
import org.framebench.ui.editor.DocumentOpener;
import org.framebench.ui.editor.KeyCopies;
import org.framebench.ui.internal.StudentIdentity;
import org.framebench.ui.testing.UiDriver;
import org.framebench.ui.testing.UiWatch;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File → Save As Key…: the open document copied as the key, by the instructor; the document's own file untouched. */
class SaveAsKeyTest {

    /** Errors and exceptions logged while a test runs (UiWatch would close the dialogs these tests answer). */
    private final List<String> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final ILogListener logListener = (status, plugin) -> {
        if (status.getSeverity() == IStatus.ERROR || status.getException() != null) {
            logged.add(status.getMessage() + (status.getException() == null ? "" : ": " + status.getException()));
        }
    };

    @TempDir
    Path folder;

    private IWorkbenchPage page;
    private Shell shell;
    private Path file;
    private DocumentEditor editor;

    @BeforeEach
    void openAStudentsFile() throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        shell = page.getWorkbenchWindow().getShell();
        page.closeAllEditors(false);
        StudentIdentity.remember("Ama Mensah", "s1024");
        InstructorIdentity.remember("Dr. Efua Owusu");
        Platform.addLogListener(logListener);
        AnnotationDocument saved = Documents.newDocument(CorpusLoader.loadDefault(), Role.STUDENT);
        saved.setAnnotatorName("Ama Mensah");
        saved.setAnnotatorId("s1024");
        LongNoteTest.annotate(saved, saved.getAssignment().getArticles().get(0), "Musa Ibrahim", "S1");
        file = folder.resolve("ama.fbench");
        DocumentStore.save(saved, file);
        editor = DocumentOpener.openFile(page, file);
        UiDriver.flush();
    }

    @AfterEach
    void closeEditors() {
        Platform.removeLogListener(logListener);
        page.closeAllEditors(false);
        UiDriver.flush();
    }

    @Test
    void theFileMenuOffersSaveAsKey() {
        Menu bar = shell.getMenuBar();
        List<String> fileItems = new ArrayList<>();
        for (MenuItem top : bar.getItems()) {
            if (top.getText().replace("&", "").equals("File")) {
                Menu menu = top.getMenu();
                menu.notifyListeners(SWT.Show, new Event());
                for (MenuItem item : menu.getItems()) {
                    fileItems.add(item.getText().replace("&", "").split("\t")[0]);
                }
                menu.notifyListeners(SWT.Hide, new Event());
            }
        }
        assertTrue(fileItems.contains("Save As Key\u2026"), fileItems.toString());
    }

    @Test
    void saveAsKeyWritesACopyWithRoleKeyAndTheInstructorAndLeavesTheStudentsFileAlone() throws Exception {
        byte[] before = Files.readAllBytes(file);
        Path key = folder.resolve("key.fbench");
        {
            boolean[] written = new boolean[1];
            List<String> shown = UiDriver.answerDialog("Key Saved", "OK", () -> written[0] = KeyCopies.saveAsKey(shell,
                    editor.getDocument(), editor.getFile(), key, InstructorIdentity.ensure(shell)));
            String message = String.join("\n", shown);
            assertTrue(written[0]);
            assertTrue(message.contains("Saved a copy as the key key.fbench, by Dr. Efua Owusu."), message);
            assertTrue(message.contains("its own file are unchanged"), message);

            AnnotationDocument written0 = DocumentStore.load(key);
            assertEquals(Role.KEY, written0.getRole());
            assertEquals("Dr. Efua Owusu", written0.getAnnotatorName());
            assertNotEquals(editor.getDocument().getId(), written0.getId());
            assertEquals(1, written0.getAnnotations().size());
            assertEquals("Musa Ibrahim", written0.getAnnotations().get(0).getCoveredText());
            // The student's file and the open editor are as they were.
            assertArrayEquals(before, Files.readAllBytes(file));
            assertEquals(Role.STUDENT, editor.getDocument().getRole());
            assertEquals("Ama Mensah", editor.getDocument().getAnnotatorName());
            assertEquals(file.toAbsolutePath(), editor.getFile().toAbsolutePath());
            assertFalse(editor.isDirty());

            // Never over the document's own file.
            List<String> refused = UiDriver.answerDialog("Save As Key", "OK", () -> written[0] = KeyCopies.saveAsKey(shell,
                    editor.getDocument(), editor.getFile(), file, "Dr. Efua Owusu"));
            assertFalse(written[0]);
            assertTrue(String.join("\n", refused).contains("cannot be saved over ama.fbench"), refused.toString());
            assertArrayEquals(before, Files.readAllBytes(file));
            assertEquals(List.of(), logged, "nothing went wrong in the log");
        }
    }

    @Test
    void aKeySavedInTheEditorKeepsTheInstructorNotTheStudentRememberedHere() throws Exception {
        try (UiWatch watch = UiWatch.start()) {
            DocumentEditor keyEditor = KeyCopies.openUnsaved(page, Keys.asKey(editor.getDocument(), "Dr. Efua Owusu"));
            UiDriver.flush();
            assertTrue(keyEditor.isDirty(), "a key not saved anywhere yet");
            assertNull(keyEditor.getFile());
            Path target = folder.resolve("refined-key.fbench");
            assertTrue(keyEditor.saveTo(target));
            AnnotationDocument saved = DocumentStore.load(target);
            assertEquals(Role.KEY, saved.getRole());
            assertEquals("Dr. Efua Owusu", saved.getAnnotatorName());
            assertEquals("", saved.getAnnotatorId() == null ? "" : saved.getAnnotatorId(), "not the student's id s1024");
            assertFalse(keyEditor.isDirty());
            watch.assertNone();
        }
    }
}
