package org.framebench.core.assignment;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.framebench.core.document.AtomicFiles;
import org.framebench.model.Assignment;

/**
 * The assignments this machine has seen, each version kept once under
 * {@code ~/.framebench/assignments/<id>/<version>.fbassign} (the system property
 * {@code framebench.assignments} names another folder), so that a student's document can be moved to
 * the newest version of its assignment when it is opened. The examples are always known.
 */
public final class AssignmentLibrary {

    private AssignmentLibrary() {
    }

    public static Path folder() {
        String override = System.getProperty("framebench.assignments");
        return override != null && !override.isBlank() ? Path.of(override)
                : Path.of(System.getProperty("user.home"), ".framebench", "assignments");
    }

    /** Keeps a copy of {@code assignment} (once per id and version); a failure to keep it is not the user's problem. */
    public static void remember(Assignment assignment) {
        if (assignment.getId() == null || Examples.isExample(assignment.getId())) {
            return;
        }
        Path file = fileFor(assignment.getId(), assignment.getVersion());
        if (Files.exists(file)) {
            return;
        }
        try {
            byte[] bytes = AssignmentFiles.serialize(assignment);
            AtomicFiles.write(file, out -> out.write(bytes), false);
        } catch (IOException | RuntimeException e) {
            // The library only helps re-anchoring; the student's own file is unaffected.
        }
    }

    /** The newest version of the assignment {@code assignmentId} this machine knows, if any. */
    public static Optional<Assignment> newest(String assignmentId) {
        if (assignmentId == null) {
            return Optional.empty();
        }
        if (Examples.isExample(assignmentId)) {
            try {
                return Optional.of(Examples.load(assignmentId));
            } catch (AssignmentException e) {
                return Optional.empty();
            }
        }
        Path folder = folder().resolve(safe(assignmentId));
        Path newest = null;
        String newestVersion = null;
        if (Files.isDirectory(folder)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*." + AssignmentFiles.EXTENSION)) {
                for (Path file : files) {
                    String name = file.getFileName().toString();
                    String version = name.substring(0, name.length() - AssignmentFiles.EXTENSION.length() - 1);
                    if (newestVersion == null || compareVersions(version, newestVersion) > 0) {
                        newest = file;
                        newestVersion = version;
                    }
                }
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        if (newest == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(AssignmentFiles.load(newest));
        } catch (AssignmentException e) {
            return Optional.empty();
        }
    }

    /** Orders versions such as "2" &lt; "10" and "1.2" &lt; "1.10": numbers by value, the rest as text. */
    public static int compareVersions(String a, String b) {
        String[] left = a.split("[.-]");
        String[] right = b.split("[.-]");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            String x = i < left.length ? left[i] : "";
            String y = i < right.length ? right[i] : "";
            int order = x.matches("\\d{1,18}") && y.matches("\\d{1,18}") ? Long.compare(Long.parseLong(x), Long.parseLong(y))
                    : x.compareTo(y);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    static Path fileFor(String id, String version) {
        return folder().resolve(safe(id)).resolve(safe(version == null ? "1" : version) + "." + AssignmentFiles.EXTENSION);
    }

    /** A name safe as one path element on every system. */
    private static String safe(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return safe.isEmpty() || safe.startsWith(".") ? "_" + safe : safe;
    }
}
