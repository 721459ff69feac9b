package org.framebench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.ui.keys.IBindingService;
import org.framebench.core.codebook.Codebooks;
import org.framebench.core.corpus.CorpusLoader;
import org.framebench.core.document.Documents;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Code;
import org.framebench.model.Role;
import org.framebench.ui.editor.DocumentEditor;
import org.framebench.ui.editor.DocumentOpener;
import org.framebench.ui.editor.KeyCopies;
import org.framebench.ui.help.AboutDialog;
import org.framebench.ui.help.CodebookHelpDialog;
import org.framebench.ui.help.GuideDialog;
import org.framebench.ui.help.HelpHandler;
import org.framebench.ui.help.InstructionsView;
import org.framebench.ui.help.KeyAssistPopup;
import org.framebench.ui.internal.FramebenchUiPlugin;
import org.framebench.ui.testing.UiDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Help inside the workbench, as a student meets it: the assignment's instructions on the first start, Help →
 * Codebook with its search box, the keyboard cheat sheet on Ctrl+Shift+L, How to Annotate and About.
 */
class HelpInsideTest {

    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final ILogListener logListener = (status, plugin) -> {
        if (status.getSeverity() == IStatus.ERROR || status.getException() != null) {
            logged.add(status.getMessage() + (status.getException() == null ? "" : ": " + status.getException()));
        }
    };
    private IWorkbenchPage page;

    @BeforeEach
    void setUp() {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        Platform.addLogListener(logListener);
    }

    @AfterEach
    void tearDown() {
        Platform.removeLogListener(logListener);
        for (Shell shell : Display.getCurrent().getShells()) {
            if (shell != page.getWorkbenchWindow().getShell() && !shell.isDisposed()) {
                shell.close();
            }
        }
        var instructions = page.findViewReference(InstructionsView.ID);
        if (instructions != null) {
            page.hideView(instructions);
        }
        page.closeAllEditors(false);
        UiDriver.flush();
    }

    private Shell shellTitled(String title) {
        for (Shell shell : Display.getCurrent().getShells()) {
            if (title.equals(shell.getText()) && shell.isVisible()) {
                return shell;
            }
        }
        throw new AssertionError("no window titled '" + title + "' is open");
    }

    // --- the assignment's instructions ---------------------------------------------------------------

    @Test
    void theFirstStartShowsTheAssignmentsInstructionsOnceWithoutTakingTheArticlesFocus() throws Exception {
        assertTrue(FramebenchUiPlugin.getDefault().getPreferenceStore().getBoolean(InstructionsView.SHOWN_ONCE),
                "the application's own first start showed the instructions and remembered it");

        FramebenchUiPlugin.getDefault().getPreferenceStore().setValue(InstructionsView.SHOWN_ONCE, false);
        DocumentEditor editor = DocumentOpener.openDefaultAssignment(page);
        UiDriver.flush();
        InstructionsView view = assertInstanceOf(InstructionsView.class, InstructionsView.showOnFirstStart(page));
        UiDriver.flush();
        assertSame(editor, page.getActivePart(), "the student can start reading and annotating at once");
        assertTrue(page.isPartVisible(view), "the instructions are on top of their panel");
        String expected = CorpusLoader.loadDefault().getInstructions();
        assertEquals("Assignment: US\u2013Libya talks in Tunisia, July 2011: four reports", view.shownTitle());
        assertEquals(expected.strip(), view.shownInstructions());
        assertTrue(view.shownInstructions().startsWith("Four outlets report the same event"), view.shownInstructions());

        page.hideView(view);
        UiDriver.flush();
        assertNull(InstructionsView.showOnFirstStart(page), "later starts do not show them again");
        assertNull(page.findView(InstructionsView.ID));

        UiDriver.runCommand(HelpHandler.INSTRUCTIONS);
        InstructionsView again = assertInstanceOf(InstructionsView.class, page.findView(InstructionsView.ID),
                "Help \u2192 Assignment Instructions brings them back");
        assertEquals(expected.strip(), again.shownInstructions());
        assertEquals(List.of(), logged);
    }

