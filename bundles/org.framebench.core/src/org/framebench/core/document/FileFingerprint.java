package org.framebench.core.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Objects;

import org.framebench.core.text.Digests;

/**
 * What a file on disk was when a document was opened from it or saved to it: its size, last-modified time
 * and a SHA-256 of its bytes. Before saving over the file again, {@link #changeSince(Path)} tells whether
 * another program (or another Framebench) wrote it meanwhile, so nobody's work is overwritten silently. A
 * file that was only touched (new time, same bytes) has not changed.
 */
public final class FileFingerprint {

    /** What happened to a file since its fingerprint was taken. */
    public enum Change {
        /** The same bytes (possibly with a new modification time). */
        UNCHANGED,
        /** Other bytes: someone else wrote the file. */
        CHANGED,
        /** The file is gone (moved or deleted). */
        DELETED,
        /** The file exists now but did not when the fingerprint was taken. */
        CREATED
    }

    private static final FileFingerprint ABSENT = new FileFingerprint(false, -1, null, null);

    private final boolean exists;
    private final long size;
    private final FileTime lastModified;
    private final String sha256;

    private FileFingerprint(boolean exists, long size, FileTime lastModified, String sha256) {
        this.exists = exists;
        this.size = size;
        this.lastModified = lastModified;
        this.sha256 = sha256;
    }

    /** The fingerprint of {@code file} now; a file that does not exist has the "absent" fingerprint. */
    public static FileFingerprint of(Path file) throws IOException {
        FileTime before;
        try {
            before = Files.getLastModifiedTime(file);
        } catch (NoSuchFileException e) {
            return ABSENT;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return ABSENT;
        }
        return new FileFingerprint(true, bytes.length, before, Digests.sha256(bytes));
    }

    /** The fingerprint of a file that is known to hold exactly {@code bytes} (just written, for example). */
    public static FileFingerprint of(byte[] bytes, FileTime lastModified) {
        return new FileFingerprint(true, bytes.length, lastModified, Digests.sha256(bytes));
    }

    /** The fingerprint of a file that does not exist. */
    public static FileFingerprint absent() {
        return ABSENT;
    }

    /**
     * What happened to {@code file} since this fingerprint was taken. A different size is a change at
     * once; with the same size the bytes are compared by digest (the modification time alone cannot tell:
     * a touch changes it without changing the content, and a coarse clock may keep it across a write).
     */
    public Change changeSince(Path file) throws IOException {
        FileFingerprint now = of(file);
        if (!now.exists) {
            return exists ? Change.DELETED : Change.UNCHANGED;
        }
        if (!exists) {
            return Change.CREATED;
        }
        return now.size == size && now.sha256.equals(sha256) ? Change.UNCHANGED : Change.CHANGED;
    }

    public boolean exists() {
        return exists;
    }

    /** Size in bytes; -1 if absent. */
    public long size() {
        return size;
    }

    /** Last-modified time; null if absent. */
    public FileTime lastModified() {
        return lastModified;
    }

    /** Lower-case hex SHA-256 of the bytes; null if absent. */
    public String sha256() {
        return sha256;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FileFingerprint that && exists == that.exists && size == that.size
                && Objects.equals(lastModified, that.lastModified) && Objects.equals(sha256, that.sha256);
    }

    @Override
    public int hashCode() {
        return Objects.hash(exists, size, lastModified, sha256);
    }

    @Override
    public String toString() {
        return exists ? size + " bytes, modified " + lastModified + ", sha256 " + sha256 : "absent";
    }
}
