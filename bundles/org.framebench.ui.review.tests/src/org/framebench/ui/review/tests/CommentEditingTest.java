package org.framebench.ui.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.framebench.core.codebook.Codebooks;
import org.framebench.core.corpus.CorpusLoader;
import org.framebench.core.document.DocumentStore;
import org.framebench.core.document.Documents;
import org.framebench.core.text.TextAnchors;
import org.framebench.grading.Submission;
import org.framebench.grading.returned.ReturnFeedback;
import org.framebench.grading.review.ReviewStore;
import org.framebench.grading.scoring.AnnotationMatch;
import org.framebench.grading.scoring.MatchStatus;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Feedback;
import org.framebench.model.FramebenchFactory;
import org.framebench.model.ReviewDocument;
import org.framebench.model.Role;
import org.framebench.ui.review.ClassOpener;
import org.framebench.ui.review.ReviewSession;
import org.framebench.ui.review.ReviewSessions;
import org.framebench.ui.review.feedback.FeedbackReturner;
import org.framebench.ui.review.views.ClassView;
import org.framebench.ui.review.views.StudentReviewView;
import org.framebench.ui.testing.UiDriver;
import org.framebench.ui.testing.UiWatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Comments in Student vs Key: on a key annotation the student missed, on the whole submission, edited
 * and deleted, each saved in the class review file at once and counted in the grade; then the class's
 * feedback returned from the Review perspective (what File → Return Feedback… runs).
 */
class CommentEditingTest {

    @TempDir
    Path classFolder;

    private final IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();

    private static Annotation annotate(AnnotationDocument document, String codeId, int begin, int end) {
        Annotation annotation = FramebenchFactory.eINSTANCE.createAnnotation();
        annotation.setId(Documents.newId());
        TextAnchors.anchor(annotation, document.getAssignment().getArticles().get(0), begin, end);
        annotation.setCode(Codebooks.findById(document.getAssignment().getCodebook(), codeId).orElseThrow());
        document.getAnnotations().add(annotation);
        return annotation;
    }

    private static void click(org.eclipse.swt.widgets.Button button) {
        if ((button.getStyle() & SWT.CHECK) != 0) {
            button.setSelection(!button.getSelection());
        }
        button.notifyListeners(SWT.Selection, new Event());
        UiDriver.flush();
    }

