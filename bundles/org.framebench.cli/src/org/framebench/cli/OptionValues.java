package org.framebench.cli;

import java.util.List;

/** Reading an option's value off the command line, with the usage error a person can act on. */
final class OptionValues {

    private OptionValues() {
    }

    /** The argument at {@code index}, the value of {@code option}. */
    static String value(List<String> arguments, int index, String option) throws UsageException {
        if (index >= arguments.size()) {
            throw new UsageException(option + " needs a value");
        }
        return arguments.get(index);
    }

    /** {@code text} as a number, the value of {@code option}. */
    static double number(String text, String option) throws UsageException {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new UsageException(option + " takes a number, not '" + text + "'");
        }
    }
}
