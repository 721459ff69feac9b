package org.framebench.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The headless Framebench application ({@code -application org.framebench.cli.application}): runs one
 * command and returns its exit code. It touches neither SWT nor the workbench, so it runs with no display.
 */
public class CommandLineApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] arguments = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        return Integer.valueOf(Main.run(arguments));
    }

    @Override
    public void stop() {
        // A command runs to its end in a few seconds; there is nothing to interrupt.
    }
}
