package org.framebench.ui.suggest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.framebench.core.codebook.Codebooks;
import org.framebench.core.edit.AnnotationCommands;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.AttributeDefinition;
import org.framebench.model.AttributeKind;
import org.framebench.model.AttributeValue;
import org.framebench.model.Code;
import org.framebench.model.Codebook;
import org.framebench.model.FramebenchFactory;
import org.framebench.model.FramebenchPackage.Literals;
import org.framebench.model.Link;
import org.framebench.model.LinkKind;
import org.framebench.model.Role;
import org.framebench.model.TextRegion;
import org.framebench.suggest.AttributionPart;
import org.framebench.suggest.SuggestedAnnotation;

/**
 * The attribution finder's suggestions as a document sees them: who may see them, which are still open (neither
 * accepted nor dismissed), and the commands that accept or dismiss them (undoable, on the editor's command stack).
 *
 * <p>A suggestion is known by its key {@code articleId:begin:end:codeId}; a dismissed one is recorded by that key in
 * {@link AnnotationDocument#getDismissedSuggestions()}. One counts as accepted while the document holds a body
 * annotation with the same article, span and code (made from it, or by hand).
 */
public final class Suggestions {

    private Suggestions() {
    }

    /** The key a suggestion is dismissed by: {@code articleId:begin:end:codeId}. */
    public static String key(SuggestedAnnotation suggestion) {
        return key(suggestion.articleId(), suggestion.begin(), suggestion.end(), suggestion.codeId());
    }

    static String key(String articleId, int begin, int end, String codeId) {
        return articleId + ":" + begin + ":" + end + ":" + codeId;
    }

    /**
     * Whether the document's user may see suggestions: always in a key or an instructor's document; in a student's
     * only when the instructor switched hints on for the assignment.
     */
    public static boolean allowed(AnnotationDocument document) {
        if (document == null) {
            return false;
        }
        if (document.getRole() == Role.KEY || document.getRole() == Role.INSTRUCTOR) {
            return true;
        }
        return document.getAssignment() != null && document.getAssignment().isSuggestionsForStudents();
    }

    /** The keys of the body annotations of {@code article} (accepted suggestions among them). */
    private static Set<String> annotated(AnnotationDocument document, Article article) {
        Set<String> keys = new HashSet<>();
        for (Annotation annotation : document.getAnnotations()) {
            if (annotation.getArticle() == article && annotation.getRegion() == TextRegion.BODY
                    && annotation.getCode() != null) {
                keys.add(key(article.getId(), annotation.getBegin(), annotation.getEnd(), annotation.getCode().getId()));
            }
        }
        return keys;
    }

    /** The suggestions of {@code found} (one article's) not yet accepted or dismissed, in their order. */
    public static List<SuggestedAnnotation> open(AnnotationDocument document, Article article,
            List<SuggestedAnnotation> found) {
        Set<String> done = annotated(document, article);
        done.addAll(document.getDismissedSuggestions());
        List<SuggestedAnnotation> open = new ArrayList<>(found.size());
        for (SuggestedAnnotation suggestion : found) {
            // The same span and code twice (a quote continued in the next paragraph repeats its source and cue):
            // drawn and accepted once.
            if (suggestion.end() <= textLength(article) && done.add(key(suggestion))) {
                open.add(suggestion);
            }
        }
        return open;
    }

    private static int textLength(Article article) {
        return article.getText() == null ? 0 : article.getText().length();
    }

    /**
     * A new annotation (not yet in any document) of {@code article}'s body as {@code suggestion} proposes it, marked
     * as from a suggestion, with the suggested attribute values the code defines (a choice only with an allowed
     * value). Null when the codebook has no such code.
     */
    public static Annotation annotationFor(Article article, Codebook codebook, SuggestedAnnotation suggestion) {
        Code code = Codebooks.findById(codebook, suggestion.codeId()).orElse(null);
        if (code == null) {
            return null;
        }
        Annotation annotation = FramebenchFactory.eINSTANCE.createAnnotation();
        org.framebench.core.text.TextAnchors.anchor(annotation, article, TextRegion.BODY, suggestion.begin(),
                suggestion.end());
        annotation.setCode(code);
        decorate(annotation, code, suggestion);
        return annotation;
    }

    /** Marks {@code annotation} as from {@code suggestion} and gives it the suggested attribute values {@code code} defines. */
    private static void decorate(Annotation annotation, Code code, SuggestedAnnotation suggestion) {
        annotation.setFromSuggestion(true);
        for (AttributeDefinition definition : code.getAttributes()) {
            String value = suggestion.attributes().get(definition.getId());
            if (value == null || value.isBlank()) {
                continue;
            }
            if (definition.getKind() == AttributeKind.CHOICE && !definition.getAllowedValues().isEmpty()
                    && !definition.getAllowedValues().contains(value)) {
                continue;
            }
            if (definition.getKind() == AttributeKind.BOOLEAN && !"true".equals(value) && !"false".equals(value)) {
                continue;
            }
            AttributeValue attribute = FramebenchFactory.eINSTANCE.createAttributeValue();
            attribute.setKey(definition.getId());
            attribute.setValue(value);
            annotation.getAttributeValues().add(attribute);
        }
    }

    /**
     * The command that accepts {@code suggestions} of {@code article}: each becomes an annotation with its code and
     * span, marked as from a suggestion. Links are made only among the suggestions accepted together; see
     * {@link #accept(EditingDomain, AnnotationDocument, Article, Collection, List)}.
     */
    public static Command accept(EditingDomain domain, AnnotationDocument document, Article article,
            Collection<SuggestedAnnotation> suggestions) {
        return accept(domain, document, article, suggestions, List.copyOf(suggestions));
    }

