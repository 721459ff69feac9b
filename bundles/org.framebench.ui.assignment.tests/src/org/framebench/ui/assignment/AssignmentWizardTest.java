package org.framebench.ui.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.framebench.core.assignment.AssignmentFiles;
import org.framebench.model.Article;
import org.framebench.model.Assignment;
import org.framebench.ui.testing.UiDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The New Assignment wizard under Xvfb, real widgets: from the File menu to a saved .fbassign. */
class AssignmentWizardTest {

    @TempDir
    Path folder;

    private AssignmentWizardDialog dialog;

    @AfterEach
    void closeAndRestore() {
        FileChoosers.set(null);
        if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
            dialog.getShell().dispose();
        }
    }

    private static Shell workbenchShell() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
    }

    @Test
    void theFileMenuHasTheAssignmentCommandsAndNewAssignmentOpensTheWizard() throws Exception {
        Menu bar = workbenchShell().getMenuBar();
        Menu file = null;
        for (MenuItem item : bar.getItems()) {
            if (item.getText().replace("&", "").equals("File")) {
                file = item.getMenu();
            }
        }
        assertNotNull(file, "a File menu");
        file.notifyListeners(SWT.Show, new Event());
        UiDriver.flush();
        StringBuilder labels = new StringBuilder();
        for (MenuItem item : file.getItems()) {
            labels.append(item.getText().replace("&", "")).append(" | ");
        }
        file.notifyListeners(SWT.Hide, new Event());
        assertTrue(labels.toString().contains("New Assignment\u2026"), labels.toString());
        assertTrue(labels.toString().contains("Edit Assignment\u2026"), labels.toString());
        assertTrue(labels.toString().contains("Check Assignment\u2026"), labels.toString());

        List<String> seen = UiDriver.answerDialog("New Assignment", "Cancel",
                () -> {
                    try {
                        UiDriver.runCommand("org.framebench.ui.assignment.new");
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                });
        assertTrue(seen.contains("&Title:"), seen.toString());
    }

    @Test
    void aTextFileBecomesASavedAssignmentTrimmedToTheArticle() throws Exception {
        Path txt = folder.resolve("tunis-talks.txt");
        Files.writeString(txt, "Home | World | Sport\n\n"
                + "US officials met envoys of the Libyan government in Tunis on Monday.\n\n"
                + "\"Gaddafi must go,\" a State Department official said.\n\n"
                + "Share this story. Copyright 2011\n");
        Path target = folder.resolve("tunis.fbassign");
        WizardTestSupport.Answers answers = new WizardTestSupport.Answers();
        answers.articles.add(List.of(txt));
        answers.toSave.add(target);
        FileChoosers.set(answers);

        try (LogWatch watch = new LogWatch()) {
            AssignmentWizard wizard = AssignmentWizard.forNew();
            dialog = WizardTestSupport.open(workbenchShell(), wizard);
            Shell shell = dialog.getShell();
            assertFalse(WizardTestSupport.enabled(shell, "Next >"), "no title yet");
            wizard.detailsPage.titleField().setText("Talks in Tunis");
            wizard.detailsPage.instructionsField().setText("Mark every source.");
            // The teaching control: off unless the instructor ticks it.
            org.eclipse.swt.widgets.Button hints = wizard.detailsPage.suggestionsCheckbox();
            assertEquals("Students may see suggestions as hints", hints.getText().replace("&", ""));
            assertFalse(hints.getSelection());
            assertFalse(wizard.assignment().isSuggestionsForStudents());
            hints.setSelection(true);
            hints.notifyListeners(SWT.Selection, new Event());
            assertTrue(wizard.assignment().isSuggestionsForStudents());
            WizardTestSupport.press(shell, "Next >");
            assertEquals(wizard.articlesPage, dialog.getCurrentPage());

            WizardTestSupport.press(shell, "Add\u2026");
            assertEquals(1, wizard.assignment().getArticles().size());
            Article article = wizard.assignment().getArticles().get(0);
            assertEquals("tunis-talks", article.getOutlet(), "the file's name until the outlet is typed");
            wizard.articlesPage.outletField().setText("Reuters");
            wizard.articlesPage.headlineField().setText("US meets Gaddafi envoys");
            wizard.articlesPage.dateField().setText("2011-07-18");
            assertEquals("Reuters", article.getOutlet());
            assertEquals("2011-07-18", article.getPublished());

            StyledText text = wizard.articlesPage.textWidget();
            String shown = text.getText();
            int begin = shown.indexOf("US officials");
            int end = shown.indexOf("official said.") + "official said.".length();
            text.setSelection(begin, end);
            text.notifyListeners(SWT.MouseUp, new Event());
            WizardTestSupport.press(shell, "Keep Only Selection");
            assertEquals("US officials met envoys of the Libyan government in Tunis on Monday.\n"
                    + "\"Gaddafi must go,\" a State Department official said.", article.getText());
            WizardTestSupport.press(shell, "Undo Trim");
            assertTrue(article.getText().startsWith("Home | World"), "undo brings the boilerplate back");
            text.setSelection(text.getText().indexOf("US officials"), text.getText().indexOf("US officials") + 2);
            text.notifyListeners(SWT.MouseUp, new Event());
            WizardTestSupport.press(shell, "Delete Before Selection");
            text.setSelection(text.getText().indexOf("said.") , text.getText().indexOf("said.") + 5);
            text.notifyListeners(SWT.MouseUp, new Event());
            WizardTestSupport.press(shell, "Delete After Selection");
            assertEquals("US officials met envoys of the Libyan government in Tunis on Monday.\n"
                    + "\"Gaddafi must go,\" a State Department official said.", article.getText());

            WizardTestSupport.press(shell, "Next >");
            assertEquals(wizard.codebookPage, dialog.getCurrentPage());
            WizardTestSupport.press(shell, "Next >");
            assertEquals(wizard.checkPage, dialog.getCurrentPage());
            WizardTestSupport.press(shell, "Save As\u2026");
            assertTrue(Files.isRegularFile(target));
            assertEquals(target, wizard.savedTo());
            WizardTestSupport.press(shell, "Save and Close");
            assertTrue(shell.isDisposed(), "Save and Close closes the wizard once saved");
            watch.assertNone();
        }

        Assignment saved = AssignmentFiles.load(target);
        assertEquals("Talks in Tunis", saved.getTitle());
        assertEquals("Mark every source.", saved.getInstructions());
        assertTrue(saved.isSuggestionsForStudents(), "the teaching control is saved in the .fbassign");
        assertTrue(Files.readString(target).contains("suggestionsForStudents=\"true\""));
        assertEquals("1", saved.getVersion());
        assertEquals(1, saved.getArticles().size());
        Article article = saved.getArticles().get(0);
        assertEquals("Reuters", article.getOutlet());
        assertEquals("US meets Gaddafi envoys", article.getHeadline());
        assertEquals("2011-07-18", article.getPublished());
        assertTrue(article.getText().startsWith("US officials met"), article.getText());
        assertTrue(article.getText().endsWith("official said."), article.getText());
        assertEquals(24, org.framebench.core.codebook.Codebooks.allCodes(saved.getCodebook()).size(), "the built-in codebook");
    }

    @Test
    void aBadArticleFileIsExplainedAndTheListStaysAsItWas() throws Exception {
        Path empty = folder.resolve("empty.txt");
        Files.writeString(empty, "");
        Path binary = folder.resolve("photo.txt");
        Files.write(binary, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2, 3, 0, 0, 0 });
        WizardTestSupport.Answers answers = new WizardTestSupport.Answers();
        answers.articles.add(List.of(empty, binary));
        FileChoosers.set(answers);
        AssignmentWizard wizard = AssignmentWizard.forNew();
        dialog = WizardTestSupport.open(workbenchShell(), wizard);
        Shell shell = dialog.getShell();
        wizard.detailsPage.titleField().setText("Bad files");
        WizardTestSupport.press(shell, "Next >");
        List<String> told = UiDriver.answerDialog("Articles not added", "OK", () -> WizardTestSupport.press(shell, "Add\u2026"));
        String message = String.join(" ", told);
        assertTrue(message.contains("empty.txt"), message);
        assertTrue(message.contains("photo.txt"), message);
        assertEquals(0, wizard.assignment().getArticles().size(), "nothing added");
        assertFalse(WizardTestSupport.enabled(shell, "Next >"), "no article, no next page");
        assertNull(wizard.savedTo());
    }
}
