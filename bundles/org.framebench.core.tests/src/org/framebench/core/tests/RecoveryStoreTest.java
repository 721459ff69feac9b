package org.framebench.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.framebench.core.document.DocumentStore;
import org.framebench.core.recovery.RecoverableDocument;
import org.framebench.core.recovery.RecoveryListing;
import org.framebench.core.recovery.RecoveryProblem;
import org.framebench.core.recovery.RecoveryStore;
import org.framebench.core.recovery.RecoveryStore.Snapshot;
import org.framebench.model.AnnotationDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryStoreTest {

    @TempDir
    Path folder;

    private Path recovery() {
        return folder.resolve("recovery");
    }

    @Test
    void copyIsOfferedLoadedEqualAndGoneOnceSaved() throws Exception {
        RecoveryStore store = new RecoveryStore(recovery());
        AnnotationDocument document = sampleDocument("doc-1");
        Path original = folder.resolve("ama.fbench");

        store.save(document, original);
        RecoveryListing listing = store.list();

        assertTrue(listing.problems().isEmpty());
        assertEquals(1, listing.recoverable().size());
        RecoverableDocument offered = listing.recoverable().get(0);
        assertEquals("doc-1", offered.documentId());
        assertEquals(original.toAbsolutePath(), offered.originalFile());
        assertEquals(2, offered.annotationCount());
        assertEquals("Ama Mensah", offered.annotatorName());
        assertEquals(document.getAssignment().getTitle(), offered.assignmentTitle());
        assertTrue(EcoreUtil.equals(document, store.load(offered)), "the copy holds the whole document");

        assertTrue(store.remove("doc-1"), "saving the document removes its copy");
        assertTrue(store.list().isEmpty());
        try (var files = Files.list(recovery())) {
            assertEquals(0, files.count(), "no copy, no properties, no temporary file left");
        }
        assertFalse(store.remove("doc-1"), "removing twice is harmless");
    }

    @Test
    void laterCopiesReplaceEarlierOnesOfTheSameDocument() throws Exception {
        RecoveryStore store = new RecoveryStore(recovery());
        AnnotationDocument document = sampleDocument("doc-1");
        store.save(document, null);
        SampleWork.laterSteps(document);
        store.save(document, null);

        RecoveryListing listing = store.list();
        assertEquals(1, listing.recoverable().size());
        assertEquals(3, listing.recoverable().get(0).annotationCount());
        assertNull(listing.recoverable().get(0).originalFile(), "never saved, so no original file");
        try (var files = Files.list(recovery())) {
            assertEquals(2, files.count(), "one copy and its properties");
        }
    }

    @Test
    void newestIsOfferedFirst() throws Exception {
        RecoveryStore store = new RecoveryStore(recovery());
        Instant noon = Instant.parse("2025-03-01T12:00:00Z");
        for (String id : List.of("middle", "oldest", "newest")) {
            Snapshot snapshot = store.snapshot(sampleDocument(id), folder.resolve(id + ".fbench"));
            Instant at = switch (id) {
            case "oldest" -> noon.minusSeconds(3600);
            case "newest" -> noon.plusSeconds(3600);
            default -> noon;
            };
            store.write(new Snapshot(snapshot.documentId(), snapshot.bytes(), snapshot.originalFile(), at));
        }
        assertEquals(List.of("newest", "middle", "oldest"),
                store.list().recoverable().stream().map(RecoverableDocument::documentId).toList());
        assertEquals(noon.plusSeconds(3600), store.list().recoverable().get(0).savedAt());
    }

    @Test
    void damagedCopyIsReportedInPlainWordsSkippedAndKept() throws Exception {
        RecoveryStore store = new RecoveryStore(recovery());
        store.save(sampleDocument("good"), folder.resolve("good.fbench"));
        store.save(sampleDocument("truncated"), folder.resolve("essay.fbench"));
        Path truncated = store.copyFile("truncated");
        byte[] bytes = Files.readAllBytes(truncated);
        byte[] half = Arrays.copyOf(bytes, bytes.length / 2);
        Files.write(truncated, half);
        Files.writeString(store.copyFile("garbage"), "\u0000\u0001 not a Framebench file at all");

        RecoveryListing listing = new RecoveryStore(recovery()).list();

        assertEquals(List.of("good"), listing.recoverable().stream().map(RecoverableDocument::documentId).toList(),
                "the readable copy is still offered");
        assertEquals(2, listing.problems().size());
        RecoveryProblem damaged = listing.problems().stream().filter(p -> p.file().equals(truncated)).findFirst().orElseThrow();
        assertEquals("A recovery copy of unsaved work (truncated.fbench, for essay.fbench) is damaged or incomplete "
                + "and was skipped.", damaged.message());
        for (RecoveryProblem problem : listing.problems()) {
            assertFalse(problem.message().contains("\n") || problem.message().contains("Exception"), problem.message());
        }
        assertArrayEquals(half, Files.readAllBytes(truncated), "a damaged copy is not deleted behind the user's back");

        store.discard(damaged);
        assertFalse(Files.exists(truncated));
        assertEquals(1, new RecoveryStore(recovery()).list().problems().size(), "only the garbage file is left to report");
    }

    @Test
    void copyWithoutItsPropertiesIsStillOffered() throws Exception {
        RecoveryStore store = new RecoveryStore(recovery());
        AnnotationDocument document = sampleDocument("doc-1");
        store.save(document, folder.resolve("ama.fbench"));
        // As if the program died between writing the copy and writing its properties, the first time.
        Files.delete(recovery().resolve("doc-1" + RecoveryStore.INFO_SUFFIX));
        // And a half-written temporary of an interrupted write, which must be ignored.
        Files.writeString(recovery().resolve(".doc-2.fbench12345.tmp"), "<?xml");

        RecoveryListing listing = store.list();

        assertEquals(1, listing.recoverable().size());
        assertTrue(listing.problems().isEmpty(), () -> listing.problems().toString());
        assertNull(listing.recoverable().get(0).originalFile());
        assertEquals(Files.getLastModifiedTime(store.copyFile("doc-1")).toInstant(), listing.recoverable().get(0).savedAt());
        assertTrue(EcoreUtil.equals(document, store.load(listing.recoverable().get(0))));
    }

    @Test
    void missingFolderMeansNothingToRecover() {
        RecoveryListing listing = new RecoveryStore(folder.resolve("never-created")).list();
        assertTrue(listing.isEmpty());
        assertTrue(listing.inUse().isEmpty());
        assertFalse(Files.exists(folder.resolve("never-created")), "listing creates nothing");
    }

    @Test
    void copyOfASavedFileKeepsTheSavedFileUntouched() throws Exception {
        AnnotationDocument document = sampleDocument("doc-1");
        Path original = folder.resolve("ama.fbench");
        DocumentStore.save(document, original);
        byte[] saved = Files.readAllBytes(original);
        SampleWork.laterSteps(document);

        new RecoveryStore(recovery()).save(document, original);

        assertArrayEquals(saved, Files.readAllBytes(original), "autosave never writes over the student's file");
        assertFalse(Files.exists(DocumentStore.backupOf(original)));
        assertEquals(3, new RecoveryStore(recovery()).list().recoverable().get(0).annotationCount());
    }

    @Test
    void twoEditorsOfTheSameDocumentEachKeepTheirOwnCopy() throws Exception {
        // A student copied mywork.fbench and opened both: the same document id, two editors.
        RecoveryStore store = new RecoveryStore(recovery());
        AnnotationDocument mywork = sampleDocument("doc-1");
        AnnotationDocument copy = EcoreUtil.copy(mywork);
        SampleWork.laterSteps(copy);
        Path myworkFile = folder.resolve("mywork.fbench");
        Path copyFile = folder.resolve("mywork-copy.fbench");

        store.write(store.snapshot("editor-a", mywork, myworkFile));
        store.write(store.snapshot("editor-b", copy, copyFile));
        store.write(store.snapshot("editor-a", mywork, myworkFile)); // a later autosave of the first editor

        RecoveryListing listing = new RecoveryStore(recovery()).list();
        assertEquals(2, listing.recoverable().size(), "neither copy overwrote the other");
        RecoverableDocument a = listing.recoverable().stream().filter(r -> r.copyId().equals("editor-a")).findFirst().orElseThrow();
        RecoverableDocument b = listing.recoverable().stream().filter(r -> r.copyId().equals("editor-b")).findFirst().orElseThrow();
        assertEquals("doc-1", a.documentId());
        assertEquals("doc-1", b.documentId());
        assertEquals(myworkFile.toAbsolutePath(), a.originalFile());
        assertEquals(copyFile.toAbsolutePath(), b.originalFile());
        assertEquals(2, a.annotationCount());
        assertEquals(3, b.annotationCount());
        assertTrue(EcoreUtil.equals(copy, store.load(b)));
        String info = Files.readString(store.infoFile("editor-b"));
        assertTrue(info.contains("documentId=doc-1"), info);

        assertTrue(store.remove("editor-a"), "the first editor saved: its copy goes");
        RecoveryListing after = store.list();
        assertEquals(List.of("editor-b"), after.recoverable().stream().map(RecoverableDocument::copyId).toList(),
                "the other editor's copy stays");
        assertEquals(3, after.recoverable().get(0).annotationCount());
        assertFalse(store.remove("doc-1"), "removing by the document id touches no editor's copy");
        assertEquals(1, store.list().recoverable().size());
    }

    @Test
    void copiesOfTheEarlierLayoutAreStillOfferedAndDiscarded() throws Exception {
        // Written by the version before copy ids: <document id>.fbench and properties without a documentId.
        Files.createDirectories(recovery());
        AnnotationDocument document = sampleDocument("doc-old");
        DocumentStore.save(document, recovery().resolve("doc-old.fbench"));
        Files.deleteIfExists(recovery().resolve("doc-old.fbench.bak"));
        Path original = folder.resolve("ama.fbench");
        Files.writeString(recovery().resolve("doc-old.recovery"), "#Framebench recovery copy doc-old.fbench\n"
                + "originalFile=" + original.toAbsolutePath().toString().replace("\\", "\\\\") + "\n"
                + "savedAt=2025-03-01T12\\:00\\:00Z\nprocessId=999999999\n");
        RecoveryStore store = new RecoveryStore(recovery());

        RecoveryListing listing = store.list();

        assertEquals(1, listing.recoverable().size(), () -> listing.problems().toString());
        RecoverableDocument offered = listing.recoverable().get(0);
        assertEquals("doc-old", offered.documentId());
        assertEquals("doc-old", offered.copyId());
        assertEquals(original.toAbsolutePath(), offered.originalFile());
        assertEquals(Instant.parse("2025-03-01T12:00:00Z"), offered.savedAt());
        assertTrue(EcoreUtil.equals(document, store.load(offered)));
        store.discard(offered);
        try (var files = Files.list(recovery())) {
            assertEquals(0, files.count(), "copy and properties discarded");
        }
    }

    private static AnnotationDocument sampleDocument(String id) throws Exception {
        AnnotationDocument document = SampleWork.newDocument(id);
        SampleWork.firstSteps(document);
        return document;
    }
}
