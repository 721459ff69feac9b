package org.framebench.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Dispatches {@code framebench COMMAND ARGS...} to the registered commands. */
public final class CommandLine {

    private final Map<String, Command> commands = new LinkedHashMap<>();

    /** The commands every Framebench build has. */
    public static CommandLine standard() {
        return new CommandLine().register(new ValidateCommand()).register(new ExportCommand())
                .register(new GradeCommand()).register(new KeyCommand()).register(new AlignCommand())
                .register(new ReturnCommand()).register(new AssignmentCommand()).register(new ImportCommand())
                .register(new SuggestCommand());
    }

    public CommandLine register(Command command) {
        commands.put(command.name(), command);
        return this;
    }

    public Map<String, Command> commands() {
        return Collections.unmodifiableMap(commands);
    }

    /** Runs the command named by the first argument; returns the process exit code. */
    public int run(String[] arguments, PrintStream out, PrintStream err) {
        List<String> args = arguments == null ? List.of() : Arrays.asList(arguments);
        if (args.isEmpty()) {
            err.println("framebench: no command given. Run 'framebench --help' for the commands.");
            return Command.USAGE;
        }
        String name = args.get(0);
        if (isHelp(name)) {
            out.print(overview());
            return Command.OK;
        }
        Command command = commands.get(name);
        if (command == null) {
            err.println("framebench: unknown command '" + name + "'. Run 'framebench --help' for the commands.");
            return Command.USAGE;
        }
        List<String> rest = args.subList(1, args.size());
        if (rest.stream().anyMatch(CommandLine::isHelp)) {
            out.print(command.help());
            return Command.OK;
        }
        try {
            return command.run(rest, out, err);
        } catch (OutOfMemoryError e) {
            err.println("framebench " + name + ": ran out of memory before finishing (are some files far larger than "
                    + "Framebench files?). Nothing was written.");
            return Command.SOME_FAILED;
        } catch (RuntimeException | Error e) {
            // A bug, not the user's fault; still one line, and the exit code says something failed.
            err.println("framebench " + name + ": unexpected internal error (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse(""))
                    + "). Please report it.");
            return Command.SOME_FAILED;
        }
    }

    static boolean isHelp(String argument) {
        return "--help".equals(argument) || "-h".equals(argument) || "help".equals(argument);
    }

    /** The text of {@code framebench --help}. */
    public String overview() {
        StringBuilder text = new StringBuilder();
        text.append("Usage: framebench COMMAND [ARGUMENTS...]    (no command: start the workbench)\n\n");
        text.append("Commands (they need no display):\n");
        for (Command command : commands.values()) {
            text.append(String.format("  %-10s %s%n", command.name(), command.summary()));
        }
        text.append("\nRun 'framebench COMMAND --help' for the details of one command.\n");
        text.append("Exit codes: 0 all went well, 1 some files were invalid or failed, 2 wrong command line.\n");
        return text.toString();
    }
}
