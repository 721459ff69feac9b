package org.framebench.grading;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Code;
import org.framebench.model.Layer;

/**
 * One file of a class: who submitted it, what it holds, and what is wrong with it. A submission whose
 * file could not be read has no document, only its file name and an {@link Problem.Kind#UNREADABLE}
 * problem.
 */
public final class Submission {

    private final Path file;
    private final AnnotationDocument document;
    private final Instant lastModified;
    private final List<Problem> problems = new ArrayList<>();

    Submission(Path file, AnnotationDocument document, Instant lastModified) {
        this.file = file;
        this.document = document;
        this.lastModified = lastModified;
    }

    public Path file() {
        return file;
    }

    /** The document, or {@code null} when the file could not be read. */
    public AnnotationDocument document() {
        return document;
    }

    public boolean isReadable() {
        return document != null;
    }

    /** The student's name as written in the file; the file name when unreadable or blank. */
    public String studentName() {
        String name = document == null ? null : document.getAnnotatorName();
        return name == null || name.isBlank() ? file.getFileName().toString() : name;
    }

    /** The student's id as written in the file, or {@code ""}. */
    public String studentId() {
        String id = document == null ? null : document.getAnnotatorId();
        return id == null ? "" : id;
    }

    /** When the student last changed the annotations (the document's own date, else the file's). */
    public Instant lastModified() {
        return lastModified;
    }

    /** Annotation counts per layer id, in codebook order (layers with none included, as 0). */
    public Map<String, Integer> annotationsPerLayer() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (document == null) {
            return counts;
        }
        if (document.getAssignment() != null && document.getAssignment().getCodebook() != null) {
            for (Layer layer : document.getAssignment().getCodebook().getLayers()) {
                counts.put(layer.getId(), 0);
            }
        }
        for (Annotation annotation : document.getAnnotations()) {
            Code code = annotation.getCode();
            String layer = code == null || code.getLayer() == null ? "" : code.getLayer().getId();
            counts.merge(layer, 1, Integer::sum);
        }
        return counts;
    }

    public int annotationCount() {
        return document == null ? 0 : document.getAnnotations().size();
    }

    public int linkCount() {
        return document == null ? 0 : document.getLinks().size();
    }

    public List<Problem> problems() {
        return Collections.unmodifiableList(problems);
    }

    void addProblem(Problem.Kind kind, String message) {
        problems.add(new Problem(kind, message));
    }

    public boolean hasProblem(Problem.Kind kind) {
        return problems.stream().anyMatch(p -> p.kind() == kind);
    }

    /** True when the submission is scored: readable, the right assignment and articles, not superseded. */
    public boolean isGradable() {
        return isReadable() && problems.stream().allMatch(p -> p.kind() == Problem.Kind.DUPLICATE_KEPT);
    }

    @Override
    public String toString() {
        return studentName() + " (" + file.getFileName() + ")";
    }
}
