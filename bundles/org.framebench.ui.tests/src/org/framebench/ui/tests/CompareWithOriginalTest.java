package org.framebench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.framebench.core.corpus.CorpusLoader;
import org.framebench.core.document.Documents;
import org.framebench.core.text.Digests;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.Role;
import org.framebench.ui.align.CompareWithOriginalHandler;
import org.framebench.ui.editor.DocumentEditor;
import org.framebench.ui.editor.DocumentOpener;
import org.framebench.ui.editor.KeyCopies;
import org.framebench.ui.testing.UiDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Annotate → Compare with Original…: the republication's differences, classified, and a cut sentence annotated. */
class CompareWithOriginalTest {

    private final List<String> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final ILogListener logListener = (status, plugin) -> {
        if (status.getSeverity() == IStatus.ERROR || status.getException() != null) {
            logged.add(status.getMessage() + (status.getException() == null ? "" : ": " + status.getException()));
        }
    };

    private IWorkbenchPage page;
    private Shell shell;

    @BeforeEach
    void setUp() {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        shell = page.getWorkbenchWindow().getShell();
        Platform.addLogListener(logListener);
    }

    @AfterEach
    void closeEditors() {
        Platform.removeLogListener(logListener);
        page.closeAllEditors(false);
        UiDriver.flush();
    }

    @Test
    void theGhanaianRepublicationShowsTypographyAndBoilerplateAndNothingCanBeMarkedWithoutACode() {
        DocumentEditor editor = DocumentOpener.openDefaultAssignment(page);
        UiDriver.flush();
        AtomicReference<List<String>> rows = new AtomicReference<>();
        AtomicReference<Boolean> annotateEnabled = new AtomicReference<>();
        List<String> shown = UiDriver.answerDialog("Compare with Original", dialog -> {
            rows.set(rows(dialog));
            Table table = table(dialog);
            table.setSelection(0);
            table.notifyListeners(SWT.Selection, new Event());
            annotateEnabled.set(UiDriver.findButton(dialog, "Annotate as Omission").isEnabled());
        }, "Close", () -> CompareWithOriginalHandler.compare(shell, editor));
        String text = String.join("\n", shown);
        assertTrue(text.contains("Multimedia Group (Ghana), republishing BBC News republishes the text of BBC News."), text);
        assertTrue(text.contains("Added before the article: 1 (3 words) \u00b7 Added after the article: 1 (251 words)"), text);
        assertTrue(text.contains("Removed: 0 \u00b7 Changed wording: 0"), text);
        assertEquals("Added before the article |  | Audio By Carbonatix\u00b6", rows.get().get(0));
        assertTrue(rows.get().get(rows.get().size() - 1).startsWith("Added after the article |  | \u00b6DISCLAIMER"), rows.get().toString());
        assertTrue(rows.get().contains("Typography only | \u2013 | -"), rows.get().toString());
        assertFalse(annotateEnabled.get(), "boilerplate: the codebook has no code for it");
        assertTrue(editor.getDocument().getAnnotations().isEmpty());
        assertEquals(List.of(), logged, "nothing went wrong in the log");
    }

    @Test
    void aCutSentenceIsMarkedAsAnOmissionInTheOriginalAndUndoTakesItBack() throws Exception {
        AnnotationDocument document = Documents.newDocument(CorpusLoader.loadDefault(), Role.STUDENT);
        Article ghana = document.getAssignment().getArticles().get(2);
        String cut = "So far, the leader has laughed off suggestions he would leave the country.\n";
        assertTrue(ghana.getText().contains(cut));
        ghana.setText(ghana.getText().replace(cut, ""));
        ghana.setSha256(Digests.sha256(ghana.getText()));
        DocumentEditor editor = KeyCopies.openUnsaved(page, document);
        UiDriver.flush();

        AtomicReference<List<String>> rows = new AtomicReference<>();
        AtomicReference<Boolean> annotateEnabled = new AtomicReference<>(false);
        List<String> shown = UiDriver.answerDialog("Compare with Original", dialog -> {
            rows.set(rows(dialog));
            Table table = table(dialog);
            int removed = -1;
            for (int i = 0; i < table.getItemCount(); i++) {
                if (table.getItem(i).getText(0).equals("Removed")) {
                    removed = i;
                }
            }
            if (removed < 0) {
                return; // asserted below: no assertion may fail while the dialog is up
            }
            table.setSelection(removed);
            table.notifyListeners(SWT.Selection, new Event());
            Button annotate = UiDriver.findButton(dialog, "Annotate as Omission");
            annotateEnabled.set(annotate.isEnabled());
            annotate.notifyListeners(SWT.Selection, new Event());
        }, "Close", () -> CompareWithOriginalHandler.compare(shell, editor));

        assertTrue(String.join("\n", shown).contains("Removed: 1 (13 words)"), shown.toString());
        assertTrue(rows.get().stream().anyMatch(r -> r.startsWith("Removed | ") && r.contains("So far, the leader")), rows.get().toString());
        assertTrue(annotateEnabled.get(), "a removed passage can be marked as an omission");
        AnnotationDocument open = editor.getDocument();
        assertEquals(1, open.getAnnotations().size());
        Annotation omission = open.getAnnotations().get(0);
        assertEquals("F8", omission.getCode().getId());
        assertEquals("bbc", omission.getArticle().getId(), "marked in the article that has the text");
        assertEquals(cut.strip(), omission.getCoveredText());
        assertEquals("Cut from the republication in Multimedia Group (Ghana), republishing BBC News.", omission.getNote());

        page.activate(editor); // the dialog has closed: the editor is the active part again, as after a click
        UiDriver.flush();
        UiDriver.runCommand("org.eclipse.ui.edit.undo");
        UiDriver.flush();
        assertTrue(open.getAnnotations().isEmpty(), "Undo takes the omission back");
        assertEquals(List.of(), logged, "nothing went wrong in the log");
    }

    private static List<String> rows(Shell dialog) {
        Table table = table(dialog);
        assertNotNull(table);
        List<String> rows = new ArrayList<>();
        for (var item : table.getItems()) {
            rows.add(item.getText(0) + " | " + item.getText(1) + " | " + item.getText(2));
        }
        return rows;
    }

    private static Table table(Composite composite) {
        for (var child : composite.getChildren()) {
            if (child instanceof Table table) {
                return table;
            }
            if (child instanceof Composite inner) {
                Table found = table(inner);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
