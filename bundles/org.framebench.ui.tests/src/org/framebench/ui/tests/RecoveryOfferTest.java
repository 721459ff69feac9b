package org.framebench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.framebench.core.corpus.CorpusLoader;
import org.framebench.core.document.DocumentStore;
import org.framebench.core.document.Documents;
import org.framebench.core.recovery.AutosavePolicy;
import org.framebench.core.recovery.RecoverableDocument;
import org.framebench.core.recovery.RecoveryStore;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Role;
import org.framebench.ui.editor.DocumentEditor;
import org.framebench.ui.editor.DocumentOpener;
import org.framebench.ui.editor.RecoveryOffer;
import org.framebench.ui.internal.FramebenchUiPlugin;
import org.framebench.ui.internal.Recovery;
import org.framebench.ui.internal.StudentIdentity;
import org.framebench.ui.testing.UiDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recovered work is deleted only on an explicit, confirmed Discard; a failing autosave tells the student;
 * two open documents with the same id keep one recovery copy each.
 */
class RecoveryOfferTest {

    private static final String OFFER = "Recover unsaved work";
    private static final String CONFIRM = "Delete unsaved work";
    private static final String AUTOSAVE_FAILED = "Unsaved work is not being copied";

    @TempDir
    Path folder;

    private IWorkbenchPage page;
    private RecoveryStore store;
    private final List<IStatus> logged = new ArrayList<>();
    private final ILogListener listener = (status, plugin) -> {
        if (status.getSeverity() == IStatus.ERROR || status.getException() instanceof RuntimeException) {
            logged.add(status);
        }
    };

    @BeforeEach
    void setUp() {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        store = FramebenchUiPlugin.getDefault().getRecovery().getStore();
        page.closeAllEditors(false);
        UiDriver.flush();
        // The product's 5-second autosave timer would race the autosaves these tests make themselves.
        FramebenchUiPlugin.getDefault().getRecovery().stop();
        Platform.addLogListener(listener);
    }

    @AfterEach
    void tearDown() throws Exception {
        page.closeAllEditors(false);
        UiDriver.flush();
        FramebenchUiPlugin.getDefault().getRecovery().start(PlatformUI.getWorkbench());
        Platform.removeLogListener(listener);
        for (RecoverableDocument left : store.list().recoverable()) {
            store.discard(left);
        }
        assertEquals(List.of(), logged, "nothing went wrong behind the student's back");
    }

    @Test
    void escapeKeepsTheRecoveredWorkAndItIsOfferedAgain() throws Exception {
        String copy = lostWork("Ama Mensah", "s1024");
        List<DocumentEditor> opened = new ArrayList<>();

        List<String> shown = UiDriver.dismissDialog(OFFER, UiDriver::pressEscape, () -> opened.addAll(offer()));

        assertTrue(shown.stream().anyMatch(t -> t.contains("Ama Mensah: 2 annotations")), shown.toString());
        assertTrue(opened.isEmpty());
        assertNotNull(find(copy), "Escape deletes nothing");
        assertOfferedAgainAndOpens(copy);
    }

    @Test
    void theWindowsCloseButtonKeepsTheRecoveredWork() throws Exception {
        String copy = lostWork("Kofi Boateng", "s2048");
        List<DocumentEditor> opened = new ArrayList<>();

        UiDriver.dismissDialog(OFFER, Shell::close, () -> opened.addAll(offer()));

        assertTrue(opened.isEmpty());
        assertNotNull(find(copy), "closing the window deletes nothing");
        assertOfferedAgainAndOpens(copy);
    }

    @Test
    void keepForLaterKeepsTheRecoveredWork() throws Exception {
        String copy = lostWork("Efua Owusu", "s4096");
        List<String> buttons = new ArrayList<>();
        String[] defaultButton = new String[1];
        UiDriver.answerDialog(OFFER, shell -> {
            buttons.addAll(buttonsOf(shell));
            defaultButton[0] = shell.getDefaultButton().getText().replace("&", "");
        }, "Keep for Later", this::offer);
        assertEquals(java.util.Set.of("Open Recovered Work", "Keep for Later", "Discard..."), java.util.Set.copyOf(buttons),
                buttons.toString());
        assertEquals(3, buttons.size());
        assertEquals("Open Recovered Work", defaultButton[0], "Enter opens the work");
        assertNotNull(find(copy));
        assertOfferedAgainAndOpens(copy);
    }