    /**
     * The command that accepts {@code suggestions} of {@code article}: each becomes an annotation with its code and
     * span, marked as from a suggestion, linked (kind {@link LinkKind#ATTRIBUTION}) to each annotation of the same
     * attribution that is already accepted or accepted in the same step, so the source, cue and content of one
     * attribution end up joined, in whatever order they are accepted. {@code found} is the finder's answer for the
     * article (all its suggestions), which tells the attribution's other parts. One undoable step: Undo takes the
     * annotations and their links back together. Null when none can be accepted (their codes are not in the
     * codebook).
     *
     * <p>A link goes from the part that comes first in the order cue, source, content, channel (as in a draft key,
     * where the cue is the hub); two annotations already joined by an attribution link are not linked again.
     * Attribution links join no rows in the Compare view: they stay within one article.
     */
    public static Command accept(EditingDomain domain, AnnotationDocument document, Article article,
            Collection<SuggestedAnnotation> suggestions, List<SuggestedAnnotation> found) {
        CompoundCommand command = new CompoundCommand(suggestions.size() == 1 ? Messages.Suggestions_acceptOne
                : Messages.Suggestions_acceptMany);
        Codebook codebook = document.getAssignment().getCodebook();
        // The article's body annotations by key: the accepted parts (by hand or from a suggestion).
        Map<String, Annotation> accepted = new HashMap<>();
        for (Annotation annotation : document.getAnnotations()) {
            if (annotation.getArticle() == article && annotation.getRegion() == TextRegion.BODY
                    && annotation.getCode() != null) {
                accepted.putIfAbsent(key(article.getId(), annotation.getBegin(), annotation.getEnd(),
                        annotation.getCode().getId()), annotation);
            }
        }
        List<SuggestedAnnotation> created = new ArrayList<>();
        List<Annotation> createdAnnotations = new ArrayList<>();
        for (SuggestedAnnotation suggestion : suggestions) {
            Code code = Codebooks.findById(codebook, suggestion.codeId()).orElse(null);
            if (code == null || suggestion.end() > textLength(article)) {
                continue;
            }
            AnnotationCommands.Create create = AnnotationCommands.create(domain, document, article, TextRegion.BODY,
                    suggestion.begin(), suggestion.end(), code);
            decorate(create.getAnnotation(), code, suggestion);
            command.append(create);
            accepted.put(key(suggestion), create.getAnnotation());
            created.add(suggestion);
            createdAnnotations.add(create.getAnnotation());
        }
        if (command.isEmpty()) {
            return null;
        }
        // Which attributions each span is a part of (a continued quote's source and cue are parts of two), and the
        // parts of each attribution.
        Map<String, Set<String>> attributionsOf = new HashMap<>();
        Map<String, List<SuggestedAnnotation>> parts = new LinkedHashMap<>();
        List<SuggestedAnnotation> all = new ArrayList<>(found);
        all.addAll(suggestions);
        for (SuggestedAnnotation suggestion : all) {
            attributionsOf.computeIfAbsent(key(suggestion), k -> new LinkedHashSet<>()).add(suggestion.attribution());
            List<SuggestedAnnotation> members = parts.computeIfAbsent(suggestion.attribution(), k -> new ArrayList<>());
            if (!members.contains(suggestion)) {
                members.add(suggestion);
            }
        }
        Set<List<Annotation>> joined = new HashSet<>();
        for (Link link : document.getLinks()) {
            if (link.getKind() == LinkKind.ATTRIBUTION) {
                joined.add(List.of(link.getSource(), link.getTarget()));
                joined.add(List.of(link.getTarget(), link.getSource()));
            }
        }
        for (int i = 0; i < created.size(); i++) {
            SuggestedAnnotation suggestion = created.get(i);
            Annotation annotation = createdAnnotations.get(i);
            for (String attribution : attributionsOf.getOrDefault(key(suggestion), Set.of())) {
                for (SuggestedAnnotation part : parts.getOrDefault(attribution, List.of())) {
                    Annotation other = accepted.get(key(part));
                    if (other == null || other == annotation || !joined.add(List.of(annotation, other))) {
                        continue;
                    }
                    joined.add(List.of(other, annotation));
                    boolean first = rank(suggestion.part()) <= rank(part.part());
                    command.append(AnnotationCommands.link(domain, document, first ? annotation : other,
                            first ? other : annotation, LinkKind.ATTRIBUTION, null));
                }
            }
        }
        return command;
    }

    /** The order links of one attribution go in: from the cue, then the source, the content, the channel. */
    private static int rank(AttributionPart part) {
        return switch (part) {
            case CUE -> 0;
            case SOURCE -> 1;
            case CONTENT -> 2;
            case CHANNEL -> 3;
        };
    }

    /** The command that dismisses {@code suggestions}: their keys recorded in the document, so they are not shown again. */
    public static Command dismiss(EditingDomain domain, AnnotationDocument document,
            Collection<SuggestedAnnotation> suggestions) {
        List<String> keys = new ArrayList<>();
        for (SuggestedAnnotation suggestion : suggestions) {
            String key = key(suggestion);
            if (!document.getDismissedSuggestions().contains(key) && !keys.contains(key)) {
                keys.add(key);
            }
        }
        if (keys.isEmpty()) {
            return null;
        }
        Command add = AddCommand.create(domain, document, Literals.ANNOTATION_DOCUMENT__DISMISSED_SUGGESTIONS, keys);
        CompoundCommand command = new CompoundCommand(keys.size() == 1 ? Messages.Suggestions_dismissOne
                : Messages.Suggestions_dismissMany);
        command.append(add);
        return command;
    }
}
