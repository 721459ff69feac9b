package org.framebench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.eclipse.core.commands.State;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.preference.IPersistentPreferenceStore;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.handlers.RegistryToggleState;
import org.framebench.core.document.DocumentStore;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.ui.Messages;
import org.framebench.ui.editor.DocumentEditor;
import org.framebench.ui.editor.DocumentOpener;
import org.framebench.ui.internal.Appearance;
import org.framebench.ui.internal.FramebenchUiPlugin;
import org.framebench.core.recovery.AutosavePolicy;
import org.framebench.ui.internal.Recovery;
import org.framebench.ui.internal.StudentIdentity;
import org.framebench.ui.preferences.FramebenchPreferencePage;
import org.framebench.ui.testing.UiDriver;
import org.framebench.ui.testing.UiWatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Window → Preferences → Framebench, driven through its widgets: each setting takes effect in the open
 * document (and the next one), and is written to the preferences file a restart reads.
 */
class PreferencesTest {

    private static final String[] KEYS = { FramebenchUiPlugin.SNAP_TO_WORDS, FramebenchUiPlugin.AUTOSAVE_SECONDS,
            Appearance.ARTICLE_FONT, Appearance.PALETTE };

    @TempDir
    Path folder;

    private IWorkbenchPage page;
    private DocumentEditor editor;
    private IPreferenceStore store;
    private String rememberedName;
    private String rememberedId;

    @BeforeEach
    void setUp() {
        store = FramebenchUiPlugin.getDefault().getPreferenceStore();
        rememberedName = store.getString(StudentIdentity.NAME);
        rememberedId = store.getString(StudentIdentity.ID);
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.closeAllEditors(false);
        editor = DocumentOpener.openDefaultAssignment(page);
        UiDriver.flush();
    }

    @AfterEach
    void tearDown() throws Exception {
        page.closeAllEditors(false);
        for (String key : KEYS) {
            store.setToDefault(key);
        }
        StudentIdentity.remember(rememberedName, rememberedId);
        ((IPersistentPreferenceStore) store).save();
        FramebenchUiPlugin.getDefault().getRecovery().start(PlatformUI.getWorkbench());
        UiDriver.flush();
    }

    @Test
    void turningSnappingOffTakesEffectTicksTheMenuAndIsKept() throws Exception {
        try (LogWatch watch = new LogWatch()) {
            PreferenceDialog dialog = openPreferences();
            Button snap = checkbox(dialog, Messages.Preferences_snap);
            assertTrue(snap.getSelection(), "on by default");
            snap.setSelection(false);
            UiDriver.select(snap);
            pressOk(dialog);

            assertFalse(store.getBoolean(FramebenchUiPlugin.SNAP_TO_WORDS));
            State toggle = PlatformUI.getWorkbench().getService(ICommandService.class)
                    .getCommand("org.framebench.ui.snapToWords").getState(RegistryToggleState.STATE_ID);
            assertEquals(Boolean.FALSE, toggle.getValue(), "Annotate → Snap to Whole Words is unticked too");
            StyledText cnn = editor.getPanes().get(0).getText();
            UiDriver.selectAndPress(cnn, "usa Ibrah", '1');
            assertEquals("usa Ibrah", editor.getDocument().getAnnotations().get(0).getCoveredText(),
                    "the selection is annotated as it is, not widened to whole words");
            assertEquals("false", savedPreferences().getProperty(FramebenchUiPlugin.SNAP_TO_WORDS), "kept for the next start");

            PreferenceDialog again = openPreferences();
            assertFalse(checkbox(again, Messages.Preferences_snap).getSelection(), "the page shows it off");
            again.close();
            watch.assertNone();
        }
    }

