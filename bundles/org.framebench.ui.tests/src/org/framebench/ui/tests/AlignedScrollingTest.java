package org.framebench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.framebench.core.edit.AnnotationCommands;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.LinkKind;
import org.framebench.ui.align.AlignedScrolling;
import org.framebench.ui.editor.DocumentEditor;
import org.framebench.ui.editor.DocumentOpener;
import org.framebench.ui.testing.UiDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Aligned reading in Two side by side: scrolling one article scrolls the other to the aligned passage. */
class AlignedScrollingTest {

    private final List<String> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final ILogListener logListener = (status, plugin) -> {
        if (status.getSeverity() == IStatus.ERROR || status.getException() != null) {
            logged.add(status.getMessage() + (status.getException() == null ? "" : ": " + status.getException()));
        }
    };

    private IWorkbenchPage page;
    private DocumentEditor editor;

    @BeforeEach
    void openFreshAssignment() {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
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
    void scrollingTheBbcTextBringsItsRepublicationToTheSameSentence() {
        editor.chooseArticles(3, 2); // BBC News beside the Ghanaian republication
        editor.setLayout(DocumentEditor.Layout.TWO);
        UiDriver.flush();
        StyledText bbc = editor.getPanes().get(0).getText();
        StyledText ghana = editor.getPanes().get(1).getText();
        assertEquals("bbc", editor.getPanes().get(0).getArticle().getId());
        assertEquals("bbc-ghana", editor.getPanes().get(1).getArticle().getId());

        String sentence = "In a statement, the US state department said officials had given representatives of Col Gaddafi";
        bbc.setTopIndex(bbc.getLineAtOffset(bbc.getText().indexOf(sentence)));
        UiDriver.flush();
        assertTrue(AlignedScrolling.topLine(bbc) > 0, "the BBC pane scrolled");
        String ghanaTop = ghana.getLine(AlignedScrolling.topLine(ghana));
        assertTrue(ghanaTop.startsWith(sentence), "the second pane follows to the same sentence: " + ghanaTop);

        // ...and back, scrolling the second pane.
        String earlier = "A spokesman said the Libyan government supported dialogue";
        ghana.setTopIndex(ghana.getLineAtOffset(ghana.getText().indexOf(earlier)));
        UiDriver.flush();
        assertTrue(bbc.getLine(AlignedScrolling.topLine(bbc)).startsWith(earlier), bbc.getLine(AlignedScrolling.topLine(bbc)));
        assertEquals(List.of(), logged, "nothing went wrong in the log");
    }

    @Test
    void aLinkLeadsTheWayBeforeSuggestions() {
        AnnotationDocument document = editor.getDocument();
        editor.chooseArticles(0, 3); // CNN beside BBC News
        editor.setLayout(DocumentEditor.Layout.TWO);
        UiDriver.flush();
        StyledText cnn = editor.getPanes().get(0).getText();
        StyledText bbc = editor.getPanes().get(1).getText();
        // The student links CNN's NATO paragraph to the BBC's "denied the claim" (a link the wording alone
        // would not suggest: it proposes the BBC's paragraph on US forces).
        UiDriver.selectAndPress(cnn, "NATO has been bombing Libya", 'q');
        UiDriver.selectAndPress(bbc, "The Libyan government denied the claim", 'q');
        Annotation nato0 = document.getAnnotations().get(0);
        Annotation denied = document.getAnnotations().get(1);
        editor.execute(AnnotationCommands.link(editor.getEditingDomain(), document, nato0, denied, LinkKind.SAME_STATEMENT, null));
        bbc.setTopIndex(0);
        cnn.setTopIndex(0);
        UiDriver.flush();

        cnn.setTopIndex(cnn.getLineAtOffset(nato0.getBegin()));
        UiDriver.flush();
        assertTrue(AlignedScrolling.topLine(cnn) > 0, "the CNN pane scrolled");
        assertTrue(bbc.getLine(AlignedScrolling.topLine(bbc)).startsWith("The Libyan government denied the claim"), bbc.getLine(AlignedScrolling.topLine(bbc)));
        assertEquals(List.of(), logged, "nothing went wrong in the log");
    }
}
