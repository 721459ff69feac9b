package org.framebench.ui.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.framebench.core.assignment.AssignmentFiles;
import org.framebench.core.codebook.CodebookRules;
import org.framebench.core.codebook.Codebooks;
import org.framebench.core.document.DocumentStore;
import org.framebench.core.key.Keys;
import org.framebench.grading.ClassGrading;
import org.framebench.grading.ClassReport;
import org.framebench.grading.scoring.ScoringOptions;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Assignment;
import org.framebench.model.Code;
import org.framebench.ui.editor.DocumentEditor;
import org.framebench.ui.testing.UiDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The instructor's whole path under Xvfb: a .txt and an .html imported, trimmed, a code's key changed in
 * the codebook page, the assignment saved, opened as a student, annotated with that key, saved, a key made
 * from a document for it, and the class graded against it. With FRAMEBENCH_SCREENSHOT_DIR set, each page
 * is photographed at 1280×800.
 */
class WholePathTest {

    private static final String PAGE = "<!DOCTYPE html><html><head><title>Talks | The Courier</title>"
            + "<meta property=\"og:title\" content=\"Envoys meet in Tunis\">"
            + "<script>var ads = 'buy now';</script><style>nav{}</style></head><body>"
            + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>"
            + "<div class=\"cookie-banner\">We use cookies. Accept?</div>"
            + "<article><h1>Envoys meet in Tunis</h1>"
            + "<p>American diplomats met representatives of the Libyan government in Tunis, officials said on Monday.</p>"
            + "<p>The meeting was the first of its kind since the conflict began, according to a senior official.</p>"
            + "<p>The envoys delivered a clear message, the spokesman told reporters at a briefing later that day.</p>"
            + "</article><aside class=\"ad\">Advertisement</aside><footer>Copyright The Courier</footer></body></html>";

    @TempDir
    Path folder;

    private AssignmentWizardDialog dialog;

