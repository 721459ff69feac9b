package org.framebench.grading;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.framebench.core.document.DocumentException;
import org.framebench.grading.agreement.ClassAgreement;
import org.framebench.grading.review.ReviewStore;
import org.framebench.grading.scoring.Scorer;
import org.framebench.grading.scoring.ScoringOptions;
import org.framebench.grading.scoring.StudentScore;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.ReviewDocument;

/**
 * One call from a folder of submissions and a key to a {@link ClassReport}: what the {@code grade} command
 * and the workbench both use.
 *
 * <pre>
 * ClassReport report = ClassGrading.grade(Path.of("class"), Path.of("key.fbench"), new ScoringOptions());
 * new GradeBook(report).export(Path.of("grades.xlsx"));   // org.framebench.export.gradebook
 * </pre>
 */
public final class ClassGrading {

    private ClassGrading() {
    }

    /**
     * Loads the class in {@code submissionsFolder}, scores every gradable submission against the key and
     * computes the class's agreement. The review file {@link ReviewStore#FILE_NAME} in the folder, if there,
     * is read too.
     *
     * @param keyFile the key; {@code null} to use a file with role "key" found in the folder
     * @throws GradingException when the folder or the key cannot be read, there is no key, or the review
     *         file is damaged; the message is plain words
     */
    public static ClassReport grade(Path submissionsFolder, Path keyFile, ScoringOptions options) throws GradingException {
        return grade(submissionsFolder, keyFile, saved -> options);
    }

    /**
     * As {@link #grade(Path, Path, ScoringOptions)}, with the options the class review file saved (the
     * defaults if none) changed by {@code overrides} (what the instructor gave on the command line, say).
     *
     * @throws IllegalArgumentException when the options give a weight to a layer the key's codebook does not have
     */
    public static ClassReport grade(Path submissionsFolder, Path keyFile,
            java.util.function.UnaryOperator<ScoringOptions> overrides) throws GradingException {
        return grade(ClassSubmissions.load(submissionsFolder, keyFile), submissionsFolder, overrides);
    }

    /**
     * As {@link #grade(Path, Path, java.util.function.UnaryOperator)}, for a class already loaded from
     * {@code submissionsFolder} (whose review file is read).
     */
    public static ClassReport grade(ClassSubmissions submissions, Path submissionsFolder,
            java.util.function.UnaryOperator<ScoringOptions> overrides) throws GradingException {
        if (submissions.key() == null) {
            throw new GradingException("There is no key to grade against: give one, or put a file with role \"key\" "
                    + "in " + submissionsFolder.getFileName() + ".", null);
        }
        ReviewDocument review = null;
        Path reviewFile = ReviewStore.reviewFileOf(submissionsFolder);
        if (Files.exists(reviewFile)) {
            try {
                review = ReviewStore.load(reviewFile);
            } catch (DocumentException e) {
                throw new GradingException(e.getMessage(), e);
            }
        }
        ScoringOptions options = overrides.apply(ReviewStore.scoringOptions(review, new ScoringOptions()));
        options.checkLayers(submissions.key().document().getAssignment().getCodebook().getLayers().stream()
                .map(org.framebench.model.Layer::getId).toList());
        return grade(submissions, options, review);
    }

    /** Scores an already loaded class (the workbench keeps one open) with the given review (or {@code null}). */
    public static ClassReport grade(ClassSubmissions submissions, ScoringOptions options, ReviewDocument review) {
        AnnotationDocument key = submissions.key().document();
        List<Submission> gradable = submissions.gradable();
        Scorer scorer = new Scorer(options);
        StudentScore[] scores = new StudentScore[gradable.size()];
        IntStream.range(0, gradable.size()).parallel()
                .forEach(i -> scores[i] = scorer.score(gradable.get(i).document(), key));
        List<AnnotationDocument> documents = gradable.stream().map(Submission::document).toList();
        ClassAgreement agreement = ClassAgreement.compute(documents, key, key.getAssignment());
        List<ClassReport.GradedSubmission> graded = new ArrayList<>(gradable.size());
        for (int i = 0; i < gradable.size(); i++) {
            graded.add(ClassReport.GradedSubmission.of(gradable.get(i), scores[i], agreement.kappaWithKey(i), review));
        }
        return new ClassReport(submissions, key.getAssignment(), options, graded, agreement, review);
    }

