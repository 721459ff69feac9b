package org.framebench.grading.review;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.framebench.core.document.DocumentException;
import org.framebench.core.document.DocumentException.Kind;
import org.framebench.core.document.DocumentStore;
import org.framebench.core.document.Documents;
import org.framebench.grading.scoring.ScoringOptions;
import org.framebench.model.Adjustment;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Feedback;
import org.framebench.model.FramebenchFactory;
import org.framebench.model.FramebenchPackage;
import org.framebench.model.LayerWeight;
import org.framebench.model.ReviewDocument;
import org.framebench.model.ScoringSettings;
import org.framebench.model.resource.FramebenchResources;

/**
 * The instructor's review of a class, kept in its own file beside the submissions ({@link #FILE_NAME}) so
 * that feedback never changes a student's file. Feedback names the annotation by its UUID and the
 * submission by the document id and the student's id, so it survives files being moved or renamed.
 * Saving is atomic and keeps the previous version as {@code .bak}, like {@link DocumentStore}.
 */
public final class ReviewStore {

    /** Name of the review file in a class folder (not {@code .fbench}, so it is never taken for a submission). */
    public static final String FILE_NAME = "class-review.fbreview";

    private ReviewStore() {
    }

    /** A new, empty review of the class answering {@code assignmentId}. */
    public static ReviewDocument newReview(String assignmentId, String author) {
        ReviewDocument review = FramebenchFactory.eINSTANCE.createReviewDocument();
        review.setId(UUID.randomUUID().toString());
        review.setFormatVersion(Documents.PLAIN_FORMAT_VERSION);
        review.setAssignmentId(assignmentId);
        review.setAuthor(author);
        Date now = new Date();
        review.setCreated(now);
        review.setModified(now);
        review.setToolVersion(Documents.TOOL_VERSION);
        return review;
    }

    /**
     * The review file of a class folder; of a class handed in as a ZIP ({@code CLASS.zip}), the file
     * {@code CLASS.fbreview} beside it (the ZIP itself is never written).
     */
    public static Path reviewFileOf(Path classFolder) {
        if (org.framebench.grading.lms.ClassArchive.isArchive(classFolder)) {
            String name = classFolder.getFileName().toString();
            return classFolder.resolveSibling(name.substring(0, name.length() - ".zip".length()) + ".fbreview");
        }
        return classFolder.resolve(FILE_NAME);
    }

    /** The review in {@code file}, or a new one for {@code assignmentId} when there is no such file yet. */
    public static ReviewDocument loadOrCreate(Path file, String assignmentId, String author) throws DocumentException {
        return Files.exists(file) ? load(file) : newReview(assignmentId, author);
    }

