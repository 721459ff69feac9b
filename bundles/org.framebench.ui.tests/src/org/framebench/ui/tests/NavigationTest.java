package org.framebench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.framebench.core.edit.AnnotationCommands;
import org.framebench.model.Annotation;
import org.framebench.ui.editor.DocumentEditor;
import org.framebench.ui.editor.DocumentOpener;
import org.framebench.ui.testing.UiDriver;
import org.framebench.ui.testing.UiWatch;
import org.framebench.ui.views.AnnotationDetailsView;
import org.framebench.ui.views.AnnotationsView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Moving through the work with the keyboard: Next / Previous Annotation (Ctrl+. / Ctrl+,) through an article
 * and on across articles, Next / Previous Article (F6 / Shift+F6), and the Annotations list, where a click
 * or the arrow keys show the annotation and Del deletes it (undoable). Also bug 7's neighbour: with an
 * annotation selected, the keys a student selects text with (Ctrl+Shift+arrows) select text and do not
 * resize the annotation.
 */
class NavigationTest {

    private static final String NEXT = "org.eclipse.ui.navigate.next";
    private static final String PREVIOUS = "org.eclipse.ui.navigate.previous";

    private IWorkbenchPage page;
    private DocumentEditor editor;
    private Annotation musa;
    private Annotation firstStep;
    private Annotation moussa;

    @BeforeEach
    void open() {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.closeAllEditors(false);
        editor = DocumentOpener.openDefaultAssignment(page);
        UiDriver.flush();
        StyledText cnn = editor.getPanes().get(0).getText();
        // Annotated out of reading order on purpose.
        UiDriver.selectAndPress(cnn, "a first step", 'q');
        UiDriver.selectAndPress(cnn, "Musa Ibrahim", '1');
        UiDriver.selectAndPress(editor.getPanes().get(3).getText(), "Moussa Ibrahim", '1');
        List<Annotation> all = editor.getDocument().getAnnotations();
        firstStep = all.get(0);
        musa = all.get(1);
        moussa = all.get(2);
        assertEquals("bbc", moussa.getArticle().getId());
        assertTrue(musa.getBegin() < firstStep.getBegin(), "Musa Ibrahim comes first in the CNN text");
    }

    @AfterEach
    void close() {
        page.closeAllEditors(false);
        UiDriver.flush();
    }

    @Test
    void nextAndPreviousAnnotationGoInReadingOrderAcrossArticles() throws Exception {
        try (UiWatch watch = UiWatch.start()) {
            AnnotationDetailsView details = (AnnotationDetailsView) page.showView(AnnotationDetailsView.ID);
            page.activate(editor);
            editor.select(null);
            StyledText cnn = editor.getPanes().get(0).getText();
            cnn.setFocus();
            cnn.setCaretOffset(0);
            UiDriver.flush();

            UiDriver.runCommand(NEXT);
            assertEquals(musa, editor.getSelectedAnnotation(), "from the top of CNN: the first annotation in it");
            UiDriver.runCommand(NEXT);
            assertEquals(firstStep, editor.getSelectedAnnotation());
            UiDriver.runCommand(NEXT);
            assertEquals(moussa, editor.getSelectedAnnotation(), "on into the next article that has one");
            UiDriver.flush();
            assertEquals("S1", details.codeCombo().getText().substring(0, 2), "the panel shows it");
            UiDriver.runCommand(NEXT);
            assertEquals(musa, editor.getSelectedAnnotation(), "after the last, round to the first");
            UiDriver.runCommand(PREVIOUS);
            assertEquals(moussa, editor.getSelectedAnnotation());
            UiDriver.runCommand(PREVIOUS);
            assertEquals(firstStep, editor.getSelectedAnnotation());

            // From a view (the Annotation panel has the focus) the keys work the same.
            page.activate(details);
            UiDriver.runCommand(PREVIOUS);
            assertEquals(musa, editor.getSelectedAnnotation());
            watch.assertNone();
        }
    }

    @Test
    void nextAnnotationShowsAnArticleTheLayoutHides() throws Exception {
        page.activate(editor);
        editor.setLayout(DocumentEditor.Layout.ONE);
        editor.chooseArticles(0, 1);
        UiDriver.flush();
        editor.reveal(firstStep);
        UiDriver.flush();
        UiDriver.runCommand(NEXT);
        assertEquals(moussa, editor.getSelectedAnnotation());
        assertEquals(1, editor.getPanes().size());
        assertEquals("bbc", editor.getPanes().get(0).getArticle().getId(), "the one article shown is now BBC");
    }

