package org.framebench.core.tests;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.framebench.core.codebook.Codebooks;
import org.framebench.core.corpus.CorpusLoader;
import org.framebench.core.document.DocumentChecks;
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
import org.framebench.model.FramebenchFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Re-anchoring when a file's article text is much longer or shorter than the bundled one (issue 8: a text
 * about 5,000 characters longer made re-anchoring crash, so the file silently did not open). Built from
 * the bundled corpus: text is added to an article (at its start, middle or end), annotations are spread
 * over the whole text, and they are re-anchored against the bundled text, and the other way round.
 */
class ArticleUpdateSizesTest {

    private static final int[] SIZES = { 1, 100, 5_000, 50_000 };
    private static final String[] WHERE = { "start", "middle", "end" };

    @TempDir
    Path folder;

    /** The file's text is longer than the bundled one: what lies in the added text cannot be placed. */
    @TestFactory
    Stream<DynamicTest> fileWithALongerTextOpensOnTheBundledText() {
        List<DynamicTest> tests = new ArrayList<>();
        for (int size : SIZES) {
            for (String where : WHERE) {
                tests.add(dynamicTest("+" + size + " at the " + where, () -> longerFile(size, where, false)));
            }
        }
        return tests.stream();
    }

    /** The file's text is shorter than the assignment's (the current text has more): everything is placed. */
    @TestFactory
    Stream<DynamicTest> fileWithAShorterTextOpensOnALongerText() {
        List<DynamicTest> tests = new ArrayList<>();
        for (int size : SIZES) {
            for (String where : WHERE) {
                tests.add(dynamicTest("-" + size + " at the " + where, () -> shorterFile(size, where)));
            }
        }
        return tests.stream();
    }

    /** The case reported: about 5,000 characters more, saved to a file and loaded from it. */
    @Test
    void savedFileWithFiveThousandMoreCharactersIsReanchored() throws Exception {
        longerFile(5_000, "end", true);
        longerFile(5_000, "start", true);
    }

    @Test
    void fileWithAnEmptyTextIsPlacedInTheBundledText() throws Exception {
        AnnotationDocument document = SampleWork.newDocument("doc-empty");
        Article cnn = article(document.getAssignment(), "cnn");
        String bundled = cnn.getText();
        List<Annotation> annotations = spread(document, cnn, 0, bundled.length());
        // The text itself went missing from the file; the annotations still record what they covered.
        cnn.setText("");
        cnn.setSha256(Digests.sha256(""));

        ArticleUpdateReport report = assertDoesNotThrow(() -> ArticleUpdate.apply(document, CorpusLoader.loadDefault()));

        assertEquals(annotations.size(), report.placements().size());
        assertEquals(bundled, cnn.getText());
        for (Placement placement : report.placements()) {
            if (placement.outcome() != Outcome.UNPLACED) {
                assertTrue(TextAnchors.isAnchored(placement.annotation()));
                assertEquals(placement.coveredText(), placement.annotation().getCoveredText());
            }
        }
        assertTrue(report.unplaced().size() < annotations.size() / 2, report::describe);
    }

    @Test
    void emptyCurrentTextLeavesEveryAnnotationUnplacedAndKept() throws Exception {
        AnnotationDocument document = SampleWork.newDocument("doc-to-empty");
        Article cnn = article(document.getAssignment(), "cnn");
        String text = cnn.getText();
        List<Annotation> annotations = spread(document, cnn, 0, text.length());
        Assignment current = CorpusLoader.loadDefault();
        article(current, "cnn").setText("");

        ArticleUpdateReport report = assertDoesNotThrow(() -> ArticleUpdate.apply(document, current));

        assertEquals(annotations.size(), report.unplaced().size(), "nothing can be placed in an empty text");
        assertEquals(annotations.size(), document.getAnnotations().size(), "nothing is dropped");
        assertTrue(report.describe().contains("could not be placed"), report::describe);
    }

