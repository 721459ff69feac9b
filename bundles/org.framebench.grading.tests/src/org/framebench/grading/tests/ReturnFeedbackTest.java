package org.framebench.grading.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.framebench.core.document.DocumentStore;
import org.framebench.core.document.DocumentException;
import org.framebench.core.returned.ReturnedReviews;
import org.framebench.grading.ClassGrading;
import org.framebench.grading.ClassReport;
import org.framebench.grading.ClassReport.GradedSubmission;
import org.framebench.grading.returned.ReturnFeedback;
import org.framebench.grading.review.ReviewStore;
import org.framebench.grading.scoring.ScoringOptions;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Feedback;
import org.framebench.model.GhostAnnotation;
import org.framebench.model.MatchKind;
import org.framebench.model.ReturnedReview;
import org.framebench.model.ReviewDocument;
import org.framebench.model.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Returning feedback: a class of two graded against a key, with comments on an annotation, on a missed
 * key annotation and on the whole submission; each student's returned copy read back from disk holds
 * their own feedback, marks, ghosts and grade and nothing of the other student; the HTML report is
 * well-formed and holds every comment.
 */
class ReturnFeedbackTest {

    @TempDir
    Path folder;

    private AnnotationDocument ama;
    private AnnotationDocument kofi;
    private Annotation keyMatched;
    private Annotation keyMissed;
    private Annotation amaMatched;
    private Annotation amaExtra;
    private Annotation kofiOwn;
    private ClassReport report;
    private Path out;

    @BeforeEach
    void gradeAndReturn() throws Exception {
        Path classFolder = Files.createDirectories(folder.resolve("class"));
        AnnotationDocument key = Fixtures.document(Role.KEY, "Instructor", "key");
        keyMatched = Fixtures.annotate(key, "cnn", "S1", 100, 120);
        keyMissed = Fixtures.annotate(key, "bbc", "F7", 40, 70);
        Fixtures.annotate(key, "cnn", "A1", 300, 330);

        ama = Fixtures.document(Role.STUDENT, "Ama Mensah", "s-ama-1");
        amaMatched = Fixtures.annotate(ama, "cnn", "S1", 100, 120);
        amaExtra = Fixtures.annotate(ama, "cnn", "S2", 600, 640);
        Fixtures.annotate(ama, "cnn", "A1", 305, 330);

        kofi = Fixtures.document(Role.STUDENT, "Kofi Boateng", "s-kofi-2");
        kofiOwn = Fixtures.annotate(kofi, "cnn", "S1", 100, 120);
        Fixtures.annotate(kofi, "bbc", "F7", 40, 70);

        DocumentStore.save(key, classFolder.resolve("key.fbench"));
        DocumentStore.save(ama, classFolder.resolve("ama.fbench"));
        DocumentStore.save(kofi, classFolder.resolve("kofi.fbench"));

        ReviewDocument review = ReviewStore.newReview(key.getAssignment().getId(), "Dr Owusu");
        ReviewStore.addFeedback(review, ama, amaMatched, "Dr Owusu", "Good <catch> & well \"sourced\"", 2.0);
        ReviewStore.addFeedback(review, ama, amaExtra, "Dr Owusu", "Not a source here.", null);
        ReviewStore.addFeedback(review, ama, keyMissed, "Dr Owusu", "Look at how prominent the headline makes this.", -1.0);
        ReviewStore.addWholeFeedback(review, ama, "Dr Owusu", "Careful work overall; read the BBC piece again.", null);
        ReviewStore.addFeedback(review, kofi, kofiOwn, "Dr Owusu", "KOFI-ONLY remark about his sourcing", 5.0);
        ReviewStore.setAdjustment(review, kofi, 3, "KOFI-ONLY late pass", "Dr Owusu");
        ReviewStore.save(review, ReviewStore.reviewFileOf(classFolder));

        report = ClassGrading.grade(classFolder, classFolder.resolve("key.fbench"), new ScoringOptions());
        out = folder.resolve("returned");
        List<ReturnFeedback.Returned> written = ReturnFeedback.writeAll(report, out, "Dr Owusu");
        assertEquals(2, written.size());
    }

