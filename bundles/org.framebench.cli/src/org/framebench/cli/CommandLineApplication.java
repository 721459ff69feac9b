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
        // POI logs through Log4j's API; with no provider installed it prints a warning that is not ours.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        String[] arguments = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        int exitCode = CommandLine.standard().run(arguments, System.out, System.err);
        System.out.flush();
        System.err.flush();
        return Integer.valueOf(exitCode);
    }

    @Override
    public void stop() {
        // A command runs to its end in a few seconds; there is nothing to interrupt.
    }
}
