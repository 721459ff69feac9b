package org.framebench.grading;

import java.util.Collections;
import java.util.List;

import org.framebench.grading.agreement.ClassAgreement;
import org.framebench.grading.scoring.ScoringOptions;
import org.framebench.grading.scoring.StudentScore;
import org.framebench.model.Assignment;
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

    /** A gradable submission and its score. */
    public record GradedSubmission(Submission submission, StudentScore score, double kappaWithKey) {
    }

    public ClassReport {
        scores = Collections.unmodifiableList(scores);
    }
}
