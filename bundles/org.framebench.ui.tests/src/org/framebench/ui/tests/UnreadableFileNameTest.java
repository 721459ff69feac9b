package org.framebench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.framebench.ui.editor.DocumentEditor;
import org.framebench.ui.editor.DocumentOpener;
import org.framebench.ui.testing.UiDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 8: a file name Java cannot turn into a path (under LANG=C any name with accents; in every locale
 * one with a NUL character, used here) made opening it from the command line fail with an internal
 * error. It is named in a plain-words dialog and nothing else happens.
 */
class UnreadableFileNameTest {

    private IWorkbenchPage page;
    private final List<IStatus> logged = new CopyOnWriteArrayList<>();
    private final ILogListener listener = (status, plugin) -> {
        if (status.getSeverity() == IStatus.ERROR) {
            logged.add(status);
        }
    };

    @BeforeEach
    void setUp() {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.closeAllEditors(false);
        UiDriver.flush();
        Platform.addLogListener(listener);
    }

    @AfterEach
    void tearDown() {
        page.closeAllEditors(false);
        UiDriver.flush();
        Platform.removeLogListener(listener);
    }

    @Test
    void nameThatCannotBeAPathIsExplainedAndNothingOpens() {
        DocumentEditor[] editor = new DocumentEditor[1];
        List<String> shown = UiDriver.answerDialog("Cannot open", "OK",
                () -> editor[0] = DocumentOpener.openFile(page, "/tmp/Ama\0Mensah.fbench"));

        String message = String.join("\n", shown);
        assertTrue(message.contains("Framebench cannot read the file name /tmp/Ama?Mensah.fbench"), message);
        assertTrue(message.contains("Nothing was opened and your file is unchanged."), message);
        assertNull(editor[0]);
        assertEquals(0, page.getEditorReferences().length, "no editor opened");
        assertTrue(logged.isEmpty(), () -> "the log gained an error: " + logged.get(0).getMessage());
    }
}
