package org.framebench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.framebench.core.document.FileFingerprint;
import org.framebench.core.document.FileFingerprint.Change;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the editor remembers of the file it opened, to notice another program writing it meanwhile. */
class FileFingerprintTest {

    @TempDir
    Path folder;

    @Test
    void sameBytesAreUnchanged() throws Exception {
        Path file = write("mine.fbench", "<annotations of Ama/>");
        FileFingerprint opened = FileFingerprint.of(file);
        assertTrue(opened.exists());
        assertEquals(21, opened.size());
        assertEquals(Change.UNCHANGED, opened.changeSince(file));
    }

    @Test
    void otherBytesOfTheSameSizeAreAChangeEvenWithTheSameTime() throws Exception {
        Path file = write("mine.fbench", "<annotations of Ama/>");
        FileFingerprint opened = FileFingerprint.of(file);
        FileTime time = Files.getLastModifiedTime(file);
        Files.writeString(file, "<annotations of Abe/>", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, time); // a coarse clock, or a copy that kept the time
        assertEquals(Change.CHANGED, opened.changeSince(file));
    }

    @Test
    void otherSizeIsAChange() throws Exception {
        Path file = write("mine.fbench", "<annotations of Ama/>");
        FileFingerprint opened = FileFingerprint.of(file);
        Files.writeString(file, "<annotations of Ama and her friend/>", StandardCharsets.UTF_8);
        assertEquals(Change.CHANGED, opened.changeSince(file));
    }

    @Test
    void aTouchWithTheSameBytesIsNoChange() throws Exception {
        Path file = write("mine.fbench", "<annotations of Ama/>");
        FileFingerprint opened = FileFingerprint.of(file);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(3600)));
        Files.writeString(file, "<annotations of Ama/>", StandardCharsets.UTF_8); // rewritten, same bytes
        assertEquals(Change.UNCHANGED, opened.changeSince(file));
        assertFalse(opened.equals(FileFingerprint.of(file)), "the time is new, only the bytes are the same");
    }

    @Test
    void deletedAndRecreatedFiles() throws Exception {
        Path file = write("mine.fbench", "<annotations of Ama/>");
        FileFingerprint opened = FileFingerprint.of(file);
        Files.delete(file);
        assertEquals(Change.DELETED, opened.changeSince(file));

        FileFingerprint gone = FileFingerprint.of(file);
        assertFalse(gone.exists());
        assertEquals(Change.UNCHANGED, gone.changeSince(file));
        write("mine.fbench", "<someone else's/>");
        assertEquals(Change.CREATED, gone.changeSince(file));
    }

    @Test
    void fingerprintOfWrittenBytesMatchesTheFile() throws Exception {
        byte[] bytes = "<saved/>".getBytes(StandardCharsets.UTF_8);
        Path file = folder.resolve("saved.fbench");
        Files.write(file, bytes);
        FileFingerprint known = FileFingerprint.of(bytes, Files.getLastModifiedTime(file));
        assertEquals(FileFingerprint.of(file), known);
        assertEquals(Change.UNCHANGED, known.changeSince(file));
    }

    private Path write(String name, String content) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
