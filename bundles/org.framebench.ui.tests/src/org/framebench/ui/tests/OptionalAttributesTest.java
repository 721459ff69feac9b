package org.framebench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.framebench.core.codebook.Codebooks;
import org.framebench.core.corpus.CorpusLoader;
import org.framebench.core.document.DocumentStore;
import org.framebench.core.document.Documents;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.Code;
import org.framebench.model.Layer;
import org.framebench.model.Role;
import org.framebench.ui.editor.ArticlePane;
import org.framebench.ui.editor.DocumentEditor;
import org.framebench.ui.editor.DocumentOpener;
import org.framebench.ui.internal.StudentIdentity;
import org.framebench.ui.testing.UiDriver;
import org.framebench.ui.testing.UiWatch;
import org.framebench.ui.views.AnnotationDetailsView;
import org.framebench.ui.views.AnnotationsView;
import org.framebench.ui.views.CodeCountsView;
import org.framebench.ui.views.CodebookView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file may leave out every optional attribute (articles without outlet or title; codes without label,
 * shortcut key or colour) and still be valid. Such a file opens and works like any other: the ids stand
 * in for the missing names, a code without a key has no key binding, and nobody sees an error.
 */
class OptionalAttributesTest {

    @TempDir
    Path folder;

    private IWorkbenchPage page;

    @BeforeEach
    void setUp() {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.closeAllEditors(false);
        StudentIdentity.remember("Ama Mensah", "s1024");
        UiDriver.flush();
    }

    @AfterEach
    void tearDown() {
        page.closeAllEditors(false);
        UiDriver.flush();
    }

    @Test
    void aFileWithoutOutletsTitlesKeysColoursAndLabelsOpensAndWorks() throws Exception {
        AnnotationDocument document = Documents.newDocument(CorpusLoader.loadDefault(), Role.STUDENT);
        document.setAnnotatorName("Ama Mensah");
        document.setAnnotatorId("s1024");
        Annotation musa = LongNoteTest.annotate(document, document.getAssignment().getArticles().get(0), "Musa Ibrahim", "S1");
        LongNoteTest.annotate(document, document.getAssignment().getArticles().get(3), "Moussa Ibrahim", "S1");
        musa.setNote("named");
        document.getAssignment().setTitle(null);
        for (Article article : document.getAssignment().getArticles()) {
            article.setOutlet(null);
            article.setTitle(null);
        }
        for (Layer layer : document.getAssignment().getCodebook().getLayers()) {
            layer.setLabel(null);
            for (Code code : layer.getCodes()) {
                code.setShortcutKey(null);
                code.setColour(null);
                code.setLabel(null);
            }
        }
        // A codebook of another make (not the built-in one, which has every field), with its own fingerprint,
        // as whatever wrote it records: an edited built-in codebook would rightly be refused.
        document.getAssignment().getCodebook().setId("bare-codebook");
        document.getAssignment().getCodebook().setSha256(Codebooks.digest(document.getAssignment().getCodebook()));
        Path file = folder.resolve("bare.fbench");
        DocumentStore.save(document, file);

        try (UiWatch watch = UiWatch.start()) {
            DocumentEditor editor = DocumentOpener.openFile(page, file);
            assertNotNull(editor, "the editor opens");
            CodebookView codebook = (CodebookView) page.showView(CodebookView.ID);
            AnnotationDetailsView details = (AnnotationDetailsView) page.showView(AnnotationDetailsView.ID);
            AnnotationsView list = (AnnotationsView) page.showView(AnnotationsView.ID);
            page.showView(CodeCountsView.ID);
            page.activate(editor);
            UiDriver.flush();

            // Every article is shown, headed by its id.
            List<Article> articles = editor.getDocument().getAssignment().getArticles();
            assertEquals(4, editor.getPanes().size());
            for (int i = 0; i < 4; i++) {
                ArticlePane pane = editor.getPanes().get(i);
                assertEquals(articles.get(i).getText(), pane.getText().getText());
                assertEquals(articles.get(i).getId(), pane.getHeader().getText());
            }
            assertFalse(editor.getTitle().contains("null"), editor.getTitle());

            // The codebook lists the codes by id, with no key.
            TreeItem firstLayer = codebook.getViewer().getTree().getItem(0);
            assertEquals("sourcing", firstLayer.getText(0));
            assertEquals("S1", firstLayer.getItem(0).getText(0));
            assertEquals("", firstLayer.getItem(0).getText(1));

            // Selecting an annotation shows it; the list names its article by id.
            Annotation opened = editor.getDocument().getAnnotations().get(0);
            editor.reveal(opened);
            UiDriver.flush();
            assertEquals(opened, editor.getSelectedAnnotation());
            assertEquals("named", details.noteField().getText());
            assertEquals("S1", details.codeCombo().getText());
            List<String> rows = new ArrayList<>();
            for (TableItem item : list.getViewer().getTable().getItems()) {
                rows.add(item.getText(0) + " | " + item.getText(2));
            }
            assertEquals(List.of("cnn | S1", "bbc | S1"), rows);
            assertTrue(ArticlePane.describe(opened).startsWith("S1"), ArticlePane.describe(opened));

            // No code has a key: pressing one annotates nothing and fails nowhere.
            UiDriver.selectAndPress(editor.getPanes().get(1).getText(), "Tripoli", '1');
            assertEquals(2, editor.getDocument().getAnnotations().size());

            // The context menu annotates (its items carry no key).
            org.eclipse.swt.custom.StyledText text = editor.getPanes().get(1).getText();
            int begin = text.getText().indexOf("Tripoli");
            text.setSelection(begin, begin + "Tripoli".length());
            Menu menu = text.getMenu();
            menu.notifyListeners(SWT.Show, new Event());
            MenuItem sourcing = menu.getItem(0);
            assertEquals("Annotate as sourcing", sourcing.getText());
            Menu codes = sourcing.getMenu();
            codes.notifyListeners(SWT.Show, new Event());
            MenuItem s2 = codes.getItem(1);
            assertEquals("S2", s2.getText());
            s2.notifyListeners(SWT.Selection, new Event());
            codes.notifyListeners(SWT.Hide, new Event());
            menu.notifyListeners(SWT.Hide, new Event());
            UiDriver.flush();
            assertEquals(3, editor.getDocument().getAnnotations().size());
            Annotation tripoli = editor.getDocument().getAnnotations().get(2);
            assertEquals("S2", tripoli.getCode().getId());
            assertNotNull(editor.getPanes().get(1).styleAt(begin), "painted in the default colour");

            // The palette applies a code too, and the work saves.
            editor.applyCode(editor.getPanes().get(1), Codebooks.findById(
                    editor.getDocument().getAssignment().getCodebook(), "S3").orElseThrow());
            UiDriver.flush();
            assertEquals("S3", tripoli.getCode().getId());
            assertTrue(editor.saveTo(file));
            assertEquals(3, DocumentStore.load(file).getAnnotations().size());
            UiDriver.flush();
            watch.assertNone();
        }
    }
}
