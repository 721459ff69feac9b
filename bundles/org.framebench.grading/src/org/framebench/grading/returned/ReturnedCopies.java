package org.framebench.grading.returned;

import java.util.Date;
import java.util.Objects;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.framebench.core.codebook.Codebooks;
import org.framebench.core.document.Documents;
import org.framebench.grading.ClassReport.GradedSubmission;
import org.framebench.grading.review.ReviewStore;
import org.framebench.grading.scoring.AnnotationMatch;
import org.framebench.grading.scoring.MatchStatus;
import org.framebench.grading.scoring.ScoreTerm;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Code;
import org.framebench.model.Feedback;
import org.framebench.model.FramebenchFactory;
import org.framebench.model.GhostAnnotation;
import org.framebench.model.MatchKind;
import org.framebench.model.MatchMark;
import org.framebench.model.ReturnedReview;
import org.framebench.model.ReturnedTerm;
import org.framebench.model.ReviewDocument;

/**
 * The copy of a student's file handed back to that student: their own document, annotations unchanged
 * (same ids), with a {@link ReturnedReview} holding their feedback, their score terms and grade (the grade
 * book's arithmetic), how each annotation fared and the key annotations they missed (as ghosts: code and
 * span only). Built from that student's {@link GradedSubmission} and the class review only: nothing of any
 * other student goes in.
 */
public final class ReturnedCopies {

    private ReturnedCopies() {
    }

    /**
     * The returned copy of {@code graded}'s document, with its feedback from {@code review} (may be
     * {@code null}). The submission's document itself is not changed.
     */
    public static AnnotationDocument returnedCopy(GradedSubmission graded, ReviewDocument review, String author) {
        AnnotationDocument original = graded.submission().document();
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        AnnotationDocument copy = (AnnotationDocument) copier.copy(original);
        copier.copyReferences();
        copy.setReturnedReview(null);

        ReturnedReview returned = FramebenchFactory.eINSTANCE.createReturnedReview();
        returned.setReturned(new Date());
        returned.setAuthor(author);
        returned.setScore(graded.score().total());
        returned.setFeedbackPoints(graded.feedbackPoints());
        returned.setAdjustment(graded.adjustment());
        returned.setAdjustmentReason(graded.adjustmentReason());
        returned.setGrade(graded.grade());
        returned.setExplanation(graded.explanation());
        for (ScoreTerm term : graded.score().terms()) {
            ReturnedTerm returnedTerm = FramebenchFactory.eINSTANCE.createReturnedTerm();
            returnedTerm.setLabel(term.label());
            returnedTerm.setWeight(term.weight());
            returnedTerm.setValue(term.value());
            returnedTerm.setNote(term.note());
            returned.getTerms().add(returnedTerm);
        }
        for (AnnotationMatch match : graded.score().matches()) {
            if (match.status() == MatchStatus.MISSED) {
                returned.getGhosts().add(ghost(match.key(), copy));
            } else {
                MatchMark mark = FramebenchFactory.eINSTANCE.createMatchMark();
                mark.setAnnotation((Annotation) copier.get(match.student()));
                mark.setKind(kind(match.status()));
                mark.setOverlap(match.overlap());
                if (match.key() != null && match.status() != MatchStatus.MATCHED) {
                    mark.setKeyCode(codeIn(copy, match.key().getCode()));
                }
                returned.getMarks().add(mark);
            }
        }
        for (Feedback feedback : ReviewStore.feedbackFor(review, original)) {
            Feedback returnedFeedback = EcoreUtil.copy(feedback);
            returnedFeedback.setAnnotation(annotationById(copy, feedback.getAnnotationId()));
            returned.getFeedback().add(returnedFeedback);
        }
        copy.setReturnedReview(returned);
        copy.setFormatVersion(Documents.formatVersionFor(copy));
        return copy;
    }

    private static GhostAnnotation ghost(Annotation key, AnnotationDocument copy) {
        GhostAnnotation ghost = FramebenchFactory.eINSTANCE.createGhostAnnotation();
        ghost.setKeyAnnotationId(key.getId());
        ghost.setArticle(copy.getAssignment().getArticles().stream()
                .filter(article -> key.getArticle() != null && Objects.equals(article.getId(), key.getArticle().getId()))
                .findFirst().orElse(null));
        ghost.setRegion(key.getRegion());
        ghost.setBegin(key.getBegin());
        ghost.setEnd(key.getEnd());
        ghost.setCoveredText(key.getCoveredText());
        ghost.setCode(codeIn(copy, key.getCode()));
        return ghost;
    }

    private static Code codeIn(AnnotationDocument copy, Code code) {
        return code == null ? null : Codebooks.findById(copy.getAssignment().getCodebook(), code.getId()).orElse(null);
    }

    private static Annotation annotationById(AnnotationDocument document, String id) {
        if (id == null) {
            return null;
        }
        for (Annotation annotation : document.getAnnotations()) {
            if (id.equals(annotation.getId())) {
                return annotation;
            }
        }
        return null;
    }

    private static MatchKind kind(MatchStatus status) {
        return switch (status) {
            case MATCHED -> MatchKind.MATCHED;
            case PARTIAL -> MatchKind.PARTIAL;
            case WRONG_CODE -> MatchKind.WRONG_CODE;
            default -> MatchKind.EXTRA;
        };
    }
}
