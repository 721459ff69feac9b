package org.framebench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.framebench.core.corpus.CorpusLoader;
import org.framebench.core.document.DocumentChecks;
import org.framebench.core.document.DocumentException;
import org.framebench.core.document.DocumentChecks.DigestProblem;
import org.framebench.core.document.DocumentStore;
import org.framebench.core.text.ArticleUpdate;
import org.framebench.core.text.ArticleUpdateReport;
import org.framebench.core.text.Digests;
import org.framebench.core.text.Placement;
import org.framebench.core.text.Placement.Outcome;
import org.framebench.core.text.TextAnchors;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.Assignment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-anchoring annotations when an article's text in a file differs from the assignment's current text. */
class ArticleUpdateTest {

    @TempDir
    Path folder;

    @Test
    void sameTextsChangeNothing() throws Exception {
        AnnotationDocument document = document();
        Assignment current = CorpusLoader.loadDefault();
        assertFalse(ArticleUpdate.isNeeded(document, current));
        ArticleUpdateReport report = ArticleUpdate.apply(document, current);
        assertTrue(report.isEmpty());
        assertTrue(report.placements().isEmpty());
        assertEquals("", report.describe());
    }

    @Test
    void textInsertedBeforeTheSpansMovesThemAndUpdatesTextAndDigest() throws Exception {
        AnnotationDocument document = document();
        Annotation ibrahim = document.getAnnotations().get(0);
        Annotation gadhafi = SampleWork.annotate(document, "cnn", "Gadhafi regime", "F1", "ann-cnn-regime");
        int oldBegin = ibrahim.getBegin();
        Assignment current = CorpusLoader.loadDefault();
        String inserted = "Editor's note: this story was updated on Monday.\n\n";
        Article cnn = article(current, "cnn");
        cnn.setText(inserted + cnn.getText());
        cnn.setSha256(Digests.sha256(cnn.getText()));
        assertTrue(ArticleUpdate.isNeeded(document, current));

        ArticleUpdateReport report = ArticleUpdate.apply(document, current);

        assertEquals(List.of("cnn"), report.changedArticles());
        assertEquals(2, report.placements().size(), "only the annotations on the changed article");
        assertEquals(List.of(Outcome.MOVED, Outcome.MOVED), report.placements().stream().map(Placement::outcome).toList());
        assertEquals(oldBegin + inserted.length(), ibrahim.getBegin());
        assertEquals("Musa Ibrahim", ibrahim.getCoveredText());
        assertTrue(TextAnchors.isAnchored(ibrahim));
        assertTrue(TextAnchors.isAnchored(gadhafi));
        assertEquals("Gadhafi regime", gadhafi.getCoveredText());
        Article stored = article(document.getAssignment(), "cnn");
        assertEquals(cnn.getText(), stored.getText(), "the document now holds the current text");
        assertEquals(cnn.getSha256(), stored.getSha256());
        assertTrue(DocumentChecks.digestProblems(document).isEmpty());
        assertTrue(TextAnchors.isAnchored(document.getAnnotations().get(1)), "the BBC annotation is untouched");
        assertFalse(ArticleUpdate.isNeeded(document, current));
    }