    @Test
    void theAutosaveIntervalIsUsedFromTheNextCopyOnAndIsKept() throws Exception {
        Recovery recovery = FramebenchUiPlugin.getDefault().getRecovery();
        recovery.stop(); // this test is the clock
        try (LogWatch watch = new LogWatch()) {
            PreferenceDialog dialog = openPreferences();
            Text seconds = fieldAfter(dialog, Messages.Preferences_autosave);
            assertEquals("30", seconds.getText());
            type(seconds, "2");
            assertFalse(okButton(dialog).isEnabled(), "2 seconds is refused");
            assertEquals(Messages.Preferences_autosaveRange, ((org.eclipse.jface.preference.PreferencePage) dialog.getSelectedPage()).getErrorMessage());
            type(seconds, "10");
            assertTrue(okButton(dialog).isEnabled());
            pressOk(dialog);

            assertEquals(Duration.ofSeconds(10), recovery.getPolicy().interval());
            assertEquals(Duration.ofSeconds(10), FramebenchUiPlugin.getDefault().autosavePolicy().interval(),
                    "what a new start reads");
            assertEquals("10", savedPreferences().getProperty(FramebenchUiPlugin.AUTOSAVE_SECONDS), "kept for the next start");

            StyledText cnn = editor.getPanes().get(0).getText();
            UiDriver.selectAndPress(cnn, "Musa Ibrahim", '1');
            Instant start = Instant.now();
            assertNull(recovery.autosave(editor, start, false), "due, but the student is still at work: waits for a pause");
            Instant paused = start.plus(AutosavePolicy.PAUSE);
            Job first = recovery.autosave(editor, paused, false);
            assertNotNull(first, "unsaved work is copied aside once the student pauses");
            first.join();
            editor.select(null); // a fresh annotation, not a new code for the selected one
            UiDriver.selectAndPress(cnn, "Tripoli", 'a');
            assertNull(recovery.autosave(editor, paused.plusSeconds(9), false), "not due before 10 seconds");
            Job second = recovery.autosave(editor, paused.plusSeconds(11), false);
            assertNotNull(second, "due after 10 seconds (it was 30 before)");
            second.join();
            UiDriver.flush();
            watch.assertNone();
        }
    }

    @Test
    void theArticleFontIsUsedByTheOpenAndTheNextDocumentAndIsKept() throws Exception {
        try (LogWatch watch = new LogWatch()) {
            // The font itself is chosen in the system's font dialog (Change…), which cannot be driven here:
            // the page stores the chosen font exactly so.
            PreferenceConverter.setValue(store, Appearance.ARTICLE_FONT, new FontData[] { new FontData("DejaVu Serif", 15, SWT.NORMAL) });
            UiDriver.flush();
            assertFont(editor.getPanes().get(0).getText().getFont(), "DejaVu Serif", 15, SWT.NORMAL);
            List<StyledText> texts = editor.getPanes().get(0).annotatableTexts();
            assertTrue(texts.size() == 2, "the CNN article has a headline");
            assertFont(texts.get(0).getFont(), "DejaVu Serif", 18, SWT.BOLD); // the headline: bold, 3 points larger

            ((IPersistentPreferenceStore) store).save(); // as the dialog's OK does
            assertTrue(savedPreferences().getProperty(Appearance.ARTICLE_FONT).contains("DejaVu Serif"), "kept for the next start");
            page.closeAllEditors(false);
            DocumentEditor next = DocumentOpener.openDefaultAssignment(page);
            UiDriver.flush();
            assertFont(next.getPanes().get(1).getText().getFont(), "DejaVu Serif", 15, SWT.NORMAL);

            PreferenceDialog dialog = openPreferences();
            UiDriver.select(all(dialog.getShell()).stream()
                    .filter(c -> c instanceof Button b && "Restore Defaults".equals(b.getText().replace("&", "")))
                    .map(Button.class::cast).findFirst().orElseThrow());
            pressOk(dialog);
            assertFont(next.getPanes().get(1).getText().getFont(), org.eclipse.jface.resource.JFaceResources.getTextFont()
                    .getFontData()[0].getName(), org.eclipse.jface.resource.JFaceResources.getTextFont().getFontData()[0].getHeight(), SWT.NORMAL);
            watch.assertNone();
        }
    }

    @Test
    void aNewFontOrPaletteLeavesEachArticleScrolledWhereItWas() throws Exception {
        try (LogWatch watch = new LogWatch()) {
            StyledText cnn = editor.getPanes().get(0).getText();
            cnn.setTopIndex(12);
            StyledText bbc = editor.getPanes().get(3).getText();
            bbc.setTopIndex(5);
            UiDriver.flush();
            int cnnTop = cnn.getOffsetAtLine(cnn.getTopIndex());
            int bbcTop = bbc.getOffsetAtLine(bbc.getTopIndex());
            assertTrue(cnnTop > 0 && bbcTop > 0, "scrolled down: " + cnnTop + ", " + bbcTop);

            PreferenceConverter.setValue(store, Appearance.ARTICLE_FONT, new FontData[] { new FontData("DejaVu Serif", 15, SWT.NORMAL) });
            UiDriver.flush();
            assertFont(editor.getPanes().get(0).getText().getFont(), "DejaVu Serif", 15, SWT.NORMAL);
            assertTopLineHolds(editor.getPanes().get(0).getText(), cnnTop, "CNN after the font change");
            assertTopLineHolds(editor.getPanes().get(3).getText(), bbcTop, "BBC after the font change");

            store.setValue(Appearance.PALETTE, Appearance.COLOUR_BLIND_SAFE);
            UiDriver.flush();
            assertTopLineHolds(editor.getPanes().get(0).getText(), cnnTop, "CNN after the palette change");
            assertTopLineHolds(editor.getPanes().get(3).getText(), bbcTop, "BBC after the palette change");
            watch.assertNone();
        }
    }

