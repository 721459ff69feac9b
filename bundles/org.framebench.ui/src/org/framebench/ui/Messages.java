package org.framebench.ui;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the workbench. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.framebench.ui.messages";

    public static String Window_title;
    public static String Menu_file;
    public static String Menu_edit;
    public static String Menu_annotate;
    public static String Menu_window;
    public static String Menu_help;
    public static String Editor_untitled;
    public static String Editor_layoutLabel;
    public static String Editor_layoutAll;
    public static String Editor_layoutTwo;
    public static String Editor_layoutOne;
    public static String Editor_articleHeader;
    public static String Open_failedTitle;
    public static String Open_defaultFailed;
    public static String Codebook_keyColumn;
    public static String Codebook_codeColumn;
    public static String Codebook_noDocument;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