    @Test
    void discardAsksAgainAndOnlyAConfirmedDiscardDeletes() throws Exception {
        String copy = lostWork("Yaw Asante", "s8192");

        // Discard, then "Keep the Work" at the second question: nothing is deleted.
        List<String> question = UiDriver.answerDialog(CONFIRM, "Keep the Work",
                () -> UiDriver.answerDialog(OFFER, "Discard...", this::offer));
        assertTrue(question.stream().anyMatch(t -> t.contains("Delete the unsaved work for good?")), question.toString());
        assertNotNull(find(copy), "cancelled at the second question: kept");

        // Discard, then Escape at the second question: kept too.
        UiDriver.dismissDialog(CONFIRM, UiDriver::pressEscape, () -> UiDriver.answerDialog(OFFER, "Discard...", this::offer));
        assertNotNull(find(copy), "Escape at the second question: kept");

        // Discard, confirmed: gone, and not offered again.
        List<DocumentEditor> opened = new ArrayList<>();
        UiDriver.answerDialog(CONFIRM, "Delete for Good",
                () -> UiDriver.answerDialog(OFFER, "Discard...", () -> opened.addAll(offer())));
        assertTrue(opened.isEmpty());
        assertNull(find(copy), "confirmed: deleted");
        assertTrue(offer().isEmpty(), "nothing left to offer, and no dialog");
    }

    @Test
    void aFailingAutosaveTellsTheStudentOnceAndTheNoticeGoesWhenItWorksAgain() throws Exception {
        DocumentEditor editor = DocumentOpener.openDefaultAssignment(page);
        UiDriver.selectAndPress(editor.getPanes().get(0).getText(), "Musa Ibrahim", '1');
        // A recovery folder that cannot be written: a file is in its way.
        Path blocked = Files.writeString(folder.resolve("recovery"), "not a folder");
        Recovery recovery = new Recovery(blocked, AutosavePolicy.DEFAULT);
        assertFalse(editor.getAutosaveNotice().isShowing(), "no notice while all is well");

        List<String> warning = UiDriver.answerDialog(AUTOSAVE_FAILED, "OK", () -> autosave(recovery, editor));

        String said = String.join("\n", warning);
        assertTrue(said.contains("not safe from a crash") && said.contains("Ctrl+S") && said.contains("Save As"), said);
        assertTrue(editor.getAutosaveNotice().isShowing(), "the notice stays up above the articles");
        String notice = editor.getAutosaveNotice().getText();
        assertTrue(notice.contains("NOT being copied aside") && notice.contains("Ctrl+S"), notice);
        assertTrue(notice.contains("a file is in the way of that folder"), notice);
        assertTrue(recovery.isFailing(editor));

        // It keeps failing, with more work: the notice stays, and no second dialog interrupts the student.
        UiDriver.selectAndPress(editor.getPanes().get(0).getText(), "a first step", 'q');
        assertEquals(0, UiDriver.countDialogs(AUTOSAVE_FAILED, () -> autosave(recovery, editor)), "told once, not every time");
        assertTrue(editor.getAutosaveNotice().isShowing());

        // The folder can be written again: the next autosave works and the notice goes.
        Files.delete(blocked);
        UiDriver.selectAndPress(editor.getPanes().get(0).getText(), "Libyan government spokesman", '1');
        assertEquals(0, UiDriver.countDialogs(AUTOSAVE_FAILED, () -> autosave(recovery, editor)));
        assertFalse(editor.getAutosaveNotice().isShowing(), "copied aside again: no notice");
        assertFalse(recovery.isFailing(editor));
        assertTrue(Files.isRegularFile(recovery.getStore().copyFile(editor.getRecoveryId())), "the copy is there now");
        recovery.discard(editor);
    }

