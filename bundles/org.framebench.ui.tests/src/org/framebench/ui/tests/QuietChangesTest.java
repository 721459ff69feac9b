package org.framebench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.framebench.core.codebook.Codebooks;
import org.framebench.model.Annotation;
import org.framebench.model.Code;
import org.framebench.ui.editor.DocumentEditor;
import org.framebench.ui.editor.DocumentOpener;
import org.framebench.ui.internal.DropDown;
import org.framebench.ui.testing.UiDriver;
import org.framebench.ui.testing.UiWatch;
import org.framebench.ui.views.AnnotationDetailsView;
import org.framebench.ui.views.AnnotationsView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;


/**
 * Issue 16: an annotate or a delete no longer lays out what it did not change (the Annotation panel's kept form,
 * the counts line under the Annotations list) nor updates the window's action bars after every change. What was
 * skipped must not show: the panel's fields and lines, and the counts line, are where a layout from nothing puts
 * them, whole; the Edit menu's Undo and Redo follow changes made in the editor and in the views.
 */
class QuietChangesTest {

    private IWorkbenchWindow window;
    private IWorkbenchPage page;
    private DocumentEditor editor;
    private AnnotationDetailsView details;
    private AnnotationsView list;

    @BeforeEach
    void open() throws Exception {
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        page = window.getActivePage();
        page.closeAllEditors(false);
        editor = DocumentOpener.openDefaultAssignment(page);
        details = (AnnotationDetailsView) page.showView(AnnotationDetailsView.ID);
        list = (AnnotationsView) page.showView(AnnotationsView.ID);
        page.activate(editor);
        UiDriver.flush();
    }

    @AfterEach
    void close() {
        page.closeAllEditors(false);
        UiDriver.flush();
    }

    /**
     * Indirect quotes (A2) of texts one line and several lines long, each deleted before the next: the kept form
     * shows each one's text, whole, every field and line where laying the form out afresh puts it; while nothing
     * is selected, the line saying so is laid out as afresh too.
     */
    @Test
    void theKeptFormIsWhereAFreshLayoutPutsIt() {
        try (UiWatch watch = UiWatch.start()) {
            StyledText cnn = editor.getPanes().get(0).getText();
            String[] phrases = { "officials say",
                    "the two governments held face-to-face talks in Tunisia over the weekend, but Washington says the "
                            + "sole point of the meeting was to repeat its demand",
                    "face-to-face talks", "Libyan government spokesman Musa Ibrahim called Saturday's talks",
                    "Tunisia" };
            DropDown combo = null;
            for (String phrase : phrases) {
                UiDriver.selectAndPress(cnn, phrase, 'w');
                UiDriver.flush();
                Annotation quote = editor.getSelectedAnnotation();
                assertNotNull(quote, phrase);
                assertEquals("A2", quote.getCode().getId());
                if (combo == null) {
                    combo = details.codeCombo();
                }
                assertTrue(combo == details.codeCombo(), "the form is kept: " + phrase);
                Composite form = combo.getParent();
                assertTrue(form == details.scroller().getContent() && form.getVisible(), "the form is shown: " + phrase);
                Label covered = label(form, "\u201C" + quote.getCoveredText() + "\u201D");
                assertNotNull(covered, "the panel shows the quoted text of " + phrase);
                assertEquals(covered.computeSize(covered.getSize().x, SWT.DEFAULT).y, covered.getSize().y,
                        "the quoted text has the height it needs: " + phrase);
                assertLaidOutAsAfresh(form, phrase);

                editor.deleteSelected();
                UiDriver.flush();
                Control shown = details.scroller().getContent();
                assertTrue(shown != form && shown.getVisible() && !form.getVisible(), "nothing selected: " + phrase);
                assertLaidOutAsAfresh((Composite) shown, "nothing selected after " + phrase);
            }
            watch.assertNone();
        }
    }

