package org.framebench.core.returned;

import java.util.ArrayList;
import java.util.List;

import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Feedback;
import org.framebench.model.GhostAnnotation;
import org.framebench.model.MatchKind;
import org.framebench.model.MatchMark;
import org.framebench.model.ReturnedReview;

/**
 * Reading the feedback returned in a student's file ({@link AnnotationDocument#getReturnedReview()}): which
 * mark an annotation has, which ghost a comment is about, and the words and signs for the marks, the same
 * in the Feedback view, the editor and the HTML report.
 */
public final class ReturnedReviews {

    private ReturnedReviews() {
    }

    /** The returned review's mark for {@code annotation}, or {@code null} (not returned, or not marked). */
    public static MatchMark markOf(AnnotationDocument document, Annotation annotation) {
        ReturnedReview returned = document.getReturnedReview();
        if (returned != null) {
            for (MatchMark mark : returned.getMarks()) {
                if (mark.getAnnotation() == annotation) {
                    return mark;
                }
            }
        }
        return null;
    }

    /** The ghost a feedback is about (its annotation id is a missed key annotation's), or {@code null}. */
    public static GhostAnnotation ghostOf(ReturnedReview returned, Feedback feedback) {
        for (GhostAnnotation ghost : returned.getGhosts()) {
            if (feedback.getAnnotationId() != null && feedback.getAnnotationId().equals(ghost.getKeyAnnotationId())) {
                return ghost;
            }
        }
        return null;
    }

    /** Whether {@code feedback} is on the whole submission (names no annotation). */
    public static boolean isOnWholeSubmission(Feedback feedback) {
        return feedback.getAnnotationId() == null || feedback.getAnnotationId().isBlank();
    }

    /** Words for a mark, the same everywhere (view, report): "matched", "partial", "extra", "wrong code". */
    public static String label(MatchKind kind) {
        return switch (kind) {
            case MATCHED -> "matched";
            case PARTIAL -> "partial";
            case EXTRA -> "extra";
            case WRONG_CODE -> "wrong code";
        };
    }

    /** A sign for a mark, so it is told apart without colour: ✓ matched, ≈ partial, + extra, ≠ wrong code; ○ missed. */
    public static String symbol(MatchKind kind) {
        return switch (kind) {
            case MATCHED -> "\u2713";
            case PARTIAL -> "\u2248";
            case EXTRA -> "+";
            case WRONG_CODE -> "\u2260";
        };
    }

    /** The sign of a missed key annotation (a ghost). */
    public static final String MISSED_SYMBOL = "\u25CB";

    /** Feedback of {@code returned} in reading order: the whole submission first, then as listed. */
    public static List<Feedback> ordered(ReturnedReview returned) {
        List<Feedback> list = new ArrayList<>();
        returned.getFeedback().stream().filter(ReturnedReviews::isOnWholeSubmission).forEach(list::add);
        returned.getFeedback().stream().filter(f -> !isOnWholeSubmission(f)).forEach(list::add);
        return list;
    }

}
