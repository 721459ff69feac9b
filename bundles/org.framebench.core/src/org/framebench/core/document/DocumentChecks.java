package org.framebench.core.document;

import java.util.ArrayList;
import java.util.List;

import org.framebench.core.text.Digests;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;

/** Consistency checks of an opened document that do not stop it from opening. */
public final class DocumentChecks {

    private DocumentChecks() {
    }

    /**
     * An article whose recorded SHA-256 is not the digest of the text the file holds: the text was edited
     * outside Framebench (or the file was damaged in a way XML parsing cannot see).
     *
     * @param articleId the article's id
     * @param outlet the article's outlet, for messages
     * @param recorded the digest the file records (may be null)
     * @param actual the digest of the text the file holds
     */
    public record DigestProblem(String articleId, String outlet, String recorded, String actual) {

        /** One line in plain words. */
        public String message() {
            String name = outlet == null ? articleId : outlet + " (" + articleId + ")";
            return recorded == null || recorded.isBlank()
                    ? "The article " + name + " has no fingerprint (SHA-256) to check its text against."
                    : "The text of the article " + name + " is not the text it was saved with: it was changed "
                            + "outside Framebench, so annotations on it may cover the wrong words.";
        }
    }

    /** The articles of {@code document} whose stored SHA-256 differs from that of their text; empty if all agree. */
    public static List<DigestProblem> digestProblems(AnnotationDocument document) {
        List<DigestProblem> problems = new ArrayList<>();
        if (document.getAssignment() == null) {
            return problems;
        }
        for (Article article : document.getAssignment().getArticles()) {
            String actual = Digests.sha256(article.getText() == null ? "" : article.getText());
            if (!actual.equalsIgnoreCase(String.valueOf(article.getSha256()))) {
                problems.add(new DigestProblem(article.getId(), article.getOutlet(), article.getSha256(), actual));
            }
        }
        return problems;
    }
}
