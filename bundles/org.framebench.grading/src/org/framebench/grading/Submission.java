package org.framebench.grading;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.framebench.core.document.DocumentException;
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
    private AnnotationDocument document;
    /** What is kept of the document once it is {@link #release released}; {@code null} before. */
    private Released released;
    private final Instant lastModified;
    private final List<Problem> problems = new ArrayList<>();
    private DocumentException.Kind unreadable;
    /** Who handed it in, as the learning platform's ZIP named it; {@code null} for a file of a folder. */
    private org.framebench.grading.lms.LmsIdentity lms;
    /** Its path in the class's ZIP, or {@code null} for a file of a folder. */
    private String entryName;

    Submission(Path file, AnnotationDocument document, Instant lastModified) {
        this.file = file;
        this.document = document;
        this.lastModified = lastModified;
    }

    public Path file() {
        return file;
    }

    /**
     * The document, or {@code null} when the file could not be read or, in a class graded as a stream
     * ({@code ClassGrading.gradeStreamed}), once it was scored and let go ({@link #isReleased()}).
     */
    public AnnotationDocument document() {
        return document;
    }

    public boolean isReadable() {
        return document != null || released != null;
    }

    /** True once the document was let go (a class graded as a stream): what the class needs of it is kept. */
    public boolean isReleased() {
        return released != null;
    }

    /**
     * What a graded class needs of a document once it is let go: who wrote it, which assignment version it
     * answers, its counts; a few dozen bytes instead of the document's megabyte.
     */
    private record Released(String annotatorName, String annotatorId, String documentId, String assignmentVersion,
            Map<String, Integer> annotationsPerLayer, int annotationCount, int linkCount, int fromSuggestions) {
    }

    /**
     * Lets the document go, keeping what the grade book and the class's checks read of it (names, id,
     * assignment version, counts); {@link #document()} is {@code null} from then on. Used when a class is
     * graded as a stream, so a class of thousands is never all in memory at once.
     */
    void release() {
        if (document == null) {
            return;
        }
        String version = document.getAssignment() == null ? null : document.getAssignment().getVersion();
        released = new Released(document.getAnnotatorName(), document.getAnnotatorId(), document.getId(), version,
                Collections.unmodifiableMap(annotationsPerLayer()), annotationCount(), linkCount(), fromSuggestions());
        document = null;
    }

    /** The version of the assignment the file answers, as written in it; {@code null} if none or unreadable. */
    public String assignmentVersion() {
        if (released != null) {
            return released.assignmentVersion;
        }
        return document == null || document.getAssignment() == null ? null : document.getAssignment().getVersion();
    }

    /** The document's id ({@code null} if none, or the file is unreadable). */
    public String documentId() {
        return released != null ? released.documentId : document == null ? null : document.getId();
    }

    /** How many of the annotations were accepted from the attribution finder's suggestions (0 if unreadable). */
    public int fromSuggestions() {
        if (released != null) {
            return released.fromSuggestions;
        }
        int count = 0;
        if (document != null) {
            for (Annotation annotation : document.getAnnotations()) {
                if (annotation.isFromSuggestion()) {
                    count++;
                }
            }
        }
        return count;
    }

    /**
     * The student's name as written in the file; else the name the learning platform gave the file (a ZIP
     * from Moodle or Canvas); else the file name.
     */
    public String studentName() {
        String name = released != null ? released.annotatorName : document == null ? null : document.getAnnotatorName();
        if (name != null && !name.isBlank()) {
            return name;
        }
        return lms != null ? lms.name() : file.getFileName().toString();
    }

    /** Who handed the file in, as the learning platform's ZIP named it, or {@code null} (a class folder). */
    public org.framebench.grading.lms.LmsIdentity lms() {
        return lms;
    }

    /** The platform's id of the student (from the ZIP's names), or {@code ""}. */
    public String lmsId() {
        return lms == null ? "" : lms.id();
    }

    /** The file's name as shown: its path in the class's ZIP, or the file name of a class folder's file. */
    public String fileLabel() {
        return entryName != null ? entryName : file.getFileName().toString();
    }

    void setArchiveEntry(String name, org.framebench.grading.lms.LmsIdentity identity) {
        this.entryName = name;
        this.lms = identity;
    }

    /** The student's id as written in the file, or {@code ""}. */
    public String studentId() {
        String id = released != null ? released.annotatorId : document == null ? null : document.getAnnotatorId();
        return id == null ? "" : id;
    }

    /** When the student last changed the annotations (the document's own date, else the file's). */
    public Instant lastModified() {
        return lastModified;
    }

    /** Annotation counts per layer id, in codebook order (layers with none included, as 0). */
    public Map<String, Integer> annotationsPerLayer() {
        if (released != null) {
            return new LinkedHashMap<>(released.annotationsPerLayer);
        }
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
        return released != null ? released.annotationCount : document == null ? 0 : document.getAnnotations().size();
    }

    public int linkCount() {
        return released != null ? released.linkCount : document == null ? 0 : document.getLinks().size();
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
        return isReadable() && problems.stream().allMatch(p -> p.kind().isWarning());
    }

    void setUnreadable(DocumentException.Kind kind, String message) {
        unreadable = kind;
        addProblem(Problem.Kind.UNREADABLE, message);
    }

    /** What the file is for the grade book and the Class view: graded, or why not. */
    public enum Status {
        GRADED("graded"), KEY("answer key (graded against)"), OTHER_KEY("answer key, not used"),
        OTHER_ASSIGNMENT("other assignment"), CHANGED_ARTICLES("article text edited in the file"),
        SUPERSEDED("older duplicate, not graded"), EMPTY("empty file"), NOT_FRAMEBENCH("not a Framebench file"),
        DAMAGED("damaged"), NOT_GRADED("not graded");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        /** Plain words, as shown in the Status column. */
        public String label() {
            return label;
        }
    }

    /**
     * This file's status in its class: {@link Status#GRADED} when scored (warnings or not), else the first
     * reason it is not. {@code key} is the class's key (this file may be it).
     */
    public Status status(Submission key) {
        if (this == key) {
            return Status.KEY;
        }
        if (unreadable != null || !isReadable()) {
            if (unreadable == DocumentException.Kind.EMPTY) {
                return Status.EMPTY;
            }
            return unreadable == DocumentException.Kind.NOT_FRAMEBENCH ? Status.NOT_FRAMEBENCH : Status.DAMAGED;
        }
        if (hasProblem(Problem.Kind.KEY_NOT_USED)) {
            return Status.OTHER_KEY;
        }
        if (hasProblem(Problem.Kind.OTHER_ASSIGNMENT)) {
            return Status.OTHER_ASSIGNMENT;
        }
        if (hasProblem(Problem.Kind.CHANGED_ARTICLES)) {
            return Status.CHANGED_ARTICLES;
        }
        if (hasProblem(Problem.Kind.DUPLICATE_SUPERSEDED)) {
            return Status.SUPERSEDED;
        }
        return isGradable() && key != null ? Status.GRADED : Status.NOT_GRADED;
    }

    /** The status and every problem's message in one line, e.g. "graded. Warning: …" or "damaged: …". */
    public String statusText(Submission key) {
        String label = status(key).label();
        if (problems.isEmpty()) {
            return label;
        }
        return label + ": " + problems.stream()
                .map(p -> (p.kind() == Problem.Kind.POSSIBLE_COPY || p.kind() == Problem.Kind.REANCHORED
                        || p.kind() == Problem.Kind.OTHER_VERSION ? "Warning: " : "")
                        + p.message())
                .collect(java.util.stream.Collectors.joining(" "));
    }

    @Override
    public String toString() {
        return studentName() + " (" + file.getFileName() + ")";
    }
}
