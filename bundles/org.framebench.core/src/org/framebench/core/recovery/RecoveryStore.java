package org.framebench.core.recovery;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import org.framebench.core.document.AtomicFiles;
import org.framebench.core.document.DocumentException;
import org.framebench.core.document.DocumentException.Kind;
import org.framebench.core.document.DocumentStore;
import org.framebench.model.AnnotationDocument;

/**
 * Recovery copies of unsaved work, in one folder (the product uses {@code ~/.framebench/workspace/recovery}).
 * Each copy has a <em>copy id</em>: the workbench gives every open editor its own (a UUID), so two open
 * documents with the same document id (a student copied a file and opened both) never share or overwrite
 * each other's copy. A copy is {@code <copy id>.fbench}, written atomically like a normal save, and beside
 * it {@code <copy id>.recovery}, a small properties file naming the document id, the original file, the
 * time and the process that wrote it. A clean save or close removes that editor's copy only; at start-up
 * {@link #list()} offers what a crash left behind.
 * <p>
 * Copies written before copy ids existed are named after their document id ({@code <document id>.fbench});
 * they are still listed, with the document id as their copy id, and the convenience methods that take no
 * copy id ({@link #snapshot(AnnotationDocument, Path)}, {@link #save(AnnotationDocument, Path)}) keep that
 * layout for tools with one copy per document.
 * <p>
 * A copy whose writing process is still alive belongs to another running Framebench and is not offered.
 * Nothing here deletes a copy the user has not been asked about: unreadable copies are reported and left.
 */
public final class RecoveryStore {

    /** Extension of a recovery copy: a normal Framebench file. */
    public static final String COPY_SUFFIX = ".fbench";

    /** Extension of the properties that describe a copy. */
    public static final String INFO_SUFFIX = ".recovery";

    private static final String DOCUMENT_ID = "documentId";
    private static final String ORIGINAL_FILE = "originalFile";
    private static final String SAVED_AT = "savedAt";
    private static final String PROCESS_ID = "processId";
    private static final String PROCESS_START = "processStart";

    private final Path folder;

    public RecoveryStore(Path folder) {
        this.folder = folder.toAbsolutePath();
    }

    public Path folder() {
        return folder;
    }

    /**
     * A recovery copy of {@code document} ready to be written. Serialising reads the model, so call this
     * where the model is edited (the UI thread); {@link #write(Snapshot)} may then run in the background.
     */
    public Snapshot snapshot(AnnotationDocument document, Path originalFile) throws DocumentException {
        return snapshot(document.getId(), document, originalFile);
    }

