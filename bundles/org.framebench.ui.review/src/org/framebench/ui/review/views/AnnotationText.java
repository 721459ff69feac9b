package org.framebench.ui.review.views;

import java.util.Objects;

import org.framebench.model.Annotation;
import org.framebench.model.Article;

/** How Student vs Key and Student vs Student name an annotation in their lists (one place for both). */
final class AnnotationText {

    private AnnotationText() {
    }

    static boolean isOn(Annotation annotation, Article article) {
        return annotation != null && annotation.getArticle() != null
                && Objects.equals(annotation.getArticle().getId(), article.getId());
    }

    static String codeOf(Annotation annotation) {
        if (annotation == null || annotation.getCode() == null) {
            return "";
        }
        return annotation.getCode().getId() + "  " + annotation.getCode().getLabel();
    }

    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ");
    }
}
