package org.framebench.ui.align;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.framebench.core.edit.AnnotationCommands;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.Link;
import org.framebench.model.LinkKind;
import org.framebench.model.TextRegion;
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
    /** For the whole document: the best passage of each other article, per annotation. */
    public static final int PER_ARTICLE_BULK = 1;

    /** A pair proposed for the whole document: an annotation and a passage of another article. */
    public record Pair(Annotation from, Suggestion suggestion) {
    }

    private static final Map<AnnotationDocument, Aligner> ALIGNERS = new WeakHashMap<>();

    private AlignmentSuggestions() {
    }

    /** The aligner over the document's articles (built once per document: the texts never change). */
    public static synchronized Aligner aligner(AnnotationDocument document) {
        return ALIGNERS.computeIfAbsent(document, d -> {
            List<Aligner.Text> texts = new ArrayList<>();
            for (Article article : d.getAssignment().getArticles()) {
                texts.add(new Aligner.Text(article.getId(), article.getText(), article.getHeadline()));
            }
            return new Aligner(texts);
        });
    }

    /** For {@code annotation}: the most similar passages of each other article, best first within each. */
    public static List<Suggestion> forAnnotation(AnnotationDocument document, Annotation annotation) {
        return forAnnotation(document, annotation, PER_ARTICLE);
    }

    /**
     * For {@code annotation}: the {@code perArticle} most similar passages of each other article, best first
     * within each. For an annotation in a headline, each other article's headline comes first (whatever its
     * score: headline against headline is what a student compares), then its most similar body sentences.
     */
    public static List<Suggestion> forAnnotation(AnnotationDocument document, Annotation annotation, int perArticle) {
        if (annotation.getArticle() == null || annotation.getEnd() <= annotation.getBegin()) {
            return List.of();
        }
        Span span = new Span(annotation.getBegin(), annotation.getEnd());
        if (annotation.getRegion() == TextRegion.HEADLINE) {
            return aligner(document).suggestForHeadline(annotation.getArticle().getId(), span, perArticle).stream()
                    .filter(s -> s.target().headline() || s.score() >= MIN_SCORE).toList();
        }
        return aligner(document).suggest(annotation.getArticle().getId(), span, perArticle).stream()
                .filter(s -> s.score() >= MIN_SCORE).toList();
    }

    /** The words of a suggested passage: of its article's headline or text; "" if they are not there. */
    public static String text(AnnotationDocument document, org.framebench.nlp.align.Passage passage) {
        Article article = article(document, passage.article());
        String text = article == null ? null : passage.headline() ? article.getHeadline() : article.getText();
        return text == null || passage.end() > text.length() ? "" : text.substring(passage.begin(), passage.end());
    }

    /**
     * For every annotation of the document, the best passage of each other article, in the order of the
     * annotations. A pair whose passage already holds an annotation linked to this one (of any kind, in either
     * direction) is left out, and so is the second of two pairs that would make the same link (A's passage is
     * B and B's is A).
     */
    public static List<Pair> forDocument(AnnotationDocument document) {
        List<Pair> pairs = new ArrayList<>();
        Set<Set<Annotation>> proposed = new HashSet<>();
        for (Annotation from : List.copyOf(document.getAnnotations())) {
            for (Suggestion suggestion : forAnnotation(document, from, PER_ARTICLE_BULK)) {
                if (linkedToPassage(document, from, suggestion)) {
                    continue;
                }
                Annotation target = existingTarget(document, from, suggestion);
                if (target != null && !proposed.add(unordered(from, target))) {
                    continue;
                }
                pairs.add(new Pair(from, suggestion));
            }
        }
        return pairs;
    }

    /** Is {@code from} linked to an annotation overlapping the suggested passage? */
    static boolean linkedToPassage(AnnotationDocument document, Annotation from, Suggestion suggestion) {
        for (Link link : AnnotationCommands.linksOf(document, from)) {
            Annotation other = link.getSource() == from ? link.getTarget() : link.getSource();
            if (other != null && overlaps(other, suggestion)) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(Annotation candidate, Suggestion suggestion) {
        return candidate.getArticle() != null
                && (candidate.getRegion() == TextRegion.HEADLINE) == suggestion.target().headline()
                && candidate.getArticle().getId().equals(suggestion.target().article())
                && candidate.getBegin() < suggestion.target().end() && suggestion.target().begin() < candidate.getEnd();
    }

    private static Set<Annotation> unordered(Annotation a, Annotation b) {
        return Set.of(a, b);
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
     * The annotation a suggestion's passage already has: one of the same code overlapping the passage (in the
     * body, or in the headline for a headline passage), or null if there is none (accepting then annotates the passage).
     */
    public static Annotation existingTarget(AnnotationDocument document, Annotation from, Suggestion suggestion) {
        return existingTarget(document.getAnnotations(), from, suggestion);
    }

    private static Annotation existingTarget(Iterable<Annotation> candidates, Annotation from, Suggestion suggestion) {
        for (Annotation candidate : candidates) {
            if (candidate != from && candidate.getCode() == from.getCode() && overlaps(candidate, suggestion)) {
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
        new Plan(domain, document, false).accept(command, from, suggestion, note);
        return command;
    }

    /**
     * Accepting many pairs at once, as ONE undoable step: each is accepted as {@link #accept} does, the
     * annotations made for earlier pairs reused by later ones on the same passage, and a link made once only.
     * One Undo takes back every link and annotation it made.
     */
    public static Command acceptAll(EditingDomain domain, AnnotationDocument document, List<Pair> pairs,
            Function<Suggestion, String> note) {
        CompoundCommand command = new CompoundCommand(Messages.Align_acceptAllCommand);
        Plan plan = new Plan(domain, document, true);
        for (Pair pair : pairs) {
            plan.accept(command, pair.from(), pair.suggestion(), note.apply(pair.suggestion()));
        }
        return command;
    }

    /** The annotations and links a compound command will make, so later parts of it can see them. */
    private static final class Plan {
        private final EditingDomain domain;
        private final AnnotationDocument document;
        private final boolean linkOnce;
        private final List<Annotation> created = new ArrayList<>();
        private final Set<Set<Annotation>> linked = new HashSet<>();

        Plan(EditingDomain domain, AnnotationDocument document, boolean linkOnce) {
            this.domain = domain;
            this.document = document;
            this.linkOnce = linkOnce;
        }

        void accept(CompoundCommand command, Annotation from, Suggestion suggestion, String note) {
            Annotation target = existingTarget(document, from, suggestion);
            if (target == null) {
                target = existingTarget(created, from, suggestion);
            }
            if (target == null) {
                Article article = article(document, suggestion.target().article());
                AnnotationCommands.Create create = AnnotationCommands.create(domain, document, article,
                        suggestion.target().headline() ? TextRegion.HEADLINE : TextRegion.BODY,
                        suggestion.target().begin(), suggestion.target().end(), from.getCode());
                command.append(create);
                target = create.getAnnotation();
                created.add(target);
            } else if (linkOnce && isLinked(from, target)) {
                return;
            }
            linked.add(unordered(from, target));
            command.append(AnnotationCommands.link(domain, document, from, target, LinkKind.SAME_STATEMENT, note));
        }

        private boolean isLinked(Annotation a, Annotation b) {
            if (linked.contains(unordered(a, b))) {
                return true;
            }
            for (Link link : AnnotationCommands.linksOf(document, a)) {
                if (link.getSource() == b || link.getTarget() == b) {
                    return true;
                }
            }
            return false;
        }
    }
}
