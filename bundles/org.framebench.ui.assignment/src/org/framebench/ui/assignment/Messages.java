package org.framebench.ui.assignment;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the assignment wizard. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.framebench.ui.assignment.messages";

    public static String Wizard_titleNew;
    public static String Wizard_titleEdit;
    public static String Wizard_saveAndClose;
    public static String Details_title;
    public static String Details_description;
    public static String Details_titleLabel;
    public static String Details_titleHint;
    public static String Details_instructionsLabel;
    public static String Details_instructionsHint;
    public static String Details_suggestions;
    public static String Details_suggestionsHint;
    public static String Details_needTitle;
    public static String Articles_title;
    public static String Articles_description;
    public static String Articles_columnNumber;
    public static String Articles_columnOutlet;
    public static String Articles_columnWords;
    public static String Articles_add;
    public static String Articles_up;
    public static String Articles_down;
    public static String Articles_remove;
    public static String Articles_count;
    public static String Articles_outlet;
    public static String Articles_outletHint;
    public static String Articles_headline;
    public static String Articles_date;
    public static String Articles_dateHint;
    public static String Articles_url;
    public static String Articles_urlHint;
    public static String Articles_byline;
    public static String Articles_note;
    public static String Articles_noteHint;
    public static String Articles_textLabel;
    public static String Articles_keepOnly;
    public static String Articles_deleteBefore;
    public static String Articles_deleteAfter;
    public static String Articles_undoTrim;
    public static String Articles_words;
    public static String Articles_warnings;
    public static String Articles_importing;
    public static String Articles_unexpected;
    public static String Articles_tooMany;
    public static String Articles_notAddedTitle;
    public static String Articles_notAdded;
    public static String Articles_trimTitle;
    public static String Articles_trimNothingLeft;
    public static String Articles_needOne;
    public static String Articles_needOutlet;
    public static String Codebook_title;
    public static String Codebook_description;
    public static String Codebook_startFrom;
    public static String Codebook_builtIn;
    public static String Codebook_blank;
    public static String Codebook_import;
    public static String Codebook_summary;
    public static String Codebook_replaceTitle;
    public static String Codebook_replace;
    public static String Codebook_importFailedTitle;
    public static String Codebook_importFailed;
    public static String Check_title;
    public static String Check_description;
    public static String Check_heading;
    public static String Check_columnHeadline;
    public static String Check_problems;
    public static String Check_columnKind;
    public static String Check_columnProblem;
    public static String Check_error;
    public static String Check_warning;
    public static String Check_noProblems;
    public static String Check_hasErrors;
    public static String Check_version;
    public static String Check_newVersion;
    public static String Check_saveAs;
    public static String Check_openAsStudent;
    public static String Check_openAsStudentTip;
    public static String Check_saved;
    public static String Check_savedEarlier;
    public static String Save_failedTitle;
    public static String Save_hasErrors;
    public static String Save_unexpected;
    public static String Save_newVersionTitle;
    public static String Save_newVersion;
    public static String Cancel_title;
    public static String Cancel_message;
    public static String Edit_failedTitle;
    public static String Choose_articles;
    public static String Choose_articlesFilter;
    public static String Choose_allFiles;
    public static String Choose_assignment;
    public static String Choose_assignmentFilter;
    public static String Choose_save;
    public static String Choose_codebook;
    public static String Choose_codebookFilter;
    public static String CheckFile_title;
    public static String CheckFile_heading;
    public static String CheckFile_article;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
