package org.framebench.ui.feedback;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the feedback returned to a student (the Feedback view, the article hovers). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.framebench.ui.feedback.messages";

    public static String Feedback_none;
    public static String Feedback_grade;
    public static String Feedback_gradeBy;
    public static String Column_where;
    public static String Column_passage;
    public static String Column_comment;
    public static String Column_points;
    public static String Where_whole;
    public static String Where_missed;
    public static String Where_annotation;
    public static String Where_gone;
    public static String Missed_uncommented;
    public static String Feedback_hoverMark;
    public static String Feedback_hoverKeyCode;
    public static String Feedback_hoverGhost;
    public static String Feedback_terms;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