    @Test
    void nextAndPreviousArticleMoveTheCursorFromArticleToArticle() throws Exception {
        page.activate(editor);
        StyledText cnn = editor.getPanes().get(0).getText();
        cnn.setFocus();
        UiDriver.flush();
        UiDriver.runCommand("org.framebench.ui.nextArticle");
        assertEquals(editor.getPanes().get(1).getArticle(), editor.getFocusedPane().getArticle());
        assertEquals(editor.getPanes().get(1).getText(), cnn.getDisplay().getFocusControl(), "the cursor is in the second article");
        UiDriver.runCommand("org.framebench.ui.previousArticle");
        UiDriver.runCommand("org.framebench.ui.previousArticle");
        assertEquals("bbc", editor.getFocusedPane().getArticle().getId(), "before the first: the last");

        // In the one-article layout, the next article replaces the one shown.
        editor.setLayout(DocumentEditor.Layout.ONE);
        editor.chooseArticles(0, 1);
        UiDriver.flush();
        editor.getPanes().get(0).getText().setFocus();
        UiDriver.flush();
        UiDriver.runCommand("org.framebench.ui.nextArticle");
        assertEquals(1, editor.getPanes().size());
        assertEquals(editor.getDocument().getAssignment().getArticles().get(1), editor.getPanes().get(0).getArticle());
    }

    @Test
    void aClickOrArrowInTheAnnotationsListShowsTheAnnotationAndDelDeletesIt() throws Exception {
        try (UiWatch watch = UiWatch.start()) {
            AnnotationDetailsView details = (AnnotationDetailsView) page.showView(AnnotationDetailsView.ID);
            AnnotationsView list = (AnnotationsView) page.showView(AnnotationsView.ID);
            UiDriver.flush();
            Table table = list.getViewer().getTable();
            assertEquals(3, table.getItemCount());
            table.setFocus();

            // One click on the second row (CNN's "a first step", in reading order).
            table.setSelection(1);
            table.notifyListeners(SWT.Selection, new Event());
            UiDriver.flush();
            assertEquals(firstStep, editor.getSelectedAnnotation(), "a single click shows the annotation");
            assertTrue(details.codeCombo().getText().startsWith("A1"), details.codeCombo().getText());
            assertEquals(list, page.getActivePart(), "the list keeps the focus, for the arrow keys");

            // The down arrow: GTK moves the row and reports the selection.
            table.setSelection(2);
            table.notifyListeners(SWT.Selection, new Event());
            UiDriver.flush();
            assertEquals(moussa, editor.getSelectedAnnotation());
            assertTrue(details.codeCombo().getText().startsWith("S1"));

            // Del deletes the row's annotation; Ctrl+Z brings it back.
            UiDriver.pressKeyCode(table, SWT.DEL, 0);
            UiDriver.flush();
            assertEquals(List.of(firstStep, musa), editor.getDocument().getAnnotations());
            assertEquals(2, table.getItemCount());
            UiDriver.runCommand("org.eclipse.ui.edit.undo");
            UiDriver.flush();
            assertEquals(3, editor.getDocument().getAnnotations().size());
            assertTrue(editor.getDocument().getAnnotations().contains(moussa));
            watch.assertNone();
        }
    }

    @Test
    void ctrlShiftArrowsSelectTextAndLeaveTheSelectedAnnotationAlone() {
        StyledText cnn = editor.getPanes().get(0).getText();
        editor.select(musa);
        UiDriver.flush();
        cnn.setFocus();
        cnn.setCaretOffset(musa.getEnd());
        int before = musa.getBegin();
        int end = musa.getEnd();
        UiDriver.pressKeyCode(cnn, SWT.ARROW_RIGHT, SWT.MOD1 | SWT.SHIFT);
        UiDriver.pressKeyCode(cnn, SWT.ARROW_LEFT, SWT.MOD1 | SWT.SHIFT);
        UiDriver.pressKeyCode(cnn, SWT.ARROW_RIGHT, SWT.MOD1);
        assertEquals(before, musa.getBegin(), "the annotation's start did not move");
        assertEquals(end, musa.getEnd(), "nor its end");
        assertNotNull(editor.getSelectedAnnotation());
    }

    @Test
    void aFreshTextSelectionIsAnnotatedEvenWithAnAnnotationSelected() {
        StyledText cnn = editor.getPanes().get(0).getText();
        // The student clicks Musa Ibrahim (a click without a drag selects the annotation under it) ...
        cnn.setFocus();
        cnn.setSelection(musa.getBegin() + 2);
        Event click = new Event();
        click.button = 1;
        cnn.notifyListeners(SWT.MouseUp, click);
        UiDriver.flush();
        assertEquals(musa, editor.getSelectedAnnotation());
        // ... then selects other words and presses a code key: a new annotation; Musa keeps S1.
        UiDriver.selectAndPress(cnn, "Libyan government spokesman", '4');
        assertEquals("S1", musa.getCode().getId());
        assertEquals(4, editor.getDocument().getAnnotations().size());
        Annotation made = editor.getDocument().getAnnotations().get(3);
        assertEquals("S4", made.getCode().getId());
        assertEquals("Libyan government spokesman", made.getCoveredText());
        // With no text selected, the key recodes the selected annotation (as before).
        editor.select(musa);
        UiDriver.flush();
        cnn.setSelection(musa.getBegin());
        UiDriver.press(cnn, '2');
        assertEquals("S2", musa.getCode().getId());
        assertEquals(4, editor.getDocument().getAnnotations().size());
        assertEquals(null, AnnotationCommands.attribute(musa, "nothing"));
    }
}