    /**
     * Like {@link #snapshot(AnnotationDocument, Path)}, for the copy named {@code copyId} (one per open
     * editor): another copy of a document with the same id is left alone.
     */
    public Snapshot snapshot(String copyId, AnnotationDocument document, Path originalFile) throws DocumentException {
        String id = document.getId();
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a document needs an id to have a recovery copy");
        }
        if (copyId == null || copyId.isBlank()) {
            throw new IllegalArgumentException("a recovery copy needs a copy id");
        }
        byte[] bytes;
        try {
            bytes = DocumentStore.serialize(document);
        } catch (IOException | RuntimeException e) {
            throw new DocumentException(Kind.WRITE_FAILED,
                    "Your unsaved work could not be prepared for its recovery copy: " + e.getMessage(), e);
        }
        return new Snapshot(copyId, id, bytes, originalFile == null ? null : originalFile.toAbsolutePath(),
                Instant.now());
    }

    /**
     * Writes {@code snapshot} as the recovery copy named by its copy id, replacing an earlier copy with
     * that id only.
     *
     * @throws DocumentException in plain words when the copy cannot be written (the work is then not
     *         copied aside, and the caller must tell the user)
     */
    public void write(Snapshot snapshot) throws DocumentException {
        try {
            writeCopy(snapshot);
        } catch (DocumentException e) {
            String reason = Files.exists(folder) && !Files.isDirectory(folder) ? "a file is in the way of that folder"
                    : AtomicFiles.describe(e.getCause() != null ? e.getCause() : e);
            throw new DocumentException(Kind.WRITE_FAILED,
                    "The copy of your unsaved work could not be written to the folder " + folder + " (" + reason + ").", e);
        }
    }

    private void writeCopy(Snapshot snapshot) throws DocumentException {
        Path copy = copyFile(snapshot.copyId());
        // The copy goes first: a crash between the two writes leaves a newer copy with older properties,
        // which is still offered; never properties without their copy.
        DocumentStore.writeAtomically(snapshot.bytes(), copy, false);
        Properties info = new Properties();
        info.setProperty(DOCUMENT_ID, snapshot.documentId());
        if (snapshot.originalFile() != null) {
            info.setProperty(ORIGINAL_FILE, snapshot.originalFile().toString());
        }
        info.setProperty(SAVED_AT, snapshot.takenAt().toString());
        ProcessHandle self = ProcessHandle.current();
        info.setProperty(PROCESS_ID, Long.toString(self.pid()));
        self.info().startInstant().ifPresent(start -> info.setProperty(PROCESS_START, start.toString()));
        StringWriter text = new StringWriter();
        try {
            info.store(text, "Framebench recovery copy " + copy.getFileName());
        } catch (IOException e) {
            throw new IllegalStateException("writing to a StringWriter cannot fail", e);
        }
        DocumentStore.writeAtomically(text.toString().getBytes(StandardCharsets.ISO_8859_1), infoFile(snapshot.copyId()),
                false);
    }

    /** Writes a recovery copy of {@code document}; {@code originalFile} is null for a never-saved document. */
    public void save(AnnotationDocument document, Path originalFile) throws DocumentException {
        write(snapshot(document, originalFile));
    }

    /**
     * Removes the recovery copy named {@code copyId} (and no other copy of the same document), if there
     * is one: call it after a successful save and on a clean close. For copies written without a copy id
     * the document id is the copy id.
     *
     * @return whether a copy was removed
     */
    public boolean remove(String copyId) throws DocumentException {
        try {
            // Properties first: if this is interrupted, the copy is still offered rather than lost.
            Files.deleteIfExists(infoFile(copyId));
            return Files.deleteIfExists(copyFile(copyId));
        } catch (IOException e) {
            throw new DocumentException(Kind.WRITE_FAILED, "The recovery copy of your work could not be removed ("
                    + e.getMessage() + "). It will be offered again at the next start.", e);
        }
    }

    /** Throws away recovered work the user chose not to keep. */
    public void discard(RecoverableDocument recoverable) throws DocumentException {
        remove(recoverable.copyId());
    }

    /** Throws away an unreadable recovery copy once the user has been told about it. */
    public void discard(RecoveryProblem problem) throws DocumentException {
        String name = problem.file().getFileName().toString();
        remove(name.substring(0, name.length() - COPY_SUFFIX.length()));
    }

    /** The document in a recovery copy. */
    public AnnotationDocument load(RecoverableDocument recoverable) throws DocumentException {
        return DocumentStore.load(recoverable.recoveryFile(), DocumentStore.Strictness.EDITING);
    }

    /**
     * What can be recovered, newest first. Never throws: an unreadable folder or copy becomes a
     * {@link RecoveryProblem}, so start-up always goes on.
     */
    public RecoveryListing list() {
        List<RecoverableDocument> recoverable = new ArrayList<>();
        List<RecoverableDocument> inUse = new ArrayList<>();
        List<RecoveryProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return new RecoveryListing(recoverable, inUse, problems);
        }
        List<Path> copies = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + COPY_SUFFIX)) {
            for (Path file : files) {
                // Hidden files are half-written temporaries of an interrupted write; the previous copy stands.
                if (!file.getFileName().toString().startsWith(".") && Files.isRegularFile(file)) {
                    copies.add(file);
                }
            }
        } catch (IOException e) {
            problems.add(new RecoveryProblem(folder, "The folder of recovery copies (" + folder
                    + ") could not be read, so no unsaved work can be offered: " + e.getMessage()));
            return new RecoveryListing(recoverable, inUse, problems);
        }
        for (Path copy : copies) {
            String name = copy.getFileName().toString();
            String copyId = name.substring(0, name.length() - COPY_SUFFIX.length());
            Properties info = readInfo(infoFile(copyId));
            AnnotationDocument document;
            try {
                document = DocumentStore.load(copy, DocumentStore.Strictness.EDITING);
            } catch (DocumentException e) {
                problems.add(new RecoveryProblem(copy, unreadable(name, originalFile(info), e)));
                continue;
            }
            // Copies of today's layout name their document; older ones are named after it.
            String documentId = document.getId() != null && !document.getId().isBlank() ? document.getId()
                    : info.getProperty(DOCUMENT_ID, copyId);
            RecoverableDocument entry = new RecoverableDocument(documentId, copy, originalFile(info),
                    savedAt(info, copy), document.getAnnotatorName(),
                    document.getAssignment() == null ? null : document.getAssignment().getTitle(),
                    document.getAnnotations().size(), copyId);
            (ownedByAnotherRunningProgram(info) ? inUse : recoverable).add(entry);
        }
        Comparator<RecoverableDocument> newestFirst = Comparator.comparing(RecoverableDocument::savedAt).reversed();
        recoverable.sort(newestFirst);
        inUse.sort(newestFirst);
        return new RecoveryListing(recoverable, inUse, problems);
    }

    private static String unreadable(String name, Path original, DocumentException e) {
        String what = "A recovery copy of unsaved work (" + name
                + (original == null ? "" : ", for " + original.getFileName()) + ")";
        return switch (e.getKind()) {
        case NEWER_VERSION -> what + " was written by a newer version of Framebench and was skipped.";
        case NOT_FOUND -> what + " could not be read and was skipped: " + e.getMessage();
        default -> what + " is damaged or incomplete and was skipped.";
        };
    }

    /** The recovery copy named {@code copyId} (a document id for copies written without a copy id). */
    public Path copyFile(String copyId) {
        return folder.resolve(safeName(copyId) + COPY_SUFFIX);
    }

    /** The properties beside the recovery copy named {@code copyId}. */
    public Path infoFile(String copyId) {
        return folder.resolve(safeName(copyId) + INFO_SUFFIX);
    }

    /** Copy and document ids are UUIDs; anything else is reduced to characters that are safe in a file name. */
    private static String safeName(String id) {
        return id.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static Properties readInfo(Path file) {
        Properties info = new Properties();
        try {
            info.load(new StringReader(Files.readString(file, StandardCharsets.ISO_8859_1)));
        } catch (IOException | IllegalArgumentException e) {
            // Missing or unreadable properties only cost the original file name and the time; the copy stands.
        }
        return info;
    }

    private static Path originalFile(Properties info) {
        String original = info.getProperty(ORIGINAL_FILE);
        try {
            return original == null || original.isBlank() ? null : Path.of(original);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Instant savedAt(Properties info, Path copy) {
        Instant recorded = instant(info.getProperty(SAVED_AT));
        if (recorded != null) {
            return recorded;
        }
        try {
            return Files.getLastModifiedTime(copy).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    /**
     * True if the process that wrote the copy is another one that still runs. A process id alone could
     * have been reused since a crash, so its start time must match too when it was recorded.
     */
    private static boolean ownedByAnotherRunningProgram(Properties info) {
        long pid;
        try {
            pid = Long.parseLong(info.getProperty(PROCESS_ID, "-1"));
        } catch (NumberFormatException e) {
            return false;
        }
        if (pid < 0 || pid == ProcessHandle.current().pid()) {
            return false;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty() || !process.get().isAlive()) {
            return false;
        }
        Instant recordedStart = instant(info.getProperty(PROCESS_START));
        Optional<Instant> actualStart = process.get().info().startInstant();
        return recordedStart == null || actualStart.isEmpty() || recordedStart.equals(actualStart.get());
    }

    private static Instant instant(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The bytes of a recovery copy, taken where the model lives, to be written anywhere.
     *
     * @param copyId names the copy (one per open editor); replaced only by a snapshot with the same copy id
     * @param documentId the document's id
     */
    public record Snapshot(String copyId, String documentId, byte[] bytes, Path originalFile, Instant takenAt) {

        /** A snapshot in the layout of one copy per document: the document id is the copy id. */
        public Snapshot(String documentId, byte[] bytes, Path originalFile, Instant takenAt) {
            this(documentId, documentId, bytes, originalFile, takenAt);
        }
    }
}