    @Test
    void offsetsFarOutsideTheTextAreNoObstacle() throws Exception {
        AnnotationDocument document = SampleWork.newDocument("doc-odd");
        Annotation far = SampleWork.annotate(document, "cnn", "Musa Ibrahim", "S1", "ann-far");
        Annotation before = SampleWork.annotate(document, "cnn", "Gadhafi regime", "F1", "ann-before");
        far.setBegin(1_000_000);
        far.setEnd(1_000_000 + far.getCoveredText().length());
        before.setBegin(-10_000);
        before.setEnd(-10_000 + before.getCoveredText().length());
        Assignment current = CorpusLoader.loadDefault();
        Article now = article(current, "cnn");
        now.setText("Updated. " + now.getText());

        ArticleUpdateReport report = assertDoesNotThrow(() -> ArticleUpdate.apply(document, current));

        assertTrue(report.unplaced().isEmpty(), report::describe);
        assertEquals(now.getText().indexOf("Musa Ibrahim"), far.getBegin());
        assertEquals(now.getText().indexOf("Gadhafi regime"), before.getBegin());
        assertTrue(TextAnchors.isAnchored(far) && TextAnchors.isAnchored(before));
    }

    /**
     * A file whose article {@code cnn} has {@code size} characters added at {@code where}, annotated all
     * over, re-anchored against the bundled text.
     */
    private void longerFile(int size, String where, boolean throughFile) throws Exception {
        AnnotationDocument document = SampleWork.newDocument("doc-longer");
        Article cnn = article(document.getAssignment(), "cnn");
        String bundled = cnn.getText();
        int at = insertionPoint(bundled, where);
        String added = filler(size);
        cnn.setText(bundled.substring(0, at) + added + bundled.substring(at));
        cnn.setSha256(Digests.sha256(cnn.getText()));
        List<Annotation> annotations = spread(document, cnn, 0, cnn.getText().length());
        Map<Annotation, Integer> oldBegins = begins(annotations);
        if (throughFile) {
            Path file = folder.resolve("longer-" + where + ".fbench");
            DocumentStore.save(document, file);
            document = DocumentStore.load(file);
            cnn = article(document.getAssignment(), "cnn");
            annotations = document.getAnnotations().stream().filter(a -> a.getArticle().getId().equals("cnn")).toList();
            oldBegins = begins(annotations);
            assertTrue(DocumentChecks.digestProblems(document).isEmpty(), "the file's digest was fixed");
        }
        Assignment current = CorpusLoader.loadDefault();
        AnnotationDocument reanchored = document;

        ArticleUpdateReport report = assertDoesNotThrow(() -> ArticleUpdate.apply(reanchored, current));

        assertEquals(List.of("cnn"), report.changedArticles());
        assertEquals(bundled, cnn.getText(), "the document now holds the bundled text");
        assertEquals(Digests.sha256(bundled), cnn.getSha256());
        assertEquals(annotations.size(), report.placements().size(), "every annotation on the article is reported");
        int inAdded = 0;
        int placed = 0;
        for (Placement placement : report.placements()) {
            int oldBegin = oldBegins.get(placement.annotation());
            int oldEnd = oldBegin + placement.coveredText().length();
            boolean withinAdded = oldEnd > at && oldBegin < at + size;
            if (withinAdded) {
                inAdded++;
                assertEquals(Outcome.UNPLACED, placement.outcome(), "added text is not in the bundled one: " + placement.describe());
                assertEquals(oldBegin, placement.annotation().getBegin(), "kept as it was");
                assertEquals(placement.coveredText(), placement.annotation().getCoveredText());
            } else {
                int expected = oldBegin < at ? oldBegin : oldBegin - size;
                assertPlacedAt(placement, expected, bundled);
                placed++;
            }
        }
        assertTrue(inAdded > 0 || size < 200, "some annotations lay in the added text");
        assertTrue(placed > 5, "most of the bundled text was annotated");
        assertEquals(inAdded, report.unplaced().size(), report::describe);
        String message = report.describe();
        assertTrue(message.contains(placed + " of " + annotations.size() + " annotations on it were placed"), message);
    }

