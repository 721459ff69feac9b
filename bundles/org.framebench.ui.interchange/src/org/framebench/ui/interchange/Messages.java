package org.framebench.ui.interchange;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the interchange wizards. */
public final class Messages extends NLS {

    public static String Export_title;
    public static String Export_pageTitle;
    public static String Export_pageDescription;
    public static String Export_noDocument;
    public static String Export_doneTitle;
    public static String Export_done;
    public static String Export_failed;
    public static String Import_title;
    public static String Import_pageTitle;
    public static String Import_pageDescription;
    public static String Import_into;
    public static String Import_intoExample;
    public static String Import_doneTitle;
    public static String Import_done;
    public static String Import_failed;
    public static String Page_format;
    public static String Page_fileTarget;
    public static String Page_folderTarget;
    public static String Page_fileSource;
    public static String Page_folderSource;
    public static String Page_browse;
    public static String Page_chooseTarget;
    public static String Page_chooseSource;
    public static String Page_sourceMissing;
    public static String Report_losses;
    public static String Report_noLosses;

    static {
        NLS.initializeMessages("org.framebench.ui.interchange.messages", Messages.class);
    }

    private Messages() {
    }
}
