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
    public static String Action_undo;
    public static String Action_undoNamed;
    public static String Action_redo;
    public static String Action_redoNamed;
    public static String Action_delete;
    public static String Action_deleteAnnotation;
    public static String Editor_notADocument;
    public static String Editor_layoutLabel;
    public static String Editor_layoutAll;
    public static String Editor_layoutTwo;
    public static String Editor_layoutOne;
    public static String Editor_articleHeader;
    public static String Editor_annotateAs;
    public static String Editor_hoverNote;
    public static String Editor_fileFilter;
    public static String Editor_allFiles;
    public static String Editor_saveFailedTitle;
    public static String Open_failedTitle;
    public static String Open_defaultFailed;
    public static String Open_updatedTitle;
    public static String Open_editedTitle;
    public static String Open_reanchorFailed;
    public static String Open_unreadableName;
    public static String Editor_saveUnreadableName;
    public static String Recovery_title;
    public static String Recovery_question;
    public static String Recovery_item;
    public static String Recovery_noName;
    public static String Recovery_neverSaved;
    public static String Recovery_open;
    public static String Recovery_discard;
    public static String Recovery_keep;
    public static String Recovery_discardTitle;
    public static String Recovery_discardQuestion;
    public static String Recovery_discardConfirm;
    public static String Recovery_discardCancel;
    public static String Autosave_failedTitle;
    public static String Autosave_failed;
    public static String Autosave_failedDialog;
    public static String Autosave_saveAs;
    public static String Instance_alreadyRunning;
    public static String Instance_opened;
    public static String Instance_notOpened;
    public static String Instance_noAnswer;
    public static String Instance_noWindow;
    public static String Instance_handOffFailed;
    public static String Instance_fileProblem;
    public static String Recovery_problems;
    public static String Codebook_keyColumn;
    public static String Codebook_codeColumn;
    public static String Identity_title;
    public static String Identity_intro;
    public static String Identity_name;
    public static String Identity_id;
    public static String Instructor_title;
    public static String Preferences_intro;
    public static String Preferences_instructorIntro;
    public static String Preferences_instructorName;
    public static String Instructor_intro;
    public static String Instructor_nameNeeded;
    public static String Key_saveFailedTitle;
    public static String Key_noDocument;
    public static String Key_notOverOwnFile;
    public static String Key_saveFailed;
    public static String Key_savedTitle;
    public static String Key_saved;
    public static String Details_noDocument;
    public static String Details_nothingSelected;
    public static String Details_code;
    public static String Details_note;
    public static String Details_noteHint;
    public static String Details_links;
    public static String Details_linkTo;
    public static String Details_goTo;
    public static String Details_removeLink;
    public static String Details_yes;
    public static String Details_linkOut;
    public static String Details_linkIn;
    public static String Link_title;
    public static String Link_intro;
    public static String Link_filter;
    public static String Link_kind;
    public static String Link_note;
    public static String Link_ok;
    public static String LinkKind_sameStatement;
    public static String LinkKind_sameSource;
    public static String LinkKind_contrastingFraming;
    public static String LinkKind_omission;
    public static String Column_article;
    public static String Column_layer;
    public static String Column_code;
    public static String Column_text;
    public static String Annotations_inHeadline;
    public static String Column_attributes;
    public static String Column_note;
    public static String Column_links;
    public static String Annotations_article;
    public static String Annotations_layer;
    public static String Annotations_code;
    public static String Annotations_search;
    public static String Annotations_searchHint;
    public static String Annotations_all;
    public static String Annotations_counts;
    public static String Counts_total;
    public static String Conflict_title;
    public static String Conflict_sinceOpened;
    public static String Conflict_sinceSaved;
    public static String Conflict_created;
    public static String Conflict_overwrite;
    public static String Conflict_saveAs;
    public static String Conflict_reload;
    public static String Conflict_cancel;
    public static String Reload_title;
    public static String Reload_question;
    public static String Reload_confirm;
    public static String Reload_failed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
