package org.framebench.export.xlsx;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

import org.framebench.export.xlsx.ExportException.Kind;

/**
 * Writes an export through a hidden temporary file in the target's folder and renames it over the
 * target only once complete, so a failed or cancelled export never leaves a half-written file and
 * never destroys the previous one.
 */
final class SafeOutput {

    /** Fills the stream; may throw what the writing throws. */
    interface Writer {
        void writeTo(OutputStream out) throws IOException, ExportException;
    }

    private SafeOutput() {
    }

    static void write(Path target, Writer writer) throws ExportException {
        Path absolute = target.toAbsolutePath();
        String name = absolute.getFileName().toString();
        if (Files.isDirectory(absolute)) {
            throw new ExportException(Kind.WRITE_FAILED,
                    "Could not export to " + name + ": a folder has that name.", null);
        }
        Path temporary = null;
        try {
            Files.createDirectories(absolute.getParent());
            // Not Files.createTempFile: its files are private to the user (0600), and the export is meant
            // to be shared; a plain new file gets the usual permissions.
            temporary = Files.createFile(absolute.resolveSibling("." + name + "." + UUID.randomUUID() + ".tmp"));
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 64 * 1024)) {
                writer.writeTo(out);
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
        } catch (IOException | RuntimeException e) {
            throw new ExportException(Kind.WRITE_FAILED,
                    "Could not export to " + name + ": " + describe(e) + ". Nothing was changed.", e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // Hidden and harmless; the user was already told the export failed.
                }
            }
        }
    }

    /** The cause of a write failure in plain words. */
    static String describe(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("No space left") || message.contains("not enough space")
                    || message.contains("Disk quota exceeded")) {
                return "the disk is full";
            }
            if (message.contains("being used by another process") || message.contains("locked a portion")) {
                return "the file is open in another program; close it there and try again";
            }
            if (t instanceof AccessDeniedException) {
                return "permission denied (or the file is open in another program)";
            }
            if (t instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
                return fileSystem.getReason();
            }
        }
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message.lines().findFirst().orElse("");
    }
}
