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
import org.framebench.grading.key.KeyAdjudication;
import org.framebench.grading.review.ReviewStore;
import org.framebench.grading.scoring.ScoringOptions;
import org.framebench.grading.scoring.StudentScore;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.framebench.model.Adjustment;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Assignment;
import org.framebench.model.Feedback;
import org.framebench.model.Layer;
import org.framebench.model.ReviewDocument;
import org.framebench.model.ScoringSettings;

/**
 * A class open for review: its submissions, the key, the scores (when there is a key) and the instructor's
 * review file. Free of SWT so that it can be driven and tested without a display; the views show it.
 * Feedback goes only into the review file ({@link ReviewStore#FILE_NAME}); students' files are never written.
 */
public final class ReviewSession {

    private final ClassSubmissions submissions;
    private ScoringOptions options;
    private final ReviewDocument review;
    private final Path reviewFile;
    private final String author;
    private ClassReport report;
    /** Accepting into and removing from the key, with undo; made when first needed. */
    private KeyAdjudication keyEdits;

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
        // The options saved in the review file (Scoring Options…, OK) win over the defaults given, so the class
        // is scored the same way every time it is opened, as `framebench grade` on the folder does.
        ScoringOptions saved;
        try {
            saved = ReviewStore.scoringOptions(review, copy(options));
        } catch (IllegalArgumentException e) {
            throw new GradingException("The scoring options saved in " + reviewFile.getFileName() + " cannot be used: "
                    + e.getMessage() + " The students' files were not changed.", e);
        }
        return new ReviewSession(submissions, saved, review, reviewFile, author);
    }

    /** A copy of {@code options} that can be changed without changing them. */
    public static ScoringOptions copy(ScoringOptions options) {
        ScoringOptions copy = new ScoringOptions().threshold(options.threshold())
                .defaultLayerWeight(options.defaultLayerWeight()).attributeWeight(options.attributeWeight())
                .linkWeight(options.linkWeight()).wrongCodeCredit(options.wrongCodeCredit());
        options.layerWeights().forEach(copy::layerWeight);
        return copy;
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

    /**
     * Takes the feedback points and adjustments from the review again, keeping the scores (which do not
     * depend on them): quick, and the views' rows stay the same.
     */
    private void refreshGrades() {
        if (report == null) {
            return;
        }
        List<ClassReport.GradedSubmission> graded = report.scores().stream()
                .map(g -> ClassReport.GradedSubmission.of(g.submission(), g.score(), g.kappaWithKey(), review)).toList();
        report = new ClassReport(report.submissions(), report.assignment(), report.options(), graded, report.agreement(),
                report.review());
    }

    /** A copy of the options the class is scored with now. */
    public ScoringOptions options() {
        return copy(options);
    }

    /** The ids and labels of the key's layers (the ones a weight can be given to), or none without a key. */
    public List<Layer> keyLayers() {
        if (submissions.key() == null || submissions.key().document().getAssignment() == null
                || submissions.key().document().getAssignment().getCodebook() == null) {
            return List.of();
        }
        return List.copyOf(submissions.key().document().getAssignment().getCodebook().getLayers());
    }

    /** Scores the class with {@code newOptions} (a copy is kept), without saving them: to try them out. */
    public void scoreWith(ScoringOptions newOptions) {
        options = copy(Objects.requireNonNull(newOptions, "options"));
        regrade();
    }

    /**
     * Scores the class with {@code newOptions} and saves them in the review file, so that the class is scored
     * the same way when it is opened again (and by {@code framebench grade}). On failure the review file's
     * previous options are put back, and the class is scored as before.
     *
     * @throws GradingException when the review file cannot be written (plain words)
     */
    public void saveOptions(ScoringOptions newOptions) throws GradingException {
        ScoringOptions before = options;
        ScoringSettings savedBefore = review.getScoring() == null ? null : EcoreUtil.copy(review.getScoring());
        ReviewStore.setScoringOptions(review, newOptions);
        try {
            ReviewStore.save(review, reviewFile);
        } catch (DocumentException e) {
            review.setScoring(savedBefore);
            options = before;
            regrade();
            throw new GradingException(e.getMessage(), e);
        }
        scoreWith(newOptions);
    }

    /** The graded submission (score, feedback points, adjustment, grade), or {@code null} when not graded. */
    public ClassReport.GradedSubmission gradedOf(Submission submission) {
        if (report == null) {
            return null;
        }
        return report.scores().stream().filter(g -> g.submission() == submission).findFirst().orElse(null);
    }

    /** The instructor's adjustment of {@code submission}'s grade, or {@code null}. */
    public Adjustment adjustmentOf(Submission submission) {
        return submission.isReadable() ? ReviewStore.adjustmentFor(review, submission.document()) : null;
    }

    /**
     * Adds {@code points} (may be negative; 0 removes the adjustment) to {@code submission}'s grade, for
     * {@code reason}, and saves the review file at once. On failure the previous adjustment is put back.
     *
     * @throws GradingException when the points are not a number or the review file cannot be written
     */
    public void setAdjustment(Submission submission, double points, String reason) throws GradingException {
        if (!Double.isFinite(points)) {
            throw new GradingException("Points must be a number.", null);
        }
        Adjustment previous = adjustmentOf(submission);
        Adjustment copyBefore = previous == null ? null : EcoreUtil.copy(previous);
        ReviewStore.setAdjustment(review, submission.document(), points, reason == null ? null : reason.strip(), author);
        try {
            ReviewStore.save(review, reviewFile);
        } catch (DocumentException e) {
            Adjustment now = adjustmentOf(submission);
            if (now != null) {
                review.getAdjustments().remove(now);
            }
            if (copyBefore != null) {
                review.getAdjustments().add(copyBefore);
            }
            throw new GradingException(e.getMessage(), e);
        }
        refreshGrades();
    }

    /**
     * The key's changes (accept into, remove from, undo, redo; each saved to the key's file at once), or
     * {@code null} without a key.
     */
    public KeyAdjudication keyEdits() {
        if (keyEdits == null && hasKey()) {
            keyEdits = new KeyAdjudication(key().document(), key().file());
        }
        return keyEdits;
    }

    /**
     * Copies a student's annotation into the key (see {@link KeyAdjudication#accept}), saves the key and
     * scores the class again.
     *
     * @return the key's new annotation
     * @throws GradingException when it cannot go into the key, or the key cannot be saved (then the key is
     *         as it was, in memory and on disk)
     */
    public Annotation acceptIntoKey(Annotation studentAnnotation) throws GradingException {
        Annotation added = requireKeyEdits().accept(studentAnnotation);
        regrade();
        return added;
    }

    /** Removes one of the key's annotations, saves the key and scores the class again (see {@link #acceptIntoKey}). */
    public void removeFromKey(Annotation keyAnnotation) throws GradingException {
        requireKeyEdits().remove(keyAnnotation);
        regrade();
    }

    /** Takes back the last change to the key, saves it and scores the class again. */
    public void undoKeyChange() throws GradingException {
        requireKeyEdits().undo();
        regrade();
    }

    /** Makes the last change taken back again, saves the key and scores the class again. */
    public void redoKeyChange() throws GradingException {
        requireKeyEdits().redo();
        regrade();
    }

    private KeyAdjudication requireKeyEdits() throws GradingException {
        KeyAdjudication edits = keyEdits();
        if (edits == null) {
            throw new GradingException("This class has no key to change: open the class again with a key.", null);
        }
        return edits;
    }

    /** Who gives the feedback: the instructor's name (see ClassOpener). */
    public String author() {
        return author;
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

    /** The feedback on {@code annotation} of {@code submission} (not on the same annotation in a copy of the file). */
    public List<Feedback> feedbackOn(Submission submission, Annotation annotation) {
        return submission == null || !submission.isReadable() ? List.of()
                : ReviewStore.feedbackOn(review, submission.document(), annotation);
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
        // The feedback's points count in the grade.
        refreshGrades();
        return feedback;
    }

    /** The feedback on the whole of {@code submission} (on no one annotation). */
    public List<Feedback> wholeFeedbackFor(Submission submission) {
        return submission == null || !submission.isReadable() ? List.of()
                : ReviewStore.wholeFeedbackFor(review, submission.document());
    }

    /**
     * Adds the instructor's comment on the whole of {@code submission} and saves the review file at once;
     * on failure it is taken back out. @throws GradingException as {@link #addFeedback}
     */
    public Feedback addWholeFeedback(Submission submission, String text, Double points) throws GradingException {
        checkComment(text, points);
        Feedback feedback = ReviewStore.addWholeFeedback(review, submission.document(), author, text.strip(), points);
        try {
            ReviewStore.save(review, reviewFile);
        } catch (DocumentException e) {
            review.getFeedback().remove(feedback);
            throw new GradingException(e.getMessage(), e);
        }
        refreshGrades();
        return feedback;
    }

    /**
     * Changes a comment's text and points and saves the review file at once; on failure the comment is as
     * it was. @throws GradingException as {@link #addFeedback}
     */
    public void changeFeedback(Feedback feedback, String text, Double points) throws GradingException {
        checkComment(text, points);
        String oldText = feedback.getText();
        Double oldPoints = feedback.getScore();
        feedback.setText(text.strip());
        feedback.setScore(points);
        try {
            ReviewStore.save(review, reviewFile);
        } catch (DocumentException e) {
            feedback.setText(oldText);
            feedback.setScore(oldPoints);
            throw new GradingException(e.getMessage(), e);
        }
        refreshGrades();
    }

    /**
     * Deletes a comment and saves the review file at once; on failure it stays where it was.
     * @return where it was in the review (for {@link #restoreFeedback}), or -1 when it was not there
     */
    public int removeFeedback(Feedback feedback) throws GradingException {
        int index = review.getFeedback().indexOf(feedback);
        if (index < 0) {
            return -1;
        }
        review.getFeedback().remove(index);
        try {
            ReviewStore.save(review, reviewFile);
        } catch (DocumentException e) {
            review.getFeedback().add(index, feedback);
            throw new GradingException(e.getMessage(), e);
        }
        refreshGrades();
        return index;
    }

    /** Puts a deleted comment back at {@code index} and saves the review file at once; on failure it stays out. */
    public void restoreFeedback(Feedback feedback, int index) throws GradingException {
        if (review.getFeedback().contains(feedback)) {
            return;
        }
        review.getFeedback().add(Math.max(0, Math.min(index, review.getFeedback().size())), feedback);
        try {
            ReviewStore.save(review, reviewFile);
        } catch (DocumentException e) {
            review.getFeedback().remove(feedback);
            throw new GradingException(e.getMessage(), e);
        }
        refreshGrades();
    }

    private static void checkComment(String text, Double points) throws GradingException {
        if (text == null || text.isBlank()) {
            throw new GradingException("Write a comment before adding feedback.", null);
        }
        if (points != null && (points.isNaN() || points.isInfinite())) {
            throw new GradingException("Points must be a number.", null);
        }
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

    /**
     * Writes the grade book to {@code file} and the grades as {@code layout}'s platform imports them beside it
     * ({@link org.framebench.export.gradebook.LmsGradeCsv#besideWorkbook}); returns the CSV's path.
     */
    public Path exportGradeBook(Path file, org.framebench.export.gradebook.LmsGradeCsv.Layout layout) throws GradingException {
        exportGradeBook(file);
        Path csv = org.framebench.export.gradebook.LmsGradeCsv.besideWorkbook(file, layout);
        new org.framebench.export.gradebook.LmsGradeCsv(report, layout).export(csv);
        return csv;
    }
}
