package org.framebench.grading;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
}
