package org.framebench.export.xlsx;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;

/**
 * The folder where POI writes its temporary files (SXSSF streams every sheet through one), private to
 * the user. POI's default is {@code java.io.tmpdir/poifiles}, one folder for every user of the machine:
 * whoever exports first owns it, and every other user's export and grade book then fails. Every
 * exporter ({@link XlsxExporter}, the grade book, and through them the command line and the workbench)
 * calls {@link #use()} before it creates a workbook.
 * <p>
 * The folder is {@code tmp} in Framebench's own folder: the system property {@code framebench.home}
 * (the launcher sets it), else the environment variable {@code FRAMEBENCH_HOME}, else
 * {@code ~/.framebench}. If that cannot be made, {@code java.io.tmpdir/framebench-USER}, used only if it
 * is a real folder (not a link) owned by this user; else a new private folder beside it. Folders made
 * here are readable by their owner only (rwx------).
 */
public final class PoiTempFolder {

    /** The system property naming Framebench's own folder (the launcher passes {@code $FRAMEBENCH_HOME}). */
    public static final String HOME_PROPERTY = "framebench.home";

    private static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rwx------");

    private PoiTempFolder() {
    }

    /**
     * Makes POI write its temporary files into the per-user folder (made if needed) and returns it.
     *
     * @throws IOException in plain words if no private folder could be made
     */
    public static synchronized Path use() throws IOException {
        Path folder = folder();
        // POI's own facility: every temporary file POI makes (TempFile.createTempFile) goes there. Set on
        // every use: it is one field, and nothing else in this JVM may have put the shared default back.
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(folder.toFile()));
        return folder;
    }

    /** The per-user folder, made (private) if it does not exist yet. */
    static Path folder() throws IOException {
        Path home = home();
        IOException homeFailure;
        try {
            return makePrivate(home.resolve("tmp"));
        } catch (IOException e) {
            homeFailure = e;
        }
        String tmpdir = System.getProperty("java.io.tmpdir");
        if (tmpdir == null || tmpdir.isBlank()) {
            throw failure(home.resolve("tmp"), homeFailure);
        }
        Path systemTemp = Path.of(tmpdir);
        Path shared = systemTemp.resolve("framebench-" + safe(System.getProperty("user.name", "user")));
        try {
            if (!Files.exists(shared, LinkOption.NOFOLLOW_LINKS)) {
                return makePrivate(shared);
            }
            if (isOwnFolder(shared)) {
                return makePrivate(shared);
            }
            // Someone else's (or a link): never write there; a fresh private folder instead.
            return posix() ? Files.createTempDirectory(systemTemp, shared.getFileName() + "-",
                    PosixFilePermissions.asFileAttribute(PRIVATE)) : Files.createTempDirectory(systemTemp, shared.getFileName() + "-");
        } catch (IOException e) {
            homeFailure.addSuppressed(e);
            throw failure(home.resolve("tmp"), homeFailure);
        }
    }

    private static IOException failure(Path wanted, IOException cause) {
        return new IOException("Framebench could not make a folder for its temporary files (" + wanted + ": "
                + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()) + ").", cause);
    }

    /** Framebench's own folder (see the class comment). */
    static Path home() {
        String property = System.getProperty(HOME_PROPERTY);
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String environment = System.getenv("FRAMEBENCH_HOME");
        if (environment != null && !environment.isBlank()) {
            return Path.of(environment);
        }
        return Path.of(System.getProperty("user.home"), ".framebench");
    }

    private static Path makePrivate(Path folder) throws IOException {
        if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            if (posix() && !Files.getPosixFilePermissions(folder, LinkOption.NOFOLLOW_LINKS).equals(PRIVATE)
                    && isOwnFolder(folder)) {
                Files.setPosixFilePermissions(folder, PRIVATE);
            }
            if (!Files.isWritable(folder)) {
                throw new IOException(folder + " is not writable");
            }
            return folder;
        }
        Files.createDirectories(folder.getParent());
        if (posix()) {
            Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(PRIVATE));
            // The umask may have taken more away than asked; never less.
            Files.setPosixFilePermissions(folder, PRIVATE);
        } else {
            Files.createDirectory(folder);
        }
        return folder;
    }

    private static boolean isOwnFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        if (!posix()) {
            return Files.isWritable(folder);
        }
        String owner = Files.getOwner(folder, LinkOption.NOFOLLOW_LINKS).getName();
        return owner.equals(System.getProperty("user.name")) && Files.isWritable(folder);
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
