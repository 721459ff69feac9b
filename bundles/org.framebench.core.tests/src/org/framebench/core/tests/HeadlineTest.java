package org.framebench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.framebench.core.codebook.Codebooks;
import org.framebench.core.corpus.CorpusLoader;
import org.framebench.core.document.DocumentException;
import org.framebench.core.document.DocumentStore;
import org.framebench.core.document.Documents;
import org.framebench.core.text.ArticleUpdate;
import org.framebench.core.text.TextAnchors;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.Assignment;
import org.framebench.model.FramebenchFactory;
import org.framebench.model.Role;
import org.framebench.model.TextRegion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Headlines: from the manifest into the article, annotatable, saved, validated, and old files still open. */
class HeadlineTest {

    @TempDir
    Path folder;

    @Test
    void everyBundledArticleHasItsHeadlineFromTheManifestWithoutOurRemarks() throws Exception {
        Assignment assignment = CorpusLoader.loadDefault();
        List<String> headlines = assignment.getArticles().stream().map(Article::getHeadline).toList();
        assertEquals(List.of("US and Libya hold face-to-face talks in Tunisia",
                "US officials meet Gaddafi envoys to deliver a message",
                "US officials hold talks with Gaddafi government",
                "US officials hold talks with Gaddafi government"), headlines);
        Article ghana = article(assignment, "bbc-ghana");
        assertTrue(ghana.getTitle().contains("(republished)"), "the title keeps our remark");
        assertFalse(ghana.getHeadline().contains("republished"), "the headline is the outlet's, not our remark");
        for (Article article : assignment.getArticles()) {
            assertFalse(article.getText().startsWith(article.getHeadline()), "the texts are as received: no headline in them");
        }
    }

    @Test
    void headlineAnnotationRoundTripsAndIndexesIntoTheHeadline() throws Exception {
        AnnotationDocument document = Documents.newDocument(CorpusLoader.loadDefault(), Role.STUDENT);
        document.setAnnotatorName("Ama Mensah");
        Article cnn = article(document.getAssignment(), "cnn");
        int begin = cnn.getHeadline().indexOf("face-to-face talks");
        Annotation prominence = annotation(document, cnn, TextRegion.HEADLINE, begin, begin + "face-to-face talks".length());
        int bodyBegin = cnn.getText().indexOf("face-to-face talks");
        Annotation inBody = annotation(document, cnn, TextRegion.BODY, bodyBegin, bodyBegin + "face-to-face talks".length());
        assertEquals("face-to-face talks", prominence.getCoveredText());
        assertEquals("US and Libya hold ", prominence.getContextBefore(), "context comes from the headline");
        assertTrue(TextAnchors.isAnchored(prominence));
        assertTrue(begin != bodyBegin, "the offsets differ: one is into the headline, one into the body");

        Path file = folder.resolve("ama.fbench");
        DocumentStore.save(document, file);
        AnnotationDocument loaded = DocumentStore.load(file);

        assertTrue(EcoreUtil.equals(document, loaded));
        Annotation reloaded = loaded.getAnnotations().get(0);
        assertEquals(TextRegion.HEADLINE, reloaded.getRegion());
        assertEquals(begin, reloaded.getBegin());
        assertEquals(cnn.getHeadline(), reloaded.getArticle().getHeadline());
        assertEquals(TextRegion.BODY, loaded.getAnnotations().get(1).getRegion());
        assertEquals(inBody.getCoveredText(), loaded.getAnnotations().get(1).getCoveredText());
    }

    @Test
    void validationChecksAHeadlineAnnotationAgainstTheHeadlineNotTheBody() throws Exception {
        AnnotationDocument document = Documents.newDocument(CorpusLoader.loadDefault(), Role.STUDENT);
        document.setAnnotatorName("Ama Mensah");
        Article cnn = article(document.getAssignment(), "cnn");
        // Offsets that lie inside the body but past the end of the headline.
        int bodyBegin = cnn.getText().indexOf("Musa Ibrahim");
        Annotation wrong = annotation(document, cnn, TextRegion.BODY, bodyBegin, bodyBegin + "Musa Ibrahim".length());
        wrong.setRegion(TextRegion.HEADLINE);
        assertFalse(TextAnchors.isAnchored(wrong));
        Path file = folder.resolve("tampered.fbench");
        Files.write(file, DocumentStore.serialize(document));

        DocumentException refused = assertThrows(DocumentException.class, () -> DocumentStore.load(file));
        assertTrue(refused.getMessage().contains("headline"), refused.getMessage());
    }