    public static ReviewDocument load(Path file) throws DocumentException {
        String name = file.getFileName().toString();
        // A plain file of a sane size only: the class folder holds what students handed in.
        byte[] bytes = DocumentStore.readFile(file, DocumentStore.MAX_FILE_BYTES);
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8);
        if (bytes.length == 0 || head.isBlank()) {
            throw new DocumentException(Kind.EMPTY, "The review file " + name + " is empty.", null);
        }
        if (head.contains("<!DOCTYPE")) {
            throw new DocumentException(Kind.UNSAFE, name + " contains a document type declaration, which Framebench "
                    + "files never have; it was not opened, for safety.", null);
        }
        if (!head.contains(FramebenchPackage.eNS_URI)) {
            throw new DocumentException(Kind.NOT_FRAMEBENCH, name + " is not a Framebench review file.", null);
        }
        Resource resource = FramebenchResources.newResourceSet()
                .createResource(URI.createFileURI(file.toAbsolutePath().toString()));
        try {
            resource.load(new ByteArrayInputStream(bytes), null);
        } catch (IOException | RuntimeException e) {
            throw new DocumentException(Kind.DAMAGED, "The review file " + name + " is damaged and cannot be opened; "
                    + "its backup (" + name + DocumentStore.BACKUP_SUFFIX + ") may hold the previous version.", e);
        }
        EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
        if (!(root instanceof ReviewDocument review)) {
            throw new DocumentException(Kind.NOT_FRAMEBENCH, name + " is not a Framebench review file.", null);
        }
        if (review.getFormatVersion() > Documents.FORMAT_VERSION) {
            throw new DocumentException(Kind.NEWER_VERSION, name + " was written by a newer version of Framebench"
                    + (Documents.TOOL_VERSION.equals(review.getToolVersion()) || review.getToolVersion() == null ? ""
                            : " (" + review.getToolVersion() + ")")
                    + ": it uses file format " + review.getFormatVersion() + ", and this version reads formats up to "
                    + Documents.FORMAT_VERSION + ". Please update Framebench to open it.", null);
        }
        return review;
    }

    /** Saves atomically, keeping the previous version as {@code file.bak}. */
    public static void save(ReviewDocument review, Path file) throws DocumentException {
        byte[] bytes;
        try {
            review.setModified(new Date());
            Resource resource = review.eResource();
            if (resource == null) {
                resource = FramebenchResources.newResourceSet().createResource(URI.createURI("memory.fbreview"));
                resource.getContents().add(review);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
            resource.save(out, null);
            bytes = out.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw new DocumentException(Kind.WRITE_FAILED, "The review could not be prepared for saving: " + e.getMessage(), e);
        }
        DocumentStore.writeAtomically(bytes, file, true);
    }

    /**
     * Adds feedback on {@code annotation} of {@code submission} to the review (the submission itself is not
     * touched). {@code score} may be {@code null}.
     */
    public static Feedback addFeedback(ReviewDocument review, AnnotationDocument submission, Annotation annotation,
            String author, String text, Double score) {
        Feedback feedback = FramebenchFactory.eINSTANCE.createFeedback();
        feedback.setId(UUID.randomUUID().toString());
        feedback.setAnnotationId(annotation.getId());
        feedback.setSubmissionId(submission.getId());
        feedback.setSubmissionAnnotatorId(submission.getAnnotatorId());
        feedback.setAuthor(author);
        feedback.setText(text);
        feedback.setScore(score);
        feedback.setCreated(new Date());
        review.getFeedback().add(feedback);
        return feedback;
    }

    /**
     * Adds feedback on the whole of {@code submission} (on no one annotation). {@code score} may be {@code null}.
     * Feedback on a key annotation the student missed is {@link #addFeedback} with that key annotation.
     */
    public static Feedback addWholeFeedback(ReviewDocument review, AnnotationDocument submission, String author, String text,
            Double score) {
        Feedback feedback = FramebenchFactory.eINSTANCE.createFeedback();
        feedback.setId(UUID.randomUUID().toString());
        feedback.setSubmissionId(submission.getId());
        feedback.setSubmissionAnnotatorId(submission.getAnnotatorId());
        feedback.setAuthor(author);
        feedback.setText(text);
        feedback.setScore(score);
        feedback.setCreated(new Date());
        review.getFeedback().add(feedback);
        return feedback;
    }

    /** The review's feedback on the whole of {@code submission} (naming no annotation). */
    public static List<Feedback> wholeFeedbackFor(ReviewDocument review, AnnotationDocument submission) {
        List<Feedback> found = new ArrayList<>();
        for (Feedback feedback : feedbackFor(review, submission)) {
            if (feedback.getAnnotationId() == null || feedback.getAnnotationId().isBlank()) {
                found.add(feedback);
            }
        }
        return found;
    }

    /**
     * Whether what was recorded for (document id, student id) is about {@code submission}: the same document
     * by the same student (a copy of a file handed in under another student's id shares the document id, not
     * the student), or, recorded without a document id, the same student.
     */
    private static boolean concerns(String submissionId, String annotatorId, AnnotationDocument submission) {
        if (submissionId != null) {
            return submissionId.equals(submission.getId()) && blankToNull(annotatorId) == null
                    || submissionId.equals(submission.getId()) && Objects.equals(blankToNull(annotatorId), blankToNull(submission.getAnnotatorId()));
        }
        return blankToNull(annotatorId) != null && annotatorId.equals(submission.getAnnotatorId());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** The review's feedback on annotations of {@code submission} (by document id and student id, or by student id). */
    public static List<Feedback> feedbackFor(ReviewDocument review, AnnotationDocument submission) {
        List<Feedback> found = new ArrayList<>();
        if (review == null) {
            return found;
        }
        for (Feedback feedback : review.getFeedback()) {
            if (concerns(feedback.getSubmissionId(), feedback.getSubmissionAnnotatorId(), submission)) {
                found.add(feedback);
            }
        }
        return found;
    }

    /**
     * The review's feedback on one annotation of one submission: the annotation's UUID and the submission's
     * document id (or, for feedback recorded without one, the student's id) must both match, so feedback on
     * a student's annotation never shows on a copy of that file handed in by someone else.
     */
    public static List<Feedback> feedbackOn(ReviewDocument review, AnnotationDocument submission, Annotation annotation) {
        List<Feedback> found = new ArrayList<>();
        if (review != null) {
            for (Feedback feedback : feedbackFor(review, submission)) {
                if (Objects.equals(feedback.getAnnotationId(), annotation.getId())) {
                    found.add(feedback);
                }
            }
        }
        return found;
    }

    /** The instructor's adjustment of {@code submission}'s total (by document id, or by student id), or null. */
    public static Adjustment adjustmentFor(ReviewDocument review, AnnotationDocument submission) {
        if (review == null) {
            return null;
        }
        for (Adjustment adjustment : review.getAdjustments()) {
            if (concerns(adjustment.getSubmissionId(), adjustment.getSubmissionAnnotatorId(), submission)) {
                return adjustment;
            }
        }
        return null;
    }

    /**
     * Sets the adjustment of {@code submission}'s total to {@code points} with {@code reason}; 0 points
     * removes it. @return the adjustment, or null when removed
     */
    public static Adjustment setAdjustment(ReviewDocument review, AnnotationDocument submission, double points, String reason,
            String author) {
        if (!Double.isFinite(points)) {
            throw new IllegalArgumentException("An adjustment must be a number of points, not " + points + ".");
        }
        Adjustment adjustment = adjustmentFor(review, submission);
        if (points == 0) {
            if (adjustment != null) {
                review.getAdjustments().remove(adjustment);
            }
            return null;
        }
        if (adjustment == null) {
            adjustment = FramebenchFactory.eINSTANCE.createAdjustment();
            adjustment.setId(UUID.randomUUID().toString());
            adjustment.setSubmissionId(submission.getId());
            adjustment.setSubmissionAnnotatorId(submission.getAnnotatorId());
            review.getAdjustments().add(adjustment);
        }
        adjustment.setPoints(points);
        adjustment.setReason(reason);
        adjustment.setAuthor(author);
        adjustment.setCreated(new Date());
        return adjustment;
    }

    /** The scoring options saved in {@code review}, over {@code defaults} (unchanged when none are saved). */
    public static ScoringOptions scoringOptions(ReviewDocument review, ScoringOptions defaults) {
        ScoringSettings settings = review == null ? null : review.getScoring();
        if (settings == null) {
            return defaults;
        }
        if (settings.getThreshold() != null) {
            defaults.threshold(settings.getThreshold());
        }
        if (settings.getWrongCodeCredit() != null) {
            defaults.wrongCodeCredit(settings.getWrongCodeCredit());
        }
        if (settings.getDefaultLayerWeight() != null) {
            defaults.defaultLayerWeight(settings.getDefaultLayerWeight());
        }
        if (settings.getAttributeWeight() != null) {
            defaults.attributeWeight(settings.getAttributeWeight());
        }
        if (settings.getLinkWeight() != null) {
            defaults.linkWeight(settings.getLinkWeight());
        }
        for (LayerWeight weight : settings.getLayerWeights()) {
            defaults.layerWeight(weight.getLayerId(), weight.getWeight());
        }
        return defaults;
    }

    /** Saves {@code options} into {@code review} (replacing what was saved), so the class is scored the same way again. */
    public static void setScoringOptions(ReviewDocument review, ScoringOptions options) {
        ScoringSettings settings = FramebenchFactory.eINSTANCE.createScoringSettings();
        settings.setThreshold(options.threshold());
        settings.setWrongCodeCredit(options.wrongCodeCredit());
        settings.setDefaultLayerWeight(options.defaultLayerWeight());
        settings.setAttributeWeight(options.attributeWeight());
        settings.setLinkWeight(options.linkWeight());
        options.layerWeights().forEach((layerId, weight) -> {
            LayerWeight layerWeight = FramebenchFactory.eINSTANCE.createLayerWeight();
            layerWeight.setLayerId(layerId);
            layerWeight.setWeight(weight);
            settings.getLayerWeights().add(layerWeight);
        });
        review.setScoring(settings);
    }
}
