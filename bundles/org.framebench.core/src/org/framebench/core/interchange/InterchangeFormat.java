package org.framebench.core.interchange;

import java.nio.file.Path;

import org.framebench.model.AnnotationDocument;
import org.framebench.model.Codebook;

/**
 * A format other annotation tools read or write (W3C Web Annotation, UIMA CAS XMI, brat standoff, REFI-QDA).
 * Implementations are plain classes in their own bundles, free of UI, so the command line and the workbench's
 * import/export wizards share them. Registered in {@code org.framebench.cli.InterchangeFormats} and the UI's
 * wizards by id.
 */
public interface InterchangeFormat {

    /** Short id used on the command line ({@code --format ID}), e.g. {@code w3c}, {@code uima}, {@code brat}. */
    String id();

    /** A name a user recognises, e.g. "W3C Web Annotation (Hypothesis, Recogito)". */
    String label();

    /** What the export writes: a file name ending ({@code .jsonld}) or {@code "folder"}. */
    String targetDescription();

    /**
     * Writes the document's annotations (and, where the format has room for it, its codebook and articles).
     * Nothing is left behind half-written: on failure the target is as it was.
     *
     * @return what was written and what the format could not carry (never silently dropped)
     */
    InterchangeReport exportDocument(AnnotationDocument document, Path target) throws InterchangeException;

    /**
     * Reads annotations made for the articles of {@code template}'s assignment and returns a new document
     * holding them (a copy of the template with the imported annotations and links). {@code template} itself
     * is not changed, so a failed import leaves what is open as it was.
     */
    ImportResult importDocument(Path source, AnnotationDocument template) throws InterchangeException;

    /** Whether this format also carries a codebook on its own (REFI-QDA .qdc, brat annotation.conf). */
    default boolean carriesCodebook() {
        return false;
    }

    /** Writes only the codebook; formats without {@link #carriesCodebook()} refuse. */
    default InterchangeReport exportCodebook(Codebook codebook, Path target) throws InterchangeException {
        throw new InterchangeException(label() + " does not hold a codebook on its own.");
    }

    /** Reads only a codebook; formats without {@link #carriesCodebook()} refuse. */
    default Codebook importCodebook(Path source) throws InterchangeException {
        throw new InterchangeException(label() + " does not hold a codebook on its own.");
    }
}
