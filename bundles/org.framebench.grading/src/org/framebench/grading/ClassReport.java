package org.framebench.grading;

import java.util.Collections;
import java.util.List;

import org.framebench.grading.agreement.ClassAgreement;
import org.framebench.grading.scoring.ScoringOptions;
import org.framebench.grading.scoring.StudentScore;
import org.framebench.model.Assignment;
import org.framebench.grading.review.ReviewStore;
import org.framebench.model.Adjustment;
import org.framebench.model.ReviewDocument;

/**
 * Everything about a graded class: the submissions (with their problems), each gradable student's score
 * against the key, agreement among the students, and the instructor's review (may be {@code null}).
 *
 * @param submissions the class as loaded
 * @param assignment the assignment compared on (the key's)
 * @param options the scoring options used
 * @param scores one per gradable submission, in the order of {@link ClassSubmissions#gradable()}
 * @param agreement agreement among the gradable students
 * @param review the class review file's content, or {@code null}
 */
public record ClassReport(ClassSubmissions submissions, Assignment assignment, ScoringOptions options,
        List<GradedSubmission> scores, ClassAgreement agreement, ReviewDocument review) {

    /**
     * A gradable submission, its score against the key and what the instructor added: the points given in
     * feedback on its annotations and a manual adjustment. Its {@link #grade()} is their sum, kept within
     * 0 to 100; {@link #explanation()} shows every term.
     *
     * @param feedbackPoints the sum of the points given in feedback on this submission's annotations
     * @param adjustment the instructor's manual adjustment (points), 0 if none
     * @param adjustmentReason why, or {@code null}
     */
    public record GradedSubmission(Submission submission, StudentScore score, double kappaWithKey, double feedbackPoints,
            double adjustment, String adjustmentReason) {

        /**
         * {@code submission} scored as {@code score}, with the feedback points and the adjustment {@code review}
         * (may be null) gives it: how grading and the Review perspective both make one.
         */
        public static GradedSubmission of(Submission submission, StudentScore score, double kappaWithKey, ReviewDocument review) {
            double feedbackPoints = ReviewStore.feedbackFor(review, submission.document()).stream()
                    .filter(feedback -> feedback.getScore() != null && Double.isFinite(feedback.getScore()))
                    .mapToDouble(feedback -> feedback.getScore()).sum();
            Adjustment adjustment = ReviewStore.adjustmentFor(review, submission.document());
            return new GradedSubmission(submission, score, kappaWithKey, feedbackPoints,
                    adjustment == null ? 0 : adjustment.getPoints(), adjustment == null ? null : adjustment.getReason());
        }

        /** The grade handed out: score + feedback points + adjustment, at least 0 and at most 100. */
        public double grade() {
            return grade(score.total(), feedbackPoints, adjustment);
        }

        /** {@code total + feedbackPoints + adjustment}, kept within 0 and 100 (what the grade book's Grade formula does). */
        public static double grade(double total, double feedbackPoints, double adjustment) {
            return Math.max(0, Math.min(100, total + feedbackPoints + adjustment));
        }

        /** Every term of {@link #grade()}, in one line. */
        public String explanation() {
            String text = "Score " + score.explanation();
            double sum = score.total() + feedbackPoints + adjustment;
            if (feedbackPoints != 0 || adjustment != 0) {
                text += ". Grade = " + oneDecimal(score.total()) + (feedbackPoints != 0 ? " " + signed(feedbackPoints)
                        + " feedback points" : "") + (adjustment != 0 ? " " + signed(adjustment) + " adjustment"
                                + (adjustmentReason == null || adjustmentReason.isBlank() ? "" : " (" + adjustmentReason + ")") : "")
                        + " = " + oneDecimal(sum);
            }
            if (sum > 100) {
                text += ", capped at 100";
            } else if (sum < 0) {
                text += ", raised to 0";
            }
            return text + ".";
        }

        private static String oneDecimal(double value) {
            return String.format(java.util.Locale.ROOT, "%.1f", value);
        }

        private static String signed(double value) {
            return (value < 0 ? "− " : "+ ") + oneDecimal(Math.abs(value));
        }
    }

    public ClassReport {
        scores = Collections.unmodifiableList(scores);
    }
}
