package org.framebench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Link;
import org.framebench.model.LinkKind;
import org.framebench.nlp.align.Suggestion;
import org.framebench.ui.align.SuggestAlignmentsHandler;
import org.framebench.ui.editor.DocumentEditor;
import org.framebench.ui.editor.DocumentOpener;
import org.framebench.ui.testing.UiDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Annotate → Suggest Alignments… in the real workbench: the passages of the other articles for the
 * selected annotation, ranked; Link accepts one (an annotation on the passage and a link, one undoable
 * step), Dismiss drops one, Close changes nothing.
 */
class AlignmentSuggestionsTest {

    private final List<String> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final ILogListener logListener = (status, plugin) -> {
        if (status.getSeverity() == IStatus.ERROR || status.getException() != null) {
            logged.add(status.getMessage() + (status.getException() == null ? "" : ": " + status.getException()));
        }
    };

    private IWorkbenchPage page;
    private Shell shell;
    private DocumentEditor editor;

    @BeforeEach
    void openFreshAssignment() {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        shell = page.getWorkbenchWindow().getShell();
        Platform.addLogListener(logListener);
        editor = DocumentOpener.openDefaultAssignment(page);
        UiDriver.flush();
    }

    @AfterEach
    void closeEditors() {
        Platform.removeLogListener(logListener);
        page.closeAllEditors(false);
        UiDriver.flush();
    }

    @Test
    void acceptingTheBestSuggestionLinksThePassageAndUndoTakesItBack() throws Exception {
        AnnotationDocument document = editor.getDocument();
        StyledText cnn = editor.getPanes().get(0).getText();
        UiDriver.selectAndPress(cnn, "a first step", 'q');
        Annotation quote = document.getAnnotations().get(0);
        editor.select(quote);
        UiDriver.flush();

        AtomicReference<List<String>> rows = new AtomicReference<>();
        AtomicReference<Suggestion> accepted = new AtomicReference<>();
        List<String> shown = UiDriver.answerDialog("Suggested Alignments", dialog -> rows.set(rows(dialog)), "Link",
                () -> accepted.set(SuggestAlignmentsHandler.suggest(shell, editor)));

        assertTrue(String.join("\n", shown).contains("\u201Ca first step\u201D"), shown.toString());
        List<String> table = rows.get();
        // The third outlet has no passage about "a first step" scoring the minimum; the BBC text and its copy do.
        assertTrue(table.size() >= 2, table.toString());
        assertTrue(table.get(0).startsWith("Multimedia Group (Ghana)"), "articles in the assignment's order: " + table);
        assertTrue(table.stream().noneMatch(r -> r.startsWith("CNN")), "never the annotation's own article: " + table);
        assertTrue(table.stream().anyMatch(r -> r.startsWith("BBC News") && r.contains("hailed the talks as an important step")),
                table.toString());

        Suggestion chosen = accepted.get();
        assertNotNull(chosen, "Link accepted the suggestion selected first (the best of the first article)");
        assertEquals(2, document.getAnnotations().size(), "the passage was annotated");
        Annotation target = document.getAnnotations().get(1);
        assertEquals("bbc-ghana", chosen.target().article(), "Enter took the row selected first");
        assertEquals(chosen.target().article(), target.getArticle().getId());
        assertTrue(target.getCoveredText().startsWith("Libyan government spokesman Moussa Ibrahim hailed the talks"),
                target.getCoveredText());
        assertEquals(chosen.target().begin(), target.getBegin());
        assertEquals(chosen.target().end(), target.getEnd());
        assertEquals(quote.getCode(), target.getCode(), "with the same code");
        assertEquals(1, document.getLinks().size());
        Link link = document.getLinks().get(0);
        assertEquals(quote, link.getSource());
        assertEquals(target, link.getTarget());
        assertEquals(LinkKind.SAME_STATEMENT, link.getKind());
        assertTrue(link.getNote().startsWith("Suggested alignment (similarity "), link.getNote());
        assertTrue(editor.isDirty());

        page.activate(editor); // the dialog has closed: the editor is the active part again, as after a click
        UiDriver.flush();
        UiDriver.runCommand("org.eclipse.ui.edit.undo");
        UiDriver.flush();
        assertTrue(document.getLinks().isEmpty(), "one Undo removes the link...");
        assertEquals(List.of(quote), document.getAnnotations(), "...and the annotation it made");
        assertEquals(List.of(), logged, "nothing went wrong in the log");
    }