    /** A file made on the bundled text, re-anchored against a current text with {@code size} characters more. */
    private void shorterFile(int size, String where) throws Exception {
        AnnotationDocument document = SampleWork.newDocument("doc-shorter");
        Article cnn = article(document.getAssignment(), "cnn");
        String bundled = cnn.getText();
        List<Annotation> annotations = spread(document, cnn, 0, bundled.length());
        Map<Annotation, Integer> oldBegins = begins(annotations);
        int at = insertionPoint(bundled, where);
        Assignment current = CorpusLoader.loadDefault();
        Article now = article(current, "cnn");
        String longer = bundled.substring(0, at) + filler(size) + bundled.substring(at);
        now.setText(longer);
        now.setSha256(Digests.sha256(longer));

        ArticleUpdateReport report = assertDoesNotThrow(() -> ArticleUpdate.apply(document, current));

        assertEquals(longer, cnn.getText());
        assertEquals(annotations.size(), report.placements().size());
        for (Placement placement : report.placements()) {
            int oldBegin = oldBegins.get(placement.annotation());
            assertPlacedAt(placement, oldBegin < at ? oldBegin : oldBegin + size, longer);
        }
        assertTrue(report.unplaced().isEmpty(), report::describe);
    }

    private static void assertPlacedAt(Placement placement, int expectedBegin, String text) {
        Annotation annotation = placement.annotation();
        assertNotEquals(Outcome.UNPLACED, placement.outcome(), () -> "not placed: " + placement.describe());
        assertEquals(expectedBegin, annotation.getBegin(), () -> "moved with the text: " + placement.describe());
        assertEquals(placement.coveredText(), annotation.getCoveredText());
        assertTrue(TextAnchors.isAnchored(annotation));
        assertEquals(text.substring(annotation.getBegin(), annotation.getEnd()), annotation.getCoveredText());
    }

    /** Where text is added: before the first character, at the paragraph break nearest the middle, after the last. */
    private static int insertionPoint(String text, String where) {
        return switch (where) {
        case "start" -> 0;
        case "end" -> text.length();
        default -> text.indexOf('\n', text.length() / 2) + 1;
        };
    }

    /** {@code size} characters of numbered sentences, none of which occurs in the corpus. */
    private static String filler(int size) {
        StringBuilder filler = new StringBuilder(size + 40);
        for (int i = 1; filler.length() < size; i++) {
            filler.append("Addendum ").append(i).append(" adds nothing. ");
            if (i % 7 == 0) {
                filler.append('\n');
            }
        }
        filler.setLength(size);
        return filler.toString();
    }

    /**
     * Annotates one word of at least five letters every 150 characters between {@code from} and {@code to}
     * (words the corpus has once or many times alike), with the S1 code.
     */
    private static List<Annotation> spread(AnnotationDocument document, Article article, int from, int to) {
        String text = article.getText();
        List<Annotation> annotations = new ArrayList<>();
        int at = from;
        while (at < to) {
            int begin = at;
            while (begin < to && !startsWord(text, begin)) {
                begin++;
            }
            int end = begin;
            while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                end++;
            }
            if (begin >= to) {
                break;
            }
            if (end - begin >= 5) {
                Annotation annotation = FramebenchFactory.eINSTANCE.createAnnotation();
                annotation.setId("ann-" + begin);
                TextAnchors.anchor(annotation, article, begin, end);
                annotation.setCode(Codebooks.findById(document.getAssignment().getCodebook(), "S1").orElseThrow());
                annotation.setCreated(SampleWork.CREATED);
                annotation.setModified(SampleWork.CREATED);
                document.getAnnotations().add(annotation);
                annotations.add(annotation);
                at = begin + 150;
            } else {
                at = end + 1;
            }
        }
        return annotations;
    }

    private static boolean startsWord(String text, int i) {
        return Character.isLetterOrDigit(text.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
    }

    private static Map<Annotation, Integer> begins(List<Annotation> annotations) {
        Map<Annotation, Integer> begins = new IdentityHashMap<>();
        annotations.forEach(a -> begins.put(a, a.getBegin()));
        return begins;
    }

    private static Article article(Assignment assignment, String id) {
        return assignment.getArticles().stream().filter(a -> a.getId().equals(id)).findFirst().orElseThrow();
    }
}
