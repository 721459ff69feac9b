package org.framebench.cli;

/**
 * The command line started as a plain Java program, on a class path of just the bundles the commands use
 * (the launcher script builds it): no OSGi framework to start and stop, no bundle weaving, and a class-data
 * archive the JVM can fill, which is most of the time a short command took (issue 16). The same commands as
 * {@link CommandLineApplication}, which runs them inside the platform.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] arguments) {
        System.exit(run(arguments));
    }

    /** Runs one command on the standard streams; its exit code. */
    static int run(String[] arguments) {
        // POI logs through Log4j's API; with no provider installed it prints a warning that is not ours.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        int exitCode = CommandLine.standard().run(arguments, System.out, System.err);
        System.out.flush();
        System.err.flush();
        return exitCode;
    }
}
