package org.framebench.core.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.framebench.core.codebook.Codebooks;
import org.framebench.core.document.DocumentException.Kind;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Codebook;
import org.framebench.model.FramebenchPackage;
import org.framebench.model.resource.FramebenchResource;
import org.framebench.model.resource.FramebenchResources;

/**
 * Reads and writes {@code .fbench} files. Saving never damages the previous file: the document is
 * written to a temporary file in the same folder, flushed to disk, and renamed over the old one, whose
 * previous content is kept beside it as {@code name.fbench.bak}. Opening reads only plain files of a
 * sane size, never follows a reference out of the file, validates what it read ({@link DocumentValidator})
 * and explains in plain words what is wrong with a file that cannot be opened.
 */
public final class DocumentStore {

    /** Suffix of the backup of the previously saved version. */
    public static final String BACKUP_SUFFIX = AtomicFiles.BACKUP_SUFFIX;

    /**
     * The largest file Framebench opens: far above any real document (a 50,000-word article with 10,000
     * annotations is about 5 MB), far below what would exhaust memory when a class is graded in parallel.
     */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private static final Pattern NAMESPACE = Pattern.compile("xmlns:fb=\"http://framebench\\.org/model/([^\"]+)\"");
    /** The root element's start tag: its format number and the tool that wrote it are read before the file is parsed. */
    private static final Pattern ROOT_TAG = Pattern.compile("<(?![?!])[^>]*>");
    private static final Pattern FORMAT_ATTRIBUTE = Pattern.compile("\\sformatVersion=\"(\\d{1,9})\"");
    private static final Pattern TOOL_ATTRIBUTE = Pattern.compile("\\stoolVersion=\"([^\"]*)\"");

    /** How strictly {@link #load(Path, Strictness)} applies {@link DocumentValidator}. */
    public enum Strictness {
        /** Every problem refuses the file: a hand-in that is validated, exported or graded. */
        HAND_IN,
        /**
         * For a student's own file opened for editing: annotations that no longer fit their article's text
         * (left so by re-anchoring after an article update) are kept, not refused; every other problem
         * refuses the file.
         */
        EDITING
    }

    private DocumentStore() {
    }

    /** The document in {@code file}, refused unless it passes every check ({@link Strictness#HAND_IN}). */
    public static AnnotationDocument load(Path file) throws DocumentException {
        return load(file, Strictness.HAND_IN);
    }

    /** The document in {@code file}, checked as {@code strictness} says. */
    public static AnnotationDocument load(Path file, Strictness strictness) throws DocumentException {
        return load(file, strictness, null);
    }

    /**
     * As {@link #load(Path, Strictness)}; the files of one class loaded with the same {@code sharedStrings}
     * (a thread-safe map, or {@code null}) share the texts of their assignment
     * ({@link FramebenchResource#OPTION_SHARED_ASSIGNMENT_STRINGS}).
     */
    public static AnnotationDocument load(Path file, Strictness strictness, Map<String, String> sharedStrings)
            throws DocumentException {
        String name = String.valueOf(file.getFileName());
        byte[] bytes = readFile(file, MAX_FILE_BYTES);
        AnnotationDocument document = parse(bytes, URI.createFileURI(file.toAbsolutePath().toString()), name, sharedStrings);
        check(document, name, strictness);
        return document;
    }

