package org.framebench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.framebench.core.codebook.Codebooks;
import org.framebench.core.corpus.CorpusLoader;
import org.framebench.core.document.DocumentStore;
import org.framebench.core.document.Documents;
import org.framebench.core.edit.AnnotationCommands;
import org.framebench.core.text.TextAnchors;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.Code;
import org.framebench.model.LinkKind;
import org.framebench.model.Role;
import org.framebench.ui.editor.DocumentEditor;
import org.framebench.ui.editor.DocumentOpener;
import org.framebench.ui.testing.UiDriver;
import org.framebench.ui.testing.UiWatch;
import org.framebench.ui.views.AnnotationsView;
import org.framebench.ui.views.CodeCountsView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Annotations list and the code counts follow each add and delete (and their undo and redo) by patching
 * the rows and counts the change touched (issue 16): after every step the rows the user sees are those of the
 * document in the list's order, the counts line and the Code Counts table say what the document holds, and a
 * list rebuilt from nothing shows the same rows. The document (300 annotations, some linked) is saved and opened
 * as File → Open does; nothing is logged and no dialog appears.
 */
class IncrementalListsTest {

    @TempDir
    Path folder;

    private IWorkbenchPage page;
    private DocumentEditor editor;
    private AnnotationsView list;
    private CodeCountsView counts;

