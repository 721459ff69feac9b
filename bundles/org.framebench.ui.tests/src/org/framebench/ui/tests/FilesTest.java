package org.framebench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.framebench.ui.FramebenchWindowAdvisor;
import org.framebench.ui.editor.DocumentEditor;
import org.framebench.ui.editor.DocumentOpener;
import org.framebench.ui.internal.FileDrop;
import org.framebench.ui.internal.FramebenchUiPlugin;
import org.framebench.ui.internal.RecentFiles;
import org.framebench.ui.internal.StudentIdentity;
import org.framebench.ui.testing.UiDriver;
import org.framebench.ui.testing.UiWatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files as a student meets them: the window's title names the document and marks unsaved work, File →
 * Open Recent (a document that is gone is taken off with a message), the last document reopened at start,
 * and a file dropped onto the window.
 */
class FilesTest {

    @TempDir
    Path folder;

    private IWorkbenchWindow window;
    private IWorkbenchPage page;
    private IPreferenceStore store;

    @BeforeEach
    void setUp() {
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        page = window.getActivePage();
        page.closeAllEditors(false);
        store = FramebenchUiPlugin.getDefault().getPreferenceStore();
        store.setValue(RecentFiles.RECENT, "");
        if (store.getString(StudentIdentity.NAME).isBlank() || store.getString(StudentIdentity.ID).isBlank()) {
            StudentIdentity.remember("Ama Mensah", "s1024");
        }
        UiDriver.flush();
    }

    @AfterEach
    void tearDown() {
        page.closeAllEditors(false);
        store.setToDefault(RecentFiles.RECENT);
        store.setToDefault(RecentFiles.REOPEN_LAST);
        UiDriver.flush();
    }

    @Test
    void theWindowTitleNamesTheDocumentAndMarksUnsavedWork() throws Exception {
        try (UiWatch watch = UiWatch.start()) {
            assertEquals("Framebench", window.getShell().getText(), "no document open");
            DocumentEditor editor = DocumentOpener.openDefaultAssignment(page);
            UiDriver.flush();
            assertEquals(editor.getTitle() + " \u2014 Framebench", window.getShell().getText());
            UiDriver.selectAndPress(editor.getPanes().get(0).getText(), "Musa Ibrahim", '1');
            assertEquals("*" + editor.getTitle() + " \u2014 Framebench", window.getShell().getText(), "unsaved work is marked");
            assertTrue(editor.saveTo(folder.resolve("ama.fbench")));
            UiDriver.flush();
            assertEquals("ama.fbench \u2014 Framebench", window.getShell().getText(), "saved: the file's name, no mark");
            page.closeAllEditors(false);
            UiDriver.flush();
            assertEquals("Framebench", window.getShell().getText());
            watch.assertNone();
        }
    }

    @Test
    void openRecentListsTheLastDocumentsAndTakesOffOneThatIsGoneWithAMessage() throws Exception {
        Path first = save("first.fbench");
        Path second = save("second.fbench");
        page.closeAllEditors(false);
        UiDriver.flush();
        assertEquals(List.of("1 second.fbench  (" + folder + ")", "2 first.fbench  (" + folder + ")"), recentItems());

        Files.delete(first);
        List<String> told = UiDriver.answerDialog("Document not found", "OK", () -> select(recentItem("2 first.fbench")));
        assertTrue(String.join(" ", told).contains("first.fbench is no longer in " + folder), told.toString());
        assertTrue(String.join(" ", told).contains("nothing else changed"), told.toString());
        assertEquals(List.of(second.toAbsolutePath()), RecentFiles.list());
        assertEquals(List.of("1 second.fbench  (" + folder + ")"), recentItems());
        assertNull(page.getActiveEditor(), "nothing was opened");

        try (UiWatch watch = UiWatch.start()) {
            select(recentItem("1 second.fbench"));
            assertTrue(page.getActiveEditor() instanceof DocumentEditor editor && second.toAbsolutePath().equals(editor.getFile()),
                    "the recent document opened");
            watch.assertNone();
        }
    }

