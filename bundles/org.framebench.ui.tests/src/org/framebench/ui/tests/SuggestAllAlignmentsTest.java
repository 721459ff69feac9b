package org.framebench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Link;
import org.framebench.model.LinkKind;
import org.framebench.ui.align.AlignmentSuggestions.Pair;
import org.framebench.ui.align.SuggestAllAlignmentsHandler;
import org.framebench.ui.editor.DocumentEditor;
import org.framebench.ui.editor.DocumentOpener;
import org.framebench.ui.testing.UiDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Annotate → Suggest Alignments for All… in the real workbench: every pair proposed for the document's
 * annotations, each with a checkbox; Link Selected links the ticked ones as one undoable step; pairs
 * already linked are not proposed again.
 */
class SuggestAllAlignmentsTest {

    private static final String TITLE = "Suggested Alignments for All";

    private final List<String> logged = new CopyOnWriteArrayList<>();
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
    void tickingTwoPairsLinksBothAndOneUndoTakesBothBack() throws Exception {
        AnnotationDocument document = editor.getDocument();
        StyledText cnn = editor.getPanes().get(0).getText();
        StyledText bbc = editor.getPanes().get(3).getText();
        UiDriver.selectAndPress(cnn, "a first step", 'q');
        UiDriver.selectAndPress(cnn, "NATO has been bombing Libya", 'q');
        UiDriver.selectAndPress(bbc, "The Libyan government denied the claim", 'q');
        List<Annotation> annotated = List.copyOf(document.getAnnotations());
        assertEquals(3, annotated.size());

        AtomicReference<List<String>> rows = new AtomicReference<>();
        AtomicReference<List<String>> ticked = new AtomicReference<>();
        AtomicReference<List<Pair>> linked = new AtomicReference<>();
        List<String> shown = UiDriver.answerDialog(TITLE, dialog -> {
            rows.set(rows(dialog));
            assertFalse(UiDriver.findButton(dialog, "Link Selected").isEnabled(), "nothing ticked: nothing to link");
            // Select All ticks every row, Select None none.
            UiDriver.findButton(dialog, "Select All").notifyListeners(SWT.Selection, new Event());
            assertEquals(rows.get().size(), checkedRows(dialog).size());
            assertTrue(UiDriver.findButton(dialog, "Link Selected").isEnabled());
            UiDriver.findButton(dialog, "Select None").notifyListeners(SWT.Selection, new Event());
            assertEquals(List.of(), checkedRows(dialog));
            // Tick the first and the last row as a click on their checkboxes does.
            Table table = find(dialog);
            tick(table, 0);
            tick(table, table.getItemCount() - 1);
            ticked.set(checkedRows(dialog));
        }, "Link Selected", () -> linked.set(SuggestAllAlignmentsHandler.suggestAll(shell, editor)));

        assertTrue(String.join("\n", shown).contains("Pairs you have already linked are not listed"), shown.toString());
        List<String> table = rows.get();
        assertTrue(table.size() >= 4, "each annotation has pairs in the other articles: " + table);
        assertTrue(table.stream().anyMatch(r -> r.startsWith("CNN: a first step | ")), table.toString());
        assertTrue(table.stream().anyMatch(r -> r.startsWith("BBC News: The Libyan government denied the claim | ")),
                table.toString());
        assertTrue(table.stream().noneMatch(r -> r.startsWith("CNN:") && r.contains("| CNN |")),
                "never a passage of the annotation's own article: " + table);
        assertEquals(2, ticked.get().size(), ticked.get().toString());

        assertEquals(2, linked.get().size(), "the two ticked pairs were linked");
        assertEquals(2, document.getLinks().size(), "two links exist");
        for (int i = 0; i < 2; i++) {
            Pair pair = linked.get().get(i);
            Link link = document.getLinks().get(i);
            assertEquals(pair.from(), link.getSource());
            assertEquals(LinkKind.SAME_STATEMENT, link.getKind());
            assertEquals(pair.suggestion().target().article(), link.getTarget().getArticle().getId());
            assertTrue(link.getTarget().getBegin() < pair.suggestion().target().end()
                    && pair.suggestion().target().begin() < link.getTarget().getEnd(), "on the suggested passage");
            assertEquals(pair.from().getCode(), link.getTarget().getCode(), "with the same code");
            assertTrue(link.getNote().startsWith("Suggested alignment (similarity "), link.getNote());
        }
        assertNotEquals(document.getLinks().get(0).getTarget(), document.getLinks().get(1).getTarget());
        assertTrue(document.getAnnotations().containsAll(annotated));
        assertTrue(editor.isDirty());

        // Opened again, the linked pairs are not proposed any more; the others still are.
        AtomicReference<List<String>> again = new AtomicReference<>();
        UiDriver.answerDialog(TITLE, dialog -> again.set(rows(dialog)), "Close",
                () -> SuggestAllAlignmentsHandler.suggestAll(shell, editor));
        assertFalse(again.get().contains(table.get(0)), "the first linked pair left the list: " + again.get());
        assertFalse(again.get().contains(table.get(table.size() - 1)), "so did the second: " + again.get());
        assertTrue(again.get().contains(table.get(1)), "a pair not linked is still proposed: " + again.get());
        assertEquals(2, document.getLinks().size());

        page.activate(editor);
        UiDriver.flush();
        UiDriver.runCommand("org.eclipse.ui.edit.undo");
        UiDriver.flush();
        assertTrue(document.getLinks().isEmpty(), "one Undo removes both links...");
        assertEquals(annotated, document.getAnnotations(), "...and the annotations they made");
        assertEquals(List.of(), logged, "nothing went wrong in the log");
    }

    @Test
    void withoutAnnotationsItSaysThereIsNothingToSuggest() {
        AtomicReference<Boolean> linkEnabled = new AtomicReference<>();
        List<String> shown = UiDriver.answerDialog(TITLE,
                dialog -> linkEnabled.set(UiDriver.findButton(dialog, "Link Selected").isEnabled()), "Close",
                () -> SuggestAllAlignmentsHandler.suggestAll(shell, editor));
        assertTrue(String.join("\n", shown).contains("Nothing was changed."), shown.toString());
        assertFalse(linkEnabled.get());
        assertTrue(editor.getDocument().getLinks().isEmpty());
        assertFalse(editor.isDirty());
    }

    private static void tick(Table table, int index) {
        TableItem item = table.getItem(index);
        item.setChecked(true);
        Event event = new Event();
        event.item = item;
        event.detail = SWT.CHECK;
        table.notifyListeners(SWT.Selection, event);
    }

    /** The table's rows as "Your annotation | Suggested passage | Article | Similarity". */
    private static List<String> rows(Shell dialog) {
        Table table = find(dialog);
        assertNotNull(table, "the dialog has a table");
        List<String> rows = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            rows.add(item.getText(0) + " | " + item.getText(1) + " | " + item.getText(2) + " | " + item.getText(3));
        }
        return rows;
    }

    private static List<String> checkedRows(Shell dialog) {
        List<String> checked = new ArrayList<>();
        for (TableItem item : find(dialog).getItems()) {
            if (item.getChecked()) {
                checked.add(item.getText(0));
            }
        }
        return checked;
    }

    private static Table find(Composite composite) {
        for (var child : composite.getChildren()) {
            if (child instanceof Table table) {
                return table;
            }
            if (child instanceof Composite inner) {
                Table found = find(inner);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
