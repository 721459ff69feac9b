package org.framebench.core.compare;

import java.util.List;
import java.util.stream.Collectors;

import org.framebench.model.Annotation;
import org.framebench.model.ComparisonNote;

/**
 * One statement (or source) across the outlets: a group of annotations joined by links of kind same statement
 * or same source (transitively; omission links attach omission annotations), or one unlinked attribution
 * annotation. One cell per article, in the assignment's order.
 */
public final class ComparisonRow {

    private final int number;
    private final List<Annotation> annotations;
    private final List<ComparisonCell> cells;
    private final SourceKind majoritySourceKind;
    private final VerbClass majorityVerbClass;
    final java.util.ArrayList<ComparisonNote> notes = new java.util.ArrayList<>();

    ComparisonRow(int number, List<Annotation> annotations, List<ComparisonCell> cells, SourceKind majoritySourceKind,
            VerbClass majorityVerbClass) {
        this.number = number;
        this.annotations = List.copyOf(annotations);
        this.cells = List.copyOf(cells);
        this.majoritySourceKind = majoritySourceKind;
        this.majorityVerbClass = majorityVerbClass;
    }

    /** 1-based position in the comparison. */
    public int getNumber() {
        return number;
    }

    /** Every annotation of the row, omission annotations included. */
    public List<Annotation> getAnnotations() {
        return annotations;
    }

    public List<ComparisonCell> getCells() {
        return cells;
    }

    public ComparisonCell getCell(int column) {
        return cells.get(column);
    }

    /** The source kind most cells share, or null when none is the most common. */
    public SourceKind getMajoritySourceKind() {
        return majoritySourceKind;
    }

    /** The verb class most cells share, or null when none is the most common. */
    public VerbClass getMajorityVerbClass() {
        return majorityVerbClass;
    }

    /** The student's notes on this row (normally one; two when rows with notes were linked into one). */
    public List<ComparisonNote> getNotes() {
        return List.copyOf(notes);
    }

    /** The note's text (several notes one after the other), or "" when there is none. */
    public String getNoteText() {
        return notes.stream().map(ComparisonNote::getText).filter(t -> t != null && !t.isBlank())
                .collect(Collectors.joining("\n\n"));
    }

    public int getOmissionCount() {
        return (int) cells.stream().filter(ComparisonCell::isOmission).count();
    }

    /** A short label of the row: the first cell's wording. */
    public String getLabel() {
        return cells.stream().filter(c -> !c.isOmission()).map(ComparisonCell::getWording).findFirst().orElse("");
    }
}
