package org.framebench.ui;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.ui.PlatformUI;
import org.framebench.ui.internal.SingleInstance;
import org.framebench.ui.internal.StaleEditors;

/** Starts the Framebench workbench. Arguments: optional {@code .fbench} files to open. */
public class Application implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        org.framebench.ui.internal.StartTimings.mark("platform started");
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        // One workbench per workspace: a second start hands its files to the running one and ends here,
        // before it needs a display.
        Location workspace = Platform.getInstanceLocation();
        Integer handedOff = SingleInstance.handOffIfRunning(workspace, FramebenchWorkbenchAdvisor.filesIn(args),
                System.out, SingleInstance.ANSWER_WITHIN);
        if (handedOff != null) {
            return handedOff;
        }
        // The SVG icons' rasteriser loads on the other core while the platform builds the window.
        org.framebench.ui.internal.StartWarmUp.start();
        // No layout copy with document tabs that cannot come back after a crash (see StaleEditors).
        StaleEditors.stopLayoutAutosave();
        Display display = PlatformUI.createDisplay();
        org.framebench.ui.internal.StartTimings.mark("display created");
        try {
            int code = PlatformUI.createAndRunWorkbench(display, new FramebenchWorkbenchAdvisor(args));
            return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            display.dispose();
            SingleInstance.release(workspace);
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