    /**
     * A student moving between codes: each code's form is built once and kept (switching back shows the same
     * widgets), and a kept form shows the selected annotation's own values, never those of the annotation it showed
     * before, laid out as afresh.
     */
    @Test
    void eachCodesFormIsKeptAndShowsTheSelectedAnnotationsOwnValues() {
        try (UiWatch watch = UiWatch.start()) {
            StyledText cnn = editor.getPanes().get(0).getText();
            UiDriver.selectAndPress(cnn, "Musa Ibrahim", '1');
            Annotation musa = editor.getSelectedAnnotation();
            DropDown personCode = details.codeCombo();
            DropDown affiliation = (DropDown) details.attributeField("affiliation");
            affiliation.select(affiliation.indexOf("Libyan government"));
            UiDriver.select(affiliation);
            details.noteField().setText("the government's spokesman");
            details.commitPending();
            UiDriver.flush();
            assertEquals("the government's spokesman", musa.getNote());

            UiDriver.selectAndPress(cnn, "officials say", 'w');
            DropDown quoteCode = details.codeCombo();
            assertTrue(quoteCode != personCode && !personCode.isDisposed(), "A2's form is another, S1's is kept");
            assertFalse(personCode.getParent().getVisible(), "S1's form is hidden");

            UiDriver.selectAndPress(cnn, "Washington", '1');
            Annotation washington = editor.getSelectedAnnotation();
            assertTrue(details.codeCombo() == personCode, "S1's kept form is shown again");
            assertTrue(personCode.getParent() == details.scroller().getContent() && personCode.getParent().getVisible());
            assertEquals("", ((DropDown) details.attributeField("affiliation")).getText(), "not the last S1's affiliation");
            assertEquals("", details.noteField().getText(), "not the last S1's note");
            assertNotNull(label(personCode.getParent(), "\u201CWashington\u201D"), "the quoted text is this one's");
            assertLaidOutAsAfresh(personCode.getParent(), "S1 again");

            editor.reveal(musa);
            UiDriver.flush();
            assertTrue(details.codeCombo() == personCode);
            assertEquals("Libyan government", ((DropDown) details.attributeField("affiliation")).getText());
            assertEquals("the government's spokesman", details.noteField().getText());

            // The code changed from the panel: the annotation's new code's kept form shows it.
            editor.reveal(washington);
            UiDriver.flush();
            List<Code> codes = Codebooks.allCodes(editor.getDocument().getAssignment().getCodebook());
            int a2 = codes.indexOf(codes.stream().filter(c -> c.getId().equals("A2")).findFirst().orElseThrow());
            personCode.select(a2);
            UiDriver.select(personCode);
            assertEquals("A2", washington.getCode().getId());
            assertTrue(details.codeCombo() == quoteCode, "A2's kept form");
            assertEquals(a2, quoteCode.getSelectionIndex());
            assertNotNull(label(quoteCode.getParent(), "\u201CWashington\u201D"));
            assertLaidOutAsAfresh(quoteCode.getParent(), "recoded as A2");
            watch.assertNone();
        }
    }

