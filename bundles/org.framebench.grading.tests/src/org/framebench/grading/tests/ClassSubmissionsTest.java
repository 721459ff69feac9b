package org.framebench.grading.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.framebench.core.document.DocumentStore;
import org.framebench.grading.ClassGrading;
import org.framebench.grading.ClassReport;
import org.framebench.grading.ClassSubmissions;
import org.framebench.grading.GradingException;
import org.framebench.grading.Problem;
import org.framebench.grading.Submission;
import org.framebench.grading.scoring.ScoringOptions;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A class folder with good files, a file for another assignment, changed articles, a corrupt file and a duplicate. */
class ClassSubmissionsTest {

    @TempDir
    Path folder;

    private Path keyFile;

    @BeforeEach
    void writeClass() throws Exception {
        AnnotationDocument key = Fixtures.document(Role.KEY, "Instructor", "key");
        Fixtures.annotate(key, "cnn", "S1", 100, 120);
        Fixtures.annotate(key, "bbc", "F1", 10, 40);
        keyFile = folder.resolve("key.fbench");
        DocumentStore.save(key, keyFile);

        AnnotationDocument ama = Fixtures.document(Role.STUDENT, "Ama", "s1");
        Fixtures.annotate(ama, "cnn", "S1", 100, 120);
        Fixtures.annotate(ama, "cnn", "A1", 200, 220);
        Fixtures.link(ama, ama.getAnnotations().get(0), ama.getAnnotations().get(1));
        DocumentStore.save(ama, folder.resolve("ama.fbench"));

        AnnotationDocument kofi = Fixtures.document(Role.STUDENT, "Kofi", "s2");
        Fixtures.annotate(kofi, "bbc", "F1", 12, 40);
        DocumentStore.save(kofi, folder.resolve("kofi.fbench"));

        AnnotationDocument other = Fixtures.document(Role.STUDENT, "Esi", "s3");
        other.getAssignment().setId("another-assignment");
        DocumentStore.save(other, folder.resolve("esi.fbench"));

        AnnotationDocument changed = Fixtures.document(Role.STUDENT, "Yaw", "s4");
        Fixtures.article(changed, "third").setText(Fixtures.article(changed, "third").getText() + " (edited)");
        DocumentStore.save(changed, folder.resolve("yaw.fbench"));

        Files.writeString(folder.resolve("broken.fbench"), "<?xml version=\"1.0\"?><fb:AnnotationDocument xmlns:fb=\"http://framebench.org/model/1.0\" id=\"x\"><annotations",
                StandardCharsets.UTF_8);

        AnnotationDocument olderKofi = Fixtures.document(Role.STUDENT, "Kofi", "s2");
        olderKofi.setModified(new Date(System.currentTimeMillis() - 86_400_000L));
        Files.setLastModifiedTime(folder.resolve("kofi.fbench"), FileTime.fromMillis(System.currentTimeMillis()));
        DocumentStore.save(olderKofi, folder.resolve("kofi-old.fbench"));
        Files.writeString(folder.resolve("notes.txt"), "not a submission");
    }

    private static Submission named(ClassSubmissions submissions, String file) {
        return submissions.submissions().stream().filter(s -> s.file().getFileName().toString().equals(file)).findFirst()
                .orElseThrow();
    }

    @Test
    void everyFileIsListedWithItsProblemsAndTheRestStillLoad() throws Exception {
        ClassSubmissions submissions = ClassSubmissions.load(folder, keyFile);

        assertNotNull(submissions.key());
        assertEquals(6, submissions.submissions().size(), "the key and notes.txt are not submissions");
        Submission ama = named(submissions, "ama.fbench");
        assertTrue(ama.problems().isEmpty());
        assertEquals(Map.of("sourcing", 1, "attribution", 1, "framing", 0), ama.annotationsPerLayer());
        assertEquals(1, ama.linkCount());
        assertEquals("s1", ama.studentId());

        Submission broken = named(submissions, "broken.fbench");
        assertFalse(broken.isReadable());
        assertEquals(Problem.Kind.UNREADABLE, broken.problems().get(0).kind());
        assertTrue(broken.problems().get(0).message().startsWith("broken.fbench is damaged"), broken.problems().get(0).message());

        assertTrue(named(submissions, "esi.fbench").hasProblem(Problem.Kind.OTHER_ASSIGNMENT));
        Submission yaw = named(submissions, "yaw.fbench");
        assertTrue(yaw.hasProblem(Problem.Kind.CHANGED_ARTICLES));
        assertTrue(yaw.problems().get(0).message().contains("third"), yaw.problems().get(0).message());

        assertTrue(named(submissions, "kofi.fbench").hasProblem(Problem.Kind.DUPLICATE_KEPT));
        assertTrue(named(submissions, "kofi-old.fbench").hasProblem(Problem.Kind.DUPLICATE_SUPERSEDED));
        List<String> gradable = submissions.gradable().stream().map(s -> s.file().getFileName().toString()).toList();
        assertEquals(List.of("ama.fbench", "kofi.fbench"), gradable);
    }