    @Test
    void theLastDocumentIsReopenedAtStartUnlessTurnedOffOrGone() throws Exception {
        Path last = save("last.fbench");
        page.closeAllEditors(false);
        UiDriver.flush();
        assertTrue(store.getBoolean(RecentFiles.REOPEN_LAST), "on by default");
        try (UiWatch watch = UiWatch.start()) {
            assertEquals(last.toAbsolutePath(), FramebenchWindowAdvisor.openAtStart(page).getFile());
            page.closeAllEditors(false);
            store.setValue(RecentFiles.REOPEN_LAST, false);
            assertNull(FramebenchWindowAdvisor.openAtStart(page).getFile(), "turned off: the bundled assignment");
            page.closeAllEditors(false);
            store.setValue(RecentFiles.REOPEN_LAST, true);
            Files.delete(last);
            assertNull(FramebenchWindowAdvisor.openAtStart(page).getFile(), "gone: the bundled assignment, quietly");
            watch.assertNone();
        }
    }

    @Test
    void aDroppedDocumentOpensAndAnotherFileIsNamedInAPlainMessage() throws Exception {
        Path dropped = save("dropped.fbench");
        page.closeAllEditors(false);
        UiDriver.flush();
        // The window takes files dropped onto its articles.
        List<String> transfers = new ArrayList<>();
        for (Control control : all(window.getShell())) {
            if (control.getData(DND.DROP_TARGET_KEY) instanceof DropTarget target) {
                for (Transfer transfer : target.getTransfer()) {
                    transfers.add(transfer.getClass().getSimpleName());
                }
            }
        }
        assertTrue(transfers.contains(FileTransfer.class.getSimpleName()), "drop targets: " + transfers);

        FileDrop drop = new FileDrop(window);
        try (UiWatch watch = UiWatch.start()) {
            drop.open(new String[] { dropped.toString() });
            assertTrue(page.getActiveEditor() instanceof DocumentEditor editor && dropped.toAbsolutePath().equals(editor.getFile()));
            watch.assertNone();
        }
        Path notes = Files.writeString(folder.resolve("notes.docx"), "not a document");
        int open = page.getEditorReferences().length;
        List<String> told = UiDriver.answerDialog("Not a Framebench document", "OK", () -> drop.open(new String[] { notes.toString() }));
        assertTrue(String.join(" ", told).contains("notes.docx is not a Framebench document"), told.toString());
        assertTrue(String.join(" ", told).contains("Your work is unchanged"), told.toString());
        assertEquals(open, page.getEditorReferences().length, "nothing else was opened");
    }

    private Path save(String name) {
        DocumentEditor editor = DocumentOpener.openDefaultAssignment(page);
        UiDriver.flush();
        Path file = folder.resolve(name);
        assertTrue(editor.saveTo(file));
        return file;
    }

    /** File → Open Recent's items as shown. */
    private List<String> recentItems() {
        List<String> texts = new ArrayList<>();
        for (MenuItem item : recentMenu().getItems()) {
            texts.add(item.getText().replace("&", ""));
        }
        return texts;
    }

    private MenuItem recentItem(String startsWith) {
        for (MenuItem item : recentMenu().getItems()) {
            if (item.getText().replace("&", "").startsWith(startsWith)) {
                return item;
            }
        }
        throw new AssertionError("no " + startsWith + " in Open Recent");
    }

    private Menu recentMenu() {
        Menu file = UiDriver.submenu(window.getShell().getMenuBar(), "File");
        return UiDriver.submenu(file, "Open Recent");
    }

    private static void select(MenuItem item) {
        item.notifyListeners(SWT.Selection, new Event());
        UiDriver.flush();
    }

    private static List<Control> all(Composite root) {
        List<Control> result = new ArrayList<>();
        for (Control child : root.getChildren()) {
            result.add(child);
            if (child instanceof Composite composite) {
                result.addAll(all(composite));
            }
        }
        return result;
    }
}
