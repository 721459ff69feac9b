package org.framebench.ui.wizards;

import org.eclipse.osgi.util.NLS;

/** The export wizards' page texts. */
public final class Messages extends NLS {
    public static String TargetFile_file;
    public static String TargetFile_browse;
    public static String TargetFile_layout;
    public static String TargetFile_noFile;
    public static String TargetFile_unreadableName;

    static {
        NLS.initializeMessages("org.framebench.ui.wizards.messages", Messages.class);
    }

    private Messages() {
    }
}