    @Test
    void theInstructionsWrapToThePanelsWidthWhenItChangesAndWhenTheDocumentDoes() throws Exception {
        DocumentEditor editor = DocumentOpener.openDefaultAssignment(page);
        UiDriver.runCommand(HelpHandler.INSTRUCTIONS);
        UiDriver.flush();
        InstructionsView view = (InstructionsView) page.findView(InstructionsView.ID);
        Shell shell = page.getWorkbenchWindow().getShell();
        org.eclipse.swt.graphics.Point size = shell.getSize();
        try {
            org.eclipse.swt.widgets.Text text = textShowing(shell, view.shownInstructions());
            int wideWidth = text.getSize().x;
            int wideHeight = text.getSize().y;
            assertTrue(wideWidth > 300 && wideHeight > 2 * text.getLineHeight(),
                    "wrapped to the panel's width over several lines: " + text.getSize());
            // Narrower: the same text wraps into more lines, none cut off at the panel's edge.
            shell.setSize(size.x - 350, size.y);
            UiDriver.flush();
            assertTrue(text.getSize().x < wideWidth - 200, "follows the narrower panel: " + text.getSize());
            assertTrue(text.getSize().y > wideHeight, "more lines when narrower: " + text.getSize());
            // Another document's instructions are laid out for the same width.
            AnnotationDocument document = Documents.newDocument(CorpusLoader.loadDefault(), Role.STUDENT);
            document.getAssignment().setInstructions("Short.");
            KeyCopies.openUnsaved(page, document);
            UiDriver.flush();
            assertEquals("Short.", view.shownInstructions());
            assertEquals(text.getLineHeight(), text.getSize().y, "one line now: " + text.getSize());
        } finally {
            shell.setSize(size);
            UiDriver.flush();
        }
        assertNotNull(editor);
        assertEquals(List.of(), logged);
    }

