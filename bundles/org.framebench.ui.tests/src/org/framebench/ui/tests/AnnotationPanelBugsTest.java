package org.framebench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.framebench.core.edit.AnnotationCommands;
import org.framebench.model.Annotation;
import org.framebench.ui.editor.DocumentEditor;
import org.framebench.ui.editor.DocumentOpener;
import org.framebench.ui.internal.DropDown;
import org.framebench.ui.testing.UiDriver;
import org.framebench.ui.testing.UiWatch;
import org.framebench.ui.views.AnnotationDetailsView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 11's bugs in the Annotation panel: a ticked yes/no box must show its tick, Undo while typing in a
 * field must show the undone text (and the next keystroke must not save the stale text again), and the
 * mouse wheel over a drop-down must scroll the form, never change the value.
 */
class AnnotationPanelBugsTest {

    private IWorkbenchPage page;
    private DocumentEditor editor;
    private AnnotationDetailsView details;

    @BeforeEach
    void open() throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.closeAllEditors(false);
        editor = DocumentOpener.openDefaultAssignment(page);
        details = (AnnotationDetailsView) page.showView(AnnotationDetailsView.ID);
        UiDriver.flush();
    }

    @AfterEach
    void close() {
        page.closeAllEditors(false);
        UiDriver.flush();
    }

    /** Presses A2's key on "officials say": an indirect quote, whose attributes include "Source implicit" (yes/no). */
    private Annotation indirectQuote() {
        StyledText cnn = editor.getPanes().get(0).getText();
        UiDriver.selectAndPress(cnn, "officials say", 'w');
        Annotation quote = editor.getDocument().getAnnotations().get(0);
        assertEquals("A2", quote.getCode().getId());
        UiDriver.flush();
        return quote;
    }

    @Test
    void aTickedYesNoBoxShowsItsTick() {
        try (UiWatch watch = UiWatch.start()) {
            Annotation quote = indirectQuote();
            Button box = (Button) details.attributeField("implicit_source");
            themeBackground(box);
            details.scroller().showControl(box);
            UiDriver.flush();
            int emptyBlue = bluePixels(box);

            // The student clicks the box: the value is saved and the box shows a tick.
            box.setSelection(true);
            UiDriver.select(box);
            UiDriver.flush();
            assertEquals("true", AnnotationCommands.attribute(quote, "implicit_source"));
            assertTrue(box.getSelection());
            int tickedBlue = bluePixels(box);
            System.out.println("TICK: " + emptyBlue + " blue pixels unticked, " + tickedBlue + " ticked");
            // Measured: a box GTK draws ticked is filled, about 200 blue pixels; the ticked box the bug left empty
            // had only its blue outline, about 50.
            assertTrue(tickedBlue > emptyBlue + 120,
                    "the ticked box is drawn ticked (filled) on screen: " + emptyBlue + " blue pixels before, " + tickedBlue + " after");

            // Shown again (another annotation, then this one): still ticked.
            editor.select(null);
            UiDriver.flush();
            editor.reveal(quote);
            UiDriver.flush();
            box = (Button) details.attributeField("implicit_source");
            themeBackground(box);
            details.scroller().showControl(box);
            UiDriver.flush();
            assertTrue(box.getSelection());
            assertTrue(bluePixels(box) > emptyBlue + 120, "shown ticked when shown again");
            watch.assertNone();
        }
    }

    /**
     * Issue 16: annotating, deleting and annotating again with the same code must not build the panel's form
     * anew each time (it cost tens of milliseconds an add at 10,000 annotations). While nothing is selected the
     * panel says so, the form hidden; the next annotation of that code shows the same form with its own values.
     */
    @Test
    void theFormIsKeptWhileNothingIsSelected() {
        try (UiWatch watch = UiWatch.start()) {
            Annotation first = indirectQuote();
            DropDown combo = details.codeCombo();
            Text note = details.noteField();
            note.setText("first note");
            note.notifyListeners(SWT.FocusOut, new Event()); // the student leaves the field: the note is saved
            UiDriver.flush();
            assertEquals("first note", first.getNote());
            editor.select(first);
            editor.deleteSelected();
            UiDriver.flush();
            assertTrue(editor.getDocument().getAnnotations().isEmpty());
            org.eclipse.swt.widgets.Control shown = details.scroller().getContent();
            assertTrue(shown.isVisible(), "the panel shows something while nothing is selected");
            assertNotEquals(combo.getParent(), shown, "the code form is not what is shown while nothing is selected");
            assertFalse(combo.isVisible(), "the code's drop-down is hidden while nothing is selected");
            org.eclipse.swt.widgets.Label empty = (org.eclipse.swt.widgets.Label) ((org.eclipse.swt.widgets.Composite) shown).getChildren()[0];
            assertEquals(org.framebench.ui.Messages.Details_nothingSelected, empty.getText());

            // Another indirect quote: the same form comes back, showing this annotation (no note), not the last one.
            StyledText cnn = editor.getPanes().get(0).getText();
            UiDriver.selectAndPress(cnn, "face-to-face talks", 'w');
            UiDriver.flush();
            Annotation second = editor.getDocument().getAnnotations().get(0);
            assertEquals("A2", second.getCode().getId());
            assertTrue(combo == details.codeCombo() && !combo.isDisposed(), "the form was kept, not built again");
            assertEquals(combo.getParent(), details.scroller().getContent());
            assertTrue(combo.isVisible());
            assertFalse(empty.isVisible());
            assertEquals("", details.noteField().getText(), "the new annotation's (empty) note, not the deleted one's");
            assertEquals(org.framebench.ui.internal.Names.code(second.getCode()), combo.getText());

            // Undo brings the first annotation back; selecting it shows its note in the same form.
            editor.select(null);
            UiDriver.flush();
            editor.getEditingDomain().getCommandStack().undo(); // the second add
            editor.getEditingDomain().getCommandStack().undo(); // the delete
            UiDriver.flush();
            Annotation restored = editor.getDocument().getAnnotations().get(0);
            editor.select(restored);
            UiDriver.flush();
            assertTrue(combo == details.codeCombo() && combo.isVisible());
            assertEquals("first note", details.noteField().getText());
            watch.assertNone();
        }
    }

    /**
     * What the workbench theme does to every check box in a view (e4_default_gtk.css:
     * {@code .View Button[style~='SWT.CHECK'] { background-color: inherit; }}), done here too in case the test
     * run styles nothing: a check box with a background of its own is drawn without its tick by GTK.
     */
    private static void themeBackground(Button box) {
        box.setBackground(box.getParent().getBackground());
    }

    /** How many pixels of {@code box}'s check mark area on screen are the theme's strong blue (a ticked box is filled). */
    private static int bluePixels(Button box) {
        Display display = box.getDisplay();
        Point size = box.getSize();
        Point origin = box.toDisplay(0, 0);
        int width = Math.min(size.x, 30);
        Image image = new Image(display, width, size.y);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, origin.x, origin.y);
        } finally {
            gc.dispose();
        }
        ImageData data = image.getImageData();
        image.dispose();
        int count = 0;
        for (int y = 0; y < data.height; y++) {
            for (int x = 0; x < data.width; x++) {
                RGB rgb = data.palette.getRGB(data.getPixel(x, y));
                if (rgb.blue > 180 && rgb.red < 120 && rgb.blue - rgb.red > 100) {
                    count++;
                }
            }
        }
        return count;
    }

    @Test
    void undoWhileInTheNoteFieldShowsTheUndoneNoteAndTypingGoesOnFromIt() throws Exception {
        try (UiWatch watch = UiWatch.start()) {
            Annotation quote = indirectQuote();
            Text note = details.noteField();
            focus(note);
            type(note, "Paraphrase of officials");
            assertEquals("Paraphrase of officials", quote.getNote());
            type(note, " ABC");
            assertEquals("Paraphrase of officials ABC", quote.getNote());

            // Ctrl+Z with the cursor still in the note.
            assertEquals(note, note.getDisplay().getFocusControl(), "the note has the focus");
            UiDriver.runCommand("org.eclipse.ui.edit.undo");
            UiDriver.flush();
            assertEquals("Paraphrase of officials", quote.getNote());
            assertEquals("Paraphrase of officials", note.getText(), "the field shows the undone note");

            type(note, " more");
            assertEquals("Paraphrase of officials more", quote.getNote(), "the undone text is not saved again");

            // Redo and undo again bring the field along each time.
            UiDriver.runCommand("org.eclipse.ui.edit.undo");
            UiDriver.flush();
            assertEquals("Paraphrase of officials", note.getText());
            UiDriver.runCommand("org.eclipse.ui.edit.redo");
            UiDriver.flush();
            assertEquals("Paraphrase of officials more", note.getText());
            watch.assertNone();
        }
    }

    @Test
    void undoWhileInATextAttributeFieldShowsTheUndoneValue() throws Exception {
        try (UiWatch watch = UiWatch.start()) {
            Annotation quote = indirectQuote();
            Text channel = (Text) details.attributeField("channel");
            focus(channel);
            type(channel, "briefing");
            type(channel, " XYZ");
            assertEquals("briefing XYZ", AnnotationCommands.attribute(quote, "channel"));
            assertEquals(channel, channel.getDisplay().getFocusControl());
            UiDriver.runCommand("org.eclipse.ui.edit.undo");
            UiDriver.flush();
            assertEquals("briefing", AnnotationCommands.attribute(quote, "channel"));
            assertEquals("briefing", channel.getText(), "the field shows the undone value");
            type(channel, " room");
            assertEquals("briefing room", AnnotationCommands.attribute(quote, "channel"));
            UiDriver.runCommand("org.eclipse.ui.edit.undo");
            UiDriver.runCommand("org.eclipse.ui.edit.undo");
            UiDriver.flush();
            assertNull(AnnotationCommands.attribute(quote, "channel"));
            assertEquals("", channel.getText());
            watch.assertNone();
        }
    }

    @Test
    void undoRightAfterTypingUndoesThatTyping() throws Exception {
        Annotation quote = indirectQuote();
        Text note = details.noteField();
        focus(note);
        type(note, "First");
        // Typed, and Ctrl+Z before the pause that makes typing a change.
        note.setText("First and second");
        UiDriver.runCommand("org.eclipse.ui.edit.undo");
        UiDriver.flush();
        assertEquals("First", quote.getNote());
        assertEquals("First", note.getText());
    }

    /** The student clicks into {@code field} of the Annotation panel: the panel is the active part, the field has the cursor. */
    private void focus(Text field) {
        page.activate(details);
        UiDriver.flush();
        field.setFocus();
        UiDriver.flush();
        assertEquals(field, field.getDisplay().getFocusControl(), "the cursor is in the field");
    }

    /** Types {@code more} at the end of {@code field} and pauses (typing becomes a change after a pause). */
    private void type(Text field, String more) {
        field.setSelection(field.getText().length());
        field.insert(more);
        long until = System.currentTimeMillis() + 900;
        while (System.currentTimeMillis() < until) {
            UiDriver.flush();
        }
    }

    /**
     * A drop-down as the student uses it: a click opens its choices as a menu (the empty one named, the chosen one
     * ticked), choosing one sets the attribute, Up and Down step through the choices, and its text is cut at its
     * edge, never widening the panel.
     */
    @Test
    void aDropDownsMenuAndKeysChooseTheValue() {
        try (UiWatch watch = UiWatch.start()) {
            StyledText cnn = editor.getPanes().get(0).getText();
            UiDriver.selectAndPress(cnn, "Musa Ibrahim", '1');
            Annotation musa = editor.getDocument().getAnnotations().get(0);
            DropDown affiliation = (DropDown) details.attributeField("affiliation");
            org.eclipse.swt.widgets.Menu menu = affiliation.openMenuForTests();
            UiDriver.flush();
            assertTrue(menu != null && menu.isVisible(), "the choices are open");
            org.eclipse.swt.widgets.MenuItem[] items = menu.getItems();
            assertEquals(affiliation.getItemCount(), items.length);
            assertEquals("(not chosen)", items[0].getText());
            assertTrue(items[0].getSelection(), "nothing chosen yet: the empty choice is ticked");
            int government = affiliation.indexOf("Libyan government");
            items[0].setSelection(false);
            items[government].setSelection(true);
            items[government].notifyListeners(SWT.Selection, new Event());
            menu.setVisible(false);
            UiDriver.flush();
            assertEquals("Libyan government", AnnotationCommands.attribute(musa, "affiliation"));
            assertEquals("Libyan government", affiliation.getText());
            assertTrue(menu.isDisposed(), "the menu is gone once closed");

            Event down = new Event();
            down.keyCode = SWT.ARROW_DOWN;
            affiliation.notifyListeners(SWT.KeyDown, down); // the key as GTK delivers it: to the focused drop-down
            UiDriver.flush();
            assertEquals(affiliation.getItem(government + 1), AnnotationCommands.attribute(musa, "affiliation"),
                    "Down chose the next one");
            assertTrue(affiliation.getSize().x <= details.scroller().getClientArea().width, "the drop-down fits the panel");
            watch.assertNone();
        }
    }

    @Test
    void theWheelOverADropDownScrollsTheFormAndNeverChangesTheValue() {
        try (UiWatch watch = UiWatch.start()) {
            StyledText cnn = editor.getPanes().get(0).getText();
            UiDriver.selectAndPress(cnn, "Musa Ibrahim", '1');
            Annotation musa = editor.getDocument().getAnnotations().get(0);
            UiDriver.flush();
            DropDown affiliation = (DropDown) details.attributeField("affiliation");
            affiliation.select(affiliation.indexOf("Libyan government"));
            UiDriver.select(affiliation);
            assertEquals("Libyan government", AnnotationCommands.attribute(musa, "affiliation"));
            DropDown code = details.codeCombo();

            // A panel shorter than its form, scrolled to the top.
            details.scroller().setSize(details.scroller().getSize().x, 150);
            details.scroller().setOrigin(0, 0);
            // The wheel as GTK delivers it: to the control under the pointer, the drop-down itself.
            Display display = code.getDisplay();
            Point pointerBefore = display.getCursorLocation();
            Point middle = code.toDisplay(code.getSize().x / 3, code.getSize().y / 2);
            display.setCursorLocation(middle);
            UiDriver.flush();
            org.eclipse.swt.widgets.Control underPointer = display.getCursorControl();
            display.setCursorLocation(pointerBefore); // the tests after this one hover where they expect the pointer
            UiDriver.flush();
            assertTrue(underPointer == code, "the pointer is over the code's drop-down: " + underPointer);
            for (org.eclipse.swt.widgets.Control combo : new org.eclipse.swt.widgets.Control[] { affiliation, code, underPointer }) {
                Event wheelDown = new Event();
                wheelDown.count = -3;
                wheelDown.doit = true;
                int before = details.scroller().getOrigin().y;
                combo.notifyListeners(SWT.MouseVerticalWheel, wheelDown);
                assertFalse(wheelDown.doit, "the drop-down does not take the wheel");
                assertTrue(details.scroller().getOrigin().y > before, "the form scrolled down");
                Event wheelUp = new Event();
                wheelUp.count = 3;
                wheelUp.doit = true;
                combo.notifyListeners(SWT.MouseVerticalWheel, wheelUp);
                assertFalse(wheelUp.doit);
                assertEquals(before, details.scroller().getOrigin().y, "and back up");
            }
            UiDriver.flush();
            assertEquals("Libyan government", AnnotationCommands.attribute(musa, "affiliation"));
            assertEquals("S1", musa.getCode().getId());
            assertEquals("Libyan government", affiliation.getText());
            assertNotEquals(-1, code.getSelectionIndex());
            watch.assertNone();
        }
    }
}
