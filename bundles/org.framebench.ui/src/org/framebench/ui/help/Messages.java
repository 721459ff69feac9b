package org.framebench.ui.help;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the help: instructions, codebook, keys, guide and About. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.framebench.ui.help.messages";

    public static String Instructions_title;
    public static String Instructions_noDocument;
    public static String Instructions_none;
    public static String Instructions_more;
    public static String Codebook_title;
    public static String Codebook_filter;
    public static String Codebook_filterHint;
    public static String Codebook_codeColumn;
    public static String Codebook_keyColumn;
    public static String Codebook_from;
    public static String Codebook_noMatch;
    public static String Codebook_chooseCode;
    public static String Codebook_layer;
    public static String Codebook_key;
    public static String Codebook_noKey;
    public static String Codebook_definition;
    public static String Codebook_example;
    public static String Codebook_exampleFrom;
    public static String Codebook_attributes;
    public static String Codebook_implied;
    public static String Codebook_references;
    public static String Codebook_close;
    public static String Keys_title;
    public static String Keys_keyColumn;
    public static String Keys_commandColumn;
    public static String Keys_categoryColumn;
    public static String Keys_codesCategory;
    public static String Keys_footer;
    public static String Guide_title;
    public static String Guide_missing;
    public static String Guide_close;
    public static String About_title;
    public static String About_version;
    public static String About_credits;
    public static String About_libraries;
    public static String About_nameColumn;
    public static String About_versionColumn;
    public static String About_licenceColumn;
    public static String About_providerColumn;
    public static String About_noLicence;
    public static String About_close;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
