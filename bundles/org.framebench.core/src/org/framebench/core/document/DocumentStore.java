package org.framebench.core.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.framebench.core.document.DocumentException.Kind;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.FramebenchPackage;
import org.framebench.model.resource.FramebenchResources;

/**
 * Reads and writes {@code .fbench} files. Saving never damages the previous file: the document is
 * written to a temporary file in the same folder, flushed to disk, and renamed over the old one, whose
 * previous content is kept beside it as {@code name.fbench.bak}. Opening explains in plain words what
 * is wrong with a file that cannot be read.
 */
public final class DocumentStore {

    /** Suffix of the backup of the previously saved version. */
    public static final String BACKUP_SUFFIX = AtomicFiles.BACKUP_SUFFIX;

    private static final Pattern NAMESPACE = Pattern.compile("xmlns:fb=\"http://framebench\\.org/model/([^\"]+)\"");

    private DocumentStore() {
    }

    /** The document in {@code file}. */
    public static AnnotationDocument load(Path file) throws DocumentException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DocumentException(Kind.NOT_FOUND, "The file " + file.getFileName() + " does not exist.", e);
        } catch (IOException e) {
            throw new DocumentException(Kind.NOT_FOUND,
                    "The file " + file.getFileName() + " could not be read: " + e.getMessage(), e);
        }
        return parse(bytes, URI.createFileURI(file.toAbsolutePath().toString()), file.getFileName().toString());
    }

    /** Parses a document from {@code bytes}; {@code name} is used in messages. */
    public static AnnotationDocument parse(byte[] bytes, URI uri, String name) throws DocumentException {
        if (bytes.length == 0 || new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            throw new DocumentException(Kind.EMPTY, name + " is empty: it holds no annotations.", null);
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8);
        if (head.contains("<!DOCTYPE")) {
            throw new DocumentException(Kind.UNSAFE, name + " contains a document type declaration, "
                    + "which Framebench files never have; it was not opened, for safety.", null);
        }
        Matcher namespace = NAMESPACE.matcher(head);
        if (namespace.find() && !FramebenchPackage.eNS_URI.endsWith("/" + namespace.group(1))) {
            throw new DocumentException(Kind.NEWER_VERSION, name + " was written by a newer version of "
                    + "Framebench (format " + namespace.group(1) + "). Please update Framebench to open it.", null);
        }
        if (!head.contains(FramebenchPackage.eNS_URI)) {
            throw new DocumentException(Kind.NOT_FRAMEBENCH, name + " is not a Framebench file.", null);
        }
        Resource resource = FramebenchResources.newResourceSet().createResource(uri);
        try {
            resource.load(new ByteArrayInputStream(bytes), null);
        } catch (IOException | RuntimeException e) {
            throw new DocumentException(Kind.DAMAGED, name + " is damaged or incomplete and cannot be opened. "
                    + "If it was saved by Framebench, its backup (" + name + BACKUP_SUFFIX
                    + ") may hold the previous version.", e);
        }
        if (!resource.getErrors().isEmpty()) {
            throw new DocumentException(Kind.DAMAGED, name + " is damaged and cannot be opened: "
                    + resource.getErrors().get(0).getMessage(), null);
        }
        EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
        if (!(root instanceof AnnotationDocument document)) {
            throw new DocumentException(Kind.NOT_FRAMEBENCH, name + " is not a Framebench annotation file.", null);
        }
        if (document.getFormatVersion() > Documents.FORMAT_VERSION) {
            throw new DocumentException(Kind.NEWER_VERSION, name + " was written by a newer version of Framebench ("
                    + document.getToolVersion() + "). Please update Framebench to open it.", null);
        }
        if (document.getAssignment() == null) {
            throw new DocumentException(Kind.DAMAGED, name + " has no assignment in it and cannot be opened.", null);
        }
        return document;
    }

    /** The bytes of {@code document} as it would be saved. */
    public static byte[] serialize(AnnotationDocument document) throws IOException {
        Resource resource = document.eResource();
        if (resource == null) {
            resource = FramebenchResources.newResourceSet().createResource(URI.createURI("memory.fbench"));
            resource.getContents().add(document);
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
