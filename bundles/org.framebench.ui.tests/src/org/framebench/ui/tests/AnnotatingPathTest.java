package org.framebench.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.framebench.core.document.DocumentStore;
import org.framebench.core.edit.AnnotationCommands;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Link;
import org.framebench.model.LinkKind;
import org.framebench.ui.editor.DocumentEditor;
import org.framebench.ui.editor.DocumentOpener;
import org.framebench.ui.internal.DropDown;
import org.framebench.ui.internal.StudentIdentity;
import org.framebench.ui.testing.UiDriver;
import org.framebench.ui.views.AnnotationDetailsView;
import org.framebench.ui.views.AnnotationsView;
import org.framebench.ui.views.CodeCountsView;
import org.framebench.ui.views.LinkDialog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;



/**
 * A student's path through the real workbench: open the assignment, select a phrase in the CNN article,
 * press a code's key, set an attribute and a note, undo and redo, annotate the BBC article and link the
 * two, save, close, reopen — and everything is as it was.
 */
class AnnotatingPathTest {

    @TempDir
    Path folder;

    private IWorkbenchPage page;
    private DocumentEditor editor;

    @BeforeEach
    void openFreshAssignment() {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        editor = DocumentOpener.openDefaultAssignment(page);
        UiDriver.flush();
    }

    @AfterEach
    void closeEditors() {
        page.closeAllEditors(false);
        UiDriver.flush();
    }

