package org.framebench.grading.tests;

import org.framebench.core.codebook.Codebooks;
import org.framebench.core.corpus.CorpusLoader;
import org.framebench.core.document.Documents;
import org.framebench.core.text.TextAnchors;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.Assignment;
import org.framebench.model.AttributeValue;
import org.framebench.model.FramebenchFactory;
import org.framebench.model.Link;
import org.framebench.model.LinkKind;
import org.framebench.model.Role;

/** Real documents on the default assignment, built in code. */
final class Fixtures {

    private static Assignment assignment;

    private Fixtures() {
    }

    static synchronized Assignment assignment() throws Exception {
        if (assignment == null) {
            assignment = CorpusLoader.loadDefault();
        }
        return assignment;
    }

    static AnnotationDocument document(Role role, String name, String id) throws Exception {
        AnnotationDocument document = Documents.newDocument(assignment(), role);
        document.setAnnotatorName(name);
        document.setAnnotatorId(id);
        return document;
    }

    static Article article(AnnotationDocument document, String id) {
        return document.getAssignment().getArticles().stream().filter(a -> a.getId().equals(id)).findFirst().orElseThrow();
    }

    static Annotation annotate(AnnotationDocument document, String articleId, String codeId, int begin, int end) {
        Annotation annotation = FramebenchFactory.eINSTANCE.createAnnotation();
        annotation.setId(Documents.newId());
        TextAnchors.anchor(annotation, article(document, articleId), begin, end);
        annotation.setCode(Codebooks.findById(document.getAssignment().getCodebook(), codeId).orElseThrow());
        document.getAnnotations().add(annotation);
        return annotation;
    }

    static void attribute(Annotation annotation, String key, String value) {
        AttributeValue attributeValue = FramebenchFactory.eINSTANCE.createAttributeValue();
        attributeValue.setKey(key);
        attributeValue.setValue(value);
        annotation.getAttributeValues().add(attributeValue);
    }

    static Link link(AnnotationDocument document, Annotation source, Annotation target) {
        Link link = FramebenchFactory.eINSTANCE.createLink();
        link.setId(Documents.newId());
        link.setSource(source);
        link.setTarget(target);
        link.setKind(LinkKind.SAME_STATEMENT);
        document.getLinks().add(link);
        return link;
    }
}