    @Test
    void withoutAGivenKeyTheKeyInTheFolderIsUsed() throws Exception {
        ClassSubmissions submissions = ClassSubmissions.load(folder, null);

        assertEquals("key.fbench", submissions.key().file().getFileName().toString());
        assertEquals(6, submissions.submissions().size());
    }

    @Test
    void tamperedDigestIsFlaggedEvenWithoutAKey() throws Exception {
        Files.delete(keyFile);
        AnnotationDocument sly = Fixtures.document(Role.STUDENT, "Sly", "s9");
        Fixtures.article(sly, "cnn").setSha256("0000");
        DocumentStore.save(sly, folder.resolve("sly.fbench"));

        ClassSubmissions submissions = ClassSubmissions.load(folder, null);

        assertNull(submissions.key());
        assertTrue(named(submissions, "sly.fbench").hasProblem(Problem.Kind.CHANGED_ARTICLES));
        assertTrue(named(submissions, "esi.fbench").hasProblem(Problem.Kind.OTHER_ASSIGNMENT), "most of the class answers the default");
        assertTrue(named(submissions, "ama.fbench").problems().isEmpty());
    }

    @Test
    void gradingScoresOnlyTheGradableSubmissions() throws Exception {
        ClassReport report = ClassGrading.grade(folder, keyFile, new ScoringOptions());

        assertEquals(2, report.scores().size());
        ClassReport.GradedSubmission ama = report.scores().get(0);
        assertEquals("Ama", ama.submission().studentName());
        assertEquals(1.0, ama.score().layers().get("sourcing").f1(), 1e-12);
        assertEquals(0.0, ama.score().layers().get("framing").recall(), 1e-12);
        assertEquals(2, report.agreement().coders());
        assertTrue(ama.kappaWithKey() > 0 && ama.kappaWithKey() < 1, "agrees on S1, not on F1: " + ama.kappaWithKey());
    }

    @Test
    void unreadableKeyOrMissingFolderIsAPlainMessage() throws Exception {
        Files.writeString(keyFile, "");
        GradingException badKey = assertThrows(GradingException.class, () -> ClassSubmissions.load(folder, keyFile));
        assertEquals("The key could not be opened: key.fbench is empty: it holds no annotations.", badKey.getMessage());

        GradingException noFolder = assertThrows(GradingException.class,
                () -> ClassSubmissions.load(folder.resolve("nowhere"), null));
        assertTrue(noFolder.getMessage().contains("does not exist"), noFolder.getMessage());
    }

    @Test
    void noKeyAtAllIsAPlainMessageWhenGrading() throws Exception {
        Files.delete(keyFile);
        GradingException error = assertThrows(GradingException.class, () -> ClassGrading.grade(folder, null, new ScoringOptions()));
        assertTrue(error.getMessage().startsWith("There is no key to grade against"), error.getMessage());
    }

    @Test
    void theStudentsShareTheKeysAssignmentTextsButKeepTheirOwnWork() throws Exception {
        ClassSubmissions submissions = ClassSubmissions.load(folder, keyFile);
        AnnotationDocument key = submissions.key().document();
        AnnotationDocument ama = named(submissions, "ama.fbench").document();
        AnnotationDocument kofi = named(submissions, "kofi.fbench").document();

        // One copy of each article text and codebook definition for the class (equal texts, the same object) ...
        String keyText = Fixtures.article(key, "cnn").getText();
        assertSame(keyText, Fixtures.article(ama, "cnn").getText());
        assertSame(keyText, Fixtures.article(kofi, "cnn").getText());
        assertSame(key.getAssignment().getCodebook().getLayers().get(0).getCodes().get(0).getDefinition(),
                ama.getAssignment().getCodebook().getLayers().get(0).getCodes().get(0).getDefinition());
        // ... while a text that differs stays the student's own, and the students' own work is not pooled.
        AnnotationDocument yaw = named(submissions, "yaw.fbench").document();
        assertTrue(Fixtures.article(yaw, "third").getText().endsWith(" (edited)"));
        // Ama's S1 covers the key's S1 words exactly: equal texts, each document keeps its own.
        assertEquals(key.getAnnotations().get(0).getCoveredText(), ama.getAnnotations().get(0).getCoveredText());
        assertNotSame(key.getAnnotations().get(0).getCoveredText(), ama.getAnnotations().get(0).getCoveredText());
        assertEquals("Ama", ama.getAnnotatorName());
    }
}
