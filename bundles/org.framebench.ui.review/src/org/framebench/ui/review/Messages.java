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
    public static String Class_status;
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

    public static String Class_grade;
    public static String Class_gradeTip;
    public static String Options_title;
    public static String Options_intro;
    public static String Options_threshold;
    public static String Options_thresholdHint;
    public static String Options_layerWeight;
    public static String Options_weightHint;
    public static String Options_attributeWeight;
    public static String Options_linkWeight;
    public static String Options_wrongCodeCredit;
    public static String Options_wrongCodeCreditHint;
    public static String Options_restoreDefaults;
    public static String Options_apply;
    public static String Options_live;
    public static String Options_notANumber;
    public static String Options_thresholdInvalid;
    public static String Options_weightInvalid;
    public static String Options_creditInvalid;
    public static String Options_allZero;
    public static String Options_saveFailed;
    public static String Options_saved;
    public static String Options_noClass;
    public static String Options_noKey;
    public static String Adjust_title;
    public static String Adjust_intro;
    public static String Adjust_points;
    public static String Adjust_reason;
    public static String Adjust_reasonHint;
    public static String Adjust_notANumber;
    public static String Adjust_zero;
    public static String Adjust_saveFailed;
    public static String Adjust_saved;
    public static String Adjust_removed;
    public static String Adjust_pickStudent;
    public static String Adjust_notGraded;
    public static String Review_explanation;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
