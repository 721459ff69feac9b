package org.framebench.core.assignment;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.framebench.core.codebook.Codebooks;
import org.framebench.core.document.AtomicFiles;
import org.framebench.core.document.DocumentException;
import org.framebench.core.document.DocumentStore;
import org.framebench.core.document.FormatVersions;
import org.framebench.core.text.Digests;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.Assignment;
import org.framebench.model.FramebenchPackage;
import org.framebench.model.resource.FramebenchResources;

/**
 * The one file an instructor hands out: an assignment ({@code .fbassign}), the EMF XMI of its
 * {@link Assignment} with the article texts and the codebook in it and their digests recorded.
 */
public final class AssignmentFiles {

    public static final String EXTENSION = "fbassign";

    /** Larger than any assignment: eight 10 MB articles and a codebook. */
    public static final long MAX_FILE_BYTES = 96L * 1024 * 1024;

    private static final Pattern NAMESPACE = Pattern.compile("xmlns:fb=\"http://framebench\\.org/model/([^\"]+)\"");

    private AssignmentFiles() {
    }

    /**
     * Saves {@code assignment} to {@code file}, its digests recomputed first. Refused, with nothing
     * written, while {@link AssignmentChecks#errors} finds problems; the previous file is kept as
     * {@code file.bak}; on any failure the previous file is untouched.
     */
    public static void save(Assignment assignment, Path file) throws AssignmentException {
        List<AssignmentProblem> errors = AssignmentChecks.errors(assignment);
        if (!errors.isEmpty()) {
            throw new AssignmentException("The assignment was not saved: "
                    + errors.stream().map(AssignmentProblem::message).collect(Collectors.joining(" ")), null);
        }
        Assignments.refreshDigests(assignment);
        byte[] bytes;
        try {
            bytes = serialize(assignment);
        } catch (IOException | RuntimeException e) {
            throw new AssignmentException("The assignment could not be prepared for saving: " + AtomicFiles.describe(e), e);
        }
        try {
            DocumentStore.writeAtomically(bytes, file, true);
        } catch (DocumentException e) {
            throw new AssignmentException(e.getMessage(), e);
        }
    }

    /** The bytes {@link #save} writes (a copy is serialized: the assignment stays where it is). */
    public static byte[] serialize(Assignment assignment) throws IOException {
        Resource resource = FramebenchResources.newResourceSet().createResource(URI.createURI("memory." + EXTENSION));
        resource.getContents().add(EcoreUtil.copy(assignment));
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        resource.save(out, null);
        return out.toByteArray();
    }

    /** Reads an assignment file; every way it can fail is told in plain words. */
    public static Assignment load(Path file) throws AssignmentException {
        String name = String.valueOf(file.getFileName());
        byte[] bytes;
        try {
            bytes = DocumentStore.readFile(file, MAX_FILE_BYTES);
        } catch (DocumentException e) {
            throw new AssignmentException(e.getMessage(), e);
        }
        return parse(bytes, name);
    }

    public static Assignment parse(InputStream in, String name) throws AssignmentException {
        try {
            return parse(in.readNBytes((int) MAX_FILE_BYTES), name);
        } catch (IOException e) {
            throw new AssignmentException(name + " could not be read: " + AtomicFiles.describe(e), e);
        }
    }

    static Assignment parse(byte[] bytes, String name) throws AssignmentException {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8);
        if (head.isBlank()) {
            throw new AssignmentException(name + " is empty: it holds no assignment.", null);
        }
        if (head.contains("<!DOCTYPE")) {
            throw new AssignmentException(name + " contains a document type declaration, which Framebench files "
                    + "never have; it was not opened, for safety.", null);
        }
        Matcher namespace = NAMESPACE.matcher(head);
        if (namespace.find() && !FramebenchPackage.eNS_URI.endsWith("/" + namespace.group(1))) {
            throw new AssignmentException(FormatVersions.describeNamespace(name, namespace.group(1)), null);
        }
        if (!head.contains(FramebenchPackage.eNS_URI)) {
            throw new AssignmentException(name + " is not a Framebench assignment.", null);
        }
        Resource resource = FramebenchResources.newResourceSet().createResource(URI.createURI("memory." + EXTENSION));
        try {
            resource.load(new ByteArrayInputStream(bytes), null);
        } catch (OutOfMemoryError e) {
            throw new AssignmentException(name + " is too large to open with the memory Framebench has.", null);
        } catch (IOException | RuntimeException e) {
            throw new AssignmentException(name + " is damaged or incomplete and cannot be opened ("
                    + FormatVersions.describeParseError(e) + "). If it was saved by Framebench, its backup (" + name
                    + AtomicFiles.BACKUP_SUFFIX + ") may hold the previous version.", e);
        }
        if (!resource.getErrors().isEmpty()) {
            throw new AssignmentException(name + " is damaged and cannot be opened: "
                    + FormatVersions.describeParseError(resource.getErrors().get(0)) + ".", null);
        }
        EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
        if (root instanceof AnnotationDocument) {
            throw new AssignmentException(name + " is an annotation file (a student's work or a key), not an "
                    + "assignment: open it with File > Open.", null);
        }
        if (!(root instanceof Assignment assignment) || resource.getContents().size() > 1) {
            throw new AssignmentException(name + " is not a Framebench assignment.", null);
        }
        resource.getContents().clear(); // the assignment is the caller's, outside the loading resource
        verify(assignment, name);
        return assignment;
    }

    /** Refuses an assignment whose texts or codebook were changed outside Framebench (digests differ). */
    private static void verify(Assignment assignment, String name) throws AssignmentException {
        if (assignment.getArticles().isEmpty()) {
            throw new AssignmentException(name + " holds no articles.", null);
        }
        for (Article article : assignment.getArticles()) {
            String text = article.getText() == null ? "" : article.getText();
            if (article.getSha256() == null || !article.getSha256().equals(Digests.sha256(text))) {
                throw new AssignmentException(name + ": the text of the article \"" + label(article)
                        + "\" was changed outside Framebench (it no longer matches its digest), so submissions could "
                        + "not be checked against it. Make the change in Framebench (Edit Assignment) instead.", null);
            }
        }
        if (assignment.getCodebook() == null) {
            throw new AssignmentException(name + " has no codebook.", null);
        }
        String codebookDigest = assignment.getCodebook().getSha256();
        if (codebookDigest == null || !codebookDigest.equals(Codebooks.digest(assignment.getCodebook()))) {
            throw new AssignmentException(name + ": its codebook was changed outside Framebench (it no longer matches "
                    + "its digest). Make the change in Framebench (Edit Assignment) instead.", null);
        }
    }

    private static String label(Article article) {
        return article.getOutlet() != null ? article.getOutlet() : article.getTitle() != null ? article.getTitle() : article.getId();
    }
}