    @BeforeEach
    void open() throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.closeAllEditors(false);
        Path file = folder.resolve("three-hundred.fbench");
        DocumentStore.save(document(300), file);
        editor = DocumentOpener.openFile(page, file);
        assertNotNull(editor);
        counts = (CodeCountsView) page.showView(CodeCountsView.ID);
        list = (AnnotationsView) page.showView(AnnotationsView.ID);
        page.activate(editor);
        UiDriver.flush();
    }

    @AfterEach
    void close() {
        page.closeAllEditors(false);
        UiDriver.flush();
    }

    @Test
    void addDeleteUndoRedoKeepRowsAndCountsRight() throws Exception {
        try (UiWatch watch = UiWatch.start()) {
            AnnotationDocument document = editor.getDocument();
            StyledText cnn = editor.getPanes().get(0).getText();
            StyledText bbc = editor.getPanes().get(3).getText();
            Code s1 = Codebooks.findById(document.getAssignment().getCodebook(), "S1").orElseThrow();
            Code a2 = Codebooks.findById(document.getAssignment().getCodebook(), "A2").orElseThrow();
            check("as opened", 300);

            // A key press on a selection: a new row, where the order puts it, selected; counts one up.
            UiDriver.selectAndPress(cnn, "face-to-face talks", s1.getShortcutKey().charAt(0));
            Annotation added = editor.getSelectedAnnotation();
            assertNotNull(added);
            assertEquals("face-to-face talks", added.getCoveredText());
            check("after the add", 301);
            assertEquals(added, list.getViewer().getStructuredSelection().getFirstElement(),
                    "the list highlights the new annotation");

            // Another code for it (a change, not an add): its row and both codes' counts follow.
            UiDriver.press(cnn, a2.getShortcutKey().charAt(0));
            assertEquals(a2, added.getCode());
            check("after the code change", 301);

            // Delete: the row goes, counts one down; undo brings it back, redo takes it away again.
            UiDriver.pressKeyCode(cnn, SWT.DEL, 0);
            assertTrue(added.eContainer() == null, "deleted");
            check("after the delete", 300);
            UiDriver.runCommand("org.eclipse.ui.edit.undo");
            assertTrue(added.eContainer() == document, "undo brings it back");
            check("after undoing the delete", 301);
            UiDriver.runCommand("org.eclipse.ui.edit.redo");
            check("after redoing the delete", 300);
            UiDriver.runCommand("org.eclipse.ui.edit.undo");
            UiDriver.runCommand("org.eclipse.ui.edit.undo");
            check("after undoing the code change", 301);
            assertEquals(s1, added.getCode());

            // Sorted by code, descending: a new annotation still lands where a rebuilt list puts it.
            list.sortBy(2);
            list.sortBy(2);
            UiDriver.flush();
            UiDriver.selectAndPress(bbc, "Gaddafi", s1.getShortcutKey().charAt(0));
            check("sorted by code, after an add", 302);
            UiDriver.runCommand("org.eclipse.ui.edit.undo");
            check("sorted by code, after undoing the add", 301);

            // Deleting a linked annotation from the list itself (its links go with it) and undoing that.
            list.sortBy(0);
            UiDriver.flush();
            Annotation linked = document.getLinks().get(0).getSource();
            editor.select(linked);
            UiDriver.flush();
            list.deleteChosen();
            UiDriver.flush();
            check("after deleting a linked annotation in the list", 300);
            UiDriver.runCommand("org.eclipse.ui.edit.undo");
            check("after undoing that", 301);
            watch.assertNone();
        }
    }

    /** The rows, counts line and Code Counts table against the document, and the rows against a rebuilt list. */
    private void check(String when, int expected) {
        AnnotationDocument document = editor.getDocument();
        assertEquals(expected, document.getAnnotations().size(), when);
        Table table = list.getViewer().getTable();
        assertEquals(expected, table.getItemCount(), when + ": rows");
        List<Annotation> rows = new ArrayList<>();
        List<List<String>> texts = new ArrayList<>();
        for (int i = 0; i < table.getItemCount(); i++) {
            TableItem item = table.getItem(i);
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < table.getColumnCount(); c++) {
                cells.add(item.getText(c)); // asks the virtual table for the row, as drawing it does
            }
            texts.add(cells);
            rows.add((Annotation) item.getData());
        }
        if (table.getSortColumn() == null || table.getSortColumn() == table.getColumn(0)) {
            List<Annotation> order = new ArrayList<>(document.getAnnotations());
            List<Article> articles = document.getAssignment().getArticles();
            Comparator<Annotation> reading = Comparator.<Annotation>comparingInt(a -> articles.indexOf(a.getArticle()))
                    .thenComparingInt(a -> TextAnchors.inHeadline(a) ? Math.min(a.getBegin(), 1023) : a.getBegin() + 1024);
            order.sort(reading); // stable: equal ones in the document's order
            assertEquals(order, rows, when + ": the rows in reading order");
        }
        // Per code: the counts line, and the Code Counts table's cells (article columns, then the total).
        Map<String, Integer> perCode = new TreeMap<>();
        Map<Code, Map<Article, Integer>> cells = new HashMap<>();
        for (Annotation annotation : document.getAnnotations()) {
            perCode.merge(annotation.getCode().getId(), 1, Integer::sum);
            cells.computeIfAbsent(annotation.getCode(), c -> new HashMap<>()).merge(annotation.getArticle(), 1, Integer::sum);
        }
        String line = list.getCountsText();
        assertTrue(line.startsWith(expected + " of " + expected + " annotations shown."), when + ": " + line);
        for (Map.Entry<String, Integer> entry : perCode.entrySet()) {
            assertTrue(line.contains(entry.getKey() + " " + entry.getValue()), when + ": " + entry + " in " + line);
        }
        List<Code> codes = Codebooks.allCodes(document.getAssignment().getCodebook());
        Table countTable = counts.getViewer().getTable();
        List<Article> articles = document.getAssignment().getArticles();
        for (int r = 0; r < codes.size(); r++) {
            Map<Article, Integer> row = cells.getOrDefault(codes.get(r), Map.of());
            int total = 0;
            for (int a = 0; a < articles.size(); a++) {
                int n = row.getOrDefault(articles.get(a), 0);
                total += n;
                assertEquals(n == 0 ? "\u00B7" : Integer.toString(n), countTable.getItem(r).getText(a + 1),
                        when + ": " + codes.get(r).getId() + " in " + articles.get(a).getId());
            }
            assertEquals(total == 0 ? "\u00B7" : Integer.toString(total), countTable.getItem(r).getText(articles.size() + 1),
                    when + ": " + codes.get(r).getId() + " in all");
        }
        // What a list filtered and sorted afresh shows: the same rows, cell for cell.
        list.filter(0, 0, 0, "");
        List<List<String>> rebuilt = new ArrayList<>();
        for (int i = 0; i < table.getItemCount(); i++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < table.getColumnCount(); c++) {
                row.add(table.getItem(i).getText(c));
            }
            rebuilt.add(row);
        }
        assertEquals(rebuilt, texts, when + ": patched rows against rebuilt ones");
    }

    /** {@code count} annotations over the four articles (a few dozen linked), made as the editor makes them. */
    private static AnnotationDocument document(int count) throws Exception {
        AnnotationDocument document = Documents.newDocument(CorpusLoader.loadDefault(), Role.STUDENT);
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
                new ComposedAdapterFactory(new ReflectiveItemProviderAdapterFactory()), new BasicCommandStack());
        List<Article> articles = document.getAssignment().getArticles();
        List<Code> codes = Codebooks.allCodes(document.getAssignment().getCodebook());
        Random random = new Random(16);
        List<Annotation> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Article article = articles.get(i % articles.size());
            int begin = random.nextInt(article.getText().length() - 80);
            AnnotationCommands.Create create = AnnotationCommands.create(domain, document, article, begin,
                    begin + 5 + random.nextInt(60), codes.get(random.nextInt(codes.size())));
            domain.getCommandStack().execute(create);
            made.add(create.getAnnotation());
        }
        for (int i = 0; i + 1 < 40; i += 2) {
            domain.getCommandStack().execute(AnnotationCommands.link(domain, document, made.get(i), made.get(i + 1),
                    LinkKind.SAME_SOURCE, null));
        }
        return document;
    }
}
