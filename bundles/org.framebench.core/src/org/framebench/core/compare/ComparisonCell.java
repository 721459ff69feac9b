package org.framebench.core.compare;

import java.util.List;

import org.framebench.model.Annotation;
import org.framebench.model.Article;
import org.framebench.model.Code;

/**
 * What one outlet did with one row's statement: the row's annotations in that article, the wording they cover,
 * the source's kind, the quote type, the reporting verb and its class, and the framing codes overlapping it.
 * A cell with none of the row's annotations (an omission annotation aside) is an omission.
 */
public final class ComparisonCell {

    private final Article article;
    private final List<Annotation> annotations;
    private final List<Annotation> omissionAnnotations;
    private final String wording;
    private final SourceKind sourceKind;
    private final QuoteType quoteType;
    private final String verb;
    private final VerbClass verbClass;
    private final List<Code> framing;
    boolean sourceKindDiffers;
    boolean verbClassDiffers;

    ComparisonCell(Article article, List<Annotation> annotations, List<Annotation> omissionAnnotations, String wording,
            SourceKind sourceKind, QuoteType quoteType, String verb, VerbClass verbClass, List<Code> framing) {
        this.article = article;
        this.annotations = List.copyOf(annotations);
        this.omissionAnnotations = List.copyOf(omissionAnnotations);
        this.wording = wording;
        this.sourceKind = sourceKind;
        this.quoteType = quoteType;
        this.verb = verb;
        this.verbClass = verbClass;
        this.framing = List.copyOf(framing);
    }

    public Article getArticle() {
        return article;
    }

    /** The row's annotations in this article (omission annotations apart), in text order. */
    public List<Annotation> getAnnotations() {
        return annotations;
    }

    /** Omission (F8) annotations the student recorded for this row in this article. */
    public List<Annotation> getOmissionAnnotations() {
        return omissionAnnotations;
    }

    /** True when this outlet has nothing for the row. */
    public boolean isOmission() {
        return annotations.isEmpty();
    }

    /** An omission the student has recorded with an omission annotation. */
    public boolean isOmissionRecorded() {
        return isOmission() && !omissionAnnotations.isEmpty();
    }

    /** The covered wording, or null for an omission. */
    public String getWording() {
        return wording;
    }

    public SourceKind getSourceKind() {
        return sourceKind;
    }

    public QuoteType getQuoteType() {
        return quoteType;
    }

    /** The reporting verb as written, or null. */
    public String getVerb() {
        return verb;
    }

    public VerbClass getVerbClass() {
        return verbClass;
    }

    /** Framing codes of annotations in the row or overlapping it, each once. */
    public List<Code> getFraming() {
        return framing;
    }

    /** The source kind differs from the row's majority. */
    public boolean isSourceKindDifferent() {
        return sourceKindDiffers;
    }

    /** The verb class differs from the row's majority. */
    public boolean isVerbClassDifferent() {
        return verbClassDiffers;
    }

    public boolean isDifferent() {
        return sourceKindDiffers || verbClassDiffers;
    }

    /**
     * The annotation to show when the cell is clicked: the first that gives its wording (the quoted content
     * rather than the source or the verb), else its omission annotation, else null.
     */
    public Annotation getRevealTarget() {
        if (!annotations.isEmpty()) {
            return annotations.stream().filter(Comparison::isContent).findFirst().orElse(annotations.get(0));
        }
        return omissionAnnotations.isEmpty() ? null : omissionAnnotations.get(0);
    }
}
