package org.framebench.core.document;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writing a file so that a failure (full disk, cancelled export, crash) never leaves a half-written file
 * and never damages the previous one: the content goes to a hidden temporary file in the same folder,
 * is forced to disk, and is renamed over the target. Used for documents, recovery copies, review files
 * and exports alike; callers word the failure for their user. The previous version, when kept, is
 * replaced just as atomically, and a save through a symbolic link writes the file the link points to.
 */
public final class AtomicFiles {

    /** Suffix of the backup of the previous version, when one is kept. */
    public static final String BACKUP_SUFFIX = ".bak";

    /** Fills the stream; may throw what the writing throws (for example a cancellation). */
    @FunctionalInterface
    public interface Content<E extends Exception> {
        void writeTo(OutputStream out) throws IOException, E;
    }

    private AtomicFiles() {
    }

    /**
     * Writes {@code content} to {@code target}; with {@code keepBackup} the previous content of
     * {@code target} is kept as {@code target.bak}. On any failure the target is as it was.
     */
    public static <E extends Exception> void write(Path target, Content<E> content, boolean keepBackup)
            throws IOException, E {
        // Saving through a symbolic link updates the file it points to, in that file's own folder; the
        // link itself stays a link.
        Path absolute = resolveLinks(target.toAbsolutePath());
        Path temporary = null;
        try {
            Files.createDirectories(absolute.getParent());
            // Not Files.createTempFile: its files are private (rw-------); a plain new file gets the
            // usual permissions, and an existing file keeps its own (a hand-in an instructor can read).
            temporary = Files.createFile(hiddenSibling(absolute, ".tmp"));
            keepPermissions(absolute, temporary);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                    OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            if (keepBackup && Files.isRegularFile(absolute, LinkOption.NOFOLLOW_LINKS)) {
                replaceBackup(absolute);
            }
            moveIntoPlace(temporary, absolute);
            temporary = null;
            forceFolder(absolute.getParent());
        } finally {
            deleteQuietly(temporary);
        }
    }

    /**
     * Makes {@code file.bak} a copy of the current content of {@code file}, atomically: the copy is
     * written under a hidden name, forced to disk and renamed over the old backup. A failure (a full disk)
     * or a crash at any point leaves the old backup as it was. (A copy, not a hard link: a program that
     * rewrites the file in place must not change its backup too.)
     */
    private static void replaceBackup(Path file) throws IOException {
        Path prepared = hiddenSibling(file, ".bak.tmp");
        try {
            Files.copy(file, prepared, StandardCopyOption.COPY_ATTRIBUTES);
            try (FileChannel channel = FileChannel.open(prepared, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            moveIntoPlace(prepared, backupOf(file));
            prepared = null;
        } finally {
            deleteQuietly(prepared);
        }
    }

    /**
     * The file a save to {@code path} must write: {@code path} itself, or, if it is a symbolic link
     * (possibly to a file that does not exist yet), the file the chain of links ends at.
     */
    static Path resolveLinks(Path path) throws IOException {
        Path current = path;
        for (int hops = 0; Files.isSymbolicLink(current); hops++) {
            if (hops == 40) {
                throw new FileSystemException(path.toString(), null, "too many levels of symbolic links");
            }
            current = current.resolveSibling(Files.readSymbolicLink(current)).normalize();
        }
        return current;
    }

    private static void moveIntoPlace(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the renames in {@code folder} durable; not every system can, and the content is already safe. */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Best effort only.
        }
    }

    private static Path hiddenSibling(Path file, String suffix) {
        return file.resolveSibling("." + file.getFileName() + "." + UUID.randomUUID() + suffix);
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // Hidden and harmless; the caller tells the user the write failed.
            }
        }
    }

    /** The backup kept beside {@code file}. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + BACKUP_SUFFIX);
    }

    /** Why a write failed, in plain words ("the disk is full", ...). */
    public static String describe(Throwable error) {
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
        return message == null || message.isBlank() ? error.getClass().getSimpleName()
                : message.lines().findFirst().orElse("");
    }

    private static void keepPermissions(Path target, Path temporary) {
        try {
            if (Files.isRegularFile(target) && Files.getFileStore(temporary).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // Permissions are a courtesy; the content is what must be written.
        }
    }
}
