package org.framebench.suggest;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.framebench.core.document.Documents;
import org.framebench.core.text.TextAnchors;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.AttributeDefinition;
import org.framebench.model.AttributeValue;
import org.framebench.model.Code;
import org.framebench.model.Codebook;
import org.framebench.model.FramebenchFactory;
import org.framebench.model.Layer;
import org.framebench.model.Link;
import org.framebench.model.LinkKind;

/**
 * Turns suggestions into annotations of a document (for a draft key, or for a caller that accepts them all):
 * one annotation per distinct span and code of an article (a source two attributions share is one annotation),
 * marked as from a suggestion, its attribute values those its code defines, a note naming the rule's confidence;
 * the parts of each attribution joined by links of kind {@link LinkKind#ATTRIBUTION} (cue to source, cue to
 * content, cue to channel; without a cue, source to content). Not undoable: for a new document; the editor uses its own commands.
 */
public final class SuggestionDocuments {

    private SuggestionDocuments() {
    }

    /** What {@link #addAll} added. */
    public record Added(int annotations, int links) {
    }

    /**
     * Adds {@code attributions} (found in the articles of {@code document}'s assignment, coded with its codebook) to
     * {@code document}. Parts whose article or code the document does not have are skipped.
     */
    public static Added addAll(AnnotationDocument document, List<Attribution> attributions) {
        Map<String, Article> articles = new HashMap<>();
        for (Article article : document.getAssignment().getArticles()) {
            articles.put(article.getId(), article);
        }
        Map<String, Code> codes = new HashMap<>();
        Codebook codebook = document.getAssignment().getCodebook();
        for (Layer layer : codebook.getLayers()) {
            for (Code code : layer.getCodes()) {
                codes.putIfAbsent(code.getId(), code);
            }
        }
        Map<String, Annotation> bySpan = new HashMap<>();
        int annotations = 0;
        int links = 0;
        Date now = new Date();
        for (Attribution attribution : attributions) {
            Map<AttributionPart, Annotation> parts = new HashMap<>();
            for (SuggestedAnnotation part : attribution.parts()) {
                Article article = articles.get(part.articleId());
                Code code = codes.get(part.codeId());
                if (article == null || code == null || article.getText() == null || part.end() > article.getText().length()) {
                    continue;
                }
                String key = part.articleId() + ":" + part.begin() + ":" + part.end() + ":" + part.codeId();
                Annotation annotation = bySpan.get(key);
                if (annotation == null) {
                    annotation = FramebenchFactory.eINSTANCE.createAnnotation();
                    annotation.setId(Documents.newId());
                    TextAnchors.anchor(annotation, article, part.begin(), part.end());
                    annotation.setCode(code);
                    annotation.setFromSuggestion(true);
                    for (AttributeDefinition definition : code.getAttributes()) {
                        String value = part.attributes().get(definition.getId());
                        if (value != null && (definition.getAllowedValues().isEmpty()
                                || definition.getAllowedValues().contains(value))) {
                            AttributeValue attributeValue = FramebenchFactory.eINSTANCE.createAttributeValue();
                            attributeValue.setKey(definition.getId());
                            attributeValue.setValue(value);
                            annotation.getAttributeValues().add(attributeValue);
                        }
                    }
                    annotation.setNote(String.format(Locale.ROOT, "Suggested by the attribution finder (%s, confidence %.2f)",
                            part.part().name().toLowerCase(Locale.ROOT), part.confidence()));
                    annotation.setCreated(now);
                    annotation.setModified(now);
                    document.getAnnotations().add(annotation);
                    bySpan.put(key, annotation);
                    annotations++;
                }
                parts.put(part.part(), annotation);
            }
            Annotation hub = parts.containsKey(AttributionPart.CUE) ? parts.get(AttributionPart.CUE)
                    : parts.get(AttributionPart.SOURCE);
            List<Annotation> others = new ArrayList<>();
            for (AttributionPart part : AttributionPart.values()) {
                Annotation annotation = parts.get(part);
                if (annotation != null && annotation != hub) {
                    others.add(annotation);
                }
            }
            for (Annotation other : others) {
                if (hub == null || linked(document, hub, other)) {
                    continue;
                }
                Link link = FramebenchFactory.eINSTANCE.createLink();
                link.setId(Documents.newId());
                link.setSource(hub);
                link.setTarget(other);
                link.setKind(LinkKind.ATTRIBUTION);
                link.setNote("One attribution (source, cue, content), as suggested");
                link.setCreated(now);
                document.getLinks().add(link);
                links++;
            }
        }
        return new Added(annotations, links);
    }

    private static boolean linked(AnnotationDocument document, Annotation a, Annotation b) {
        for (Link link : document.getLinks()) {
            if (link.getSource() == a && link.getTarget() == b || link.getSource() == b && link.getTarget() == a) {
                return true;
            }
        }
        return false;
    }
}