    private GradedSubmission gradedOf(String name) {
        return report.scores().stream().filter(g -> g.submission().studentName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void returnedCopyHoldsTheStudentsOwnWorkFeedbackMarksGhostsAndGrade() throws Exception {
        Path file = out.resolve("Ama-Mensah" + ReturnFeedback.COPY_SUFFIX);
        AnnotationDocument returned = DocumentStore.load(file);
        assertEquals(ama.getId(), returned.getId());
        assertEquals(ama.getAnnotations().stream().map(Annotation::getId).toList(),
                returned.getAnnotations().stream().map(Annotation::getId).toList(), "the student's annotations, same ids");
        assertTrue(Files.readString(file).contains("formatVersion=\"4\""));

        ReturnedReview review = returned.getReturnedReview();
        assertNotNull(review);
        GradedSubmission graded = gradedOf("Ama Mensah");
        assertEquals(graded.grade(), review.getGrade(), 1e-9, "the grade book's grade");
        assertEquals(graded.score().total(), review.getScore(), 1e-9);
        assertEquals(1.0, review.getFeedbackPoints(), 1e-9, "+2 and −1");
        assertEquals(graded.score().terms().size(), review.getTerms().size());
        assertEquals(graded.explanation(), review.getExplanation());

        Map<String, MatchKind> marks = review.getMarks().stream()
                .collect(Collectors.toMap(m -> m.getAnnotation().getId(), m -> m.getKind()));
        assertEquals(MatchKind.MATCHED, marks.get(amaMatched.getId()));
        assertEquals(MatchKind.EXTRA, marks.get(amaExtra.getId()));
        assertEquals(MatchKind.PARTIAL, marks.values().stream().filter(k -> k == MatchKind.PARTIAL).findFirst().orElse(null));
        assertEquals(1, review.getGhosts().size(), "only the key annotation she missed");
        GhostAnnotation ghost = review.getGhosts().get(0);
        assertEquals(keyMissed.getId(), ghost.getKeyAnnotationId());
        assertEquals("F7", ghost.getCode().getId());
        assertEquals("bbc", ghost.getArticle().getId());
        assertSame(returned.getAssignment(), ghost.getArticle().eContainer(), "the ghost points into the returned file's own article");
        assertEquals(keyMissed.getCoveredText(), ghost.getCoveredText());

        List<String> texts = review.getFeedback().stream().map(Feedback::getText).toList();
        assertEquals(4, texts.size(), texts.toString());
        Feedback onAnnotation = review.getFeedback().stream().filter(f -> f.getText().startsWith("Good")).findFirst().orElseThrow();
        assertSame(returned.getAnnotations().get(0), onAnnotation.getAnnotation());
        Feedback onMissed = review.getFeedback().stream().filter(f -> f.getText().startsWith("Look")).findFirst().orElseThrow();
        assertSame(ghost, ReturnedReviews.ghostOf(review, onMissed));
        Feedback whole = ReturnedReviews.ordered(review).get(0);
        assertTrue(ReturnedReviews.isOnWholeSubmission(whole));
        assertEquals("Careful work overall; read the BBC piece again.", whole.getText());
    }

    @Test
    void returnedCopyHoldsNothingOfAnyOtherStudent() throws Exception {
        byte[] bytes = Files.readAllBytes(out.resolve("Ama-Mensah" + ReturnFeedback.COPY_SUFFIX));
        byte[] html = Files.readAllBytes(out.resolve("Ama-Mensah" + ReturnFeedback.REPORT_SUFFIX));
        List<String> kofis = new ArrayList<>(List.of("Kofi", "Boateng", "s-kofi-2", kofi.getId(), "KOFI-ONLY"));
        kofi.getAnnotations().forEach(a -> kofis.add(a.getId()));
        for (byte[] content : List.of(bytes, html)) {
            String text = new String(content, StandardCharsets.UTF_8);
            for (String secret : kofis) {
                assertFalse(text.contains(secret), "a classmate's " + secret + " is in Ama's returned files");
            }
        }
        // And the other way round: Kofi's copy has his adjustment and none of Ama's comments.
        AnnotationDocument kofiReturned = DocumentStore.load(out.resolve("Kofi-Boateng" + ReturnFeedback.COPY_SUFFIX));
        assertEquals(3, kofiReturned.getReturnedReview().getAdjustment(), 1e-9);
        assertEquals(List.of("KOFI-ONLY remark about his sourcing"),
                kofiReturned.getReturnedReview().getFeedback().stream().map(Feedback::getText).toList());
        assertTrue(kofiReturned.getReturnedReview().getGhosts().isEmpty() == false, "Kofi missed the A1 of the key");
        String kofiText = Files.readString(out.resolve("Kofi-Boateng" + ReturnFeedback.COPY_SUFFIX));
        assertFalse(kofiText.contains("Ama") || kofiText.contains(ama.getId()) || kofiText.contains("Careful work"));
    }

    @Test
    void htmlReportIsWellFormedHtml5AndHoldsEveryComment() throws Exception {
        String html = Files.readString(out.resolve("Ama-Mensah" + ReturnFeedback.REPORT_SUFFIX));
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), html.substring(0, 40));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        org.w3c.dom.Document dom = factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        assertEquals("html", dom.getDocumentElement().getTagName());
        List<String> comments = new ArrayList<>();
        NodeList spans = dom.getElementsByTagName("span");
        List<String> classes = new ArrayList<>();
        for (int i = 0; i < spans.getLength(); i++) {
            Element span = (Element) spans.item(i);
            classes.add(span.getAttribute("class"));
            if (span.getAttribute("class").equals("text")) {
                comments.add(span.getTextContent());
            }
        }
        assertEquals(List.of("Careful work overall; read the BBC piece again.", "Good <catch> & well \"sourced\"",
                "Not a source here.", "Look at how prominent the headline makes this."), comments, "every comment, text as written");
        assertTrue(classes.contains("ann matched") && classes.contains("ann extra") && classes.contains("ghost"), classes.toString());
        assertTrue(html.contains("Good &lt;catch&gt; &amp; well &quot;sourced&quot;"), "escaped, not markup");
        assertTrue(html.contains(String.format(java.util.Locale.ROOT, "%.1f / 100", gradedOf("Ama Mensah").grade())));
        assertTrue(html.contains("On a passage you missed (key: F7"), "the comment on the missed key annotation says where");
    }

