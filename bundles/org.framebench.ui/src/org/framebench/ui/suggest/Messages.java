package org.framebench.ui.suggest;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the attribution suggestions in the editor. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.framebench.ui.suggest.messages";

    public static String Suggestions_acceptOne;
    public static String Suggestions_acceptMany;
    public static String Suggestions_dismissOne;
    public static String Suggestions_dismissMany;
    public static String Suggestions_jobName;
    public static String Suggestions_hover;
    public static String Toggle_tooltip;
    public static String Toggle_notAllowed;
    public static String Toggle_noDocument;
    public static String All_title;
    public static String All_noDocument;
    public static String All_notAllowed;
    public static String All_none;
    public static String Key_title;
    public static String Key_noDocument;
    public static String Key_notAllowed;
    public static String Key_failed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
