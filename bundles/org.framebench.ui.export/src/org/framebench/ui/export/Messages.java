package org.framebench.ui.export;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the export commands. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.framebench.ui.export.messages";

    public static String Dialog_titleXlsx;
    public static String Dialog_titleCsv;
    public static String Dialog_titleComparisonCsv;
    public static String Dialog_titleSyndicationCsv;
    public static String Dialog_filterXlsx;
    public static String Dialog_filterCsv;
    public static String Job_name;
    public static String Failed_title;
    public static String Failed_unreadableName;
    public static String Failed_noDocument;
    public static String Wizard_title;
    public static String Wizard_description;
    public static String Failed_unexpected;
    public static String Exported_title;
    public static String Exported_message;
    public static String Exported_openFolder;
    public static String Exported_close;
    public static String Exported_folderNotOpenedTitle;
    public static String Exported_folderNotOpened;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
