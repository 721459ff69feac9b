package org.framebench.grading.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.framebench.core.document.DocumentException;
import org.framebench.core.document.DocumentStore;
import org.framebench.grading.review.ReviewStore;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Feedback;
import org.framebench.model.ReviewDocument;
import org.framebench.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Feedback lives in the class review file; the student's submission is never touched. */
class ReviewStoreTest {

    @TempDir
    Path folder;

    @Test
    void feedbackIsSavedInTheReviewFileAndTheSubmissionStaysByteForByte() throws Exception {
        AnnotationDocument ama = Fixtures.document(Role.STUDENT, "Ama", "s1");
        Annotation annotation = Fixtures.annotate(ama, "cnn", "S1", 100, 120);
        Path submission = folder.resolve("ama.fbench");
        DocumentStore.save(ama, submission);
        byte[] before = Files.readAllBytes(submission);
        AnnotationDocument loaded = DocumentStore.load(submission);

        ReviewDocument review = ReviewStore.newReview(loaded.getAssignment().getId(), "Ms Mensah");
        ReviewStore.addFeedback(review, loaded, loaded.getAnnotations().get(0), "Ms Mensah", "Named source: good.", 2.0);
        Path reviewFile = ReviewStore.reviewFileOf(folder);
        ReviewStore.save(review, reviewFile);

        assertArrayEquals(before, Files.readAllBytes(submission));
        ReviewDocument reopened = ReviewStore.load(reviewFile);
        assertEquals("Ms Mensah", reopened.getAuthor());
        List<Feedback> forAma = ReviewStore.feedbackFor(reopened, loaded);
        assertEquals(1, forAma.size());
        Feedback feedback = forAma.get(0);
        assertEquals(annotation.getId(), feedback.getAnnotationId());
        assertEquals("s1", feedback.getSubmissionAnnotatorId());
        assertEquals(2.0, feedback.getScore());
        assertEquals(1, ReviewStore.feedbackOn(reopened, loaded, annotation).size());
    }

    @Test
    void secondSaveKeepsABackupAndADamagedReviewIsAPlainMessage() throws Exception {
        Path reviewFile = ReviewStore.reviewFileOf(folder);
        ReviewDocument review = ReviewStore.newReview("a", "T");
        ReviewStore.save(review, reviewFile);
        review.setAuthor("T2");
        ReviewStore.save(review, reviewFile);
        assertTrue(Files.exists(DocumentStore.backupOf(reviewFile)));
        assertEquals("T2", ReviewStore.load(reviewFile).getAuthor());

        Files.writeString(reviewFile, "<?xml version=\"1.0\"?><fb:ReviewDocument xmlns:fb=\"http://framebench.org/model/1.0\"");
        DocumentException error = assertThrows(DocumentException.class, () -> ReviewStore.load(reviewFile));
        assertEquals(DocumentException.Kind.DAMAGED, error.getKind());
        assertTrue(error.getMessage().startsWith("The review file class-review.fbreview is damaged"), error.getMessage());
    }
}
