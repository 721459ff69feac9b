package org.framebench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.framebench.core.codebook.BuiltInCodebook;
import org.framebench.core.text.Digests;
import org.framebench.model.Annotation;
import org.framebench.model.Article;
import org.framebench.model.Assignment;
import org.framebench.model.FramebenchFactory;
import org.framebench.ui.editor.ArticlePane;
import org.framebench.ui.editor.DocumentEditor;
import org.framebench.ui.editor.DocumentOpener;
import org.framebench.ui.internal.StudentIdentity;
import org.framebench.ui.internal.FramebenchUiPlugin;
import org.framebench.ui.testing.UiDriver;
import org.framebench.ui.testing.UiWatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An assignment an instructor made (not the bundled four articles): two articles, one of them Arabic,
 * opened as a new student document, annotated, saved and opened again.
 */
class OwnAssignmentTest {

    private static final String ARABIC = "قال المتحدث باسم الحكومة إن المحادثات ستستمر.\nوأضاف أن الوفد سيعود الأسبوع المقبل.";
    private static final String ENGLISH = "The government spokesman said the talks would go on.\nThe delegation returns next week.";

    @TempDir
    Path folder;

    private IWorkbenchPage page;

    @BeforeEach
    void setUp() {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.closeAllEditors(false);
        if (FramebenchUiPlugin.getDefault().getPreferenceStore().getString(StudentIdentity.NAME).isBlank()
                || FramebenchUiPlugin.getDefault().getPreferenceStore().getString(StudentIdentity.ID).isBlank()) {
            StudentIdentity.remember("Ama Mensah", "s1024");
        }
        UiDriver.flush();
    }

    @AfterEach
    void tearDown() {
        page.closeAllEditors(false);
        UiDriver.flush();
    }

    @Test
    void aTwoArticleAssignmentWithAnArabicArticleOpensAnnotatesSavesAndReopens() throws Exception {
        Assignment assignment = assignment("talks-2026", article("aljazeera", "Al Jazeera", "المحادثات ستستمر", ARABIC),
                article("wire", "The Wire", "Talks to go on", ENGLISH));
        try (UiWatch watch = UiWatch.start()) {
            DocumentEditor editor = DocumentOpener.openAssignment(page, assignment);
            UiDriver.flush();
            assertNotNull(editor);
            assertEquals(2, editor.getPanes().size(), "both articles side by side");
            assertEquals(List.of("Both", "Two side by side", "One"), layoutButtons(editor), "no \"All four\" for two articles");
            ArticlePane arabic = editor.getPanes().get(0);
            StyledText arabicText = arabic.getText();
            assertEquals(ARABIC, arabicText.getText());
            assertEquals(SWT.RIGHT_TO_LEFT, arabicText.getOrientation(), "Arabic reads from the right");
            assertEquals(SWT.LEFT_TO_RIGHT, editor.getPanes().get(1).getText().getOrientation());

            UiDriver.selectAndPress(arabicText, "المتحدث باسم الحكومة", '1');
            screenshot(editor, "own-assignment-two-articles.png");
            assertEquals(1, editor.getDocument().getAnnotations().size());
            Annotation annotation = editor.getDocument().getAnnotations().get(0);
            assertEquals("المتحدث باسم الحكومة", annotation.getCoveredText());
            assertEquals("aljazeera", annotation.getArticle().getId());

            Path file = folder.resolve("ama-talks.fbench");
            assertTrue(editor.saveTo(file));
            page.closeAllEditors(false);
            UiDriver.flush();

            DocumentEditor reopened = DocumentOpener.openFile(page, file);
            UiDriver.flush();
            assertNotNull(reopened);
            assertEquals("talks-2026", reopened.getDocument().getAssignment().getId());
            assertEquals(2, reopened.getPanes().size());
            Annotation again = reopened.getDocument().getAnnotations().get(0);
            assertEquals("المتحدث باسم الحكومة", again.getCoveredText());
            assertEquals(ARABIC.substring(again.getBegin(), again.getEnd()), again.getCoveredText());
            assertEquals(SWT.RIGHT_TO_LEFT, reopened.getPanes().get(0).getText().getOrientation());
            watch.assertNone();
        }
        assertEquals(2, assignment.getArticles().size(), "the assignment given was not changed");
    }

    @Test
    void aOneArticleAssignmentCannotBeShownTwoSideBySide() throws Exception {
        try (UiWatch watch = UiWatch.start()) {
            DocumentEditor editor = DocumentOpener.openAssignment(page,
                    assignment("one-2026", article("wire", "The Wire", "Talks to go on", ENGLISH)));
            UiDriver.flush();
            assertEquals(List.of("All one", "Two side by side", "One"), layoutButtons(editor));
            assertFalse(button(editor, "Two side by side").isEnabled());
            editor.setLayout(DocumentEditor.Layout.TWO);
            UiDriver.flush();
            assertEquals(1, editor.getPanes().size(), "one article shown once");
            watch.assertNone();
        }
    }

    /** With FRAMEBENCH_SCREENSHOT_DIR set: the window as it is, for a person to look at. */
    private static void screenshot(DocumentEditor editor, String name) {
        String dir = System.getenv("FRAMEBENCH_SCREENSHOT_DIR");
        if (dir == null) {
            return;
        }
        org.eclipse.swt.widgets.Shell shell = editor.getPanes().get(0).getShell();
        UiDriver.flush();
        org.eclipse.swt.graphics.Rectangle bounds = shell.getBounds();
        org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(shell.getDisplay(), bounds.width, bounds.height);
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(shell.getDisplay());
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            org.eclipse.swt.graphics.ImageLoader loader = new org.eclipse.swt.graphics.ImageLoader();
            loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
            loader.save(Path.of(dir, name).toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    private static Assignment assignment(String id, Article... articles) {
        Assignment assignment = FramebenchFactory.eINSTANCE.createAssignment();
        assignment.setId(id);
        assignment.setVersion("1");
        assignment.setTitle("Talks, " + id);
        assignment.setInstructions("Annotate how each outlet sources the talks.");
        for (Article article : articles) {
            assignment.getArticles().add(article);
        }
        assignment.setCodebook(BuiltInCodebook.load());
        return assignment;
    }

    private static Article article(String id, String outlet, String headline, String text) {
        Article article = FramebenchFactory.eINSTANCE.createArticle();
        article.setId(id);
        article.setOutlet(outlet);
        article.setTitle(headline);
        article.setHeadline(headline);
        article.setText(text);
        article.setSha256(Digests.sha256(text));
        return article;
    }

    private static List<String> layoutButtons(DocumentEditor editor) {
        List<String> texts = new ArrayList<>();
        for (Button button : radios(editor)) {
            texts.add(button.getText());
        }
        return texts;
    }

    private static Button button(DocumentEditor editor, String text) {
        return radios(editor).stream().filter(b -> b.getText().equals(text)).findFirst().orElseThrow();
    }

    private static List<Button> radios(DocumentEditor editor) {
        // The editor's own bar: the nearest ancestor of the articles that holds the three choices.
        for (Composite parent = editor.getPanes().get(0).getParent(); parent != null; parent = parent.getParent()) {
            List<Button> found = new ArrayList<>();
            collect(parent, found);
            if (found.size() >= 3) {
                return found;
            }
        }
        throw new AssertionError("no layout choices");
    }

    private static void collect(Control control, List<Button> found) {
        if (control instanceof Button button && (button.getStyle() & SWT.RADIO) != 0) {
            found.add(button);
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, found);
            }
        }
    }
}
