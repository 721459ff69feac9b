package org.framebench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.framebench.core.codebook.Codebooks;
import org.framebench.model.Annotation;
import org.framebench.model.Article;
import org.framebench.model.Code;
import org.framebench.model.TextRegion;
import org.framebench.ui.editor.ArticlePane;
import org.framebench.ui.editor.DocumentEditor;
import org.framebench.ui.editor.DocumentOpener;
import org.framebench.ui.editor.FindBar;
import org.framebench.ui.testing.UiDriver;
import org.framebench.ui.testing.UiWatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Find across the four articles (Ctrl+F): every match marked in every article as the student types, Next /
 * Previous through them across articles (each selected, so a code key annotates it), Annotate All as one
 * change that one Undo takes back, Escape closing the bar and its marks.
 */
class FindTest {

    private IWorkbenchPage page;
    private DocumentEditor editor;

    @BeforeEach
    void open() {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.closeAllEditors(false);
        editor = DocumentOpener.openDefaultAssignment(page);
        page.activate(editor);
        UiDriver.flush();
    }

    @AfterEach
    void close() {
        page.closeAllEditors(false);
        UiDriver.flush();
    }

    /** Occurrences of {@code word} in {@code text}, ignoring case (the test's own count). */
    private static int occurrences(String text, String word) {
        String lower = text.toLowerCase(Locale.ROOT);
        int count = 0;
        for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + word.length())) {
            count++;
        }
        return count;
    }

    @Test
    void ctrlFFindsInEveryArticleMarksTheMatchesAndGoesFromOneToTheNext() throws Exception {
        try (UiWatch watch = UiWatch.start()) {
            UiDriver.runCommand("org.eclipse.ui.edit.findReplace");
            FindBar find = editor.getFindBar();
            assertTrue(find.isOpen(), "Ctrl+F opens the find bar");
            assertEquals(find.getField(), find.getField().getDisplay().getFocusControl(), "the cursor is in its field");

            find.setQuery("gaddafi");
            UiDriver.flush();
            int expected = 0;
            for (ArticlePane pane : editor.getPanes()) {
                Article article = pane.getArticle();
                int inBody = occurrences(article.getText(), "gaddafi");
                int inHeadline = article.getHeadline() == null ? 0 : occurrences(article.getHeadline(), "gaddafi");
                assertEquals(inBody, pane.bodyMatches().length, "every match is marked in " + article.getId());
                assertEquals(inHeadline, pane.headlineMatches().length, "and in its headline");
                expected += inBody + inHeadline;
            }
            assertTrue(expected > 10, "the articles name Gaddafi often: " + expected);
            assertEquals(expected, find.getMatches().size());
            long articles = find.getMatches().stream().map(FindBar.Match::article).distinct().count();
            assertTrue(articles >= 3, "in several articles");
            assertTrue(find.getStatus().startsWith("Match 1 of " + expected + ", in " + articles + " article"), find.getStatus());

            FindBar.Match first = find.getMatches().get(0);
            // Next: the following match, selected in its article (typed Enter in the field does the same).
            find.go(true);
            FindBar.Match second = find.getCurrent();
            assertEquals(find.getMatches().get(1), second);
            StyledText text = text(second);
            assertEquals(new Point(second.begin(), second.end()), text.getSelection(), "the match is selected in its article");
            assertEquals("gaddafi", text.getSelectionText().toLowerCase(Locale.ROOT));
            find.go(false);
            assertEquals(first, find.getCurrent());
            find.go(false);
            assertEquals(find.getMatches().get(expected - 1), find.getCurrent(), "before the first: the last");

            // Escape closes the bar and takes the marks away.
            UiDriver.pressEscape(find.getField().getShell());
            UiDriver.flush();
            assertFalse(find.isOpen());
            for (ArticlePane pane : editor.getPanes()) {
                assertEquals(0, pane.bodyMatches().length);
            }
            watch.assertNone();
        }
    }

    private StyledText text(FindBar.Match match) {
        for (ArticlePane pane : editor.getPanes()) {
            if (pane.getArticle() == match.article()) {
                return match.region() == TextRegion.HEADLINE ? pane.getHeadline() : pane.getText();
            }
        }
        throw new AssertionError("no pane shows " + match.article().getId());
    }

    @Test
    void ctrlFFromAViewOpensTheFindBar() throws Exception {
        page.activate(page.showView(org.framebench.ui.views.AnnotationsView.ID));
        UiDriver.flush();
        UiDriver.runCommand("org.eclipse.ui.edit.findReplace");
        assertTrue(editor.getFindBar().isOpen());
        assertEquals(editor.getFindBar().getField(), editor.getFindBar().getField().getDisplay().getFocusControl());
    }

    @Test
    void aCodeKeyAnnotatesTheMatchFound() throws Exception {
        editor.showFindBar();
        FindBar find = editor.getFindBar();
        find.setQuery("Musa Ibrahim");
        UiDriver.flush();
        find.go(true);
        find.go(false);
        FindBar.Match match = find.getCurrent();
        StyledText text = text(match);
        // Escape: the bar closes and the cursor is in the match's article, the match still selected.
        UiDriver.pressEscape(find.getField().getShell());
        UiDriver.flush();
        assertEquals(text, text.getDisplay().getFocusControl(), "the cursor is back in the match's article");
        assertEquals("Musa Ibrahim", text.getSelectionText());
        UiDriver.press(text, '1');
        assertEquals(1, editor.getDocument().getAnnotations().size());
        Annotation made = editor.getDocument().getAnnotations().get(0);
        assertEquals("Musa Ibrahim", made.getCoveredText());
        assertEquals("S1", made.getCode().getId());
        assertEquals(match.article(), made.getArticle());
    }

    @Test
    void annotateAllGivesEveryMatchTheCodeInOneUndoableChange() throws Exception {
        try (UiWatch watch = UiWatch.start()) {
            editor.showFindBar();
            FindBar find = editor.getFindBar();
            find.setQuery("envoys");
            UiDriver.flush();
            int matches = find.getMatches().size();
            assertTrue(matches >= 3, "envoys: " + matches);
            Code f6 = Codebooks.allCodes(editor.getDocument().getAssignment().getCodebook()).stream()
                    .filter(c -> "F6".equals(c.getId())).findFirst().orElseThrow();
            find.chooseCode(f6);
            assertEquals(matches, find.annotateAll());
            UiDriver.flush();
            List<Annotation> all = editor.getDocument().getAnnotations();
            assertEquals(matches, all.size());
            for (Annotation annotation : all) {
                assertEquals("F6", annotation.getCode().getId());
                assertEquals("envoys", annotation.getCoveredText().toLowerCase(Locale.ROOT));
            }
            assertTrue(find.getStatus().startsWith(matches + " matches annotated as F6"), find.getStatus());
            // Again: nothing twice.
            assertEquals(0, find.annotateAll());
            assertEquals(matches, editor.getDocument().getAnnotations().size());
            assertTrue(find.getStatus().contains("nothing changed"), find.getStatus());

            // One Ctrl+Z takes them all back, one redo brings them all.
            UiDriver.runCommand("org.eclipse.ui.edit.undo");
            assertEquals(0, editor.getDocument().getAnnotations().size());
            UiDriver.runCommand("org.eclipse.ui.edit.redo");
            assertEquals(matches, editor.getDocument().getAnnotations().size());
            assertNotNull(editor.getPanes().get(1).styleAt(all.stream()
                    .filter(a -> a.getArticle() == editor.getPanes().get(1).getArticle() && a.getRegion() == TextRegion.BODY)
                    .findFirst().orElseThrow().getBegin()).background, "painted");
            watch.assertNone();
        }
    }

    @Test
    void typingIsQuickAcrossTheFourArticles() {
        editor.showFindBar();
        FindBar find = editor.getFindBar();
        String word = "officials";
        long worst = 0;
        for (int round = 0; round < 3; round++) {
            for (int i = 1; i <= word.length(); i++) {
                long start = System.nanoTime();
                find.setQuery(word.substring(0, i));
                for (ArticlePane pane : editor.getPanes()) {
                    pane.getText().update();
                    if (pane.getHeadline() != null) {
                        pane.getHeadline().update();
                    }
                }
                long took = System.nanoTime() - start;
                if (round > 0) {
                    worst = Math.max(worst, took);
                }
            }
            find.setQuery("");
        }
        System.out.printf("FIND: worst keystroke %.1f ms (search, marks and repaint of the four articles)%n", worst / 1e6);
        // The goal is 50 ms; a loaded build machine gets four times that before this fails.
        assertTrue(worst < 200_000_000L, "a keystroke took " + worst / 1_000_000 + " ms");
    }
}
