package org.framebench.ui.align;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of alignment suggestions. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.framebench.ui.align.messages";

    public static String Gutter_tooltip;
    public static String Align_title;
    public static String Align_intro;
    public static String Align_none;
    public static String Align_noSelection;
    public static String Align_columnArticle;
    public static String Align_columnScore;
    public static String Align_columnPassage;
    public static String Align_columnAlready;
    public static String Align_link;
    public static String Align_dismiss;
    public static String Align_close;
    public static String Align_hint;
    public static String Align_acceptCommand;
    public static String Align_headlinePassage;
    public static String Align_note;
    public static String Align_linked;
    public static String AlignAll_title;
    public static String AlignAll_intro;
    public static String AlignAll_none;
    public static String AlignAll_columnAnnotation;
    public static String AlignAll_columnArticle;
    public static String AlignAll_columnPassage;
    public static String AlignAll_columnScore;
    public static String AlignAll_selectAll;
    public static String AlignAll_selectNone;
    public static String AlignAll_linkSelected;
    public static String AlignAll_chosen;
    public static String Align_acceptAllCommand;
    public static String Compare_title;
    public static String Compare_intro;
    public static String Compare_none;
    public static String Compare_columnKind;
    public static String Compare_columnOriginal;
    public static String Compare_columnRepublished;
    public static String Compare_annotate;
    public static String Compare_hint;
    public static String Compare_noCode;
    public static String Compare_omissionNote;
    public static String Compare_annotated;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
