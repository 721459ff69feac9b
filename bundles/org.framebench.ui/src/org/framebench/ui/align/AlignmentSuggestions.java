package org.framebench.ui.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.framebench.core.edit.AnnotationCommands;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.LinkKind;
import org.framebench.nlp.align.Aligner;
import org.framebench.nlp.align.Suggestion;
import org.framebench.nlp.text.Span;

/**
 * Alignment suggestions for a document's annotations, and the undoable command that accepts one. No SWT
 * here: the dialog and the tests use the same code.
 */
public final class AlignmentSuggestions {

    /** Suggestions scoring below this are not worth a student's time. */
    public static final double MIN_SCORE = 0.08;
    /** How many passages of each other article are proposed. */
    public static final int PER_ARTICLE = 3;

    private static final Map<AnnotationDocument, Aligner> ALIGNERS = new WeakHashMap<>();

    private AlignmentSuggestions() {
    }

    /** The aligner over the document's articles (built once per document: the texts never change). */
    public static synchronized Aligner aligner(AnnotationDocument document) {
        return ALIGNERS.computeIfAbsent(document, d -> {
            List<Aligner.Text> texts = new ArrayList<>();
            for (Article article : d.getAssignment().getArticles()) {
                texts.add(new Aligner.Text(article.getId(), article.getText()));
            }
            return new Aligner(texts);
        });
    }

    /** For {@code annotation}: the most similar passages of each other article, best first within each. */
    public static List<Suggestion> forAnnotation(AnnotationDocument document, Annotation annotation) {
        if (annotation.getArticle() == null || annotation.getEnd() <= annotation.getBegin()) {
            return List.of();
        }
        return aligner(document).suggest(annotation.getArticle().getId(),
                new Span(annotation.getBegin(), annotation.getEnd()), PER_ARTICLE).stream()
                .filter(s -> s.score() >= MIN_SCORE).toList();
    }

    /** The article of the document with this id, or null. */
    public static Article article(AnnotationDocument document, String id) {
        for (Article article : document.getAssignment().getArticles()) {
            if (article.getId().equals(id)) {
                return article;
            }
        }
        return null;
    }

    /**
     * The annotation a suggestion's passage already has: one of the same code overlapping the passage, or
     * null if there is none (accepting then annotates the passage).
     */
    public static Annotation existingTarget(AnnotationDocument document, Annotation from, Suggestion suggestion) {
        for (Annotation candidate : document.getAnnotations()) {
            if (candidate != from && candidate.getArticle() != null
                    && candidate.getArticle().getId().equals(suggestion.target().article())
                    && candidate.getCode() == from.getCode() && candidate.getBegin() < suggestion.target().end()
                    && suggestion.target().begin() < candidate.getEnd()) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * Accepting a suggestion, as one undoable step: links {@code from} to the annotation of the same code on
     * the suggested passage, annotating the passage with that code first if it has none. One Undo takes
     * back the link and the annotation it made.
     */
    public static Command accept(EditingDomain domain, AnnotationDocument document, Annotation from, Suggestion suggestion,
            String note) {
        CompoundCommand command = new CompoundCommand(Messages.Align_acceptCommand);
        Annotation target = existingTarget(document, from, suggestion);
        if (target == null) {
            Article article = article(document, suggestion.target().article());
            AnnotationCommands.Create create = AnnotationCommands.create(domain, document, article,
                    suggestion.target().begin(), suggestion.target().end(), from.getCode());
            command.append(create);
            target = create.getAnnotation();
        }
        command.append(AnnotationCommands.link(domain, document, from, target, LinkKind.SAME_STATEMENT, note));
        return command;
    }
}
