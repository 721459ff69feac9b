package org.framebench.ui.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

/** The workbench bundle's activator: logging, preferences, autosave. */
public class FramebenchUiPlugin extends AbstractUIPlugin {

    public static final String ID = "org.framebench.ui";

    /** Preference: snap new annotations to whole words (on by default). */
    public static final String SNAP_TO_WORDS = "annotate.snapToWords";

    private static FramebenchUiPlugin instance;
    private Recovery recovery;

    @Override
    public void start(BundleContext context) throws Exception {
        super.start(context);
        instance = this;
        getPreferenceStore().setDefault(SNAP_TO_WORDS, true);
        recovery = new Recovery(Recovery.defaultFolder(), org.framebench.core.recovery.AutosavePolicy.DEFAULT);
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        recovery.stop();
        instance = null;
        super.stop(context);
    }

    public static FramebenchUiPlugin getDefault() {
        return instance;
    }

    public Recovery getRecovery() {
        return recovery;
    }

    public static boolean snapToWords() {
        return instance == null || instance.getPreferenceStore().getBoolean(SNAP_TO_WORDS);
    }

    /** Logs a warning for the team (the user has been told in plain words). */
    public static void warn(String message, Throwable error) {
        ILog.of(FramebenchUiPlugin.class).log(new Status(IStatus.WARNING, ID, message, error));
    }

    /** Logs a problem for the team; the user is told in plain words elsewhere. */
    public static void log(String message, Throwable error) {
        ILog.of(FramebenchUiPlugin.class).log(new Status(IStatus.ERROR, ID, message, error));
    }
}
