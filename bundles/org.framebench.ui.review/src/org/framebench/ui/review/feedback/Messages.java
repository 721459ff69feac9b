package org.framebench.ui.review.feedback;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of returning feedback and of editing comments in the Review perspective. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.framebench.ui.review.feedback.messages";

    public static String Return_title;
    public static String Return_noClass;
    public static String Return_noKey;
    public static String Return_chooseFolder;
    public static String Return_job;
    public static String Return_done;
    public static String Return_unreadableName;
    public static String Comments_whole;
    public static String Comments_edit;
    public static String Comments_delete;
    public static String Comments_save;
    public static String Comments_undoDelete;
    public static String Comments_restored;
    public static String Comments_deleted;
    public static String Comments_changed;
    public static String Comments_onMissed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
