package org.framebench.core.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.framebench.core.text.Placement.Outcome;
import org.framebench.core.text.TextLocator.Found;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.Assignment;
import org.framebench.model.Code;

/**
 * Brings a document's articles up to date with the assignment's current texts and re-anchors the
 * annotations on every article whose text changed, by their covered text and context (see
 * {@link TextLocator} for how). Annotations that cannot be placed are kept in the document exactly as
 * they were and listed in the report: nothing is dropped.
 * <p>
 * This edits the model directly; call it on opening a document, before its editing history starts.
 */
public final class ArticleUpdate {

    private ArticleUpdate() {
    }

    /** Whether any article of {@code document} has a text other than the same article in {@code current}. */
    public static boolean isNeeded(AnnotationDocument document, Assignment current) {
        Map<String, Article> currentById = byId(current);
        for (Article article : document.getAssignment().getArticles()) {
            Article now = currentById.get(article.getId());
            if (now != null && !Objects.equals(article.getText(), now.getText())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Gives each article of {@code document} that has no headline (a file made before headlines) the
     * headline of the same article (by id) in {@code current}, so the student can annotate it too. Nothing
     * else changes: no annotation refers to a headline the article did not have.
     * @return the ids of the articles that got a headline
     */
    public static List<String> addMissingHeadlines(AnnotationDocument document, Assignment current) {
        Map<String, Article> currentById = byId(current);
        List<String> added = new ArrayList<>();
        for (Article article : document.getAssignment().getArticles()) {
            Article now = currentById.get(article.getId());
            if (article.getHeadline() == null && now != null && now.getHeadline() != null) {
                article.setHeadline(now.getHeadline());
                added.add(article.getId());
            }
        }
        return added;
    }

    /**
     * Replaces the text and digest of each of {@code document}'s articles whose text differs from the same
     * article (by id) in {@code current}, and re-anchors the annotations on it.
     */
    public static ArticleUpdateReport apply(AnnotationDocument document, Assignment current) {
        Map<String, Article> currentById = byId(current);
        Map<Article, List<Annotation>> annotationsByArticle = new IdentityHashMap<>();
        for (Annotation annotation : document.getAnnotations()) {
            // A headline annotation indexes into the headline, which a text update leaves alone.
            if (annotation.getArticle() != null && !TextAnchors.inHeadline(annotation)) {
                annotationsByArticle.computeIfAbsent(annotation.getArticle(), a -> new ArrayList<>()).add(annotation);
            }
        }
        List<String> changed = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        Map<Annotation, Placement> placements = new IdentityHashMap<>();
        for (Article article : document.getAssignment().getArticles()) {
            Article now = currentById.get(article.getId());
            if (now == null) {
                missing.add(article.getId());
                continue;
            }
            if (Objects.equals(article.getText(), now.getText())) {
                continue;
            }
            changed.add(article.getId());
            List<Annotation> annotations = annotationsByArticle.getOrDefault(article, List.of());
            reanchor(article, now.getText(), annotations, placements);
        }
        List<Placement> inDocumentOrder = new ArrayList<>(placements.size());
        for (Annotation annotation : document.getAnnotations()) {
            Placement placement = placements.get(annotation);
            if (placement != null) {
                inDocumentOrder.add(placement);
            }
        }
        return new ArticleUpdateReport(List.copyOf(changed), List.copyOf(missing), List.copyOf(inDocumentOrder));
    }

    private static void reanchor(Article article, String newText, List<Annotation> annotations,
            Map<Annotation, Placement> placements) {
        TextLocator locator = new TextLocator(newText);
        List<Annotation> inTextOrder = new ArrayList<>(annotations);
        inTextOrder.sort(Comparator.comparingInt(Annotation::getBegin));
        // Edits usually shift everything after them by the same amount: expect the last shift again.
        int shift = 0;
        Map<Annotation, Found> found = new LinkedHashMap<>();
        for (Annotation annotation : inTextOrder) {
            Found span = locator.locate(annotation.getCoveredText(), annotation.getContextBefore(),
                    annotation.getContextAfter(), annotation.getBegin(), annotation.getBegin() + shift);
            found.put(annotation, span);
            if (span != null) {
                shift = span.begin() - annotation.getBegin();
            }
        }
        article.setText(newText);
        article.setSha256(Digests.sha256(newText));
        for (Map.Entry<Annotation, Found> entry : found.entrySet()) {
            Annotation annotation = entry.getKey();
            Found span = entry.getValue();
            String covered = annotation.getCoveredText();
            int oldBegin = annotation.getBegin();
            int oldEnd = annotation.getEnd();
            Outcome outcome;
            if (span == null) {
                outcome = Outcome.UNPLACED;
            } else {
                TextAnchors.anchor(annotation, article, span.begin(), span.end());
                if (!annotation.getCoveredText().equals(covered)) {
                    outcome = Outcome.ADJUSTED;
                } else {
                    outcome = span.begin() == oldBegin && span.end() == oldEnd ? Outcome.UNCHANGED : Outcome.MOVED;
                }
            }
            Code code = annotation.getCode();
            placements.put(annotation, new Placement(annotation, article.getId(), article.getOutlet(),
                    code == null ? null : code.getId(), code == null ? null : code.getLabel(), covered, oldBegin, oldEnd,
                    annotation.getBegin(), annotation.getEnd(), outcome));
        }
    }

    private static Map<String, Article> byId(Assignment assignment) {
        Map<String, Article> byId = new LinkedHashMap<>();
        for (Article article : assignment.getArticles()) {
            byId.put(article.getId(), article);
        }
        return byId;
    }
}
