package org.framebench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.framebench.core.corpus.CorpusLoader;
import org.framebench.model.Article;
import org.framebench.model.Assignment;
import org.framebench.ui.editor.ArticlePane;
import org.framebench.ui.editor.DocumentEditor;
import org.framebench.ui.views.CodebookView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Framebench application, started by the test harness as a student starts it: with no arguments. */
@org.junit.jupiter.api.Order(1)
class WorkbenchOpensAssignmentTest {

    private IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private DocumentEditor editor() {
        return assertInstanceOf(DocumentEditor.class, page().getActiveEditor(), "the assignment opens by itself");
    }

    @AfterEach
    void restoreLayout() {
        editor().setLayout(DocumentEditor.Layout.ALL);
    }

    @Test
    void allFourArticlesShowTheirExactTextAndOutlet() throws Exception {
        Assignment expected = CorpusLoader.loadDefault();
        List<ArticlePane> panes = editor().getPanes();
        assertEquals(4, panes.size());
        flush();
        for (int i = 0; i < 4; i++) {
            Article article = expected.getArticles().get(i);
            ArticlePane pane = panes.get(i);
            assertEquals(article.getText(), pane.getText().getText(), article.getId());
            assertTrue(pane.getHeader().getText().startsWith(article.getOutlet()), pane.getHeader().getText());
            // The headline is shown below the outlet, so the outlet line does not repeat it.
            assertEquals(article.getOutlet(), pane.getHeader().getText());
            assertTrue(pane.getText().isVisible());
            assertTrue(pane.getText().getSize().x > 150 && pane.getText().getSize().y > 100,
                    "readable size, was " + pane.getText().getSize());
        }
        assertTrue(panes.get(3).getText().getText().contains("\u201Crepairing relations\u201D"));
    }

    @Test
    void aNewDocumentOnTheBundledAssignmentAfterTheStartIsItsOwnFreshCopy() throws Exception {
        // A later new document on the bundled assignment is its own: its own copy of the texts and codebook (a start
        // that reads the assignment ahead of the window, as tried in issue 16, must keep it so).
        DocumentEditor atStart = editor();
        DocumentEditor later = org.framebench.ui.editor.DocumentOpener.openDefaultAssignment(page());
        try {
            assertNotNull(later);
            org.junit.jupiter.api.Assertions.assertNotSame(atStart, later);
            org.junit.jupiter.api.Assertions.assertNotSame(atStart.getDocument().getAssignment(), later.getDocument().getAssignment());
            org.junit.jupiter.api.Assertions.assertNotSame(atStart.getDocument().getAssignment().getCodebook(),
                    later.getDocument().getAssignment().getCodebook());
            Assignment expected = CorpusLoader.loadDefault();
            for (DocumentEditor editor : List.of(atStart, later)) {
                Assignment shown = editor.getDocument().getAssignment();
                assertEquals(expected.getInstructions(), shown.getInstructions());
                assertEquals(4, shown.getArticles().size());
                for (int i = 0; i < 4; i++) {
                    assertEquals(expected.getArticles().get(i).getText(), shown.getArticles().get(i).getText());
                    assertEquals(expected.getArticles().get(i).getSha256(), shown.getArticles().get(i).getSha256());
                }
                assertEquals(org.framebench.core.codebook.Codebooks.allCodes(expected.getCodebook()).size(),
                        org.framebench.core.codebook.Codebooks.allCodes(shown.getCodebook()).size());
            }
            assertTrue(atStart.getDocument().getAnnotations().isEmpty(), "the start's document is a new one");
        } finally {
            if (later != null) {
                page().closeEditor(later, false);
            }
            page().activate(atStart);
            flush();
        }
    }

    @Test
    void codebookViewShowsTheThreeLayersAndTheirCodes() {
        CodebookView view = assertInstanceOf(CodebookView.class, page().findView(CodebookView.ID));
        assertNotNull(view);
        TreeItem[] layers = view.getViewer().getTree().getItems();
        assertEquals(List.of("Sourcing", "Attribution", "Framing"), List.of(layers[0].getText(), layers[1].getText(), layers[2].getText()));
        for (TreeItem layer : layers) {
            assertEquals(8, layer.getItemCount());
        }
        assertEquals("S1  Named person", layers[0].getItem(0).getText(0));
        assertEquals("1", layers[0].getItem(0).getText(1));
        assertEquals("Q", layers[1].getItem(0).getText(1));
    }

    @Test
    void twoArticlesSideBySide() {
        DocumentEditor editor = editor();
        editor.setLayout(DocumentEditor.Layout.TWO);
        editor.chooseArticles(0, 3);
        flush();
        List<ArticlePane> panes = editor.getPanes();
        assertEquals(2, panes.size());
        assertEquals("cnn", panes.get(0).getArticle().getId());
        assertEquals("bbc", panes.get(1).getArticle().getId());
        int leftX = panes.get(0).toDisplay(0, 0).x;
        int rightX = panes.get(1).toDisplay(0, 0).x;
        assertTrue(rightX > leftX + 200, "side by side: " + leftX + " vs " + rightX);
        assertEquals(panes.get(0).toDisplay(0, 0).y, panes.get(1).toDisplay(0, 0).y);
    }

    private static void flush() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // let layout and paint happen
        }
    }
}
