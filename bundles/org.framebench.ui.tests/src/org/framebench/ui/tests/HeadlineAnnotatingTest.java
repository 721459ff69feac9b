package org.framebench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.TextRegion;
import org.framebench.ui.editor.ArticlePane;
import org.framebench.ui.editor.DocumentEditor;
import org.framebench.ui.editor.DocumentOpener;
import org.framebench.ui.testing.UiDriver;
import org.framebench.ui.testing.UiWatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The headline of each article is shown above its text and annotated the way the text is: select a word,
 * press a code's key, see it highlighted, undo it.
 */
class HeadlineAnnotatingTest {

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
    void everyPaneShowsItsHeadlineAboveTheTextInBoldLargerType() {
        List<String> shown = editor.getPanes().stream().map(p -> p.getHeadline().getText()).toList();
        assertEquals(List.of("US and Libya hold face-to-face talks in Tunisia",
                "US officials meet Gaddafi envoys to deliver a message",
                "US officials hold talks with Gaddafi government", "US officials hold talks with Gaddafi government"), shown);
        for (ArticlePane pane : editor.getPanes()) {
            StyledText headline = pane.getHeadline();
            assertTrue(headline.isVisible());
            assertTrue(headline.getSize().y > 0, "the headline has room");
            assertTrue(headline.getBounds().y + headline.getBounds().height <= pane.getText().getBounds().y,
                    "the headline is above the text");
            assertTrue((headline.getFont().getFontData()[0].getStyle() & SWT.BOLD) != 0, "bold");
            assertTrue(headline.getFont().getFontData()[0].getHeight() > pane.getText().getFont().getFontData()[0].getHeight(),
                    "larger than the text");
            assertTrue(!headline.getEditable() && !pane.getText().getEditable(), "read-only, like the text");
        }
    }

    @Test
    void selectAHeadlineWordPressACodeKeyUndoRemovesIt() throws Exception {
        try (UiWatch watch = UiWatch.start()) {
            AnnotationDocument document = editor.getDocument();
            ArticlePane cnn = editor.getPanes().get(0);
            StyledText headline = cnn.getHeadline();
            // Half a word selected: snapped to the whole word, as in the text.
            int begin = headline.getText().indexOf("Libya");
            headline.setFocus();
            headline.setSelection(begin + 1, begin + 4);
            UiDriver.press(headline, 'j'); // F7

            assertEquals(1, document.getAnnotations().size());
            Annotation annotation = document.getAnnotations().get(0);
            assertEquals(TextRegion.HEADLINE, annotation.getRegion());
            assertEquals("F7", annotation.getCode().getId());
            assertEquals("Libya", annotation.getCoveredText());
            assertEquals(begin, annotation.getBegin());
            assertEquals("cnn", annotation.getArticle().getId());
            assertEquals(annotation, editor.getSelectedAnnotation());
            StyleRange painted = cnn.headlineStyleAt(begin + 2);
            assertNotNull(painted, "the headline annotation is highlighted in the headline");
            assertNotNull(painted.background);
            assertEquals(SWT.BORDER_SOLID, painted.borderStyle, "and selected");
            assertNull(cnn.styleAt(begin + 2), "nothing is painted at the same offsets of the text");
            assertTrue(ArticlePane.describe(annotation).contains("F7"), "the hover names the code");

            // Widen it by a word with Alt+Right, as in the text.
            UiDriver.pressKeyCode(headline, SWT.ARROW_RIGHT, SWT.ALT);
            assertEquals("Libya hold", annotation.getCoveredText());

            // A click on it selects it again.
            editor.select(null);
            UiDriver.flush();
            assertEquals(List.of(annotation), cnn.annotationsAt(headline, begin + 1));

            UiDriver.runCommand("org.eclipse.ui.edit.undo"); // the resize
            UiDriver.runCommand("org.eclipse.ui.edit.undo"); // the annotation
            UiDriver.flush();
            assertTrue(document.getAnnotations().isEmpty(), "undo removed the headline annotation");
            assertNull(cnn.headlineStyleAt(begin + 2), "and its highlight");
            watch.assertNone();
        }
    }
}