    @Test
    void annotateLinkSaveCloseReopen() throws Exception {
        AnnotationDocument document = editor.getDocument();
        StyledText cnn = editor.getPanes().get(0).getText();
        StyledText bbc = editor.getPanes().get(3).getText();

        // Select a phrase in the CNN article and press S1's key.
        int begin = UiDriver.selectAndPress(cnn, "Musa Ibrahim", '1');
        assertEquals(1, document.getAnnotations().size());
        Annotation musa = document.getAnnotations().get(0);
        assertEquals("S1", musa.getCode().getId());
        assertEquals("Musa Ibrahim", musa.getCoveredText());
        assertEquals(begin, musa.getBegin());
        assertEquals("cnn", musa.getArticle().getId());
        assertTrue(editor.isDirty());
        StyleRange painted = editor.getPanes().get(0).styleAt(begin + 2);
        assertNotNull(painted, "the annotation is painted");
        assertNotNull(painted.background);
        assertEquals(SWT.BORDER_SOLID, painted.borderStyle, "the new annotation is selected");
        assertEquals(musa, editor.getSelectedAnnotation());

        // Set an attribute and a note in the Annotation view.
        AnnotationDetailsView details = (AnnotationDetailsView) page.showView(AnnotationDetailsView.ID);
        UiDriver.flush();
        DropDown affiliation = (DropDown) details.attributeField("affiliation");
        affiliation.select(affiliation.indexOf("Libyan government"));
        UiDriver.select(affiliation);
        assertEquals("Libyan government", AnnotationCommands.attribute(musa, "affiliation"));
        details.noteField().setFocus();
        details.noteField().setText("He is named, with his role.");
        details.commitPending();
        assertEquals("He is named, with his role.", musa.getNote());

        // Undo the note and redo it through the workbench's Undo and Redo commands (Ctrl+Z, Ctrl+Shift+Z / Ctrl+Y).
        UiDriver.runCommand("org.eclipse.ui.edit.undo");
        assertNull(musa.getNote());
        assertEquals("Libyan government", AnnotationCommands.attribute(musa, "affiliation"));
        UiDriver.runCommand("org.eclipse.ui.edit.redo");
        assertEquals("He is named, with his role.", musa.getNote());
        UiDriver.flush();
        assertEquals("He is named, with his role.", details.noteField().getText(), "the view shows the redone note");

        // Annotate the same source in the BBC article.
        UiDriver.selectAndPress(bbc, "Moussa Ibrahim", '1');
        assertEquals(2, document.getAnnotations().size());
        Annotation moussa = document.getAnnotations().get(1);
        assertEquals("bbc", moussa.getArticle().getId());

        // Link the CNN annotation to the BBC one through the Link dialog.
        editor.reveal(musa);
        UiDriver.flush();
        org.eclipse.swt.widgets.Button linkTo = UiDriver.findButton(details.noteField().getParent(), "Link to\u2026");
        assertNotNull(linkTo);
        UiDriver.answerDialog("Link annotation",
                shell -> ((LinkDialog) shell.getData()).choose(moussa, LinkKind.SAME_SOURCE, "Musa = Moussa"),
                "Link", () -> UiDriver.select(linkTo));
        assertEquals(1, document.getLinks().size());
        Link link = document.getLinks().get(0);
        assertEquals(musa, link.getSource());
        assertEquals(moussa, link.getTarget());
        assertEquals(LinkKind.SAME_SOURCE, link.getKind());
        assertEquals(1, details.linksList().getItemCount());
        assertTrue(details.linksList().getItem(0).getText().contains("BBC News"), details.linksList().getItem(0).getText());
        assertEquals("Musa = Moussa", details.linkNoteLine(0), "the link's note is shown under it");

        // The Annotations view lists both, filters by article, and counts per code.
        AnnotationsView list = (AnnotationsView) page.showView(AnnotationsView.ID);
        UiDriver.flush();
        assertEquals(2, list.getViewer().getTable().getItemCount());
        assertEquals(musa, list.getViewer().getStructuredSelection().getFirstElement(),
                "the list highlights the editor's selected annotation");
        list.filter(4, 0, 0, "");
        assertEquals(1, list.getViewer().getTable().getItemCount());
        assertEquals(moussa, list.getViewer().getElementAt(0));
        assertTrue(list.getCountsText().startsWith("1 of 2 annotations shown."), list.getCountsText());
        list.filter(0, 0, 0, "");
        CodeCountsView counts = (CodeCountsView) page.showView(CodeCountsView.ID);
        UiDriver.flush();
        assertEquals("1", counts.getViewer().getTable().getItem(0).getText(1), "S1 in CNN");
        assertEquals("1", counts.getViewer().getTable().getItem(0).getText(4), "S1 in BBC");
        assertEquals("2", counts.getViewer().getTable().getItem(0).getText(5), "S1 total");

        // Save (the identity was given before), close, reopen: everything equal.
        StudentIdentity.remember("Ama Mensah", "s1024");
        Path file = folder.resolve("ama.fbench");
        assertTrue(editor.saveTo(file));
        assertFalse(editor.isDirty());
        assertEquals("Ama Mensah", document.getAnnotatorName());
        AnnotationDocument saved = EcoreUtil.copy(document);
        page.closeEditor(editor, false);
        UiDriver.flush();

        DocumentEditor reopened = DocumentOpener.openFile(page, file);
        UiDriver.flush();
        assertNotNull(reopened);
        AnnotationDocument loaded = reopened.getDocument();
        assertTrue(EcoreUtil.equals(saved, loaded), "the reopened document equals the saved one");
        assertEquals("s1024", loaded.getAnnotatorId());
        assertEquals(List.of("Musa Ibrahim", "Moussa Ibrahim"),
                loaded.getAnnotations().stream().map(Annotation::getCoveredText).toList());
        assertEquals("Libyan government", AnnotationCommands.attribute(loaded.getAnnotations().get(0), "affiliation"));
        assertEquals(loaded.getAnnotations().get(1), loaded.getLinks().get(0).getTarget());
        assertNotNull(reopened.getPanes().get(0).styleAt(begin).background, "painted again");
        assertFalse(reopened.isDirty());
    }

    @Test
    void deleteKeyRemovesAnnotationAndItsLinksAndUndoBringsThemBack() throws Exception {
        AnnotationDocument document = editor.getDocument();
        StyledText cnn = editor.getPanes().get(0).getText();
        UiDriver.selectAndPress(cnn, "Musa Ibrahim", '1');
        UiDriver.selectAndPress(cnn, "a first step", 'q');
        Annotation first = document.getAnnotations().get(0);
        Annotation quote = document.getAnnotations().get(1);
        assertEquals("A1", quote.getCode().getId());
        editor.execute(AnnotationCommands.link(editor.getEditingDomain(), document, quote, first, LinkKind.SAME_STATEMENT, null));
        editor.select(first);
        UiDriver.pressKeyCode(cnn, SWT.DEL, 0);
        assertEquals(List.of(quote), document.getAnnotations());
        assertTrue(document.getLinks().isEmpty(), "the link went with the annotation");
        UiDriver.runCommand("org.eclipse.ui.edit.undo");
        assertEquals(2, document.getAnnotations().size());
        assertEquals(1, document.getLinks().size());
    }