    @Test
    void annotationWhoseOwnTextChangedIsReportedAndKeptUnchanged() throws Exception {
        AnnotationDocument document = document();
        Annotation ibrahim = document.getAnnotations().get(0);
        int begin = ibrahim.getBegin();
        int end = ibrahim.getEnd();
        Assignment current = CorpusLoader.loadDefault();
        Article cnn = article(current, "cnn");
        cnn.setText(cnn.getText().replace("Musa Ibrahim", "Moussa Ibrahim"));

        ArticleUpdateReport report = ArticleUpdate.apply(document, current);

        assertEquals(1, report.unplaced().size());
        Placement unplaced = report.unplaced().get(0);
        assertSame(ibrahim, unplaced.annotation());
        assertEquals("CNN, S1 Named person: “Musa Ibrahim”", unplaced.describe());
        assertTrue(report.describe().contains("One annotation could not be placed and is kept as before, unplaced:\n"
                + "- CNN, S1 Named person: “Musa Ibrahim”"), report.describe());
        assertEquals(2, document.getAnnotations().size(), "nothing is dropped");
        assertEquals(begin, ibrahim.getBegin());
        assertEquals(end, ibrahim.getEnd());
        assertEquals("Musa Ibrahim", ibrahim.getCoveredText());
        assertEquals("named, and speaks for the government", ibrahim.getNote());
        assertEquals(1, ibrahim.getAttributeValues().size());
        assertFalse(TextAnchors.isAnchored(ibrahim), "it no longer matches the text, so the UI can list it");

        // The unplaced annotation survives saving and reopening for editing, with its link; as a hand-in the
        // file is refused, naming the annotation that no longer fits.
        Path file = folder.resolve("ama.fbench");
        DocumentStore.save(document, file);
        DocumentException refused = assertThrows(DocumentException.class, () -> DocumentStore.load(file));
        assertEquals(DocumentException.Kind.INVALID, refused.getKind());
        assertTrue(refused.getMessage().contains("(ann-cnn-ibrahim) no longer covers the words it was made on (\"Musa Ibrahim\")"),
                refused.getMessage());
        AnnotationDocument reopened = DocumentStore.load(file, DocumentStore.Strictness.EDITING);
        Annotation again = reopened.getAnnotations().get(0);
        assertEquals("ann-cnn-ibrahim", again.getId());
        assertEquals("Musa Ibrahim", again.getCoveredText());
        assertEquals(begin, again.getBegin());
        assertEquals(again, reopened.getLinks().get(0).getSource());
        assertEquals(cnn.getText(), again.getArticle().getText());
        assertTrue(DocumentChecks.digestProblems(reopened).isEmpty());
    }

    @Test
    void repeatedPhraseIsToldApartByItsContext() throws Exception {
        // Only this annotation on the article, so no earlier annotation's shift hints at the answer.
        AnnotationDocument document = SampleWork.newDocument("doc-2");
        Article cnnInDocument = article(document.getAssignment(), "cnn");
        String text = cnnInDocument.getText();
        int first = text.indexOf("Gadhafi");
        int third = text.indexOf("Gadhafi", text.indexOf("Gadhafi", first + 1) + 1);
        Annotation annotation = SampleWork.annotate(document, "cnn", "Gadhafi", "F1", "ann-third-gadhafi");
        TextAnchors.anchor(annotation, cnnInDocument, third, third + "Gadhafi".length());
        // Insert exactly as much as lies between the first and the third occurrence: the first one now
        // sits at the third one's old offset, so the old offset alone would pick the wrong one.
        String inserted = "x".repeat(third - first - 1) + "\n";
        Assignment current = CorpusLoader.loadDefault();
        Article cnn = article(current, "cnn");
        cnn.setText(inserted + text);
        assertTrue(cnn.getText().startsWith("Gadhafi", third), "the trap is set");

        ArticleUpdateReport report = ArticleUpdate.apply(document, current);

        Placement placement = report.placements().stream().filter(p -> p.annotation() == annotation).findFirst().orElseThrow();
        assertEquals(Outcome.MOVED, placement.outcome());
        assertEquals(third + inserted.length(), annotation.getBegin(), "the occurrence whose context matches");
        assertTrue(report.unplaced().isEmpty());
    }

    @Test
    void phraseWithNoMatchingContextAmongManyIsNotGuessed() throws Exception {
        AnnotationDocument document = document();
        Annotation annotation = SampleWork.annotate(document, "cnn", "Gadhafi", "F1", "ann-gadhafi");
        annotation.setContextBefore("which was nowhere ");
        annotation.setContextAfter(" in this text at all");
        Assignment current = CorpusLoader.loadDefault();
        Article cnn = article(current, "cnn");
        cnn.setText("Updated. " + cnn.getText());

        ArticleUpdateReport report = ArticleUpdate.apply(document, current);

        assertEquals(List.of(annotation), report.unplaced().stream().map(Placement::annotation).toList(),
                "seven occurrences and no context to choose: left unplaced rather than guessed");
        assertTrue(TextAnchors.isAnchored(document.getAnnotations().get(0)), "Musa Ibrahim occurs once: placed");
    }

