package org.framebench.ui.review;

import java.util.function.Consumer;

import org.eclipse.core.runtime.ListenerList;
import org.framebench.grading.Submission;

/**
 * The class open in the workbench and the student picked in it, shared by the review views. Used from the
 * UI thread only.
 */
public final class ReviewSessions {

    private static ReviewSession current;
    private static Submission selectedStudent;
    private static final ListenerList<Consumer<ReviewSession>> SESSION_LISTENERS = new ListenerList<>();
    private static final ListenerList<Consumer<Submission>> STUDENT_LISTENERS = new ListenerList<>();
    private static final ListenerList<Consumer<String>> STATUS_LISTENERS = new ListenerList<>();

    private ReviewSessions() {
    }

    /** The open class, or {@code null}. */
    public static ReviewSession current() {
        return current;
    }

    public static void setCurrent(ReviewSession session) {
        current = session;
        selectedStudent = null;
        SESSION_LISTENERS.forEach(listener -> listener.accept(session));
    }

    /** Called when the feedback or the scores of the open class changed, so that views redraw. */
    public static void changed() {
        SESSION_LISTENERS.forEach(listener -> listener.accept(current));
    }

    public static Submission selectedStudent() {
        return selectedStudent;
    }

    public static void selectStudent(Submission submission) {
        if (submission == selectedStudent) {
            return;
        }
        selectedStudent = submission;
        STUDENT_LISTENERS.forEach(listener -> listener.accept(submission));
    }

    /** Tells the views a short outcome in plain words (e.g. where the grade book was written). */
    public static void status(String message) {
        STATUS_LISTENERS.forEach(listener -> listener.accept(message));
    }

    public static void addSessionListener(Consumer<ReviewSession> listener) {
        SESSION_LISTENERS.add(listener);
    }

    public static void removeSessionListener(Consumer<ReviewSession> listener) {
        SESSION_LISTENERS.remove(listener);
    }

    public static void addStudentListener(Consumer<Submission> listener) {
        STUDENT_LISTENERS.add(listener);
    }

    public static void removeStudentListener(Consumer<Submission> listener) {
        STUDENT_LISTENERS.remove(listener);
    }

    public static void addStatusListener(Consumer<String> listener) {
        STATUS_LISTENERS.add(listener);
    }

    public static void removeStatusListener(Consumer<String> listener) {
        STATUS_LISTENERS.remove(listener);
    }
}
