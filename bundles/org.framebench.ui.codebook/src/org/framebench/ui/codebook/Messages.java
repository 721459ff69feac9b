package org.framebench.ui.codebook;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the codebook editor. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.framebench.ui.codebook.messages";

    public static String Editor_addLayer;
    public static String Editor_addCode;
    public static String Editor_remove;
    public static String Editor_up;
    public static String Editor_down;
    public static String Editor_undo;
    public static String Editor_redo;
    public static String Editor_import;
    public static String Editor_export;
    public static String Editor_id;
    public static String Editor_label;
    public static String Editor_description;
    public static String Editor_definition;
    public static String Editor_example;
    public static String Editor_colour;
    public static String Editor_chooseColour;
    public static String Editor_key;
    public static String Editor_attributes;
    public static String Editor_addAttribute;
    public static String Editor_removeAttribute;
    public static String Editor_attrId;
    public static String Editor_attrLabel;
    public static String Editor_attrKind;
    public static String Editor_attrValues;
    public static String Editor_nothingSelected;
    public static String Editor_newLayer;
    public static String Editor_newCode;
    public static String Editor_newAttribute;
    public static String Editor_contrast;
    public static String Editor_contrastLow;
    public static String Editor_badColour;
    public static String Editor_importTitle;
    public static String Editor_importFailed;
    public static String Editor_exportTitle;
    public static String Editor_exportFailed;
    public static String Dialog_title;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