    @Test
    void twoOpenDocumentsWithTheSameIdKeepOneCopyEach() throws Exception {
        StudentIdentity.remember("Ama Mensah", "s1024");
        AnnotationDocument mywork = Documents.newDocument(CorpusLoader.loadDefault(), Role.STUDENT);
        mywork.setAnnotatorName("Ama Mensah");
        mywork.setAnnotatorId("s1024");
        Path original = folder.resolve("mywork.fbench");
        DocumentStore.save(mywork, original);
        Path copied = Files.copy(original, folder.resolve("mywork-copy.fbench"));
        // The product's folder, without its 5-second timer (which could take the copies before this test does).
        Recovery recovery = new Recovery(store.folder(), AutosavePolicy.DEFAULT);

        DocumentEditor first = DocumentOpener.openFile(page, original);
        DocumentEditor second = DocumentOpener.openFile(page, copied);
        assertEquals(first.getDocument().getId(), second.getDocument().getId(), "the same document id");
        page.activate(first);
        UiDriver.flush();
        UiDriver.selectAndPress(first.getPanes().get(0).getText(), "Musa Ibrahim", '1');
        page.activate(second);
        UiDriver.flush();
        UiDriver.selectAndPress(second.getPanes().get(0).getText(), "a first step", 'q');
        UiDriver.selectAndPress(second.getPanes().get(0).getText(), "Libyan government spokesman", '1');
        assertTrue(first.isDirty() && second.isDirty());
        autosave(recovery, first);
        autosave(recovery, second);

        List<RecoverableDocument> copies = store.list().recoverable().stream()
                .filter(r -> r.documentId().equals(mywork.getId())).toList();
        assertEquals(2, copies.size(), "one copy per editor: " + copies);
        assertEquals(List.of(1, 2), copies.stream().map(RecoverableDocument::annotationCount).sorted().toList());

        assertTrue(first.saveTo(original));
        UiDriver.flush();
        List<RecoverableDocument> left = store.list().recoverable().stream()
                .filter(r -> r.documentId().equals(mywork.getId())).toList();
        assertEquals(1, left.size(), "saving the first removes only its own copy");
        assertEquals(copied.toAbsolutePath(), left.get(0).originalFile());
        assertEquals(2, left.get(0).annotationCount(), "the second editor's work is still safe");

        page.closeEditor(second, false);
        UiDriver.flush();
        assertTrue(store.list().recoverable().stream().noneMatch(r -> r.documentId().equals(mywork.getId())));
    }

    private void assertOfferedAgainAndOpens(String copy) {
        List<DocumentEditor> opened = new ArrayList<>();
        List<String> shown = UiDriver.answerDialog(OFFER, "Open Recovered Work", () -> opened.addAll(offer()));
        assertTrue(shown.stream().anyMatch(t -> t.contains("2 annotations")), "offered again: " + shown);
        assertEquals(1, opened.size());
        assertEquals(2, opened.get(0).getDocument().getAnnotations().size());
        assertTrue(opened.get(0).isDirty());
        assertEquals(copy, opened.get(0).getRecoveryId(), "the recovered editor goes on with the copy it came from");
        page.closeEditor(opened.get(0), false);
        UiDriver.flush();
        assertNull(find(copy), "closed without saving on purpose: the copy goes");
    }

    private List<DocumentEditor> offer() {
        return RecoveryOffer.offer(page, store);
    }

    private static void autosave(Recovery recovery, DocumentEditor editor) {
        Job job = recovery.autosave(editor, Instant.now(), true);
        assertNotNull(job, "dirty work is due for a copy");
        try {
            job.join();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        UiDriver.flush();
    }

    private String lostWork(String name, String id) throws Exception {
        AnnotationDocument lost = Documents.newDocument(CorpusLoader.loadDefault(), Role.STUDENT);
        lost.setAnnotatorName(name);
        lost.setAnnotatorId(id);
        RecoveryAndUpdateTest.annotate(lost, lost.getAssignment().getArticles().get(0), "Musa Ibrahim", "S1");
        RecoveryAndUpdateTest.annotate(lost, lost.getAssignment().getArticles().get(0), "a first step", "A1");
        String copy = java.util.UUID.randomUUID().toString();
        store.write(store.snapshot(copy, lost, null));
        return copy;
    }

    private RecoverableDocument find(String copy) {
        return store.list().recoverable().stream().filter(r -> r.copyId().equals(copy)).findFirst().orElse(null);
    }

    private static List<String> buttonsOf(Shell shell) {
        List<String> labels = new ArrayList<>();
        Consumer<org.eclipse.swt.widgets.Composite>[] walk = new Consumer[1];
        walk[0] = composite -> {
            for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
                if (child instanceof org.eclipse.swt.widgets.Button button) {
                    labels.add(button.getText().replace("&", ""));
                } else if (child instanceof org.eclipse.swt.widgets.Composite inner) {
                    walk[0].accept(inner);
                }
            }
        };
        walk[0].accept(shell);
        return labels;
    }
}