    /**
     * While the student reads, the panel builds forms ahead, hidden (in a new document: the first codes of the
     * codebook, as many as {@link AnnotationDetailsView#PREBUILT_FORMS}): the first annotation of such a code then
     * shows a form that was there before the add, laid out as afresh, with this annotation's text.
     */
    @Test
    void formsAreBuiltAheadWhileTheStudentReads() {
        try (UiWatch watch = UiWatch.start()) {
            int ahead = AnnotationDetailsView.PREBUILT_FORMS;
            long deadline = System.currentTimeMillis() + 20_000;
            while (details.keptForms() < ahead && System.currentTimeMillis() < deadline) {
                UiDriver.dispatchFor(100);
            }
            UiDriver.dispatchFor(600);
            assertEquals(ahead, details.keptForms(), "forms are built while nothing happens, no more than " + ahead);
            List<Control> before = List.of(details.scroller().getChildren());
            StyledText cnn = editor.getPanes().get(0).getText();
            // S6 first: the last form built ahead, whose code the panel must not take for the one it shows.
            String[][] cases = { { "talks", "6" }, { "Musa Ibrahim", "1" }, { "officials say", "2" }, { "demand", "4" } };
            for (String[] annotate : cases) {
                UiDriver.selectAndPress(cnn, annotate[0], annotate[1].charAt(0));
                UiDriver.flush();
                Composite form = (Composite) details.scroller().getContent();
                assertTrue(before.contains(form), "the form was built before the add: " + annotate[0]);
                assertTrue(form.getVisible() && form == details.codeCombo().getParent(), annotate[0]);
                assertNotNull(label(form, "\u201C" + annotate[0] + "\u201D"), "it shows this annotation: " + annotate[0]);
                assertLaidOutAsAfresh(form, annotate[0]);
            }
            assertEquals(ahead, details.keptForms(), "no form built on the adds");
            watch.assertNone();
        }
    }

    /**
     * Adds and deletes (counts of as many digits, and codes coming into the line and leaving it) leave the counts
     * line under the list as high as laying the view out afresh makes it, its text whole; the line is long enough
     * to wrap.
     */
    @Test
    void theCountsLineIsAsHighAsAFreshLayoutMakesIt() {
        try (UiWatch watch = UiWatch.start()) {
            StyledText cnn = editor.getPanes().get(0).getText();
            Composite root = list.getViewer().getTable().getParent();
            List<Code> codes = Codebooks.allCodes(editor.getDocument().getAssignment().getCodebook());
            String[] words = cnn.getText().split(" ");
            int at = 0;
            boolean wrapped = false;
            // One annotation of each code (the line grows a code at a time), then a second one of some (a digit
            // changes), then deletes.
            for (int i = 0; i < codes.size() + 6; i++) {
                Code code = codes.get(i % codes.size());
                at = cnn.getText().indexOf(words[i * 3 % words.length], at) + 1;
                int begin = at - 1;
                cnn.setSelection(begin, begin + words[i * 3 % words.length].length());
                assertNotNull(editor.applyCode(editor.getPanes().get(0), code), "annotated as " + code.getId());
                UiDriver.flush();
                wrapped |= assertCountsLineLaidOutAsAfresh(root, "after annotating as " + code.getId());
            }
            assertTrue(wrapped, "the counts line wrapped at some point");
            for (int i = 0; i < 8; i++) {
                editor.reveal(editor.getDocument().getAnnotations().get(i * 3));
                UiDriver.flush();
                editor.deleteSelected();
                UiDriver.flush();
                assertCountsLineLaidOutAsAfresh(root, "after delete " + (i + 1));
            }
            watch.assertNone();
        }
    }

