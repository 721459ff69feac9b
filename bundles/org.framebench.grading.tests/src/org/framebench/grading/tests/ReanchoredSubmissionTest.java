package org.framebench.grading.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.framebench.core.document.DocumentStore;
import org.framebench.core.text.Digests;
import org.framebench.grading.ClassGrading;
import org.framebench.grading.ClassReport;
import org.framebench.grading.Problem;
import org.framebench.grading.Submission;
import org.framebench.grading.scoring.MatchStatus;
import org.framebench.grading.scoring.ScoringOptions;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A student's copy of an article that differs from the key's (an older version of the text) is moved onto
 * the key's text and graded; an annotation on words the key's text does not have is named, not scored at
 * the wrong place; the student's file is never written. A text edited inside the file stays a problem.
 */
class ReanchoredSubmissionTest {

    private static final String INSERTED = " Zanzibar quokka xylophone marmalade.";

    @TempDir
    Path folder;

    @Test
    void anOlderArticleTextIsReanchoredAndWhatCannotBePlacedIsNamed() throws Exception {
        AnnotationDocument key = Fixtures.document(Role.KEY, "Instructor", "");
        Fixtures.annotate(key, "cnn", "S1", 100, 120);
        DocumentStore.save(key, folder.resolve("key.fbench"));

        AnnotationDocument sam = Fixtures.document(Role.STUDENT, "Sam", "s7");
        Article cnn = Fixtures.article(sam, "cnn");
        cnn.setText(cnn.getText().substring(0, 50) + INSERTED + cnn.getText().substring(50));
        cnn.setSha256(Digests.sha256(cnn.getText()));
        int shift = INSERTED.length();
        Annotation s1 = Fixtures.annotate(sam, "cnn", "S1", 100 + shift, 120 + shift);
        Annotation onInserted = Fixtures.annotate(sam, "cnn", "S2", 51, 50 + shift);
        Fixtures.link(sam, s1, onInserted);
        Path samFile = folder.resolve("sam.fbench");
        DocumentStore.save(sam, samFile);
        byte[] before = Files.readAllBytes(samFile);

        ClassReport report = ClassGrading.grade(folder, null, new ScoringOptions());

        assertEquals(1, report.scores().size(), "Sam is graded, not refused");
        Submission graded = report.scores().get(0).submission();
        assertTrue(!graded.hasProblem(Problem.Kind.CHANGED_ARTICLES), graded.problems().toString());
        String warning = graded.problems().stream().filter(p -> p.kind() == Problem.Kind.REANCHORED).map(Problem::message)
                .findFirst().orElseThrow(() -> new AssertionError(graded.problems()));
        assertTrue(warning.contains("article cnn") && warning.contains("1 annotation could not be found")
                && warning.contains("Zanzibar quokka xylophone marmalade"), warning);
        assertEquals(1, report.scores().get(0).score().count(MatchStatus.MATCHED), "S1 moved onto the key's 100–120");
        assertEquals(0, report.scores().get(0).score().count(MatchStatus.EXTRA), "the unplaced S2 is not scored elsewhere");
        assertEquals(100, graded.document().getAnnotations().get(0).getBegin());
        assertArrayEquals(before, Files.readAllBytes(samFile), "Sam's file is never written");
    }

    @Test
    void aTextEditedInsideTheFileStaysAProblem() throws Exception {
        AnnotationDocument key = Fixtures.document(Role.KEY, "Instructor", "");
        Fixtures.annotate(key, "cnn", "S1", 100, 120);
        DocumentStore.save(key, folder.resolve("key.fbench"));
        AnnotationDocument edited = Fixtures.document(Role.STUDENT, "Eddie", "s8");
        Article cnn = Fixtures.article(edited, "cnn");
        cnn.setText("X" + cnn.getText().substring(1)); // the recorded digest is left as it was
        Fixtures.annotate(edited, "cnn", "S1", 100, 120);
        DocumentStore.save(edited, folder.resolve("eddie.fbench"));

        ClassReport report = ClassGrading.grade(folder, null, new ScoringOptions());

        assertEquals(0, report.scores().size());
        Submission eddie = report.submissions().submissions().get(0);
        assertTrue(eddie.hasProblem(Problem.Kind.CHANGED_ARTICLES), eddie.problems().toString());
        assertEquals(Submission.Status.CHANGED_ARTICLES, eddie.status(report.submissions().key()));
    }
}