    @Test
    void overlappingAnnotationsStayDistinguishable() {
        StyledText cnn = editor.getPanes().get(0).getText();
        int begin = UiDriver.selectAndPress(cnn, "Libyan government spokesman Musa Ibrahim", '1');
        UiDriver.selectAndPress(cnn, "Musa Ibrahim", 'h');
        editor.select(null);
        UiDriver.flush();
        StyleRange outer = editor.getPanes().get(0).styleAt(begin + 1);
        StyleRange inner = editor.getPanes().get(0).styleAt(cnn.getText().indexOf("Musa Ibrahim") + 1);
        assertNotNull(outer.background);
        assertNotNull(inner.background);
        assertFalse(outer.background.getRGB().equals(inner.background.getRGB()), "the overlap is blended");
        assertFalse(outer.underline);
        assertTrue(inner.underline, "two annotations here: underlined");
        assertEquals(2, editor.getPanes().get(0).annotationsAt(cnn.getText().indexOf("Musa Ibrahim") + 1).size());
    }

    @Test
    void wordSnappingAndKeyboardResize() {
        StyledText cnn = editor.getPanes().get(0).getText();
        String text = cnn.getText();
        int musa = text.indexOf("Musa Ibrahim");
        cnn.setFocus();
        cnn.setSelection(musa + 2, musa + 8); // "sa Ibr"
        UiDriver.press(cnn, '1');
        Annotation annotation = editor.getDocument().getAnnotations().get(0);
        assertEquals("Musa Ibrahim", annotation.getCoveredText(), "snapped to whole words");
        UiDriver.pressKeyCode(cnn, SWT.ARROW_RIGHT, SWT.ALT);
        assertEquals("Musa Ibrahim called", annotation.getCoveredText(), "Alt+Right widens the end by a word");
        UiDriver.pressKeyCode(cnn, SWT.ARROW_LEFT, SWT.ALT | SWT.SHIFT);
        assertEquals("spokesman Musa Ibrahim called", annotation.getCoveredText(), "Alt+Shift+Left widens the start");
        UiDriver.pressKeyCode(cnn, SWT.ARROW_LEFT, SWT.ALT);
        UiDriver.pressKeyCode(cnn, SWT.ARROW_RIGHT, SWT.ALT | SWT.SHIFT);
        assertEquals("Musa Ibrahim", annotation.getCoveredText(), "and narrow back");
    }

    @Test
    void corruptFileIsExplainedAndOtherWorkUntouched() throws Exception {
        StyledText cnn = editor.getPanes().get(0).getText();
        UiDriver.selectAndPress(cnn, "Musa Ibrahim", '1');
        Path corrupt = folder.resolve("broken.fbench");
        Files.writeString(corrupt, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<fb:AnnotationDocument xmi:version=\"2.0\" "
                + "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:fb=\"http://framebench.org/model/1.0\" id=\"x\"><assignment");
        byte[] before = Files.readAllBytes(corrupt);
        int editorsBefore = page.getEditorReferences().length;

        List<String> shown = UiDriver.answerDialog("Cannot open", "OK", () -> DocumentOpener.openFile(page, corrupt));

        assertTrue(shown.stream().anyMatch(t -> t.startsWith("broken.fbench is damaged or incomplete")), shown.toString());
        assertFalse(shown.stream().anyMatch(t -> t.contains("Exception")), "no stack trace: " + shown);
        assertEquals(editorsBefore, page.getEditorReferences().length, "no editor opened");
        assertEquals(1, editor.getDocument().getAnnotations().size(), "the open work is untouched");
        assertTrue(editor.isDirty());
        assertEquals(List.of(before.length), List.of(Files.readAllBytes(corrupt).length), "the file is not touched");
        for (Shell shell : PlatformUI.getWorkbench().getDisplay().getShells()) {
            assertFalse("Cannot open".equals(shell.getText()) && shell.isVisible(), "the dialog closed");
        }
    }

    @Test
    void secondSaveKeepsABackupBeside() throws Exception {
        StudentIdentity.remember("Ama Mensah", "s1024");
        StyledText cnn = editor.getPanes().get(0).getText();
        UiDriver.selectAndPress(cnn, "Musa Ibrahim", '1');
        Path file = folder.resolve("backup.fbench");
        assertTrue(editor.saveTo(file));
        byte[] first = Files.readAllBytes(file);
        UiDriver.selectAndPress(cnn, "a first step", 'q');
        assertTrue(editor.saveTo(file));
        assertEquals(new String(first, java.nio.charset.StandardCharsets.UTF_8),
                Files.readString(DocumentStore.backupOf(file)), "the previous version is the backup");
        assertEquals(2, DocumentStore.load(file).getAnnotations().size());
    }
}