    @AfterEach
    void tearDown() {
        FileChoosers.set(null);
        if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
            dialog.getShell().dispose();
        }
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
        UiDriver.flush();
    }

    @Test
    void importTrimEditAKeySaveOpenAsAStudentAnnotateAndGrade() throws Exception {
        Path txt = folder.resolve("wire.txt");
        Files.writeString(txt, "WIRE SERVICE - FOR SUBSCRIBERS ONLY\n\n"
                + "US officials met envoys of Muammar Gaddafi in Tunisia, a State Department spokesman said.\n\n"
                + "The spokesman said the message was that Gaddafi must go.\n\n"
                + "(c) Wire 2011. All rights reserved.\n");
        Path html = folder.resolve("courier.html");
        Files.writeString(html, PAGE);
        Path target = folder.resolve("tunis-lesson.fbassign");
        WizardTestSupport.Answers answers = new WizardTestSupport.Answers();
        answers.articles.add(List.of(txt, html));
        answers.toSave.add(target);
        FileChoosers.set(answers);
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();

        char key;
        String codeId;
        try (LogWatch watch = new LogWatch()) {
            AssignmentWizard wizard = AssignmentWizard.forNew();
            dialog = WizardTestSupport.open(window.getShell(), wizard);
            Shell shell = dialog.getShell();
            shell.setBounds(0, 0, 1280, 800);
            wizard.detailsPage.titleField().setText("Envoys in Tunis: a wire report and a newspaper");
            wizard.detailsPage.instructionsField().setText("Mark every source and how it is attributed.\n"
                    + "Compare how the two outlets name (or do not name) their sources.");
            screenshot(shell, "assignment-wizard-1-title.png");
            WizardTestSupport.press(shell, "Next >");

            WizardTestSupport.press(shell, "Add\u2026");
            assertEquals(2, wizard.assignment().getArticles().size(), "the .txt and the .html");
            var wire = wizard.assignment().getArticles().get(0);
            var courier = wizard.assignment().getArticles().get(1);
            assertEquals("Envoys meet in Tunis", courier.getHeadline(), "from og:title / h1");
            assertFalse(courier.getText().contains("cookies"), courier.getText());
            assertFalse(courier.getText().contains("buy now"), courier.getText());
            assertFalse(courier.getText().contains("Advertisement"), courier.getText());
            assertTrue(courier.getText().contains("American diplomats met"), courier.getText());

            wizard.articlesPage.select(wire);
            wizard.articlesPage.outletField().setText("Wire service");
            wizard.articlesPage.headlineField().setText("US meets Gaddafi envoys");
            wizard.articlesPage.noteField().setText("A wire report: who is the spokesman?");
            StyledText text = wizard.articlesPage.textWidget();
            int begin = text.getText().indexOf("US officials");
            int end = text.getText().indexOf("must go.") + "must go.".length();
            text.setSelection(begin, end);
            text.notifyListeners(SWT.MouseUp, new Event());
            screenshot(shell, "assignment-wizard-2-articles.png");
            WizardTestSupport.press(shell, "Keep Only Selection");
            assertTrue(wire.getText().startsWith("US officials met"), wire.getText());
            assertTrue(wire.getText().endsWith("Gaddafi must go."), wire.getText());
            WizardTestSupport.press(shell, "Next >");

            // The codebook page: give S2 (anonymous individual) a key no other code has.
            var editor = wizard.codebookPage.editor();
            assertNotNull(editor, "the codebook editor");
            Code code = Codebooks.findById(editor.getCodebook(), "S2").orElseThrow();
            editor.setSelection(code);
            String taken = Codebooks.findById(editor.getCodebook(), "S1").orElseThrow().getShortcutKey();
            assertFalse(editor.setKey(taken), "S1's key is refused");
            char free = 0;
            for (char c : "zxvmnpoyutwr09".toCharArray()) {
                if (CodebookRules.keyConflict(editor.getCodebook(), code, String.valueOf(c)) == null) {
                    free = c;
                    break;
                }
            }
            assertTrue(free != 0, "a free key");
            assertTrue(editor.setKey(String.valueOf(free)));
            key = free;
            codeId = code.getId();
            UiDriver.flush();
            screenshot(shell, "assignment-wizard-3-codebook.png");
            WizardTestSupport.press(shell, "Next >");
            UiDriver.flush();
            screenshot(shell, "assignment-wizard-4-check.png");
            WizardTestSupport.press(shell, "Open as a Student");
            assertTrue(shell.isDisposed(), "the wizard closed");
            assertEquals(target, wizard.savedTo());
            watch.assertNone();

            DocumentEditor student = AssignmentWizardDialog.openAsStudentIfAsked(window, wizard);
            assertNotNull(student, "a student document for the new assignment");
            UiDriver.flush();
            assertEquals(2, student.getPanes().size());
            StyledText wireText = student.getPanes().get(0).getText();
            UiDriver.selectAndPress(wireText, "a State Department spokesman", key);
            AnnotationDocument document = student.getDocument();
            assertEquals(1, document.getAnnotations().size(), "the changed key annotates");
            assertEquals(codeId, document.getAnnotations().get(0).getCode().getId());
            document.setAnnotatorName("Ama Mensah");
            document.setAnnotatorId("s1024");
            Path classFolder = Files.createDirectories(folder.resolve("class"));
            DocumentStore.save(document, classFolder.resolve("ama.fbench"));
            Path keyFile = folder.resolve("key.fbench");
            DocumentStore.save(Keys.asKey(DocumentStore.load(classFolder.resolve("ama.fbench"),
                    DocumentStore.Strictness.EDITING), "Instructor"), keyFile);

            ClassReport report = ClassGrading.grade(classFolder, keyFile, new ScoringOptions());
            assertEquals(1, report.scores().size());
            assertEquals(1.0, report.scores().get(0).score().layers().get("sourcing").f1(), 1e-9,
                    "the student's one annotation is the key's");
            watch.assertNone();
        }

        Assignment saved = AssignmentFiles.load(target);
        assertEquals(2, saved.getArticles().size());
        assertEquals(String.valueOf(key), Codebooks.findById(saved.getCodebook(), codeId).orElseThrow().getShortcutKey());
        assertEquals("Wire service", saved.getArticles().get(0).getOutlet());
    }

    /** With FRAMEBENCH_SCREENSHOT_DIR set: the wizard as it is, for a person to look at. */
    static void screenshot(Shell shell, String name) {
        String dir = System.getenv("FRAMEBENCH_SCREENSHOT_DIR");
        if (dir == null) {
            return;
        }
        UiDriver.flush();
        Rectangle bounds = shell.getBounds();
        Image image = new Image(shell.getDisplay(), bounds.width, bounds.height);
        GC gc = new GC(shell.getDisplay());
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            loader.save(Path.of(dir, name).toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