    /** The character that was first on screen is on the (re-wrapped) first visible line. */
    private static void assertTopLineHolds(StyledText text, int offset, String what) {
        int line = text.getTopIndex();
        int start = text.getOffsetAtLine(line);
        int end = line + 1 < text.getLineCount() ? text.getOffsetAtLine(line + 1) : text.getCharCount() + 1;
        assertTrue(line > 0 && start <= offset && offset < end,
                what + ": the first line shown is " + start + ".." + end + ", the reader was at " + offset);
    }

    @Test
    void theColourBlindSafePaletteRecoloursAndUnderlinesEachLayerInItsOwnStyle() throws Exception {
        try (LogWatch watch = new LogWatch()) {
            StyledText cnn = editor.getPanes().get(0).getText();
            int source = UiDriver.selectAndPress(cnn, "Musa Ibrahim", '1');
            editor.select(null);
            int framing = UiDriver.selectAndPress(cnn, "Tripoli", 'a');
            editor.select(null);
            UiDriver.flush();
            StyleRange before = editor.getPanes().get(0).styleAt(source + 2);
            assertFalse(before.underline, "the standard palette underlines overlaps only");

            PreferenceDialog dialog = openPreferences();
            Button safe = radio(dialog, Messages.Preferences_paletteColourBlind);
            for (Button other : radios(dialog)) {
                other.setSelection(other == safe);
            }
            UiDriver.select(safe);
            pressOk(dialog);
            assertEquals(Appearance.COLOUR_BLIND_SAFE, store.getString(Appearance.PALETTE));

            StyleRange s1 = editor.getPanes().get(0).styleAt(source + 2);
            StyleRange f1 = editor.getPanes().get(0).styleAt(framing + 2);
            // S1 and F1, the first code of their layers, take Okabe and Ito's orange, tinted as before.
            assertEquals(new org.eclipse.swt.graphics.RGB(0xF5, 0xD9, 0x99), s1.background.getRGB());
            assertEquals(new org.eclipse.swt.graphics.RGB(0xF5, 0xD9, 0x99), f1.background.getRGB());
            assertTrue(s1.underline && f1.underline, "every annotation is underlined");
            assertEquals(SWT.UNDERLINE_SINGLE, s1.underlineStyle, "sourcing: a single line");
            assertEquals(SWT.UNDERLINE_SQUIGGLE, f1.underlineStyle, "framing: a wavy line, told apart without colour");
            assertEquals(2, editor.getDocument().getAnnotations().size());
            cnn = editor.getPanes().get(0).getText(); // the articles were laid out again in the new colours
            int attribution = UiDriver.selectAndPress(cnn, "said", 'q');
            editor.select(null);
            UiDriver.flush();
            assertEquals(SWT.UNDERLINE_DOUBLE, editor.getPanes().get(0).styleAt(attribution + 1).underlineStyle,
                    "attribution: a double line");
            assertEquals(Appearance.COLOUR_BLIND_SAFE, savedPreferences().getProperty(Appearance.PALETTE), "kept for the next start");

            PreferenceDialog again = openPreferences();
            assertTrue(radio(again, Messages.Preferences_paletteColourBlind).getSelection(), "the page shows the choice");
            again.close();
            watch.assertNone();
        }
    }

    @Test
    void theStudentsNameAndIdGoIntoTheFileWithoutAskingAndAreKept() throws Exception {
        try (LogWatch watch = new LogWatch()) {
            PreferenceDialog dialog = openPreferences();
            type(fieldAfter(dialog, Messages.Preferences_studentName), "  Kofi Boateng ");
            type(fieldAfter(dialog, Messages.Preferences_studentId), "s2048");
            pressOk(dialog);

            AnnotationDocument document = editor.getDocument();
            assertNull(document.getAnnotatorName(), "a new document");
            UiDriver.selectAndPress(editor.getPanes().get(0).getText(), "Musa Ibrahim", '1');
            Path file = folder.resolve("kofi.fbench");
            try (UiWatch dialogs = UiWatch.start()) { // the "Who is annotating?" dialog must not come up
                assertTrue(editor.saveTo(file));
                dialogs.assertNone();
            }
            AnnotationDocument saved = DocumentStore.load(file);
            assertEquals("Kofi Boateng", saved.getAnnotatorName());
            assertEquals("s2048", saved.getAnnotatorId());
            Properties kept = savedPreferences();
            assertEquals("Kofi Boateng", kept.getProperty(StudentIdentity.NAME), "kept for the next start");
            assertEquals("s2048", kept.getProperty(StudentIdentity.ID));
            watch.assertNone();
        }
    }