    @Test
    void aFileWrittenBeforeHeadlinesOpensWithBodyAnnotationsAndNoHeadline() throws Exception {
        AnnotationDocument document = Documents.newDocument(CorpusLoader.loadDefault(), Role.STUDENT);
        document.setAnnotatorName("Ama Mensah");
        Article cnn = article(document.getAssignment(), "cnn");
        int begin = cnn.getText().indexOf("Musa Ibrahim");
        annotation(document, cnn, TextRegion.BODY, begin, begin + "Musa Ibrahim".length());
        String xml = new String(DocumentStore.serialize(document), StandardCharsets.UTF_8);
        assertFalse(xml.contains("region="), "a body annotation is written as before: no region attribute");
        // What Framebench wrote before headlines: the same file without the headline attributes.
        String old = xml.replaceAll(" headline=\"[^\"]*\"", "");
        assertFalse(old.contains(" headline=\""), "no headline attribute left");
        Path file = folder.resolve("old.fbench");
        Files.writeString(file, old);

        AnnotationDocument loaded = DocumentStore.load(file);

        assertNull(article(loaded.getAssignment(), "cnn").getHeadline());
        Annotation annotation = loaded.getAnnotations().get(0);
        assertEquals(TextRegion.BODY, annotation.getRegion());
        assertEquals("Musa Ibrahim", annotation.getCoveredText());
        assertTrue(TextAnchors.isAnchored(annotation));
    }

    @Test
    void aFileWithoutHeadlinesGetsTheBundledOnesAndNothingElseChanges() throws Exception {
        AnnotationDocument document = Documents.newDocument(CorpusLoader.loadDefault(), Role.STUDENT);
        document.getAssignment().getArticles().forEach(a -> a.setHeadline(null));
        article(document.getAssignment(), "bbc").setHeadline("Our own headline");
        AnnotationDocument before = EcoreUtil.copy(document);

        List<String> added = ArticleUpdate.addMissingHeadlines(document, CorpusLoader.loadDefault());

        assertEquals(List.of("cnn", "third", "bbc-ghana"), added);
        assertEquals("US and Libya hold face-to-face talks in Tunisia", article(document.getAssignment(), "cnn").getHeadline());
        assertEquals("Our own headline", article(document.getAssignment(), "bbc").getHeadline(), "a headline is never replaced");
        article(before.getAssignment(), "cnn").setHeadline(article(document.getAssignment(), "cnn").getHeadline());
        article(before.getAssignment(), "third").setHeadline(article(document.getAssignment(), "third").getHeadline());
        article(before.getAssignment(), "bbc-ghana").setHeadline(article(document.getAssignment(), "bbc-ghana").getHeadline());
        assertTrue(EcoreUtil.equals(before, document), "only the headlines changed");
    }

    @Test
    void anArticleUpdateLeavesHeadlineAnnotationsWhereTheyAre() throws Exception {
        AnnotationDocument document = Documents.newDocument(CorpusLoader.loadDefault(), Role.STUDENT);
        Article cnn = article(document.getAssignment(), "cnn");
        Annotation headline = annotation(document, cnn, TextRegion.HEADLINE, 0, 2); // "US"
        Assignment current = CorpusLoader.loadDefault();
        Article now = article(current, "cnn");
        now.setText("An added first paragraph.\n" + now.getText());

        ArticleUpdate.apply(document, current);

        assertEquals(0, headline.getBegin(), "the headline did not change, so neither did its annotation");
        assertEquals(TextRegion.HEADLINE, headline.getRegion());
        assertTrue(TextAnchors.isAnchored(headline));
    }

    private static Annotation annotation(AnnotationDocument document, Article article, TextRegion region, int begin, int end) {
        Annotation annotation = FramebenchFactory.eINSTANCE.createAnnotation();
        annotation.setId(Documents.newId());
        TextAnchors.anchor(annotation, article, region, begin, end);
        annotation.setCode(Codebooks.findById(document.getAssignment().getCodebook(), "F7").orElseThrow());
        document.getAnnotations().add(annotation);
        return annotation;
    }

    private static Article article(Assignment assignment, String id) {
        return assignment.getArticles().stream().filter(a -> id.equals(a.getId())).findFirst().orElseThrow();
    }
}