    /** The text field in {@code parent} (at any depth) that shows {@code shown}. */
    private static org.eclipse.swt.widgets.Text textShowing(org.eclipse.swt.widgets.Composite parent, String shown) {
        for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.Text text && shown.equals(text.getText())) {
                return text;
            }
            if (child instanceof org.eclipse.swt.widgets.Composite composite) {
                org.eclipse.swt.widgets.Text found = textShowing(composite, shown);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @Test
    void anAssignmentWithoutInstructionsSaysSoInPlainWords() throws Exception {
        AnnotationDocument document = Documents.newDocument(CorpusLoader.loadDefault(), Role.STUDENT);
        document.getAssignment().setInstructions(null);
        KeyCopies.openUnsaved(page, document);
        UiDriver.flush();
        UiDriver.runCommand(HelpHandler.INSTRUCTIONS);
        InstructionsView view = (InstructionsView) page.findView(InstructionsView.ID);
        assertEquals("This assignment has no written instructions. Ask your instructor what to annotate.",
                view.shownInstructions());
        assertEquals(List.of(), logged);
    }

    // --- Help → Codebook ------------------------------------------------------------------------------

    @Test
    void theCodebookListsEveryCodeOfTheDocumentsCodebookAndItsSearchFindsThem() throws Exception {
        AnnotationDocument document = Documents.newDocument(CorpusLoader.loadDefault(), Role.STUDENT);
        // The document's own codebook, not a copy: a changed definition shows.
        Code s2 = Codebooks.findById(document.getAssignment().getCodebook(), "S2").orElseThrow();
        s2.setDefinition(s2.getDefinition() + " (as this document's codebook words it)");
        KeyCopies.openUnsaved(page, document);
        UiDriver.flush();

        UiDriver.runCommand(HelpHandler.CODEBOOK);
        Shell shell = shellTitled("Codebook");
        CodebookHelpDialog dialog = assertInstanceOf(CodebookHelpDialog.class, shell.getData());
        assertEquals(24, dialog.listed().size(), dialog.listed().toString());
        assertEquals("S1  Named person", dialog.listed().get(0));
        assertTrue(dialog.detailsText().startsWith("S1  Named person\nLayer: "), dialog.detailsText());
        assertTrue(dialog.detailsText().contains("Key: 1 (select text in an article and press it)"), dialog.detailsText());

        dialog.filterBox().setText("anonymous");
        UiDriver.flush();
        assertTrue(dialog.listed().containsAll(List.of("S2  Anonymous individual", "S3  Anonymous group")),
                dialog.listed().toString());
        assertFalse(dialog.listed().contains("A1  Direct quote"), dialog.listed().toString());
        String details = dialog.detailsText();
        assertTrue(details.startsWith("S2  Anonymous individual"), details);
        assertTrue(details.contains(s2.getDefinition()), "the definition, from the document's codebook: " + details);
        assertTrue(details.contains("(as this document's codebook words it)"), details);
        assertTrue(details.contains("Key: 2"), details);
        assertTrue(details.contains("\u201C" + s2.getExample() + "\u201D"), "the example: " + details);
        assertTrue(details.contains("References\n\u2022 "), "the references, cited in full: " + details);
        // What the code answers itself is said, not asked; what links say is left to them.
        assertTrue(details.contains("\u2022 Identification: anonymous (given by the code, not asked)"), details);
        assertTrue(details.contains("\u2022 Anonymity explained: not applicable, none given, condition only, reason given"), details);
        assertFalse(details.contains("Same entity as"), details);

        dialog.filterBox().setText("direct quote");
        UiDriver.flush();
        assertEquals("A1  Direct quote", dialog.listed().get(0), dialog.listed().toString());
        details = dialog.detailsText();
        assertTrue(details.contains("\u2022 Quote type: direct (given by the code, not asked)"), details);
        assertFalse(details.contains("Quote type: direct, indirect, mixed"), details);
        assertTrue(details.contains("\u2022 Reporting verb: neutral, validating, distancing, evaluative, denial/refusal"), details);

        dialog.filterBox().setText("f7");
        UiDriver.flush();
        assertEquals(List.of("F7  Prominence (lead / headline / crosshead)"), dialog.listed());
        assertTrue(dialog.detailsText().contains("Key: J"), dialog.detailsText());

        dialog.filterBox().setText("zebra crossing");
        UiDriver.flush();
        assertEquals(List.of(), dialog.listed());
        assertTrue(labels(shell).contains("No code matches \u201Czebra crossing\u201D. Clear the search box to see every code."),
                labels(shell).toString());

        dialog.filterBox().setText("");
        UiDriver.flush();
        assertEquals(24, dialog.listed().size());
        assertEquals(List.of(), logged);
    }

    // --- Ctrl+Shift+L ---------------------------------------------------------------------------------

    @Test
    void ctrlShiftLListsEveryFramebenchKeyFromTheBindingServiceAndTheCodeKeys() throws Exception {
        DocumentOpener.openDefaultAssignment(page);
        UiDriver.flush();
        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        assertEquals(KeySequence.getInstance("CTRL+SHIFT+L"), bindings.getBestActiveBindingFor(HelpHandler.KEYS),
                "the cheat sheet is on Ctrl+Shift+L, as in Eclipse");

        UiDriver.runCommand(HelpHandler.KEYS);
        Shell shell = shellTitled("Keyboard Shortcuts");
        KeyAssistPopup popup = assertInstanceOf(KeyAssistPopup.class, shell.getData());
        List<String> rows = popup.rows();
        System.out.println("KEY ASSIST: " + String.join("\n  ", rows));
        // Keys as the menus show them (GTK writes Ctrl+Shift+L as Shift+Ctrl+L).
        assertTrue(rows.contains(keys("CTRL+L") + " | Link to\u2026 | Framebench"), rows.toString());
        assertTrue(rows.contains(keys("CTRL+SHIFT+L") + " | Keyboard Shortcuts | Help"), rows.toString());
        assertTrue(rows.contains(keys("CTRL+SHIFT+A") + " | Suggest Alignments\u2026 | Framebench"), rows.toString());
        assertTrue(rows.contains("F1 | How to Annotate | Help"), rows.toString());
        assertTrue(rows.contains(keys("CTRL+S") + " | Save | File"), rows.toString());
        assertTrue(rows.contains(keys("CTRL+Z") + " | Undo | Edit"), rows.toString());
        assertTrue(rows.contains(keys("CTRL+Y") + " | Redo | Edit"), rows.toString());
        // The test runtime carries the IDE's bindings (the UI harness needs org.eclipse.ui.ide): not Framebench's keys.
        assertTrue(rows.stream().noneMatch(row -> row.contains(" | Build All | ") || row.contains(" | Open Resource | ")
                || row.contains(" | Show Key Assist | ")), rows.toString());
        assertTrue(rows.contains("1 | S1  Named person | Annotate the selected text as this code (Sourcing)"),
                rows.toString());
        assertTrue(rows.contains("J | F7  Prominence (lead / headline / crosshead) | Annotate the selected text as this code (Framing)"),
                rows.toString());
        // Every Framebench binding in plugin.xml is there, whatever its key: the list cannot drift.
        for (var binding : bindings.getBindings()) {
            if (binding.getParameterizedCommand() != null
                    && binding.getParameterizedCommand().getId().startsWith("org.framebench.")) {
                String line = binding.getTriggerSequence().format() + " | " + binding.getParameterizedCommand().getName() + " | ";
                assertTrue(rows.stream().anyMatch(row -> row.startsWith(line)), line + " missing from " + rows);
            }
        }
        assertTrue(rows.stream().noneMatch(row -> row.startsWith(" | ") || row.contains(" |  | ")), rows.toString());
        assertEquals(List.of(), logged);
    }

    // --- How to Annotate ------------------------------------------------------------------------------

    @Test
    void howToAnnotateShowsTheGuideShippedInTheBundleAsFormattedText() throws Exception {
        UiDriver.runCommand(HelpHandler.GUIDE);
        Shell shell = shellTitled("How to Annotate");
        GuideDialog dialog = assertInstanceOf(GuideDialog.class, shell.getData());
        String text = dialog.textWidget().getText();
        assertTrue(text.startsWith("How to annotate\n"), text);
        assertTrue(text.contains("Press the code\u2019s key") || text.contains("Press the code's key"), text);
        assertTrue(text.contains("\u2022 Select a phrase in an article"), text);
        assertTrue(text.contains("Help \u2192 Codebook"), "entities decoded: " + text);
        assertFalse(text.contains("<") || text.contains("&#"), "no markup shows: " + text);
        assertTrue(GuideDialog.guideHtml().contains("<h2>2. Mark a passage</h2>"), "read from the bundle's HTML");
        int heading = text.indexOf("2. Mark a passage");
        StyleRange style = dialog.textWidget().getStyleRangeAtOffset(heading);
        assertNotNull(style, "headings are styled");
        assertNotNull(style.font, "headings are set in a larger font");
        int key = text.indexOf("Ctrl+L");
        assertNotNull(dialog.textWidget().getStyleRangeAtOffset(key), "keys are set apart");
        assertEquals(List.of(), logged);
    }

    // --- About ----------------------------------------------------------------------------------------

    @Test
    void aboutShowsTheVersionCreditsAndTheLicenceReadFromEachLibrary() {
        AtomicReference<List<String>> rows = new AtomicReference<>();
        List<String> labels = UiDriver.answerDialog("About Framebench", shell -> {
            rows.set(((AboutDialog) shell.getData()).rows());
        }, "Close", () -> {
            try {
                UiDriver.runCommand(HelpHandler.ABOUT);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        String version = Platform.getBundle("org.framebench.ui").getVersion().toString();
        assertTrue(labels.contains("Version " + version), labels.toString());
        assertTrue(labels.contains("Framebench"), labels.toString());
        assertTrue(labels.stream().anyMatch(l -> l.startsWith("Framebench is a workbench for teaching news literacy")),
                "the credits: " + labels);
        List<String> all = rows.get();
        System.out.println("ABOUT: " + String.join("\n  ", all));
        assertTrue(all.size() > 20, all.toString());
        String diffUtils = row(all, "java-diff-utils | ");
        assertTrue(diffUtils.contains("http://www.apache.org/licenses/LICENSE-2.0.txt"), "its Bundle-License: " + diffUtils);
        String ecore = row(all, "EMF Ecore | ");
        assertTrue(ecore.contains("| Eclipse Public License"), "from EMF's about.html: " + ecore);
        String gson = row(all, "Gson | ");
        assertTrue(gson.contains("| Apache-2.0 |"), "from Bundle-License: " + gson);
        String poi = row(all, "org.apache.poi:poi | ");
        assertTrue(poi.contains("| Apache License Version 2.0 |"), "POI's licence, from its LICENSE file: " + poi);
        assertEquals(List.of(), logged);
    }

    private static String keys(String sequence) throws Exception {
        return KeySequence.getInstance(sequence).format();
    }

    private static String row(List<String> rows, String prefix) {
        return rows.stream().filter(r -> r.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + prefix + " in " + rows));
    }

    private static List<String> labels(Shell shell) {
        List<String> found = new ArrayList<>();
        collect(shell, found);
        return found;
    }

    private static void collect(org.eclipse.swt.widgets.Composite composite, List<String> found) {
        for (var child : composite.getChildren()) {
            if (child instanceof Label label && !label.getText().isEmpty()) {
                found.add(label.getText());
            }
            if (child instanceof org.eclipse.swt.widgets.Composite inner) {
                collect(inner, found);
            }
        }
    }

    @SuppressWarnings("unused")
    private static List<String> items(Table table) {
        List<String> out = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            out.add(item.getText());
        }
        return out;
    }

    @SuppressWarnings("unused")
    private static final int UNUSED = SWT.NONE;
}
