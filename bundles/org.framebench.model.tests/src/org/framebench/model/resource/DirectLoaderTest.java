package org.framebench.model.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.Assignment;
import org.framebench.model.AttributeDefinition;
import org.framebench.model.AttributeKind;
import org.framebench.model.AttributeValue;
import org.framebench.model.Code;
import org.framebench.model.Codebook;
import org.framebench.model.ComparisonNote;
import org.framebench.model.Feedback;
import org.framebench.model.FramebenchFactory;
import org.framebench.model.GhostAnnotation;
import org.framebench.model.Layer;
import org.framebench.model.Link;
import org.framebench.model.LinkKind;
import org.framebench.model.MatchKind;
import org.framebench.model.MatchMark;
import org.framebench.model.Reference;
import org.framebench.model.ReturnedReview;
import org.framebench.model.ReturnedTerm;
import org.framebench.model.Role;
import org.framebench.model.TextRegion;
import org.junit.jupiter.api.Test;

/**
 * {@link DirectLoader} builds the model EMF's own XMI loader builds ({@code EcoreUtil.equals}), and leaves every
 * file it does not know to EMF's loader, so odd and broken files get EMF's model and EMF's errors.
 */
class DirectLoaderTest {

    private static final FramebenchFactory F = FramebenchFactory.eINSTANCE;