    @Test
    void aHeadlineAnnotationIsProposedTheOtherHeadlinesFirstAndLinkMarksTheHeadline() throws Exception {
        AnnotationDocument document = editor.getDocument();
        StyledText headline = editor.getPanes().get(0).getHeadline();
        int begin = headline.getText().indexOf("Tunisia");
        headline.setFocus();
        headline.setSelection(begin, begin + "Tunisia".length());
        UiDriver.press(headline, 'j'); // F7, prominence
        Annotation prominence = document.getAnnotations().get(0);
        assertEquals(org.framebench.model.TextRegion.HEADLINE, prominence.getRegion());
        editor.select(prominence);
        UiDriver.flush();

        AtomicReference<List<String>> rows = new AtomicReference<>();
        AtomicReference<Suggestion> accepted = new AtomicReference<>();
        UiDriver.answerDialog("Suggested Alignments", dialog -> rows.set(rows(dialog)), "Link",
                () -> accepted.set(SuggestAlignmentsHandler.suggest(shell, editor)));

        List<String> table = rows.get();
        assertNotNull(table, "the dialog opened with suggestions (before: none for a headline annotation)");
        for (String outlet : List.of("Unnamed outlet", "Multimedia Group (Ghana)", "BBC News")) {
            List<String> own = table.stream().filter(r -> r.startsWith(outlet)).toList();
            // The third outlet has no sentence near "Tunisia" scoring the minimum: its headline alone.
            assertTrue(own.size() >= (outlet.equals("Unnamed outlet") ? 1 : 2), outlet + ": its headline, then body sentences: " + table);
            assertTrue(own.get(0).contains("| Headline: "), "the headline first: " + own);
            assertTrue(own.subList(1, own.size()).stream().noneMatch(r -> r.contains("| Headline: ")), own.toString());
        }
        assertTrue(table.stream().anyMatch(r -> r.startsWith("BBC News")
                && r.contains("Headline: US officials hold talks with Gaddafi government")), table.toString());
        assertTrue(table.stream().anyMatch(r -> r.startsWith("BBC News") && !r.contains("Headline: ")
                && r.contains("neighbouring Tunisia")), "then the body sentence naming Tunisia: " + table);

        Suggestion chosen = accepted.get();
        assertNotNull(chosen);
        assertTrue(chosen.target().headline(), "Link took the first row: the third outlet's headline");
        assertEquals(2, document.getAnnotations().size());
        Annotation target = document.getAnnotations().get(1);
        assertEquals(org.framebench.model.TextRegion.HEADLINE, target.getRegion(), "marked in the headline, not the body");
        assertEquals("third", target.getArticle().getId());
        assertEquals("US officials meet Gaddafi envoys to deliver a message", target.getCoveredText());
        assertEquals(prominence.getCode(), target.getCode());
        assertEquals(1, document.getLinks().size());
        assertEquals(target, document.getLinks().get(0).getTarget());
        assertNotNull(editor.getPanes().get(1).headlineStyleAt(3), "the third outlet's headline shows the annotation");

        page.activate(editor);
        UiDriver.flush();
        UiDriver.runCommand("org.eclipse.ui.edit.undo");
        UiDriver.flush();
        assertTrue(document.getLinks().isEmpty(), "one Undo removes the link...");
        assertEquals(List.of(prominence), document.getAnnotations(), "...and the headline annotation it made");
        assertEquals(List.of(), logged, "nothing went wrong in the log");
    }

    @Test
    void dismissDropsASuggestionAndCloseChangesNothing() throws Exception {
        AnnotationDocument document = editor.getDocument();
        StyledText bbc = editor.getPanes().get(3).getText();
        UiDriver.selectAndPress(bbc, "hailed the talks", 'q');
        Annotation hailed = document.getAnnotations().get(0);
        editor.select(hailed);
        UiDriver.flush();

        AtomicReference<List<String>> before = new AtomicReference<>();
        AtomicReference<List<String>> after = new AtomicReference<>();
        AtomicReference<Suggestion> accepted = new AtomicReference<>();
        UiDriver.answerDialog("Suggested Alignments", dialog -> {
            before.set(rows(dialog));
            UiDriver.findButton(dialog, "Dismiss").notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
            after.set(rows(dialog));
        }, "Close", () -> accepted.set(SuggestAlignmentsHandler.suggest(shell, editor)));

        assertNull(accepted.get());
        assertEquals(before.get().size() - 1, after.get().size(), "Dismiss removed one row");
        assertFalse(after.get().contains(before.get().get(0)), "the one selected (the best)");
        assertEquals(1, document.getAnnotations().size(), "Close changed nothing");
        assertTrue(document.getLinks().isEmpty());

        // Opened again, the dismissed suggestion stays away.
        AtomicReference<List<String>> again = new AtomicReference<>();
        UiDriver.answerDialog("Suggested Alignments", dialog -> again.set(rows(dialog)), "Close",
                () -> SuggestAlignmentsHandler.suggest(shell, editor));
        assertEquals(after.get(), again.get());
        assertEquals(List.of(), logged, "nothing went wrong in the log");
    }

    @Test
    void withNothingSelectedItSaysWhatToDo() {
        editor.select(null);
        List<String> shown = UiDriver.answerDialog("Suggested Alignments", "OK",
                () -> SuggestAlignmentsHandler.suggest(shell, editor));
        assertTrue(String.join("\n", shown).contains("Select an annotation first"), shown.toString());
        assertTrue(String.join("\n", shown).contains("Nothing was changed."), shown.toString());
    }

    /** The table's rows as "Article | Similarity | Passage | Already marked". */
    private static List<String> rows(Shell dialog) {
        Table table = find(dialog);
        assertNotNull(table, "the dialog has a table");
        List<String> rows = new java.util.ArrayList<>();
        for (var item : table.getItems()) {
            rows.add(item.getText(0) + " | " + item.getText(1) + " | " + item.getText(2) + " | " + item.getText(3));
        }
        return rows;
    }

    private static Table find(org.eclipse.swt.widgets.Composite composite) {
        for (var child : composite.getChildren()) {
            if (child instanceof Table table) {
                return table;
            }
            if (child instanceof org.eclipse.swt.widgets.Composite inner) {
                Table found = find(inner);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
