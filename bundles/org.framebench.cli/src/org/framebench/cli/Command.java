package org.framebench.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * One command of {@code framebench COMMAND ...}. Commands are registered by name in
 * {@link CommandLine}; a new one (e.g. {@code grade}) needs only an implementation and a registration.
 */
public interface Command {

    /** Exit code: everything succeeded (every file valid, everything exported). */
    int OK = 0;
    /** Exit code: some input was invalid or could not be exported; the rest was done. */
    int SOME_FAILED = 1;
    /** Exit code: the command line itself was wrong; nothing was done. */
    int USAGE = 2;

    /** The word typed after {@code framebench}. */
    String name();

    /** One line for the overview of {@code framebench --help}. */
    String summary();

    /** The full text of {@code framebench NAME --help}. */
    String help();

    /**
     * Runs with the arguments after the command's name. Reports go to {@code out}; each problem is one
     * line of plain words on {@code err}, never a stack trace. Returns the exit code.
     */
    int run(List<String> arguments, PrintStream out, PrintStream err);
}
