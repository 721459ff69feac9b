package org.framebench.ui.internal;

import java.time.Duration;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.framebench.core.recovery.AutosavePolicy;
import org.osgi.framework.BundleContext;

/** The workbench bundle's activator: logging, preferences, autosave. */
public class FramebenchUiPlugin extends AbstractUIPlugin {

    public static final String ID = "org.framebench.ui";

    /** Preference: snap new annotations to whole words (on by default). */
    public static final String SNAP_TO_WORDS = "annotate.snapToWords";
    /** Preference: at most how often (seconds, 5 to 600) unsaved work is copied aside; 30 by default. */
    public static final String AUTOSAVE_SECONDS = "autosave.intervalSeconds";
    public static final int AUTOSAVE_MIN_SECONDS = 5;
    public static final int AUTOSAVE_MAX_SECONDS = 600;

    private static FramebenchUiPlugin instance;
    private Recovery recovery;

    @Override
    public void start(BundleContext context) throws Exception {
        super.start(context);
        instance = this;
        recovery = new Recovery(Recovery.defaultFolder(), autosavePolicy());
        // The interval set in the preferences applies from the next autosave on.
        getPreferenceStore().addPropertyChangeListener(event -> {
            if (AUTOSAVE_SECONDS.equals(event.getProperty())) {
                recovery.setPolicy(autosavePolicy());
            }
        });
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

    /** The autosave policy of the interval set in the preferences (30 s when it makes no sense). */
    public AutosavePolicy autosavePolicy() {
        int seconds = getPreferenceStore().getInt(AUTOSAVE_SECONDS);
        if (seconds < AUTOSAVE_MIN_SECONDS || seconds > AUTOSAVE_MAX_SECONDS) {
            return AutosavePolicy.DEFAULT;
        }
        return new AutosavePolicy(Duration.ofSeconds(seconds));
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