    /**
     * What a class graded as a stream does with each student while the document is in memory, beside scoring
     * it: the grade book makes the student's sheet here. Called on several threads at once; {@code graded} is
     * the student's score with the document (its kappa with the key is not known yet: {@code NaN}),
     * {@code review} the class's review file or {@code null}.
     *
     * @param <T> what is kept of each student (the made sheet, say)
     */
    @FunctionalInterface
    public interface StudentSink<T> {
        T accept(ClassReport.GradedSubmission graded, ReviewDocument review);
    }

    /**
     * A class graded as a stream, and what the {@link StudentSink} kept of each graded student.
     *
     * @param kept per graded submission (by identity), what the sink returned
     */
    public record StreamedReport<T>(ClassReport report, Map<Submission, T> kept) {
    }

    /**
     * As {@link #grade(Path, Path, java.util.function.UnaryOperator)}, for a class of any size: each file is
     * read, checked, scored, given to {@code sink} and let go before most others are read (see
     * {@link ClassSubmissions#stream}); what agreement needs of it is kept as {@link ClassAgreement.Marks},
     * the score {@link StudentScore#released() without the document}, the submission
     * {@link Submission#isReleased() released}. The scores and agreement figures are the same as
     * {@link #grade(Path, Path, java.util.function.UnaryOperator)}'s.
     *
     * @throws GradingException as {@link #grade(Path, Path, java.util.function.UnaryOperator)}
     */
    public static <T> StreamedReport<T> gradeStreamed(Path submissionsFolder, Path keyFile,
            java.util.function.UnaryOperator<ScoringOptions> overrides, StudentSink<T> sink) throws GradingException {
        ReviewDocument[] review = new ReviewDocument[1];
        ScoringOptions[] options = new ScoringOptions[1];
        ClassSubmissions.Streamed<Kept<T>> streamed = ClassSubmissions.stream(submissionsFolder, keyFile, key -> {
            if (key == null) {
                throw new GradingException("There is no key to grade against: give one, or put a file with role \"key\" "
                        + "in " + submissionsFolder.getFileName() + ".", null);
            }
            Path reviewFile = ReviewStore.reviewFileOf(submissionsFolder);
            if (Files.exists(reviewFile)) {
                try {
                    review[0] = ReviewStore.load(reviewFile);
                } catch (DocumentException e) {
                    throw new GradingException(e.getMessage(), e);
                }
            }
            options[0] = overrides.apply(ReviewStore.scoringOptions(review[0], new ScoringOptions()));
            options[0].checkLayers(key.document().getAssignment().getCodebook().getLayers().stream()
                    .map(org.framebench.model.Layer::getId).toList());
            Scorer scorer = new Scorer(options[0]);
            AnnotationDocument keyDocument = key.document();
            return submission -> {
                StudentScore score = scorer.score(submission.document(), keyDocument);
                ClassReport.GradedSubmission graded = ClassReport.GradedSubmission.of(submission, score, Double.NaN, review[0]);
                T made = sink.accept(graded, review[0]);
                return new Kept<>(new ClassReport.GradedSubmission(submission, score.released(), Double.NaN,
                        graded.feedbackPoints(), graded.adjustment(), graded.adjustmentReason()),
                        ClassAgreement.marksOf(submission.document(), keyDocument.getAssignment()), made);
            };
        });
        ClassSubmissions submissions = streamed.submissions();
        AnnotationDocument key = submissions.key().document();
        List<Submission> gradable = submissions.gradable();
        List<ClassAgreement.Marks> marks = new ArrayList<>(gradable.size());
        for (Submission submission : gradable) {
            marks.add(streamed.results().get(submission).marks());
        }
        ClassAgreement agreement = ClassAgreement.fromMarks(marks, ClassAgreement.marksOf(key, key.getAssignment()),
                key.getAssignment());
        List<ClassReport.GradedSubmission> graded = new ArrayList<>(gradable.size());
        Map<Submission, T> kept = new java.util.IdentityHashMap<>();
        for (int i = 0; i < gradable.size(); i++) {
            Kept<T> result = streamed.results().get(gradable.get(i));
            ClassReport.GradedSubmission g = result.graded();
            graded.add(new ClassReport.GradedSubmission(g.submission(), g.score(), agreement.kappaWithKey(i),
                    g.feedbackPoints(), g.adjustment(), g.adjustmentReason()));
            kept.put(gradable.get(i), result.made());
        }
        return new StreamedReport<>(new ClassReport(submissions, key.getAssignment(), options[0], graded, agreement,
                review[0]), kept);
    }

    /** What a streamed class keeps of one graded student. */
    private record Kept<T>(ClassReport.GradedSubmission graded, ClassAgreement.Marks marks, T made) {
    }
}
