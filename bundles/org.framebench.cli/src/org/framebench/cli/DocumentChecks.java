package org.framebench.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.framebench.core.text.Digests;
import org.framebench.core.text.TextAnchors;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.Link;

/**
 * What {@code validate} checks beyond "the file opens": every annotation points into its own file's
 * articles and codebook and still covers its recorded text, article texts match their digests, ids
 * are unique, links have both ends.
 */
public final class DocumentChecks {

    private DocumentChecks() {
    }

    /** The problems of {@code document}, each in plain words; empty when valid. */
    public static List<String> problems(AnnotationDocument document) {
        List<String> problems = new ArrayList<>();
        for (Article article : document.getAssignment().getArticles()) {
            if (article.getText() == null) {
                problems.add("article " + article.getId() + " has no text");
            } else if (article.getSha256() != null && !article.getSha256().equals(Digests.sha256(article.getText()))) {
                problems.add("the text of article " + article.getId() + " does not match its SHA-256 digest (it was altered)");
            }
        }
        Set<String> ids = new HashSet<>();
        int number = 0;
        for (Annotation annotation : document.getAnnotations()) {
            number++;
            String name = "annotation " + number + (annotation.getId() == null ? "" : " (" + annotation.getId() + ")");
            if (annotation.getId() == null || !ids.add(annotation.getId())) {
                problems.add(name + " has a missing or repeated id");
            }
            if (annotation.getArticle() == null || annotation.getArticle().eIsProxy()
                    || EcoreUtil.getRootContainer(annotation.getArticle()) != document) {
                problems.add(name + " refers to an article that is not in the file");
            } else if (!TextAnchors.isAnchored(annotation)) {
                problems.add(name + ": its offsets " + annotation.getBegin() + "-" + annotation.getEnd()
                        + " do not cover its text in article " + annotation.getArticle().getId());
            }
            if (annotation.getCode() == null || annotation.getCode().eIsProxy()
                    || EcoreUtil.getRootContainer(annotation.getCode()) != document) {
                problems.add(name + " has no code from the file's codebook");
            }
        }
        for (Link link : document.getLinks()) {
            if (link.getSource() == null || link.getTarget() == null || link.getSource().eIsProxy()
                    || link.getTarget().eIsProxy()) {
                problems.add("link " + link.getId() + " is missing one of its ends");
            }
        }
        return problems;
    }
}