    @Test
    void theStudentDeletingAnAnnotationKeepsTheCommentAndTheFileStillSaves() throws Exception {
        Path file = out.resolve("Ama-Mensah" + ReturnFeedback.COPY_SUFFIX);
        AnnotationDocument returned = DocumentStore.load(file);
        Annotation commented = returned.getAnnotations().stream().filter(a -> a.getId().equals(amaMatched.getId()))
                .findFirst().orElseThrow();
        org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain domain = new org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain(
                new org.eclipse.emf.edit.provider.ComposedAdapterFactory(new org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory()),
                new org.eclipse.emf.common.command.BasicCommandStack());
        domain.getCommandStack().execute(org.framebench.core.edit.AnnotationCommands.delete(domain, returned, List.of(commented)));
        assertNull(ReturnedReviews.markOf(returned, commented));
        Feedback comment = returned.getReturnedReview().getFeedback().stream().filter(f -> f.getText().startsWith("Good"))
                .findFirst().orElseThrow();
        assertNull(comment.getAnnotation(), "the comment stays, on no annotation");
        DocumentStore.save(returned, file);
        AnnotationDocument again = DocumentStore.load(file);
        assertEquals(4, again.getReturnedReview().getFeedback().size(), "no comment lost");
        assertEquals(ama.getAnnotations().size() - 1, again.getAnnotations().size());
        domain.getCommandStack().undo();
        assertSame(commented, comment.getAnnotation(), "undo brings back the annotation, its mark and the comment's link");
        assertNotNull(ReturnedReviews.markOf(returned, commented));
    }

    @Test
    void aPlainFileIsStillFormat3AndANewerReturnedFormatIsRefusedInPlainWords() throws Exception {
        String plain = Files.readString(folder.resolve("class").resolve("ama.fbench"));
        assertTrue(plain.contains("formatVersion=\"3\""), "a student's own file stays readable by a build that knows 3");
        String returned = Files.readString(out.resolve("Ama-Mensah" + ReturnFeedback.COPY_SUFFIX));
        Path newer = Files.writeString(folder.resolve("newer.fbench"), returned.replace("formatVersion=\"4\"", "formatVersion=\"5\""));
        DocumentException refused = org.junit.jupiter.api.Assertions.assertThrows(DocumentException.class, () -> DocumentStore.load(newer));
        assertTrue(refused.getMessage().contains("newer version of Framebench"), refused.getMessage());
        assertNull(DocumentStore.load(folder.resolve("class").resolve("ama.fbench")).getReturnedReview());
    }
}
