package org.framebench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.framebench.core.corpus.CorpusLoader;
import org.framebench.core.document.DocumentStore;
import org.framebench.core.document.Documents;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Role;
import org.framebench.ui.editor.DocumentEditor;
import org.framebench.ui.editor.DocumentOpener;
import org.framebench.ui.internal.StudentIdentity;
import org.framebench.ui.testing.UiDriver;
import org.framebench.ui.testing.UiWatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same file open in two places (two Framebench windows, a copy synchronised by a cloud folder): a save
 * never overwrites what another program wrote meanwhile without asking, and every answer does what it says.
 */
class FileChangedOnDiskTest {

    private static final String TITLE = "File changed by another program";

    @TempDir
    Path folder;

    private IWorkbenchPage page;
    private Path file;
    private DocumentEditor editor;

    @BeforeEach
    void openSavedWorkAndAnnotate() throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.closeAllEditors(false);
        StudentIdentity.remember("Ama Mensah", "s1024");
        AnnotationDocument saved = Documents.newDocument(CorpusLoader.loadDefault(), Role.STUDENT);
        saved.setAnnotatorName("Ama Mensah");
        saved.setAnnotatorId("s1024");
        file = folder.resolve("ama.fbench");
        DocumentStore.save(saved, file);
        editor = DocumentOpener.openFile(page, file);
        UiDriver.flush();
        // This window's unsaved work: one annotation.
        UiDriver.selectAndPress(editor.getPanes().get(0).getText(), "Musa Ibrahim", '1');
        assertTrue(editor.isDirty());
    }

    @AfterEach
    void closeEditors() {
        page.closeAllEditors(false);
        UiDriver.flush();
    }

    /** Another instance saves the same file with its own annotation. @return the bytes it wrote */
    private byte[] anotherProgramWrites() throws Exception {
        AnnotationDocument theirs = DocumentStore.load(file);
        LongNoteTest.annotate(theirs, theirs.getAssignment().getArticles().get(3), "Moussa Ibrahim", "S1")
                .setNote("written by the other window");
        byte[] bytes = DocumentStore.serialize(theirs);
        Files.write(file, bytes);
        return bytes;
    }

    private boolean save() {
        NullProgressMonitor monitor = new NullProgressMonitor();
        editor.doSave(monitor);
        return !monitor.isCanceled();
    }

    @Test
    void cancelLeavesTheFileAndTheWorkAsTheyAre() throws Exception {
        byte[] theirs = anotherProgramWrites();
        boolean[] saved = new boolean[1];

        List<String> shown = UiDriver.answerDialog(TITLE, "Cancel", () -> saved[0] = save());

        String message = String.join("\n", shown);
        assertTrue(message.contains("ama.fbench was changed by another program since you opened it"), message);
        assertTrue(message.contains("Your annotations in this window are safe"), message);
        assertFalse(saved[0], "not saved: a close that asked to save is cancelled too");
        assertArrayEquals(theirs, Files.readAllBytes(file), "the other program's file is untouched");
        assertTrue(editor.isDirty(), "this window's work is still unsaved, not lost");
        assertEquals(1, editor.getDocument().getAnnotations().size());
    }

    @Test
    void overwriteSavesThisWindowsWorkAndKeepsTheOtherAsBackup() throws Exception {
        byte[] theirs = anotherProgramWrites();

        UiDriver.answerDialog(TITLE, "Overwrite", () -> assertTrue(save()));

        AnnotationDocument onDisk = DocumentStore.load(file);
        assertEquals(1, onDisk.getAnnotations().size());
        assertEquals("Musa Ibrahim", onDisk.getAnnotations().get(0).getCoveredText(), "this window's work");
        assertArrayEquals(theirs, Files.readAllBytes(DocumentStore.backupOf(file)), "the other version is the backup");
        assertFalse(editor.isDirty());

        // What was just saved is what is remembered now: the next save does not ask.
        UiDriver.selectAndPress(editor.getPanes().get(0).getText(), "a first step", 'a');
        try (UiWatch watch = UiWatch.start()) {
            assertTrue(save());
            UiDriver.flush();
            watch.assertNone();
        }
        assertEquals(2, DocumentStore.load(file).getAnnotations().size());
    }

    @Test
    void reloadShowsTheFileAsTheOtherProgramLeftIt() throws Exception {
        anotherProgramWrites();
        DocumentEditor before = editor;

        List<String> confirmation = UiDriver.answerDialog(TITLE, "Reload",
                () -> UiDriver.answerDialog("Throw away your changes?", "Reload and Throw Away My Changes",
                        () -> assertFalse(save())));
        UiDriver.flush();

        assertTrue(String.join("\n", confirmation).contains("Reload"), confirmation.toString());
        DocumentEditor reloaded = assertInstanceOf(DocumentEditor.class, page.getActiveEditor());
        assertNotSame(before, reloaded);
        assertEquals(1, page.getEditorReferences().length, "one editor on the file, not two");
        assertEquals(file.toAbsolutePath(), reloaded.getFile());
        assertEquals(1, reloaded.getDocument().getAnnotations().size());
        assertEquals("written by the other window", reloaded.getDocument().getAnnotations().get(0).getNote());
        assertFalse(reloaded.isDirty());
        assertEquals(1, reloaded.getPanes().get(3).annotationsAt(
                reloaded.getDocument().getAnnotations().get(0).getBegin()).size(), "painted in its article");

        // The reloaded editor remembers the file as it is: saving it again does not ask.
        UiDriver.selectAndPress(reloaded.getPanes().get(0).getText(), "Musa Ibrahim", '1');
        editor = reloaded;
        try (UiWatch watch = UiWatch.start()) {
            assertTrue(save());
            watch.assertNone();
        }
    }

    @Test
    void reloadNotConfirmedKeepsTheWork() throws Exception {
        byte[] theirs = anotherProgramWrites();

        UiDriver.answerDialog(TITLE, "Reload",
                () -> UiDriver.answerDialog("Throw away your changes?", "Cancel", () -> assertFalse(save())));
        UiDriver.flush();

        assertTrue(editor.isDirty());
        assertEquals(editor, page.getActiveEditor());
        assertEquals(1, editor.getDocument().getAnnotations().size());
        assertArrayEquals(theirs, Files.readAllBytes(file));
    }

    @Test
    void aTouchWithTheSameBytesOrADeletedFileDoesNotAsk() throws Exception {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(120)));
        try (UiWatch watch = UiWatch.start()) {
            assertTrue(save(), "touched, not changed: saved without a question");
            UiDriver.flush();
            watch.assertNone();
        }
        assertEquals(1, DocumentStore.load(file).getAnnotations().size());

        Files.delete(file);
        UiDriver.selectAndPress(editor.getPanes().get(0).getText(), "a first step", 'a');
        try (UiWatch watch = UiWatch.start()) {
            assertTrue(save(), "deleted meanwhile: saving writes it again");
            UiDriver.flush();
            watch.assertNone();
        }
        assertEquals(2, DocumentStore.load(file).getAnnotations().size());
    }

    @Test
    void saveAsToAnotherFileRemembersThatFile() throws Exception {
        Path other = folder.resolve("copy.fbench");
        try (UiWatch watch = UiWatch.start()) {
            assertTrue(editor.saveTo(other));
            watch.assertNone();
        }
        assertEquals(other.toAbsolutePath(), editor.getFile());
        // The first file changing no longer matters; the new one changing does.
        anotherProgramWrites();
        UiDriver.selectAndPress(editor.getPanes().get(0).getText(), "a first step", 'a');
        try (UiWatch watch = UiWatch.start()) {
            assertTrue(save());
            watch.assertNone();
        }
        Files.writeString(other, "changed by someone else");
        UiDriver.selectAndPress(editor.getPanes().get(0).getText(), "Musa Ibrahim", '2');
        List<String> shown = UiDriver.answerDialog(TITLE, "Cancel", () -> assertFalse(save()));
        assertTrue(String.join("\n", shown).contains("copy.fbench was changed by another program since you last saved it"),
                shown.toString());
        assertEquals("changed by someone else", Files.readString(other));
    }
}