    /**
     * The bytes of {@code file}, read only if it is a plain file of at most {@code maxBytes}: a named pipe,
     * a device or a folder under a {@code .fbench} name is refused without being opened (opening a pipe
     * waits for a writer that may never come), and so is a file too large to be a real one.
     */
    public static byte[] readFile(Path file, long maxBytes) throws DocumentException {
        String name = String.valueOf(file.getFileName());
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new DocumentException(Kind.NOT_FOUND, "The file " + name + " does not exist.", e);
        } catch (IOException | InvalidPathException e) {
            throw new DocumentException(Kind.NOT_FOUND, "The file " + name + " could not be read: " + AtomicFiles.describe(e), e);
        }
        if (attributes.isDirectory()) {
            throw new DocumentException(Kind.NOT_FOUND, name + " is a folder, not a Framebench file.", null);
        }
        if (!attributes.isRegularFile()) {
            throw new DocumentException(Kind.TOO_LARGE, name + " is not an ordinary file (it is a pipe, a device or "
                    + "another special file), so it was not opened.", null);
        }
        if (attributes.size() > maxBytes) {
            throw new DocumentException(Kind.TOO_LARGE, name + " is " + megabytes(attributes.size())
                    + ", far larger than any Framebench file (at most " + megabytes(maxBytes) + "), so it was not opened.", null);
        }
        try (InputStream in = Files.newInputStream(file)) {
            // Read at most one byte more than allowed: the file may have grown since it was measured.
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new DocumentException(Kind.TOO_LARGE, name + " is larger than any Framebench file (at most "
                        + megabytes(maxBytes) + "), so it was not opened.", null);
            }
            return bytes;
        } catch (IOException e) {
            throw new DocumentException(Kind.NOT_FOUND, "The file " + name + " could not be read: " + AtomicFiles.describe(e), e);
        }
    }

    private static String megabytes(long bytes) {
        return bytes >= 10L * 1024 * 1024 ? (bytes / (1024 * 1024)) + " MB" : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    /**
     * Whether {@code bytes} hold nothing but white space (ASCII, and the UTF-8 byte order mark): looked at
     * byte by byte, since decoding a whole class's files only to find them not blank costs real time.
     */
    static boolean isBlank(byte[] bytes) {
        return firstNonBlank(bytes) == bytes.length;
    }

    /**
     * Where the first byte that is not white space (nor the UTF-8 byte order mark) is in {@code bytes}; its length
     * when there is none. Only the bytes up to it are looked at.
     */
    static int firstNonBlank(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != 0x0B && b != 0x0C
                    && !(b >= 0x1C && b <= 0x1F)) {
                return i;
            }
        }
        return bytes.length;
    }

    /**
     * A file of a newer format is refused before it is parsed: what a newer version added (a new kind of link, a
     * new field) would otherwise fail the parse and be called damaged, while all the student needs is an update.
     */
    private static void refuseNewerFormat(String head, String name) throws DocumentException {
        Matcher root = ROOT_TAG.matcher(head);
        if (!root.find()) {
            return;
        }
        Matcher format = FORMAT_ATTRIBUTE.matcher(root.group());
        if (format.find() && Long.parseLong(format.group(1)) > Documents.FORMAT_VERSION) {
            Matcher tool = TOOL_ATTRIBUTE.matcher(root.group());
            throw new DocumentException(Kind.NEWER_VERSION, FormatVersions.describeFormatVersion(name,
                    (int) Math.min(Integer.MAX_VALUE, Long.parseLong(format.group(1))), tool.find() ? tool.group(1) : null),
                    null);
        }
    }

    /** Parses a document from {@code bytes}; {@code name} is used in messages. Not validated: see {@link #check}. */
    public static AnnotationDocument parse(byte[] bytes, URI uri, String name) throws DocumentException {
        return parse(bytes, uri, name, null);
    }

    /**
     * As {@link #parse(byte[], URI, String)}; documents parsed with the same {@code sharedStrings} (a thread-safe
     * map, or {@code null}) share the texts of their assignment, as {@link #load(Path, Strictness, Map)}'s do.
     */
    public static AnnotationDocument parse(byte[] bytes, URI uri, String name, Map<String, String> sharedStrings)
            throws DocumentException {
        int first = firstNonBlank(bytes);
        if (first == bytes.length) {
            throw new DocumentException(Kind.EMPTY, name + " is empty: it holds no annotations.", null);
        }
        // Blank lines (or a byte order mark and blank lines) before the XML declaration, as a text editor may
        // leave them: XML allows none there, but nothing is missing, so the file is read from its first '<'.
        // Anything else stays as it is, for the parser to judge.
        int start = bytes[first] == '<' ? first : 0;
        String head = new String(bytes, start, Math.min(bytes.length - start, 4096), StandardCharsets.UTF_8);
        if (head.contains("<!DOCTYPE")) {
            throw new DocumentException(Kind.UNSAFE, name + " contains a document type declaration, "
                    + "which Framebench files never have; it was not opened, for safety.", null);
        }
        Matcher namespace = NAMESPACE.matcher(head);
        if (namespace.find() && !FramebenchPackage.eNS_URI.endsWith("/" + namespace.group(1))) {
            throw new DocumentException(Kind.NEWER_VERSION, FormatVersions.describeNamespace(name, namespace.group(1)), null);
        }
        if (!head.contains(FramebenchPackage.eNS_URI)) {
            throw new DocumentException(Kind.NOT_FRAMEBENCH, name + " is not a Framebench file.", null);
        }
        refuseNewerFormat(head, name);
        Resource resource = FramebenchResources.newResourceSet().createResource(uri);
        try {
            resource.load(new ByteArrayInputStream(bytes, start, bytes.length - start), sharedStrings == null ? null
                    : Map.of(FramebenchResource.OPTION_SHARED_ASSIGNMENT_STRINGS, sharedStrings));
        } catch (OutOfMemoryError e) {
            throw new DocumentException(Kind.TOO_LARGE, name + " is too large to open with the memory Framebench has.", null);
        } catch (IOException | RuntimeException e) {
            throw new DocumentException(Kind.DAMAGED, name + " is damaged or incomplete and cannot be opened ("
                    + FormatVersions.describeParseError(e) + "). If it was saved by Framebench, its backup (" + name
                    + BACKUP_SUFFIX + ") may hold the previous version.", e);
        }
        if (!resource.getErrors().isEmpty()) {
            throw new DocumentException(Kind.DAMAGED, name + " is damaged and cannot be opened: "
                    + FormatVersions.describeParseError(resource.getErrors().get(0)) + ".", null);
        }
        EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
        if (!(root instanceof AnnotationDocument document) || resource.getContents().size() > 1) {
            throw new DocumentException(Kind.NOT_FRAMEBENCH, name + " is not a Framebench annotation file.", null);
        }
        String version = FormatVersions.describeFormatVersion(name, document.getFormatVersion(), document.getToolVersion());
        if (version != null) {
            throw new DocumentException(document.getFormatVersion() > Documents.FORMAT_VERSION ? Kind.NEWER_VERSION
                    : Kind.DAMAGED, version, null);
        }
        if (document.getAssignment() == null) {
            throw new DocumentException(Kind.DAMAGED, name + " has no assignment in it and cannot be opened.", null);
        }
        return document;
    }

    /**
     * Applies {@link DocumentValidator} to {@code document}: returns quietly when it passes (as far as
     * {@code strictness} asks), else says what is wrong, naming the file and the first problems.
     */
    public static void check(AnnotationDocument document, String name, Strictness strictness) throws DocumentException {
        Diagnostic diagnostic;
        try {
            diagnostic = DocumentValidator.validate(document);
        } catch (RuntimeException e) {
            throw new DocumentException(Kind.INVALID, name + " could not be checked and was not opened ("
                    + AtomicFiles.describe(e) + ").", e);
        }
        List<String> problems = new ArrayList<>();
        int count = 0;
        for (Diagnostic problem : diagnostic.getChildren()) {
            if (problem.getSeverity() < Diagnostic.ERROR
                    || strictness == Strictness.EDITING && DocumentValidator.isUnanchored(problem)) {
                continue;
            }
            count++;
            if (problems.size() < 3) {
                problems.add(problem.getMessage());
            }
        }
        if (count > 0) {
            throw new DocumentException(Kind.INVALID, name + " is damaged and was not opened: " + String.join(" ", problems)
                    + (count > problems.size() ? " (" + (count - problems.size()) + " more problems.)" : ""), null);
        }
    }

    /**
     * The bytes of {@code document} as it would be saved. Always writable: text that XML 1.0 cannot hold
     * (control characters, U+FFFE, lone surrogates) is written as U+FFFD, one for one, so offsets stay right.
     */
    public static byte[] serialize(AnnotationDocument document) throws IOException {
        document.setFormatVersion(Documents.formatVersionFor(document));
        Codebook codebook = document.getAssignment() == null ? null : document.getAssignment().getCodebook();
        if (codebook != null && (codebook.getSha256() == null || codebook.getSha256().isBlank())) {
            // Files of format 1 carry no fingerprint; this one passed validation when it was opened.
            codebook.setSha256(Codebooks.digest(codebook));
        }
        AnnotationDocument written = XmlCharacters.isWritable(document) ? document : XmlCharacters.writableCopy(document);
        Resource resource = written.eResource();
        if (resource == null) {
            resource = FramebenchResources.newResourceSet().createResource(URI.createURI("memory.fbench"));
            resource.getContents().add(written);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        resource.save(out, null);
        return out.toByteArray();
    }

    /**
     * Saves {@code document} to {@code file} without ever leaving a damaged file behind: on any failure
     * (full disk, no permission) the previous file is untouched.
     */
    public static void save(AnnotationDocument document, Path file) throws DocumentException {
        byte[] bytes;
        try {
            bytes = serialize(document);
        } catch (IOException | RuntimeException e) {
            throw new DocumentException(Kind.WRITE_FAILED, "The annotations could not be prepared for saving: "
                    + e.getMessage(), e);
        }
        writeAtomically(bytes, file, true);
    }

    /**
     * Writes {@code bytes} to {@code file} through a temporary file and a rename ({@link AtomicFiles});
     * with {@code keepBackup} the previous content of {@code file} is kept as {@code file.bak}.
     */
    public static void writeAtomically(byte[] bytes, Path file, boolean keepBackup) throws DocumentException {
        Path target = file.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new DocumentException(Kind.WRITE_FAILED, "Framebench could not save to " + target.getFileName()
                    + " because a folder has that name. Your previous file is unchanged.", null);
        }
        try {
            AtomicFiles.write(target, out -> out.write(bytes), keepBackup);
        } catch (IOException e) {
            throw new DocumentException(Kind.WRITE_FAILED, "Framebench could not save to " + target.getFileName()
                    + " (" + AtomicFiles.describe(e) + "). Your previous file is unchanged.", e);
        }
    }

    /** The backup kept beside {@code file}. */
    public static Path backupOf(Path file) {
        return AtomicFiles.backupOf(file);
    }

}
