package org.framebench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.framebench.core.assignment.ArticleDetails;
import org.framebench.core.assignment.AssignmentChecks;
import org.framebench.core.assignment.AssignmentException;
import org.framebench.core.assignment.AssignmentFiles;
import org.framebench.core.assignment.AssignmentLibrary;
import org.framebench.core.assignment.AssignmentProblem;
import org.framebench.core.assignment.Assignments;
import org.framebench.core.assignment.Examples;
import org.framebench.core.codebook.BuiltInCodebook;
import org.framebench.core.codebook.Codebooks;
import org.framebench.core.document.DocumentStore;
import org.framebench.core.document.Documents;
import org.framebench.core.text.Digests;
import org.framebench.model.Article;
import org.framebench.model.Assignment;
import org.framebench.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The .fbassign file an instructor hands out: what is saved comes back, and bad files are explained. */
class AssignmentFilesTest {

    private static final String ARABIC = "قال المتحدث باسم الحكومة إن المحادثات كانت \"خطوة أولى\".\nوأضاف أن الحوار سيستمر.";
    private static final String CHINESE = "美国官员周六在突尼斯与利比亚政府代表会面。\n一位官员说，会谈的唯一目的是重申要求。";

    @TempDir
    Path folder;

    static Assignment twoArticles() {
        Assignment assignment = Assignments.create("Talks in Tunis", "Compare how each outlet sources the talks.",
                BuiltInCodebook.load());
        Assignments.addArticle(assignment, new ArticleDetails("الجزيرة", "Arabic report", "محادثات في تونس",
                "مراسل الجزيرة", "2011-07-18", "https://example.org/ar", "Right to left."), ARABIC);
        Assignments.addArticle(assignment, new ArticleDetails("Xinhua", "Chinese report", "美利在突尼斯会谈", "新华社记者",
                "2011-07-19", "https://example.org/zh", null), CHINESE);
        return assignment;
    }

    @Test
    void everyFieldComesBackAfterSaveAndLoad() throws Exception {
        Assignment assignment = twoArticles();
        Path file = folder.resolve("tunis.fbassign");

        AssignmentFiles.save(assignment, file);
        Assignment back = AssignmentFiles.load(file);

        assertEquals(assignment.getId(), back.getId());
        assertEquals("1", back.getVersion());
        assertEquals("Talks in Tunis", back.getTitle());
        assertEquals("Compare how each outlet sources the talks.", back.getInstructions());
        assertEquals(2, back.getArticles().size());
        Article arabic = back.getArticles().get(0);
        assertEquals(ARABIC, arabic.getText());
        assertEquals(Digests.sha256(ARABIC), arabic.getSha256());
        assertEquals("الجزيرة", arabic.getOutlet());
        assertEquals("محادثات في تونس", arabic.getHeadline());
        assertEquals("مراسل الجزيرة", arabic.getByline());
        assertEquals("2011-07-18", arabic.getPublished());
        assertEquals("https://example.org/ar", arabic.getUrl());
        assertEquals("Right to left.", arabic.getNotes());
        assertEquals(CHINESE, back.getArticles().get(1).getText());
        assertEquals("article", arabic.getId(), "an outlet in no Latin letters gets a neutral id");
        assertEquals("xinhua", back.getArticles().get(1).getId());
        assertEquals(Codebooks.digest(assignment.getCodebook()), back.getCodebook().getSha256());
        assertEquals(Codebooks.allCodes(BuiltInCodebook.load()).size(), Codebooks.allCodes(back.getCodebook()).size());
    }

    @Test
    void aStudentDocumentForItIsSelfContained() throws Exception {
        Path file = folder.resolve("tunis.fbassign");
        AssignmentFiles.save(twoArticles(), file);
        Path student = folder.resolve("ama.fbench");

        DocumentStore.save(Documents.newDocument(AssignmentFiles.load(file), Role.STUDENT), student);

        assertEquals(ARABIC, DocumentStore.load(student).getAssignment().getArticles().get(0).getText());
    }

    @Test
    void anUnreadyAssignmentIsNotWritten() {
        Assignment empty = Assignments.create("  ", null, BuiltInCodebook.load());
        Path file = folder.resolve("empty.fbassign");

        AssignmentException refused = assertThrows(AssignmentException.class, () -> AssignmentFiles.save(empty, file));

        assertTrue(refused.getMessage().contains("no title"), refused.getMessage());
        assertTrue(refused.getMessage().contains("no articles"), refused.getMessage());
        assertFalse(Files.exists(file));
    }