    /**
     * Undo and Redo in the Edit menu follow the document's stack while the editor is active (named after the
     * change) and while a view is (the view's own Undo), though the action bars are no longer updated after each
     * change.
     */
    @Test
    void theEditMenuFollowsChangesInTheEditorAndTheViews() throws Exception {
        try (UiWatch watch = UiWatch.start()) {
            Menu edit = UiDriver.submenu(window.getShell().getMenuBar(), "Edit");
            assertFalse(item(edit, "Undo").isEnabled(), "nothing to undo yet");
            StyledText cnn = editor.getPanes().get(0).getText();
            UiDriver.selectAndPress(cnn, "officials say", 'w');
            UiDriver.flush();
            edit = UiDriver.submenu(window.getShell().getMenuBar(), "Edit");
            MenuItem undo = item(edit, "Undo");
            assertTrue(undo.isEnabled(), "the add can be undone");
            assertTrue(undo.getText().replace("&", "").startsWith("Undo Annotate as A2"), undo.getText());
            assertFalse(item(edit, "Redo").isEnabled());

            // In the Annotations list: its Undo undoes the document's last change; Redo then can redo it.
            page.activate(list);
            UiDriver.flush();
            edit = UiDriver.submenu(window.getShell().getMenuBar(), "Edit");
            assertTrue(item(edit, "Undo").isEnabled(), "the view's Undo is enabled");
            UiDriver.runCommand("org.eclipse.ui.edit.undo");
            UiDriver.flush();
            assertTrue(editor.getDocument().getAnnotations().isEmpty(), "undone from the view");
            edit = UiDriver.submenu(window.getShell().getMenuBar(), "Edit");
            assertFalse(item(edit, "Undo").isEnabled(), "nothing left to undo");
            assertTrue(item(edit, "Redo").isEnabled(), "the add can be redone");

            // Back in the editor: Redo is named after the change.
            page.activate(editor);
            UiDriver.flush();
            edit = UiDriver.submenu(window.getShell().getMenuBar(), "Edit");
            MenuItem redo = item(edit, "Redo");
            assertTrue(redo.isEnabled());
            assertTrue(redo.getText().replace("&", "").startsWith("Redo Annotate as A2"), redo.getText());
            UiDriver.runCommand("org.eclipse.ui.edit.redo");
            UiDriver.flush();
            assertEquals(1, editor.getDocument().getAnnotations().size(), "redone");
            edit = UiDriver.submenu(window.getShell().getMenuBar(), "Edit");
            assertTrue(item(edit, "Undo").isEnabled());
            assertFalse(item(edit, "Redo").isEnabled());
            watch.assertNone();
        }
    }

    /** Every control's bounds in {@code composite} (and below) stay as they are when it is laid out afresh. */
    private static void assertLaidOutAsAfresh(Composite composite, String when) {
        Map<Control, Rectangle> before = bounds(composite);
        composite.layout(true, true);
        UiDriver.flush();
        Map<Control, Rectangle> after = bounds(composite);
        for (Map.Entry<Control, Rectangle> entry : before.entrySet()) {
            assertEquals(after.get(entry.getKey()), entry.getValue(), when + ": " + entry.getKey());
        }
    }

    /** @return whether the line takes more than one line */
    private static boolean assertCountsLineLaidOutAsAfresh(Composite root, String when) {
        Label counts = null;
        for (Control child : root.getChildren()) {
            if (child instanceof Label label && label.getText().contains("annotations shown")) {
                counts = label;
            }
        }
        assertNotNull(counts, when);
        Rectangle before = counts.getBounds();
        assertEquals(counts.computeSize(before.width, SWT.DEFAULT, true).y, before.height, when + ": " + counts.getText());
        root.layout(true, true);
        UiDriver.flush();
        assertEquals(counts.getBounds(), before, when + ": " + counts.getText());
        return before.height > counts.computeSize(SWT.DEFAULT, SWT.DEFAULT, true).y;
    }

    private static Map<Control, Rectangle> bounds(Composite composite) {
        Map<Control, Rectangle> all = new LinkedHashMap<>();
        for (Control child : composite.getChildren()) {
            all.put(child, child.getBounds());
            if (child instanceof Composite inner) {
                all.putAll(bounds(inner));
            }
        }
        return all;
    }

    /** The label in {@code composite} (and below) showing {@code text}, or null. */
    private static Label label(Composite composite, String text) {
        for (Control child : composite.getChildren()) {
            if (child instanceof Label label && label.getText().equals(text)) {
                return label;
            }
            if (child instanceof Composite inner && label(inner, text) != null) {
                return label(inner, text);
            }
        }
        return null;
    }

    private static MenuItem item(Menu menu, String name) {
        List<String> texts = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            texts.add(item.getText());
            if (item.getText().replace("&", "").startsWith(name)) {
                return item;
            }
        }
        throw new AssertionError("no item " + name + " in " + texts);
    }
}
