package org.framebench.ui.compare;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the Compare view. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.framebench.ui.compare.messages";

    public static String Compare_rowColumn;
    public static String Compare_noteColumn;
    public static String Compare_omission;
    public static String Compare_omissionRecorded;
    public static String Compare_different;
    public static String Compare_noDocument;
    public static String Compare_empty;
    public static String Compare_summary;
    public static String Compare_summaryNoSources;
    public static String Compare_summaryVerb;
    public static String Compare_summaryNoVerbs;
    public static String Compare_noteLabel;
    public static String Compare_noteKeep;
    public static String Compare_noteHint;
    public static String Compare_showInArticle;
    public static String Compare_recordOmission;
    public static String Compare_recordOmissionNotPossible;
    public static String Compare_recordOmissionNoCode;
    public static String Compare_recorded;
    public static String Compare_hint;
    public static String Compare_tooltipDiffers;
    public static String Compare_tooltipSourceDiffers;
    public static String Compare_tooltipVerbDiffers;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