    /**
     * Fails a test whose session logged an error or exception. (UiWatch would close the preferences
     * dialog this test drives, so it is used only where no dialog may appear.)
     */
    private static final class LogWatch implements AutoCloseable {
        private final List<String> problems = new java.util.concurrent.CopyOnWriteArrayList<>();
        private final org.eclipse.core.runtime.ILogListener listener = (status, plugin) -> {
            if (status.getSeverity() == org.eclipse.core.runtime.IStatus.ERROR || status.getException() != null) {
                problems.add(status.getMessage() + (status.getException() == null ? "" : ": " + status.getException()));
            }
        };

        LogWatch() {
            Platform.addLogListener(listener);
        }

        void assertNone() {
            assertEquals(List.of(), problems, "the log stays free of errors");
        }

        @Override
        public void close() {
            Platform.removeLogListener(listener);
        }
    }

    // --- driving the dialog -------------------------------------------------------------------------

    private static PreferenceDialog openPreferences() {
        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(
                PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), FramebenchPreferencePage.ID, null, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        UiDriver.flush();
        assertTrue(dialog.getSelectedPage() instanceof FramebenchPreferencePage, "Framebench's page is shown");
        return dialog;
    }

    private static Button okButton(PreferenceDialog dialog) {
        for (Control control : all(dialog.getShell())) {
            if (control instanceof Button button && Integer.valueOf(IDialogConstants.OK_ID).equals(button.getData())) {
                return button;
            }
        }
        throw new AssertionError("no OK button");
    }

    private static void pressOk(PreferenceDialog dialog) {
        Button ok = okButton(dialog);
        assertTrue(ok.isEnabled());
        UiDriver.select(ok);
        assertTrue(dialog.getShell() == null || dialog.getShell().isDisposed(), "the dialog closed");
    }

    private static Button checkbox(PreferenceDialog dialog, String label) {
        for (Control control : all(dialog.getShell())) {
            if (control instanceof Button button && (button.getStyle() & SWT.CHECK) != 0 && label.equals(button.getText())) {
                return button;
            }
        }
        throw new AssertionError("no check box " + label);
    }

    private static List<Button> radios(PreferenceDialog dialog) {
        List<Button> radios = new ArrayList<>();
        for (Control control : all(dialog.getShell())) {
            if (control instanceof Button button && (button.getStyle() & SWT.RADIO) != 0) {
                radios.add(button);
            }
        }
        return radios;
    }

    private static Button radio(PreferenceDialog dialog, String label) {
        return radios(dialog).stream().filter(b -> label.equals(b.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no choice " + label));
    }

    /** The text field to the right of the label {@code label}, as a field editor lays them out. */
    private static Text fieldAfter(PreferenceDialog dialog, String label) {
        for (Control control : all(dialog.getShell())) {
            if (control instanceof Label l && label.equals(l.getText())) {
                Control[] siblings = l.getParent().getChildren();
                for (int i = 0; i < siblings.length - 1; i++) {
                    if (siblings[i] == l && siblings[i + 1] instanceof Text text) {
                        return text;
                    }
                }
            }
        }
        throw new AssertionError("no field " + label);
    }

    /** Replaces the field's text as typing does (the field editors check on each key). */
    private static void type(Text field, String value) {
        field.setFocus();
        field.setText(value);
        Event up = new Event();
        up.character = value.isEmpty() ? ' ' : value.charAt(value.length() - 1);
        field.notifyListeners(SWT.KeyUp, up);
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

    private static void assertFont(Font font, String name, int height, int style) {
        FontData data = font.getFontData()[0];
        assertEquals(name, data.getName());
        assertEquals(height, data.getHeight());
        assertEquals(style, data.getStyle() & (SWT.BOLD | SWT.ITALIC));
    }

    /** The preferences file as the next start reads it. */
    private static Properties savedPreferences() throws Exception {
        Path file = Path.of(Platform.getInstanceLocation().getURL().toURI())
                .resolve(".metadata/.plugins/org.eclipse.core.runtime/.settings/" + FramebenchUiPlugin.ID + ".prefs");
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            properties.load(reader);
        }
        return properties;
    }
}
