package org.framebench.export.gradebook.tests;

import org.framebench.core.codebook.Codebooks;
import org.framebench.core.document.Documents;
import org.framebench.core.text.TextAnchors;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.Assignment;
import org.framebench.model.FramebenchFactory;
import org.framebench.model.Role;

/** The small documents the grade-book tests build a class from: one annotator's document, one annotation. */
final class ClassFixtures {

    private ClassFixtures() {
    }

    static AnnotationDocument document(Assignment assignment, Role role, String name, String id) {
        AnnotationDocument document = Documents.newDocument(assignment, role);
        document.setAnnotatorName(name);
        document.setAnnotatorId(id);
        return document;
    }

    static Article article(AnnotationDocument document, String id) {
        return document.getAssignment().getArticles().stream().filter(a -> a.getId().equals(id)).findFirst().orElseThrow();
    }

    /** Adds an annotation of {@code codeId} over {@code [begin, end)} of the article's body. */
    static Annotation annotate(AnnotationDocument document, String articleId, String codeId, int begin, int end) {
        Annotation annotation = FramebenchFactory.eINSTANCE.createAnnotation();
        annotation.setId(Documents.newId());
        TextAnchors.anchor(annotation, article(document, articleId), begin, end);
        annotation.setCode(Codebooks.findById(document.getAssignment().getCodebook(), codeId).orElseThrow());
        document.getAnnotations().add(annotation);
        return annotation;
    }
}
