package org.framebench.ui.codebook.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.framebench.core.codebook.BuiltInCodebook;
import org.framebench.core.codebook.Codebooks;
import org.framebench.model.Code;
import org.framebench.model.Codebook;
import org.framebench.model.Layer;
import org.framebench.ui.codebook.CodebookEditor;
import org.framebench.ui.codebook.CodebookEditorDialog;
import org.framebench.ui.testing.UiDriver;
import org.framebench.ui.testing.UiWatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The codebook editor driven through its real widgets, in its dialog, under Xvfb. */
class CodebookEditorTest {

    @TempDir
    Path folder;

    private CodebookEditorDialog dialog;

    private CodebookEditor open(Codebook codebook) {
        // Modeless here: UiWatch closes any modal shell it sees (a dialog the user would have met).
        dialog = new CodebookEditorDialog(Display.getCurrent().getActiveShell(), codebook) {
            {
                setShellStyle(getShellStyle() & ~(SWT.APPLICATION_MODAL | SWT.PRIMARY_MODAL | SWT.SYSTEM_MODAL));
            }
        };
        dialog.setBlockOnOpen(false);
        dialog.open();
        UiDriver.flush();
        return dialog.getEditor();
    }

    @AfterEach
    void close() {
        if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
            dialog.close();
        }
    }

    private static void click(Composite in, String label) {
        Button button = UiDriver.findButton(in, label);
        button.notifyListeners(SWT.Selection, new Event());
        UiDriver.flush();
    }

    private static Text field(Composite in, String feature) {
        List<Text> found = new ArrayList<>();
        collect(in, feature, found);
        assertEquals(1, found.size(), "one field for " + feature);
        return found.get(0);
    }

    private static void collect(Control at, String feature, List<Text> found) {
        if (at instanceof Text text && feature.equals(text.getData("feature"))) {
            found.add(text);
        }
        if (at instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, feature, found);
            }
        }
    }

    private static void type(Text text, String value) {
        text.setText(value);
        text.notifyListeners(SWT.FocusOut, new Event());
        UiDriver.flush();
    }

    @Test
    void addACodeRefuseAConflictingKeyChangeColourUndoAndRedo() {
        try (UiWatch watch = UiWatch.start()) {
            Codebook codebook = BuiltInCodebook.load();
            Code keyed = Codebooks.allCodes(codebook).stream().filter(c -> c.getShortcutKey() != null).findFirst()
                    .orElseThrow();
            int before = Codebooks.allCodes(codebook).size();
            CodebookEditor editor = open(codebook);
            Shell shell = dialog.getShell();
            Layer first = codebook.getLayers().get(0);
            editor.setSelection(first);
            click(shell, "Add Code");
            assertEquals(before + 1, Codebooks.allCodes(codebook).size());
            Code added = (Code) editor.getSelection();
            assertEquals(first, added.eContainer());

            type(field(shell, "label"), "Human interest");
            assertEquals("Human interest", added.getLabel());

            type(field(shell, "shortcutKey"), keyed.getShortcutKey().toUpperCase());
            assertNull(added.getShortcutKey(), "a conflicting key is not taken");
            assertTrue(editor.getMessage().contains(keyed.getId()), editor.getMessage());
            assertEquals("", field(shell, "shortcutKey").getText());

            type(field(shell, "colour"), "#d62728");
            assertEquals("#D62728", added.getColour());
            type(field(shell, "colour"), "red");
            assertEquals("#D62728", added.getColour(), "a malformed colour is refused");
            assertTrue(editor.getMessage().contains("#RRGGBB"), editor.getMessage());

            editor.undo();
            UiDriver.flush();
            assertEquals("#1F77B4", added.getColour());
            assertEquals("#1F77B4", field(shell, "colour").getText());
            editor.redo();
            UiDriver.flush();
            assertEquals("#D62728", added.getColour());
            // Ctrl+Z in the editor undoes as well.
            UiDriver.pressKeyCode(field(shell, "label"), 'z', SWT.MOD1);
            assertEquals("#1F77B4", added.getColour());
            editor.undo();
            editor.undo();
            UiDriver.flush();
            assertEquals(before, Codebooks.allCodes(codebook).size(), "undo removes the added code again");
            assertFalse(editor.canUndo());
            assertTrue(editor.canRedo());
            watch.assertNone();
        }
    }

    @Test
    void removeALayerAndMoveCodes() {
        try (UiWatch watch = UiWatch.start()) {
            Codebook codebook = BuiltInCodebook.load();
            String digest = Codebooks.digest(codebook);
            int layers = codebook.getLayers().size();
            Layer second = codebook.getLayers().get(1);
            CodebookEditor editor = open(codebook);
            int[] changes = { 0 };
            editor.addChangeListener(() -> changes[0]++);
            editor.setSelection(second);
            click(dialog.getShell(), "Remove");
            assertEquals(layers - 1, codebook.getLayers().size());
            assertFalse(codebook.getLayers().contains(second));
            Code code = codebook.getLayers().get(0).getCodes().get(0);
            editor.setSelection(code);
            click(dialog.getShell(), "Down");
            assertEquals(1, codebook.getLayers().get(0).getCodes().indexOf(code));
            assertEquals(2, changes[0]);
            editor.undo();
            editor.undo();
            assertEquals(digest, Codebooks.digest(codebook), "undo restores the layer and the order");
            watch.assertNone();
        }
    }

    @Test
    void theFormFitsAt1280x800AndIsPhotographed() throws Exception {
        try (UiWatch watch = UiWatch.start()) {
            Codebook codebook = BuiltInCodebook.load();
            Code code = codebook.getLayers().get(0).getCodes().get(0);
            code.setDefinition(("A long definition that wraps over many lines so that the form would grow sideways "
                    + "if the scroller were not sized by the pane. ").repeat(12));
            CodebookEditor editor = open(codebook);
            Shell shell = dialog.getShell();
            shell.setBounds(0, 0, 1280, 800);
            shell.layout(true, true);
            editor.setSelection(code);
            UiDriver.flush();
            Rectangle screen = shell.getDisplay().getBounds();
            for (String feature : List.of("id", "label", "definition", "example", "colour", "shortcutKey")) {
                Text text = field(shell, feature);
                Rectangle r = shell.getDisplay().map(text.getParent(), null, text.getBounds());
                assertTrue(r.x + r.width <= 1280 && r.x + r.width <= screen.width, feature + " ends at " + (r.x + r.width));
                assertTrue(r.width > 100, feature + " is " + r.width + " wide");
            }
            Rectangle ok = shell.getDisplay().map(UiDriver.findButton(shell, "OK").getParent(), null,
                    UiDriver.findButton(shell, "OK").getBounds());
            assertTrue(ok.y + ok.height <= 800, "OK is visible at " + ok.y);
            Path out = Path.of(System.getProperty("user.dir"), "target", "screenshots");
            Files.createDirectories(out);
            GC gc = new GC(shell.getDisplay());
            Image image = new Image(shell.getDisplay(), 1280, 800);
            try {
                gc.copyArea(image, 0, 0);
                ImageLoader loader = new ImageLoader();
                loader.data = new ImageData[] { image.getImageData() };
                loader.save(out.resolve("codebook-editor.png").toString(), SWT.IMAGE_PNG);
            } catch (SWTException e) {
                throw new AssertionError(e);
            } finally {
                gc.dispose();
                image.dispose();
            }
            watch.assertNone();
        }
    }

    @Test
    void exportThenImportGivesTheSameCodebook() throws Exception {
        try (UiWatch watch = UiWatch.start()) {
            Codebook builtIn = BuiltInCodebook.load();
            Path file = folder.resolve("codebook.xlsx");
            CodebookEditor editor = open(EcoreUtil.copy(builtIn));
            editor.exportTo(file);
            dialog.close();
            CodebookEditor other = open(Codebooks.blank());
            assertNotEquals(Codebooks.digest(builtIn), Codebooks.digest(other.getCodebook()));
            other.importFrom(file);
            assertEquals(Codebooks.digest(builtIn), Codebooks.digest(other.getCodebook()));
            other.undo();
            assertNotEquals(Codebooks.digest(builtIn), Codebooks.digest(other.getCodebook()), "import is undoable");
            watch.assertNone();
        }
    }

    @Test
    void aRefiQdaCodebookGoesOutAndComesBackWithItsCodesColoursAndKeys() throws Exception {
        try (UiWatch watch = UiWatch.start()) {
            Codebook builtIn = BuiltInCodebook.load();
            Path file = folder.resolve("codebook.qdc");
            CodebookEditor editor = open(EcoreUtil.copy(builtIn));
            editor.exportTo(file);
            dialog.close();
            assertTrue(java.nio.file.Files.readString(file).contains("urn:QDA-XML:codebook:1.0"), "a REFI-QDA codebook");
            CodebookEditor other = open(Codebooks.blank());
            other.importFrom(file);
            java.util.function.Function<Codebook, java.util.List<String>> codes = c -> Codebooks.allCodes(c).stream()
                    .map(code -> code.getId() + " " + code.getLabel() + " " + code.getColour() + " " + code.getShortcutKey())
                    .toList();
            assertEquals(codes.apply(builtIn), codes.apply(other.getCodebook()));
            assertEquals(builtIn.getLayers().size(), other.getCodebook().getLayers().size());
            other.undo();
            assertEquals(java.util.List.of(), Codebooks.allCodes(other.getCodebook()), "import is undoable");
            watch.assertNone();
        }
    }
}
