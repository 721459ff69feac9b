package org.framebench.ui.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

/** The workbench bundle's activator: logging and preferences. */
public class FramebenchUiPlugin extends AbstractUIPlugin {

    public static final String ID = "org.framebench.ui";

    private static FramebenchUiPlugin instance;

    @Override
    public void start(BundleContext context) throws Exception {
        super.start(context);
        instance = this;
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        instance = null;
        super.stop(context);
    }

    public static FramebenchUiPlugin getDefault() {
        return instance;
    }

    /** Logs a problem for the team; the user is told in plain words elsewhere. */
    public static void log(String message, Throwable error) {
        ILog.of(FramebenchUiPlugin.class).log(new Status(IStatus.ERROR, ID, message, error));
    }
}
