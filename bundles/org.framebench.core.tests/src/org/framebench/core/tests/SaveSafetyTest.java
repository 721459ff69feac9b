package org.framebench.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.framebench.core.document.DocumentException;
import org.framebench.core.document.DocumentStore;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving never loses the previous version, follows symbolic links, and cannot be stopped by one character. */
class SaveSafetyTest {

    @TempDir
    Path folder;

    @Test
    void aControlCharacterInANoteNeitherStopsSavingNorShiftsOffsets() throws Exception {
        AnnotationDocument document = SampleWork.newDocument("doc-controls");
        SampleWork.firstSteps(document);
        Annotation annotation = document.getAnnotations().get(0);
        annotation.setNote("pasted\u000Bfrom a PDF\u0000 and \uFFFE and a lone \uD800 surrogate, kept: tab\tnewline\n \uD83D\uDE00");
        Path file = folder.resolve("controls.fbench");

        DocumentStore.save(document, file);

        AnnotationDocument reopened = DocumentStore.load(file);
        assertEquals("pasted\uFFFDfrom a PDF\uFFFD and \uFFFD and a lone \uFFFD surrogate, kept: tab\tnewline\n \uD83D\uDE00",
                reopened.getAnnotations().get(0).getNote());
        assertTrue(annotation.getNote().contains("\u000B"), "the open document is not changed behind the student's back");
        assertEquals(annotation.getBegin(), reopened.getAnnotations().get(0).getBegin());
        assertTrue(EcoreUtil.equals(document.getAnnotations().get(1), reopened.getAnnotations().get(1)));
    }

    @Test
    void savingThroughASymbolicLinkUpdatesTheTargetAndKeepsTheLink() throws Exception {
        Path real = Files.createDirectories(folder.resolve("real")).resolve("work.fbench");
        Path link = Files.createSymbolicLink(folder.resolve("work.fbench"), real);
        AnnotationDocument document = SampleWork.newDocument("doc-link");
        SampleWork.firstSteps(document);
        DocumentStore.save(document, link);
        SampleWork.laterSteps(document);

        DocumentStore.save(document, link);

        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertEquals(real, Files.readSymbolicLink(link));
        assertEquals(3, DocumentStore.load(real).getAnnotations().size(), "the real file has the latest work");
        assertEquals(2, DocumentStore.load(DocumentStore.backupOf(real)).getAnnotations().size(),
                "the backup sits beside the real file");
        assertFalse(Files.exists(DocumentStore.backupOf(link)));
        try (var left = Files.list(folder.resolve("real"))) {
            assertEquals(2, left.count(), "no temporary file left behind");
        }
    }

    @Test
    void aSaveThatFailsOnAFullDiskKeepsTheFileAndItsBackup() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "mounting a small disk needs root");
        Path disk = Files.createDirectories(folder.resolve("disk"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", disk.toString()) == 0, "tmpfs can be mounted");
        try {
            AnnotationDocument document = SampleWork.newDocument("doc-full");
            SampleWork.firstSteps(document);
            Path file = disk.resolve("ama.fbench");
            DocumentStore.save(document, file);
            SampleWork.laterSteps(document);
            DocumentStore.save(document, file);
            byte[] saved = Files.readAllBytes(file);
            byte[] backup = Files.readAllBytes(DocumentStore.backupOf(file));
            // Leave room for the new content but not for the backup's copy: the save fails in the backup step.
            long free = Files.getFileStore(disk).getUsableSpace();
            long filler = free - saved.length - saved.length / 2;
            Files.write(disk.resolve("filler"), new byte[(int) filler]);
            document.getAnnotations().get(0).setNote("a longer note ".repeat(200));

            DocumentException error = assertThrows(DocumentException.class, () -> DocumentStore.save(document, file));

            assertTrue(error.getMessage().contains("the disk is full"), error.getMessage());
            assertTrue(error.getMessage().contains("Your previous file is unchanged"), error.getMessage());
            assertArrayEquals(saved, Files.readAllBytes(file), "the file is as it was");
            assertArrayEquals(backup, Files.readAllBytes(DocumentStore.backupOf(file)), "the backup is as it was");
            assertEquals(2, DocumentStore.load(DocumentStore.backupOf(file)).getAnnotations().size());
            try (var left = Files.list(disk)) {
                assertEquals(3, left.count(), "only the file, its backup and the filler: no temporary file left");
            }
        } finally {
            run("umount", disk.toString());
        }
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
    }
}