    /** A document using every kind of object and value a Framebench file holds. */
    static AnnotationDocument richDocument() {
        AnnotationDocument document = F.createAnnotationDocument();
        document.setId("doc-1");
        document.setFormatVersion(3);
        document.setAnnotatorName("Ama Mensah & \"friends\" <3>");
        document.setAnnotatorId("s1");
        document.setRole(Role.KEY);
        document.setCreated(new Date(1_700_000_000_123L));
        document.setModified(new Date(1_700_000_100_456L));
        document.setToolVersion("Framebench 0.1.0");
        document.getDismissedSuggestions().add("cnn:10:20:S1");
        document.getDismissedSuggestions().add("bbc:1:5:A2");
        Assignment assignment = F.createAssignment();
        assignment.setId("libya");
        assignment.setTitle("Four reports — Tunis");
        assignment.setVersion("2");
        assignment.setInstructions("Read\nand\tmark.\r\nThen link.");
        assignment.setSuggestionsForStudents(true);
        document.setAssignment(assignment);
        for (String id : new String[] { "cnn", "bbc" }) {
            Article article = F.createArticle();
            article.setId(id);
            article.setOutlet(id.toUpperCase());
            article.setTitle("Title of " + id);
            article.setText("Line one of " + id + " with \"quotes\" & ampersands.\nLine two\u00a0\u2014 émigrés, 😀.");
            article.setHeadline("Headline " + id);
            article.setSha256("ab" + id);
            article.setUrl("https://example.org/" + id + "?a=1&b=2");
            assignment.getArticles().add(article);
        }
        Codebook codebook = F.createCodebook();
        codebook.setId("journalism");
        codebook.setName("Journalism");
        codebook.setVersion("1");
        codebook.setSha256("ff00");
        assignment.setCodebook(codebook);
        Reference reference = F.createReference();
        reference.setKey("PARC");
        reference.setCitation("Pareti, 2016");
        codebook.getReferences().add(reference);
        Layer layer = F.createLayer();
        layer.setId("sourcing");
        layer.setLabel("Sourcing");
        codebook.getLayers().add(layer);
        for (String id : new String[] { "S1", "A2" }) {
            Code code = F.createCode();
            code.setId(id);
            code.setLabel("Code " + id);
            code.setDefinition("Definition of " + id);
            code.setShortcutKey("1");
            code.getReferences().add("PARC");
            code.getReferences().add("IMVAIN");
            AttributeDefinition attribute = F.createAttributeDefinition();
            attribute.setId("affiliation");
            attribute.setKind(AttributeKind.CHOICE);
            attribute.getAllowedValues().add("US government");
            attribute.getAllowedValues().add(" rebels ");
            code.getAttributes().add(attribute);
            layer.getCodes().add(code);
        }
        List<Annotation> annotations = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Annotation annotation = F.createAnnotation();
            annotation.setId("a" + i);
            annotation.setArticle(assignment.getArticles().get(i % 2));
            annotation.setCode(layer.getCodes().get(i / 2));
            annotation.setBegin(i);
            annotation.setEnd(i + 4);
            annotation.setCoveredText("ne o");
            annotation.setNote(i == 0 ? null : "note " + i);
            annotation.setRegion(i == 3 ? TextRegion.HEADLINE : TextRegion.BODY);
            annotation.setFromSuggestion(i == 2);
            annotation.setCreated(new Date(1_700_000_000_000L + i));
            AttributeValue value = F.createAttributeValue();
            value.setKey("affiliation");
            value.setValue("rebels");
            annotation.getAttributeValues().add(value);
            document.getAnnotations().add(annotation);
            annotations.add(annotation);
        }
        Link link = F.createLink();
        link.setId("l1");
        link.setSource(annotations.get(3));
        link.setTarget(annotations.get(0));
        link.setKind(LinkKind.ATTRIBUTION);
        link.setNote("same quote");
        document.getLinks().add(link);
        ComparisonNote note = F.createComparisonNote();
        note.setId("n1");
        note.getAnnotations().add(annotations.get(2));
        note.getAnnotations().add(annotations.get(1));
        note.setText("They differ.");
        document.getComparisonNotes().add(note);
        Feedback feedback = F.createFeedback();
        feedback.setId("f1");
        feedback.setAnnotation(annotations.get(1));
        feedback.setText("Good");
        feedback.setScore(-1.5);
        document.getFeedback().add(feedback);
        ReturnedReview review = F.createReturnedReview();
        review.setScore(7.25);
        review.setGrade(80);
        review.setReturned(new Date(1_700_000_200_000L));
        ReturnedTerm term = F.createReturnedTerm();
        term.setLabel("Sourcing");
        term.setWeight(0.5);
        term.setValue(0.75);
        review.getTerms().add(term);
        MatchMark mark = F.createMatchMark();
        mark.setAnnotation(annotations.get(0));
        mark.setKind(MatchKind.WRONG_CODE);
        mark.setOverlap(0.3333333333333333);
        mark.setKeyCode(layer.getCodes().get(1));
        review.getMarks().add(mark);
        GhostAnnotation ghost = F.createGhostAnnotation();
        ghost.setKeyAnnotationId("k9");
        ghost.setArticle(assignment.getArticles().get(1));
        ghost.setBegin(2);
        ghost.setEnd(9);
        ghost.setCode(layer.getCodes().get(0));
        review.getGhosts().add(ghost);
        document.setReturnedReview(review);
        return document;
    }

    static byte[] save(AnnotationDocument document) throws Exception {
        Resource resource = FramebenchResources.newResourceSet().createResource(URI.createURI("memory.fbench"));
        resource.getContents().add(document);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        resource.save(out, null);
        return out.toByteArray();
    }

    /** The contents (or the error) of {@code bytes} as loaded by EMF's loader ({@code emf}) or as Framebench loads them. */
    private static Object load(byte[] bytes, boolean emf) {
        Resource resource = FramebenchResources.newResourceSet().createResource(URI.createFileURI("/x/file.fbench"));
        try {
            // An option the direct reader does not take (here EMF's default value): EMF's loader reads the file.
            resource.load(new ByteArrayInputStream(bytes), emf ? Map.of(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE) : null);
        } catch (Exception e) {
            return "error: " + e.getMessage() + " " + resource.getErrors();
        }
        return resource.getContents();
    }

    private static EObject direct(byte[] bytes) {
        return DirectLoader.load(bytes, 0, bytes.length, new org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl(),
                FramebenchResource.secureParserFeatures(), Map.of(), null);
    }

    @SuppressWarnings("unchecked")
    private static void assertSameAsEmf(byte[] bytes) {
        Object emf = load(bytes, true);
        Object ours = load(bytes, false);
        if (emf instanceof List<?> expected && ours instanceof List<?> actual) {
            assertTrue(EcoreUtil.equals((List<EObject>) expected, (List<EObject>) actual),
                    "the same model as EMF's loader: " + new String(bytes, StandardCharsets.UTF_8));
        } else {
            // The same error (objects named in it are new ones, with other identity hashes).
            assertEquals(String.valueOf(emf).replaceAll("@[0-9a-f]+ ", "@ "), String.valueOf(ours).replaceAll("@[0-9a-f]+ ", "@ "));
        }
    }

    @Test
    void aRichFileIsReadDirectlyIntoTheModelEmfBuilds() throws Exception {
        AnnotationDocument original = richDocument();
        byte[] bytes = save(EcoreUtil.copy(original));

        EObject read = direct(bytes);

        assertNotNull(read, "the plain form is read directly, not left to EMF");
        assertTrue(EcoreUtil.equals(original, read));
        assertSameAsEmf(bytes);
        AnnotationDocument document = (AnnotationDocument) read;
        assertSame(document.getAssignment().getArticles().get(1), document.getAnnotations().get(1).getArticle());
        assertSame(document.getAssignment().getCodebook().getLayers().get(0), document.getAssignment().getCodebook().getLayers()
                .get(0).getCodes().get(1).getLayer(), "the container's opposite is set");
        assertEquals(List.of(document.getAnnotations().get(2), document.getAnnotations().get(1)),
                document.getComparisonNotes().get(0).getAnnotations());
    }

    @Test
    void aLoadedResourceResolvesIdsAsBefore() throws Exception {
        byte[] bytes = save(richDocument());
        Resource resource = FramebenchResources.newResourceSet().createResource(URI.createFileURI("/x/file.fbench"));
        resource.load(new ByteArrayInputStream(bytes), null);

        assertTrue(resource.isLoaded());
        assertTrue(resource.getErrors().isEmpty());
        AnnotationDocument document = (AnnotationDocument) resource.getContents().get(0);
        assertSame(document.getAnnotations().get(2), resource.getEObject("a2"));
        assertSame(document.getAssignment().getArticles().get(0), resource.getEObject("cnn"));
        assertSame(resource, document.getAnnotations().get(0).eResource());
    }

    @Test
    void sharedAssignmentStringsAreSharedAsByEmfsLoader() throws Exception {
        byte[] bytes = save(richDocument());
        Map<String, String> shared = new ConcurrentHashMap<>();
        List<AnnotationDocument> documents = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Resource resource = FramebenchResources.newResourceSet().createResource(URI.createFileURI("/x/f" + i + ".fbench"));
            resource.load(new ByteArrayInputStream(bytes), Map.of(FramebenchResource.OPTION_SHARED_ASSIGNMENT_STRINGS, shared));
            documents.add((AnnotationDocument) resource.getContents().get(0));
        }
        assertSame(documents.get(0).getAssignment().getArticles().get(0).getText(),
                documents.get(1).getAssignment().getArticles().get(0).getText());
        assertSame(documents.get(0).getAssignment().getCodebook().getLayers().get(0).getCodes().get(0).getAttributes().get(0)
                .getAllowedValues().get(1), documents.get(1).getAssignment().getCodebook().getLayers().get(0).getCodes().get(0)
                        .getAttributes().get(0).getAllowedValues().get(1));
        assertTrue(documents.get(0).getAnnotations().get(1).getNote() != documents.get(1).getAnnotations().get(1).getNote(),
                "a student's own text is not shared");
    }

    @Test
    void oddFilesAreLeftToEmfsLoaderAndGiveItsModelOrItsErrors() throws Exception {
        String plain = new String(save(richDocument()), StandardCharsets.UTF_8);
        List<String> odd = List.of(
                "\uFEFF" + plain, // a byte order mark
                plain.substring(0, plain.length() / 2), // truncated
                plain.replace("formatVersion=\"3\"", "formatVersion=\"3\" xmi:id=\"x\""), // xmi ids
                plain.replace("<annotations ", "<annotations xsi:type=\"fb:Annotation\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "),
                plain.replace("article=\"bbc\"", "article=\"missing\""), // a reference to nothing
                plain.replace("article=\"bbc\"", "article=\"other.fbench#bbc\""), // a reference out of the file (a proxy)
                plain.replace("article=\"bbc\"", "article=\"S1\""), // a reference to the wrong kind
                plain.replace("article=\"bbc\"", "article=\"cnn bbc\""), // two ids for one
                plain.replace("id=\"a1\"", "id=\"a0\""), // the same id twice
                plain.replace("begin=\"1\"", "begin=\"one\""), // a value of the wrong kind
                plain.replace("begin=\"1\"", "begin=\"+1\""),
                plain.replace("begin=\"1\"", "begin=\"99999999999\""),
                plain.replace("kind=\"attribution\"", "kind=\"shouting\""), // no such literal
                plain.replace("created=\"", "created=\"2023"), // a date in no form
                plain.replace("fromSuggestion=\"true\"", "fromSuggestion=\"TRUE\""),
                plain.replace("overlap=\"0.3333333333333333\"", "overlap=\"1e-3\""),
                plain.replace("<links ", "<unknownThing/><links "), // an element Framebench does not know
                plain.replace("<links ", "<links colour=\"red\" "), // an attribute it does not know
                plain.replace("<links ", "text in the wrong place<links "),
                plain.replace("<links ", "<?pi data?><links "),
                plain.replace("<links ", "<!-- a comment --><links "),
                plain.replace("<allowedValues> rebels ", "<allowedValues>US government"), // a repeated value
                plain.replace("http://framebench.org/model/1.0", "http://framebench.org/model/0.9"), // another version
                plain.replace("fb:AnnotationDocument", "fb:ReviewDocument"), // another kind of root
                plain.replace("fb:AnnotationDocument", "fb:Nothing"),
                "<?xml version=\"1.0\"?><other xmlns=\"urn:x\"/>", // foreign
                "");
        for (String text : odd) {
            assertNotEquals(plain, text);
            assertSameAsEmf(text.getBytes(StandardCharsets.UTF_8));
        }
        for (String text : odd.subList(1, 19)) {
            assertNull(direct(text.getBytes(StandardCharsets.UTF_8)), "left to EMF's loader: " + text.substring(0, 80));
        }
    }

    @Test
    void filesInOtherEncodingsOrOlderFormsGiveEmfsModel() throws Exception {
        AnnotationDocument document = richDocument();
        document.setFormatVersion(1);
        document.setReturnedReview(null);
        String plain = new String(save(document), StandardCharsets.UTF_8);
        assertSameAsEmf(plain.getBytes(StandardCharsets.UTF_8));
        assertSameAsEmf(plain.replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"").getBytes(StandardCharsets.UTF_16));
        assertSameAsEmf(plain.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        assertSameAsEmf(plain.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "").getBytes(StandardCharsets.UTF_8));
        AnnotationDocument empty = F.createAnnotationDocument();
        assertSameAsEmf(save(empty));
    }

    @Test
    void aReviewFileIsReadDirectlyIntoTheModelEmfBuilds() throws Exception {
        org.framebench.model.ReviewDocument review = F.createReviewDocument();
        review.setId("review-1");
        review.setFormatVersion(2);
        review.setAssignmentId("libya");
        review.setAuthor("Instructor");
        review.setCreated(new Date(1_700_000_000_000L));
        org.framebench.model.ScoringSettings scoring = F.createScoringSettings();
        scoring.setThreshold(0.5);
        scoring.setLinkWeight(0.25);
        org.framebench.model.LayerWeight weight = F.createLayerWeight();
        weight.setLayerId("sourcing");
        weight.setWeight(2);
        scoring.getLayerWeights().add(weight);
        review.setScoring(scoring);
        Feedback feedback = F.createFeedback();
        feedback.setId("f1");
        feedback.setAnnotationId("a1");
        feedback.setSubmissionAnnotatorId("s1");
        feedback.setText("Well found");
        feedback.setScore(1.0);
        review.getFeedback().add(feedback);
        org.framebench.model.Adjustment adjustment = F.createAdjustment();
        adjustment.setId("adj-1");
        adjustment.setSubmissionAnnotatorId("s1");
        adjustment.setPoints(-2.5);
        adjustment.setReason("late");
        review.getAdjustments().add(adjustment);
        Resource resource = FramebenchResources.newResourceSet().createResource(URI.createURI("memory.fbreview"));
        resource.getContents().add(EcoreUtil.copy(review));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        resource.save(out, null);
        byte[] bytes = out.toByteArray();

        EObject read = direct(bytes);

        assertNotNull(read);
        assertTrue(EcoreUtil.equals(review, read));
        assertSameAsEmf(bytes);
    }
}
