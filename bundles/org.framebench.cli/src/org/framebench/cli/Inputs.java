package org.framebench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Files named on the command line: a folder stands for every {@code .fbench} file under it. */
final class Inputs {

    static final String EXTENSION = ".fbench";

    private Inputs() {
    }

    /**
     * The files {@code arguments} name, in order (a folder's files sorted by path). Problems with the
     * arguments themselves (an empty or unreadable folder) are reported on {@code problems}.
     */
    static List<Path> expand(List<String> arguments, List<String> problems) {
        List<Path> files = new ArrayList<>();
        for (String argument : arguments) {
            Path path = Path.of(argument);
            if (!Files.isDirectory(path)) {
                files.add(path);
                continue;
            }
            try (Stream<Path> walk = Files.walk(path)) {
                // Anything but a folder is listed, so a pipe or device under a .fbench name is reported (and
                // never opened) rather than silently skipped.
                List<Path> found = walk.filter(p -> !Files.isDirectory(p))
                        .filter(p -> p.getFileName().toString().endsWith(EXTENSION)).sorted().toList();
                if (found.isEmpty()) {
                    problems.add(argument + ": the folder holds no " + EXTENSION + " files");
                }
                files.addAll(found);
            } catch (IOException | java.io.UncheckedIOException e) {
                problems.add(argument + ": the folder could not be read (" + e.getMessage() + ")");
            }
        }
        return files;
    }
}