    @Test
    void commentOnAMissedKeyAnnotationAndOnTheWholeSubmissionEditDeleteAndReturn() throws Exception {
        AnnotationDocument key = Documents.newDocument(CorpusLoader.loadDefault(), Role.KEY);
        annotate(key, "S1", 10, 30);
        Annotation missedKey = annotate(key, "F1", 200, 260);
        DocumentStore.save(key, classFolder.resolve("key.fbench"));
        AnnotationDocument ann = Documents.newDocument(CorpusLoader.loadDefault(), Role.STUDENT);
        ann.setAnnotatorName("Ann Archer");
        ann.setAnnotatorId("s001");
        annotate(ann, "S1", 10, 30);
        DocumentStore.save(ann, classFolder.resolve("ann.fbench"));

        try (UiWatch watch = UiWatch.start()) {
            ClassOpener.open(window, classFolder, classFolder.resolve("key.fbench"), "Dr Asante");
            Job.getJobManager().join(ClassOpener.FAMILY, null);
            UiDriver.flush();
            ReviewSession session = ReviewSessions.current();
            Submission annSubmission = session.submissions().submissions().stream()
                    .filter(s -> s.file().getFileName().toString().equals("ann.fbench")).findFirst().orElseThrow();
            IWorkbenchPage page = window.getActivePage();
            assertInstanceOf(ClassView.class, page.findView(ClassView.ID)).select(annSubmission);
            StudentReviewView review = (StudentReviewView) page.showView(StudentReviewView.ID);
            UiDriver.flush();
            Path reviewFile = classFolder.resolve(ReviewStore.FILE_NAME);

            // A comment on the key annotation she missed.
            @SuppressWarnings("unchecked")
            List<AnnotationMatch> rows = (List<AnnotationMatch>) review.getMatchViewer().getInput();
            AnnotationMatch missed = rows.stream().filter(m -> m.status() == MatchStatus.MISSED).findFirst().orElseThrow();
            review.selectMatch(missed);
            UiDriver.flush();
            assertTrue(review.getAddFeedbackButton().isEnabled(), "a missed key annotation can be commented on");
            review.getComment().setText("Look again: this sentence frames the talks.");
            UiDriver.select(review.getAddFeedbackButton());
            UiDriver.flush();
            ReviewDocument saved = ReviewStore.load(reviewFile);
            assertEquals(1, saved.getFeedback().size());
            assertEquals(missedKey.getId(), saved.getFeedback().get(0).getAnnotationId(), "keyed by the key annotation");
            assertTrue(review.getFeedbackShown().contains("Look again"), review.getFeedbackShown());

            // A comment on the whole submission, with points that count in the grade.
            double before = session.gradedOf(annSubmission).grade();
            click(review.getWholeSubmissionButton());
            assertEquals("No feedback yet.", review.getFeedbackShown());
            review.getComment().setText("Good start.");
            review.getPoints().setText("2");
            UiDriver.select(review.getAddFeedbackButton());
            UiDriver.flush();
            assertEquals(1, ReviewStore.wholeFeedbackFor(ReviewStore.load(reviewFile), ann).size());
            assertEquals(Math.min(100, before + 2), session.gradedOf(annSubmission).grade(), 1e-9);

            // Edit it: the fields take the comment, the button saves the change.
            assertEquals(1, review.getCommentChooser().getItemCount());
            click(review.getEditCommentButton());
            assertEquals("Good start.", review.getComment().getText());
            assertEquals("2", review.getPoints().getText());
            assertEquals("Save Changes", review.getAddFeedbackButton().getText());
            review.getComment().setText("Good start; now the framing.");
            review.getPoints().setText("1");
            UiDriver.select(review.getAddFeedbackButton());
            UiDriver.flush();
            List<Feedback> whole = ReviewStore.wholeFeedbackFor(ReviewStore.load(reviewFile), ann);
            assertEquals(List.of("Good start; now the framing."), whole.stream().map(Feedback::getText).toList());
            assertEquals(1.0, whole.get(0).getScore(), 1e-9);
            assertEquals(2, ReviewStore.load(reviewFile).getFeedback().size(), "changed, not added");
            assertEquals("Add Feedback", review.getAddFeedbackButton().getText());
            assertEquals(Math.min(100, before + 1), session.gradedOf(annSubmission).grade(), 1e-9);

            // Delete it: gone from the file at once; Undo Delete puts it back, Delete again takes it out.
            assertEquals(0, review.getCommentChooser().getSelectionIndex(), "the comment shown is chosen");
            click(review.getDeleteCommentButton());
            assertTrue(ReviewStore.wholeFeedbackFor(ReviewStore.load(reviewFile), ann).isEmpty());
            assertEquals(before, session.gradedOf(annSubmission).grade(), 1e-9);
            assertEquals("Undo Delete", review.getDeleteCommentButton().getText());
            click(review.getDeleteCommentButton());
            assertEquals(List.of("Good start; now the framing."),
                    ReviewStore.wholeFeedbackFor(ReviewStore.load(reviewFile), ann).stream().map(Feedback::getText).toList());
            assertEquals(Math.min(100, before + 1), session.gradedOf(annSubmission).grade(), 1e-9);
            assertEquals("Delete", review.getDeleteCommentButton().getText());
            click(review.getDeleteCommentButton());
            assertTrue(ReviewStore.wholeFeedbackFor(ReviewStore.load(reviewFile), ann).isEmpty());
            assertEquals(before, session.gradedOf(annSubmission).grade(), 1e-9);

            // Return Feedback: the missed key annotation's comment goes back with its ghost.
            Path out = classFolder.resolve("returned");
            FeedbackReturner.returnAll(window.getShell(), session, out);
            Job.getJobManager().join(FeedbackReturner.FAMILY, null);
            UiDriver.flush();
            AnnotationDocument returned = DocumentStore.load(out.resolve("Ann-Archer" + ReturnFeedback.COPY_SUFFIX));
            assertEquals(List.of("Look again: this sentence frames the talks."),
                    returned.getReturnedReview().getFeedback().stream().map(Feedback::getText).toList());
            assertEquals(missedKey.getId(), returned.getReturnedReview().getGhosts().get(0).getKeyAnnotationId());
            assertTrue(Files.readString(out.resolve("Ann-Archer" + ReturnFeedback.REPORT_SUFFIX)).contains("Look again"));
            assertFalse(Files.exists(out.resolve("key" + ReturnFeedback.COPY_SUFFIX)), "the key is not a student");
            watch.assertNone();
        }
    }
}
