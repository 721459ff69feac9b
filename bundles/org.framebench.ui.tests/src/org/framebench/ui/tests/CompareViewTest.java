package org.framebench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.framebench.core.codebook.Codebooks;
import org.framebench.core.edit.AnnotationCommands;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.Link;
import org.framebench.model.LinkKind;
import org.framebench.ui.compare.CompareView;
import org.framebench.ui.editor.DocumentEditor;
import org.framebench.ui.editor.DocumentOpener;
import org.framebench.ui.testing.UiDriver;
import org.framebench.ui.testing.UiWatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Compare view in the real workbench: a statement linked across CNN and the BBC shows as one row with the
 * two other outlets left out; clicking the BBC cell shows that annotation selected in the BBC article; K on a
 * "left out" cell records a linked omission annotation, which Undo removes; the row's note is kept in the
 * document and undoable.
 */
class CompareViewTest {

    private IWorkbenchPage page;
    private DocumentEditor editor;

    @BeforeEach
    void openFreshAssignment() {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        editor = DocumentOpener.openDefaultAssignment(page);
        UiDriver.flush();
    }

    @AfterEach
    void closeEditors() {
        page.closeAllEditors(false);
        UiDriver.flush();
    }

    @Test
    void clickRevealsRecordOmissionUndoAndNote() throws Exception {
        try (UiWatch watch = UiWatch.start()) {
            AnnotationDocument document = editor.getDocument();
            List<Article> articles = document.getAssignment().getArticles();
            Annotation cnn = annotate(articles.get(0), "Musa Ibrahim", "A1");
            Annotation bbc = annotate(articles.get(3), "Moussa Ibrahim", "A1");
            editor.execute(AnnotationCommands.link(editor.getEditingDomain(), document, cnn, bbc,
                    LinkKind.SAME_STATEMENT, null));

            CompareView view = (CompareView) page.showView(CompareView.ID);
            UiDriver.flush();
            Table table = view.getViewer().getTable();
            assertEquals(1, table.getItemCount(), "one statement, linked across two outlets");
            assertEquals(2 + articles.size(), table.getColumnCount(), "number, one column per outlet, the note");
            assertEquals("CNN", table.getColumn(1).getText());
            assertTrue(table.getItem(0).getText(1).contains("Musa Ibrahim"), table.getItem(0).getText(1));
            assertTrue(table.getItem(0).getText(1).contains("direct quote"), table.getItem(0).getText(1));
            assertTrue(table.getItem(0).getText(4).contains("Moussa Ibrahim"), table.getItem(0).getText(4));
            assertEquals("\u2014 left out \u2014", table.getItem(0).getText(2));
            assertEquals(new org.eclipse.swt.graphics.RGB(225, 225, 225), table.getItem(0).getBackground(2).getRGB(),
                    "a left-out cell is grey");
            String cnnSummary = view.getSummaryLabels().get(0).getText();
            assertTrue(cnnSummary.startsWith("CNN: statements 1 "), cnnSummary);
            assertTrue(view.getSummaryLabels().get(1).getText().endsWith("left out 1"), view.getSummaryLabels().get(1).getText());

            // Click the BBC cell: the BBC article shows that annotation, selected.
            editor.select(null);
            UiDriver.flush();
            click(table, 0, 4);
            assertSame(bbc, editor.getSelectedAnnotation(), "the clicked cell's annotation is selected");
            StyleRange painted = editor.getPanes().get(3).styleAt(bbc.getBegin() + 2);
            assertNotNull(painted, "the annotation is painted in the BBC article");
            assertEquals(SWT.BORDER_SOLID, painted.borderStyle, "and drawn as selected");

            // A note on the row, kept in the document; then K on the third outlet's "left out" cell.
            view.getNoteField().setText("Only CNN and the BBC quote him; the others leave him out.");
            UiDriver.select(view.getKeepNoteButton());
            assertEquals(1, document.getComparisonNotes().size());
            assertEquals("Only CNN and the BBC quote him; the others leave him out.", table.getItem(0).getText(5));

            int annotations = document.getAnnotations().size();
            click(table, 0, 2);
            UiDriver.press(table, 'k');
            assertEquals(annotations + 1, document.getAnnotations().size(), "K records an omission annotation");
            Annotation omission = document.getAnnotations().get(annotations);
            assertEquals("F8", omission.getCode().getId());
            assertSame(articles.get(1), omission.getArticle());
            assertEquals("Only CNN and the BBC quote him; the others leave him out.", omission.getNote(),
                    "with the student's note");
            Link link = document.getLinks().stream().filter(l -> l.getSource() == omission).findFirst().orElseThrow();
            assertEquals(LinkKind.OMISSION, link.getKind());
            assertSame(cnn, link.getTarget(), "linked to the row");
            UiDriver.flush();
            assertEquals("\u2014 left out (omission recorded) \u2014", table.getItem(0).getText(2));

            editor.getEditingDomain().getCommandStack().undo();
            UiDriver.flush();
            assertEquals(annotations, document.getAnnotations().size(), "Undo removes the omission");
            assertTrue(document.getLinks().stream().noneMatch(l -> l.getSource() == omission));
            assertEquals("\u2014 left out \u2014", table.getItem(0).getText(2));

            editor.getEditingDomain().getCommandStack().undo();
            UiDriver.flush();
            assertTrue(document.getComparisonNotes().isEmpty(), "Undo takes the note back too");
            assertEquals("", table.getItem(0).getText(5));
            watch.assertNone();
        }
    }

    private Annotation annotate(Article article, String phrase, String codeId) {
        int begin = article.getText().indexOf(phrase);
        assertTrue(begin >= 0, phrase + " in " + article.getId());
        var create = AnnotationCommands.create(editor.getEditingDomain(), editor.getDocument(), article, begin,
                begin + phrase.length(), Codebooks.findById(editor.getDocument().getAssignment().getCodebook(), codeId)
                        .orElseThrow());
        editor.execute(create);
        return create.getAnnotation();
    }

    /** A left click in the middle of a cell, as the student clicks it. */
    private static void click(Table table, int row, int column) {
        Rectangle bounds = table.getItem(row).getBounds(column);
        Event event = new Event();
        event.x = bounds.x + bounds.width / 2;
        event.y = bounds.y + bounds.height / 2;
        event.button = 1;
        table.notifyListeners(SWT.MouseDown, event);
        UiDriver.flush();
    }
}