    @Test
    void moreThanEightArticlesAndDuplicateKeysAreErrors() {
        Assignment assignment = twoArticles();
        for (int i = 0; i < 7; i++) {
            Assignments.addArticle(assignment, new ArticleDetails("Outlet", null, null, null, null, null, null), "Text " + i);
        }
        assignment.getCodebook().getLayers().get(0).getCodes().get(1)
                .setShortcutKey(assignment.getCodebook().getLayers().get(0).getCodes().get(0).getShortcutKey());

        List<String> errors = AssignmentChecks.errors(assignment).stream().map(AssignmentProblem::message).toList();

        assertTrue(errors.stream().anyMatch(m -> m.contains("9 articles")), errors.toString());
        assertTrue(errors.stream().anyMatch(m -> m.startsWith("Codebook:")), errors.toString());
        assertEquals(List.of("outlet", "outlet-2", "outlet-3", "outlet-4", "outlet-5", "outlet-6", "outlet-7"),
                assignment.getArticles().stream().skip(2).map(Article::getId).toList());
    }

    @Test
    void badFilesAreExplainedInPlainWords() throws Exception {
        Path good = folder.resolve("good.fbassign");
        AssignmentFiles.save(twoArticles(), good);
        byte[] bytes = Files.readAllBytes(good);

        assertEquals("empty.fbassign is empty: it holds no assignment.", message(write("empty.fbassign", new byte[0])));
        assertTrue(message(write("cut.fbassign", Arrays.copyOf(bytes, bytes.length / 2))).startsWith(
                "cut.fbassign is damaged or incomplete and cannot be opened"));
        assertEquals("notes.fbassign is not a Framebench assignment.",
                message(write("notes.fbassign", "Just some notes.".getBytes(StandardCharsets.UTF_8))));
        Path student = folder.resolve("student.fbench");
        DocumentStore.save(Documents.newDocument(twoArticles(), Role.STUDENT), student);
        assertTrue(message(student).contains("is an annotation file"), message(student));
        String edited = new String(bytes, StandardCharsets.UTF_8).replace("突尼斯", "巴黎");
        assertTrue(message(write("edited.fbassign", edited.getBytes(StandardCharsets.UTF_8)))
                .contains("was changed outside Framebench"));
        assertTrue(message(folder.resolve("missing.fbassign")).contains("does not exist"));
    }

    @Test
    void savingAgainKeepsTheOldFileAsBackup() throws Exception {
        Assignment assignment = twoArticles();
        Path file = folder.resolve("tunis.fbassign");
        AssignmentFiles.save(assignment, file);
        Assignment next = Assignments.nextVersion(assignment);
        Assignments.setText(next.getArticles().get(1), CHINESE + "\n第三段。");

        AssignmentFiles.save(next, file);

        assertEquals("2", AssignmentFiles.load(file).getVersion());
        assertEquals(assignment.getId(), AssignmentFiles.load(file).getId());
        assertEquals("1", AssignmentFiles.load(DocumentStore.backupOf(file)).getVersion());
        assertNotEquals(assignment.getArticles().get(1).getSha256(), next.getArticles().get(1).getSha256());
    }

    @Test
    void theLibraryKnowsTheNewestVersionAndTheExample() throws Exception {
        String previous = System.getProperty("framebench.assignments");
        System.setProperty("framebench.assignments", folder.resolve("library").toString());
        try {
            Assignment first = twoArticles();
            Assignment ninth = first;
            for (int i = 0; i < 9; i++) {
                ninth = Assignments.nextVersion(ninth);
                AssignmentLibrary.remember(ninth);
            }
            AssignmentLibrary.remember(first);

            assertEquals("10", AssignmentLibrary.newest(first.getId()).orElseThrow().getVersion(), "10 is newer than 9");
            assertTrue(AssignmentLibrary.newest("no-such-assignment").isEmpty());
            assertEquals(4, AssignmentLibrary.newest(Examples.LIBYA).orElseThrow().getArticles().size());
            assertEquals(Examples.LIBYA, Examples.list().get(0).id());
        } finally {
            if (previous == null) {
                System.clearProperty("framebench.assignments");
            } else {
                System.setProperty("framebench.assignments", previous);
            }
        }
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(folder.resolve(name), bytes);
    }

    private static String message(Path file) {
        return assertThrows(AssignmentException.class, () -> AssignmentFiles.load(file)).getMessage();
    }
}
