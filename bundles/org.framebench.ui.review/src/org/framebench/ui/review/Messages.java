package org.framebench.ui.review;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the review views. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.framebench.ui.review.messages";

    public static String Key_title;
    public static String Key_pickStudent;
    public static String Key_unreadable;
    public static String Key_noStudents;
    public static String Key_draftTitle;
    public static String Key_draftQuestion;
    public static String Key_shareInvalid;
    public static String Key_drafted;
    public static String Key_openFailed;
    public static String Author_unknown;
    public static String Class_feedback;
    public static String Class_file;
    public static String Class_id;
    public static String Class_links;
    public static String Class_modified;
    public static String Class_noClass;
    public static String Class_noKey;
    public static String Class_problems;
    public static String Class_score;
    public static String Class_student;
    public static String Class_summary;
    public static String Export_done;
    public static String Export_failedTitle;
    public static String Export_unreadableName;
    public static String Export_job;
    public static String Export_noClass;
    public static String Export_noKey;
    public static String OpenClass_browse;
    public static String OpenClass_done;
    public static String OpenClass_failedTitle;
    public static String OpenClass_folder;
    public static String OpenClass_folderPrompt;
    public static String OpenClass_intro;
    public static String OpenClass_job;
    public static String OpenClass_key;
    public static String OpenClass_keyHint;
    public static String OpenClass_noFolder;
    public static String OpenClass_noKeyFile;
    public static String OpenClass_unreadableName;
    public static String OpenClass_notAFolder;
    public static String OpenClass_open;
    public static String OpenClass_title;
    public static String Overlay_allCodes;
    public static String Overlay_article;
    public static String Overlay_filter;
    public static String Overlay_hover;
    public static String Overlay_keyUnderlined;
    public static String Overlay_layer;
    public static String Overlay_legend;
    public static String Overlay_noClass;
    public static String Review_addFeedback;
    public static String Review_article;
    public static String Review_comment;
    public static String Review_commentHint;
    public static String Review_feedbackColumn;
    public static String Review_feedbackMissed;
    public static String Review_feedbackNone;
    public static String Review_feedbackPick;
    public static String Review_feedbackPoints;
    public static String Review_feedbackSaved;
    public static String Review_feedbackTitle;
    public static String Review_headline;
    public static String Review_keyCode;
    public static String Review_keyPane;
    public static String Review_legend;
    public static String Review_noClass;
    public static String Review_noKey;
    public static String Review_notGraded;
    public static String Review_overlap;
    public static String Review_pickStudent;
    public static String Review_points;
    public static String Review_pointsHint;
    public static String Review_pointsNotANumber;
    public static String Review_status;
    public static String Review_studentCode;
    public static String Review_studentPane;
    public static String Review_text;
    public static String Status_extra;
    public static String Status_matched;
    public static String Status_missed;
    public static String Status_partial;
    public static String Status_wrongCode;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
