package org.framebench.ui.review;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.framebench.core.document.DocumentException;
import org.framebench.export.gradebook.GradeBook;
import org.framebench.grading.ClassGrading;
import org.framebench.grading.ClassReport;
import org.framebench.grading.ClassSubmissions;
import org.framebench.grading.GradingException;
import org.framebench.grading.Submission;
import org.framebench.grading.review.ReviewStore;
import org.framebench.grading.scoring.ScoringOptions;
import org.framebench.grading.scoring.StudentScore;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Assignment;
import org.framebench.model.Feedback;
import org.framebench.model.ReviewDocument;

/**
 * A class open for review: its submissions, the key, the scores (when there is a key) and the instructor's
 * review file. Free of SWT so that it can be driven and tested without a display; the views show it.
 * Feedback goes only into the review file ({@link ReviewStore#FILE_NAME}); students' files are never written.
 */
public final class ReviewSession {

    private final ClassSubmissions submissions;
    private final ScoringOptions options;
    private final ReviewDocument review;
    private final Path reviewFile;
    private final String author;
    private ClassReport report;

    private ReviewSession(ClassSubmissions submissions, ScoringOptions options, ReviewDocument review, Path reviewFile,
            String author) {
        this.submissions = submissions;
        this.options = options;
        this.review = review;
        this.reviewFile = reviewFile;
        this.author = author;
        regrade();
    }

    /**
     * Loads the class in {@code folder}; {@code keyFile} may be {@code null} to use a file with role "key" in
     * the folder (or to review without a key: no scores then).
     *
     * @throws GradingException when the folder, the key or the review file cannot be read (plain words)
     */
    public static ReviewSession open(Path folder, Path keyFile, ScoringOptions options, String author)
            throws GradingException {
        ClassSubmissions submissions = ClassSubmissions.load(folder, keyFile);
        Path reviewFile = ReviewStore.reviewFileOf(folder);
        ReviewDocument review;
        try {
            review = ReviewStore.loadOrCreate(reviewFile, assignmentIdOf(submissions), author);
        } catch (DocumentException e) {
            throw new GradingException(e.getMessage(), e);
        }
        return new ReviewSession(submissions, options, review, reviewFile, author);
    }

    private static String assignmentIdOf(ClassSubmissions submissions) {
        Assignment assignment = assignmentOf(submissions);
        return assignment == null ? null : assignment.getId();
    }

    /** The key's assignment, else the first gradable (else readable) submission's. */
    private static Assignment assignmentOf(ClassSubmissions submissions) {
        if (submissions.key() != null) {
            return submissions.key().document().getAssignment();
        }
        List<Submission> candidates = submissions.gradable().isEmpty()
                ? submissions.submissions().stream().filter(Submission::isReadable).toList()
                : submissions.gradable();
        return candidates.isEmpty() ? null : candidates.get(0).document().getAssignment();
    }

    /** Scores again (after the options or the review changed); without a key there is nothing to score. */
    public void regrade() {
        report = submissions.key() == null ? null : ClassGrading.grade(submissions, options, review);
    }

    /** Who gives the feedback: the instructor's name (see ClassOpener). */
    public String author() {
        return author;
    }

    /** The scoring options this class is graded with (its threshold also decides when students agree). */
    public ScoringOptions options() {
        return options;
    }

    public ClassSubmissions submissions() {
        return submissions;
    }

    public Path folder() {
        return submissions.folder();
    }

    /** The key, or {@code null}. */
    public Submission key() {
        return submissions.key();
    }

    public boolean hasKey() {
        return submissions.key() != null;
    }

    /** The scores and agreement, or {@code null} without a key. */
    public ClassReport report() {
        return report;
    }

    /** The assignment under review, or {@code null} when no file could be read. */
    public Assignment assignment() {
        return assignmentOf(submissions);
    }

    public ReviewDocument review() {
        return review;
    }

    public Path reviewFile() {
        return reviewFile;
    }

    /** The score of {@code submission}, or {@code null} when it is not graded (no key, or a problem). */
    public StudentScore scoreOf(Submission submission) {
        if (report == null) {
            return null;
        }
        return report.scores().stream().filter(g -> g.submission() == submission).findFirst()
                .map(ClassReport.GradedSubmission::score).orElse(null);
    }

    /** The documents the class overlay counts: every gradable submission. */
    public List<AnnotationDocument> gradableDocuments() {
        return submissions.gradable().stream().map(Submission::document).toList();
    }

    public List<Feedback> feedbackOn(Annotation annotation) {
        return ReviewStore.feedbackOn(review, annotation);
    }

    public List<Feedback> feedbackFor(Submission submission) {
        return submission.isReadable() ? ReviewStore.feedbackFor(review, submission.document()) : List.of();
    }

    /**
     * Adds the instructor's comment (and optional points) on one of {@code submission}'s annotations and saves
     * the review file at once. On failure the feedback is taken back out, so what is shown is what is saved.
     *
     * @throws GradingException when the text is blank or the review file cannot be written (plain words)
     */
    public Feedback addFeedback(Submission submission, Annotation annotation, String text, Double points)
            throws GradingException {
        Objects.requireNonNull(annotation, "annotation");
        if (text == null || text.isBlank()) {
            throw new GradingException("Write a comment before adding feedback.", null);
        }
        if (points != null && (points.isNaN() || points.isInfinite())) {
            throw new GradingException("Points must be a number.", null);
        }
        Feedback feedback = ReviewStore.addFeedback(review, submission.document(), annotation, author, text.strip(),
                points);
        try {
            ReviewStore.save(review, reviewFile);
        } catch (DocumentException e) {
            review.getFeedback().remove(feedback);
            throw new GradingException(e.getMessage(), e);
        }
        return feedback;
    }

    /**
     * Writes the grade book (sheets Grades, Agreement and one per student, with the feedback).
     *
     * @throws GradingException without a key, or when the file cannot be written (plain words)
     */
    public void exportGradeBook(Path file) throws GradingException {
        if (report == null) {
            throw new GradingException("This class has no key, so there are no grades to export: open the class "
                    + "again with a key.", null);
        }
        new GradeBook(report).export(file);
    }
}
