package org.framebench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
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
            Path path;
            try {
                path = path(argument);
            } catch (UnreadableNameException e) {
                problems.add(e.getMessage());
                continue;
            }
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

    /**
     * One file to read: a file of its own, or an entry of a class's ZIP (Moodle's or Canvas's "download all
     * submissions"), read in place.
     *
     * @param shown how messages name it ({@code class.zip: folder/ama.fbench} for an entry)
     */
    record Source(String shown, Path file, Path zip, String entryName, byte[] bytes, String refused) {

        /** The document, checked as every hand-in is. */
        org.framebench.model.AnnotationDocument load() throws org.framebench.core.document.DocumentException {
            return load(null);
        }

        /**
         * As {@link #load()}; the files of one class loaded with the same {@code sharedStrings} (a thread-safe
         * map, or {@code null}) hold their assignment's texts once
         * ({@link org.framebench.core.document.DocumentStore#load(Path, org.framebench.core.document.DocumentStore.Strictness, java.util.Map)}).
         */
        org.framebench.model.AnnotationDocument load(java.util.Map<String, String> sharedStrings)
                throws org.framebench.core.document.DocumentException {
            if (zip == null) {
                return org.framebench.core.document.DocumentStore.load(file,
                        org.framebench.core.document.DocumentStore.Strictness.HAND_IN, sharedStrings);
            }
            if (refused != null) {
                throw new org.framebench.core.document.DocumentException(
                        org.framebench.core.document.DocumentException.Kind.TOO_LARGE, refused + ".", null);
            }
            String name = entryName.substring(entryName.lastIndexOf('/') + 1);
            org.framebench.model.AnnotationDocument document = org.framebench.core.document.DocumentStore.parse(bytes,
                    org.eclipse.emf.common.util.URI.createFileURI(zip.toAbsolutePath() + "/" + name), name, sharedStrings);
            org.framebench.core.document.DocumentStore.check(document, name,
                    org.framebench.core.document.DocumentStore.Strictness.HAND_IN);
            return document;
        }
    }

    /**
     * What {@code arguments} name, as {@link #expand} does, with a {@code .zip} standing for the
     * {@code .fbench} files in it (nested ZIPs included); its other files are left out, as a folder's are.
     */
    static List<Source> sources(List<String> arguments, List<String> problems) {
        List<Source> sources = new ArrayList<>();
        for (String argument : arguments) {
            Path path;
            try {
                path = path(argument);
            } catch (UnreadableNameException e) {
                problems.add(e.getMessage());
                continue;
            }
            if (!org.framebench.grading.lms.ClassArchive.isArchive(path)) {
                for (Path file : expand(List.of(argument), problems)) {
                    sources.add(new Source(file.toString(), file, null, null, null, null));
                }
                continue;
            }
            org.framebench.grading.lms.ClassArchive archive;
            try {
                archive = org.framebench.grading.lms.ClassArchive.open(path);
            } catch (IOException e) {
                problems.add(argument + ": " + e.getMessage());
                continue;
            }
            try {
                int before = sources.size();
                for (org.framebench.grading.lms.ClassArchive.Entry entry : archive.entries()) {
                    String shown = path + ": " + entry.name();
                    if (entry.refused() != null) {
                        sources.add(new Source(shown, path, path, entry.name(), null, entry.name() + ": " + entry.refused()));
                    } else if (entry.fileName().endsWith(EXTENSION)) {
                        try {
                            sources.add(new Source(shown, path, path, entry.name(), entry.bytes(), null));
                        } catch (IOException e) {
                            sources.add(new Source(shown, path, path, entry.name(), null, entry.name() + ": " + e.getMessage()));
                        }
                    }
                }
                if (sources.size() == before) {
                    problems.add(argument + ": the ZIP holds no " + EXTENSION + " files");
                }
            } finally {
                try {
                    archive.close();
                } catch (IOException e) {
                    // Everything needed was read.
                }
            }
        }
        return sources;
    }

    /**
     * {@code work} applied to every source on all cores, the results handed to {@code done} in the sources' order
     * as they become ready (a class's files are independent: each is parsed in a resource set of its own). What
     * {@code work} returns should be small (a line, or the document only where every document is needed):
     * the results wait in order for the slowest before them.
     */
    static <T> void inParallel(List<Source> sources, java.util.function.Function<Source, T> work,
            java.util.function.Consumer<T> done) {
        java.util.stream.IntStream.range(0, sources.size()).parallel().mapToObj(i -> work.apply(sources.get(i)))
                .forEachOrdered(done);
    }

    /** The path {@code argument} names. @throws UnreadableNameException when it cannot name one */
    static Path path(String argument) throws UnreadableNameException {
        try {
            return Path.of(argument);
        } catch (InvalidPathException e) {
            throw new UnreadableNameException(argument, e);
        }
    }

    /**
     * A file name given on the command line that Java cannot turn into a path, in one plain line. Under a
     * language setting that only knows ASCII (LANG=C), a name such as {@code Ünïcödé.fbench} reaches
     * Java already mangled and cannot name any file: say which name and why, and what to do.
     */
    static final class UnreadableNameException extends Exception {

        private static final long serialVersionUID = 1L;

        UnreadableNameException(String argument, InvalidPathException cause) {
            super(describe(argument, cause), cause);
        }

        private static String describe(String argument, InvalidPathException cause) {
            String encoding = System.getProperty("sun.jnu.encoding", "");
            boolean unmappable = !encoding.isEmpty() && !"UTF-8".equalsIgnoreCase(encoding)
                    && argument.chars().anyMatch(c -> c > 127);
            if (argument.indexOf('\0') >= 0) {
                return printable(argument) + ": cannot read this file name: it contains a NUL character, which no file name can hold";
            }
            if (unmappable) {
                return printable(argument) + ": cannot read this file name: it has characters (such as letters with accents) that"
                        + " the system's language setting (" + locale() + ", character set " + encoding + ") cannot represent;"
                        + " run Framebench with a UTF-8 setting, e.g. LC_ALL=C.UTF-8";
            }
            return printable(argument) + ": cannot read this file name (" + cause.getReason() + ")";
        }

        /** The language setting in force, as the environment names it. */
        private static String locale() {
            for (String variable : new String[] { "LC_ALL", "LC_CTYPE", "LANG" }) {
                String value = System.getenv(variable);
                if (value != null && !value.isEmpty()) {
                    return variable + "=" + value;
                }
            }
            return "none set, so C";
        }

        /** {@code name} with what cannot be shown as {@code ?}, so the message stays one line. */
        private static String printable(String name) {
            StringBuilder shown = new StringBuilder(name.length());
            name.codePoints().forEach(c -> shown.appendCodePoint(c == 0xFFFD || Character.isISOControl(c) ? '?' : c));
            return shown.toString();
        }
    }
}
