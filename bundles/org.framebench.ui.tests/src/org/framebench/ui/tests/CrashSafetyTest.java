package org.framebench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.framebench.model.AnnotationDocument;
import org.framebench.ui.editor.DocumentEditor;
import org.framebench.ui.editor.DocumentOpener;
import org.framebench.ui.internal.FramebenchUiPlugin;
import org.framebench.ui.internal.StaleEditors;
import org.framebench.ui.internal.StudentIdentity;
import org.framebench.ui.testing.UiDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What a crash must not cost (issue 11, bug 5): the name and student id are on disk as soon as they are
 * given, and the platform does not write, while Framebench runs, a window layout whose document tabs would
 * come back after a crash as a second, empty tab with an error.
 */
class CrashSafetyTest {

    @AfterEach
    void tearDown() {
        StudentIdentity.remember("Ama Mensah", "s1024");
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
        UiDriver.flush();
    }

    private static Path preferencesFile() throws Exception {
        return Path.of(Platform.getInstanceLocation().getURL().toURI())
                .resolve(".metadata/.plugins/org.eclipse.core.runtime/.settings/org.framebench.ui.prefs");
    }

    @Test
    void theNameAndIdGivenAtTheFirstSaveAreOnDiskAtOnce() throws Exception {
        FramebenchUiPlugin.getDefault().getPreferenceStore().setToDefault(StudentIdentity.NAME);
        FramebenchUiPlugin.getDefault().getPreferenceStore().setToDefault(StudentIdentity.ID);
        AnnotationDocument document = org.framebench.core.document.Documents.newDocument(
                org.framebench.core.corpus.CorpusLoader.loadDefault(), org.framebench.model.Role.STUDENT);
        List<String> shown = UiDriver.answerDialog("Who is annotating?", shell -> {
            List<Text> fields = UiDriver.editableTexts(shell);
            fields.get(0).setText("Kofi Boateng");
            fields.get(1).setText("s2048");
        }, "OK", () -> assertTrue(StudentIdentity.ensure(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), document)));
        assertTrue(!shown.isEmpty());
        assertEquals("Kofi Boateng", document.getAnnotatorName());

        // Without Framebench closing (a crash would not let it): the preferences file already has them.
        String onDisk = Files.readString(preferencesFile());
        assertTrue(onDisk.contains("student.name=Kofi Boateng"), onDisk);
        assertTrue(onDisk.contains("student.id=s2048"), onDisk);
    }

    @Test
    void theWindowLayoutIsNotWrittenWhileFramebenchRuns() {
        assertEquals(0, StaleEditors.layoutAutosaveMinutes(),
                "the platform's layout autosave (which kept document tabs that cannot come back) is off");
    }

    @Test
    void closingStaleTabsLeavesTheStudentsDocumentsOpen() {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        DocumentEditor editor = DocumentOpener.openDefaultAssignment(page);
        UiDriver.flush();
        assertEquals(0, StaleEditors.close(page));
        assertEquals(1, page.getEditorReferences().length);
        assertEquals(editor, page.getEditorReferences()[0].getEditor(false));
    }
}