    @Test
    void straightenedQuotesAndChangedSpacingAreTolerated() throws Exception {
        AnnotationDocument document = document();
        Annotation quote = document.getAnnotations().get(1);
        Annotation government = SampleWork.annotate(document, "bbc", "Col Muammar Gaddafi’s government", "S5", "ann-gov");
        Annotation message = SampleWork.annotate(document, "bbc", "The message was simple and unambiguous", "A1", "ann-msg");
        int quoteBegin = quote.getBegin();
        Assignment current = CorpusLoader.loadDefault();
        Article bbc = article(current, "bbc");
        bbc.setText(bbc.getText().replace('“', '"').replace('”', '"').replace('’', '\'')
                .replace("The message was simple", "The message  was\nsimple"));

        ArticleUpdateReport report = ArticleUpdate.apply(document, current);

        assertTrue(report.unplaced().isEmpty(), report::describe);
        assertEquals(Outcome.ADJUSTED, report.placements().stream().filter(p -> p.annotation() == quote).findFirst()
                .orElseThrow().outcome());
        assertEquals("\"clear and firm\"", quote.getCoveredText(), "the covered text follows the new text");
        assertEquals(quoteBegin, quote.getBegin());
        assertEquals("Col Muammar Gaddafi's government", government.getCoveredText());
        assertEquals("The message  was\nsimple and unambiguous", message.getCoveredText());
        assertTrue(TextAnchors.isAnchored(quote) && TextAnchors.isAnchored(government) && TextAnchors.isAnchored(message));
        assertEquals(bbc.getText(), article(document.getAssignment(), "bbc").getText(), "the document holds the new text");
    }

    @Test
    void articleTheAssignmentNoLongerHasKeepsItsAnnotations() throws Exception {
        AnnotationDocument document = document();
        Assignment current = CorpusLoader.loadDefault();
        current.getArticles().remove(article(current, "bbc"));

        ArticleUpdateReport report = ArticleUpdate.apply(document, current);

        assertEquals(List.of("bbc"), report.missingArticles());
        assertTrue(report.changedArticles().isEmpty());
        assertEquals(2, document.getAnnotations().size());
        assertTrue(TextAnchors.isAnchored(document.getAnnotations().get(1)));
        assertTrue(report.describe().contains("bbc"), report.describe());
    }

    @Test
    void textEditedInTheFileIsCaughtByItsDigest() throws Exception {
        AnnotationDocument document = document();
        Path file = folder.resolve("ama.fbench");
        DocumentStore.save(document, file);
        assertTrue(DocumentChecks.digestProblems(DocumentStore.load(file)).isEmpty());
        String xml = Files.readString(file);
        assertEquals(3, xml.split("Brega", -1).length - 1, "Brega is in three article texts and nowhere else");
        Files.writeString(file, xml.replaceFirst("Brega", "Bregga"));

        List<DigestProblem> problems = DocumentChecks.digestProblems(DocumentStore.load(file));

        assertEquals(1, problems.size());
        DigestProblem problem = problems.get(0);
        assertEquals("third", problem.articleId(), "the first article mentioning Brega");
        assertEquals(article(document.getAssignment(), "third").getSha256(), problem.recorded());
        assertTrue(problem.message().startsWith("The text of the article Unnamed outlet (British spelling) (third) "
                + "is not the text it was saved with"), problem.message());
    }

    private static AnnotationDocument document() throws Exception {
        AnnotationDocument document = SampleWork.newDocument("doc-1");
        SampleWork.firstSteps(document);
        return document;
    }

    private static Article article(Assignment assignment, String id) {
        return assignment.getArticles().stream().filter(a -> a.getId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void anotherTextUnderTheSameIdIsMostlyUnplacedAndTheMessageNamesOnlyTheFirstTen() throws Exception {
        AnnotationDocument document = document();
        Article own = document.getAssignment().getArticles().stream().filter(a -> a.getId().equals("cnn")).findFirst()
                .orElseThrow();
        org.framebench.model.Code code = document.getAnnotations().get(0).getCode();
        for (int i = 0; i < 30; i++) {
            Annotation annotation = org.framebench.model.FramebenchFactory.eINSTANCE.createAnnotation();
            annotation.setId("extra-" + i);
            TextAnchors.anchor(annotation, own, 10 * i, 10 * i + 6);
            annotation.setCode(code);
            document.getAnnotations().add(annotation);
        }
        Assignment current = CorpusLoader.loadDefault();
        Article cnn = article(current, "cnn");
        cnn.setText("An entirely different report, about the weather in Accra. ".repeat(40));

        ArticleUpdateReport report = ArticleUpdate.apply(document, current);

        assertTrue(report.isMostlyUnplaced(), report.unplaced().size() + " of " + report.placements().size());
        String message = report.describe();
        assertEquals(ArticleUpdateReport.LISTED_UNPLACED + 1, message.lines().filter(l -> l.startsWith("- ")).count(), message);
        assertTrue(message.endsWith("- and " + (report.unplaced().size() - ArticleUpdateReport.LISTED_UNPLACED) + " more."),
                message);
    }
}
