package org.framebench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.Assignment;
import org.framebench.model.AttributeDefinition;
import org.framebench.model.AttributeKind;
import org.framebench.model.AttributeValue;
import org.framebench.model.Code;
import org.framebench.model.Codebook;
import org.framebench.model.Feedback;
import org.framebench.model.FramebenchFactory;
import org.framebench.model.Layer;
import org.framebench.model.Link;
import org.framebench.model.LinkKind;
import org.framebench.model.Role;
import org.framebench.model.resource.FramebenchResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelRoundTripTest {

    private static final FramebenchFactory F = FramebenchFactory.eINSTANCE;

    @TempDir
    Path folder;

    @Test
    void documentSurvivesSaveAndLoadFieldByField() throws IOException {
        AnnotationDocument original = sampleDocument();
        Path file = folder.resolve("student.fbench");
        save(original, file);

        AnnotationDocument loaded = load(file);

        assertNotSame(original, loaded);
        assertTrue(EcoreUtil.equals(original, loaded), "every attribute and reference equal after a round trip");
        Annotation cnn = loaded.getAnnotations().get(0);
        assertEquals("3a1f0b8e-0000-4000-8000-000000000001", cnn.getId());
        assertEquals(28, cnn.getBegin());
        assertEquals(40, cnn.getEnd());
        assertEquals("Musa Ibrahim", cnn.getCoveredText());
        assertEquals("anonymous", cnn.getAttributeValues().get(1).getValue());
        assertEquals("Why: he is named, with his role.", cnn.getNote());
        assertEquals(new Date(1_700_000_000_000L), cnn.getCreated());
        Feedback feedback = loaded.getFeedback().get(0);
        assertEquals(Double.valueOf(0.5), feedback.getScore());
        assertSame(cnn, feedback.getAnnotation());
        assertEquals(Role.STUDENT, loaded.getRole());
    }

    @Test
    void linksAcrossArticlesPointAtTheLoadedAnnotations() throws IOException {
        Path file = folder.resolve("links.fbench");
        save(sampleDocument(), file);

        AnnotationDocument loaded = load(file);

        Link link = loaded.getLinks().get(0);
        assertSame(loaded.getAnnotations().get(0), link.getSource());
        assertSame(loaded.getAnnotations().get(1), link.getTarget());
        assertEquals("cnn", link.getSource().getArticle().getId());
        assertEquals("bbc", link.getTarget().getArticle().getId());
        assertSame(loaded.getAssignment().getArticles().get(1), link.getTarget().getArticle(),
                "the article reference resolves inside the same, self-contained file");
        assertEquals(LinkKind.SAME_STATEMENT, link.getKind());
        assertSame(loaded.getAssignment().getCodebook().getLayers().get(0).getCodes().get(0),
                link.getTarget().getCode());
    }

    @Test
    void savedFileIsSelfContainedAndUsesUuidsAsIds() throws IOException {
        Path file = folder.resolve("self.fbench");
        save(sampleDocument(), file);
        String xml = Files.readString(file);
        assertTrue(xml.contains("id=\"3a1f0b8e-0000-4000-8000-000000000001\""), xml);
        assertTrue(xml.contains("source=\"3a1f0b8e-0000-4000-8000-000000000001\""), "links refer to annotations by UUID");
        assertTrue(!xml.contains("href="), "no reference leaves the file");
        assertTrue(xml.contains("Gaddafi\u2019s"), "typographic apostrophe kept as UTF-8");
    }

    @Test
    void suggestionFeaturesRoundTripAndDefaultToOffWhenAbsent() throws IOException {
        Path plain = folder.resolve("plain.fbench");
        save(sampleDocument(), plain);
        String plainXml = Files.readString(plain);
        assertTrue(!plainXml.contains("suggestionsForStudents") && !plainXml.contains("fromSuggestion")
                && !plainXml.contains("dismissedSuggestions"), "defaults are not written: " + plainXml);
        AnnotationDocument old = load(plain);
        assertFalse(old.getAssignment().isSuggestionsForStudents());
        assertFalse(old.getAnnotations().get(0).isFromSuggestion());
        assertTrue(old.getDismissedSuggestions().isEmpty());

        AnnotationDocument document = sampleDocument();
        document.getAssignment().setSuggestionsForStudents(true);
        document.getAnnotations().get(1).setFromSuggestion(true);
        document.getDismissedSuggestions().add("cnn:28:40:S1");
        document.getDismissedSuggestions().add("bbc:0:3:A4");
        Path file = folder.resolve("suggested.fbench");
        save(document, file);
        String xml = Files.readString(file);
        assertTrue(xml.contains("suggestionsForStudents=\"true\""), xml);
        assertTrue(xml.contains("fromSuggestion=\"true\""), xml);

        AnnotationDocument loaded = load(file);
        assertTrue(EcoreUtil.equals(document, loaded));
        assertTrue(loaded.getAssignment().isSuggestionsForStudents());
        assertFalse(loaded.getAnnotations().get(0).isFromSuggestion());
        assertTrue(loaded.getAnnotations().get(1).isFromSuggestion());
        assertEquals(java.util.List.of("cnn:28:40:S1", "bbc:0:3:A4"), loaded.getDismissedSuggestions());
    }

    @Test
    void anAttributionLinkIsWrittenByItsLiteralAndReadBack() throws IOException {
        AnnotationDocument document = sampleDocument();
        Link link = document.getLinks().get(0);
        link.setKind(LinkKind.ATTRIBUTION);
        Path file = folder.resolve("attribution.fbench");
        save(document, file);
        String xml = Files.readString(file);
        assertTrue(xml.contains("kind=\"attribution\""), xml);

        AnnotationDocument loaded = load(file);
        assertEquals(LinkKind.ATTRIBUTION, loaded.getLinks().get(0).getKind());
        assertSame(loaded.getAnnotations().get(0), loaded.getLinks().get(0).getSource());
        assertTrue(EcoreUtil.equals(document, loaded));
        assertEquals(LinkKind.ATTRIBUTION, LinkKind.get("attribution"));
        assertEquals("These annotations are the source, cue and content of one attribution (who said it, the reporting"
                + " verb, what was said).", org.eclipse.emf.ecore.util.EcoreUtil.getDocumentation(
                        org.framebench.model.FramebenchPackage.Literals.LINK_KIND.getEEnumLiteral("ATTRIBUTION")));
    }

    static void save(AnnotationDocument document, Path file) throws IOException {
        Resource resource = FramebenchResources.newResourceSet().createResource(URI.createFileURI(file.toString()));
        resource.getContents().add(document);
        resource.save(null);
        resource.getContents().clear();
    }

    static AnnotationDocument load(Path file) throws IOException {
        // A Framebench resource set loads nothing on demand (see UnsafeXmlTest): create the resource, then load it.
        Resource resource = FramebenchResources.newResourceSet().createResource(URI.createFileURI(file.toString()));
        resource.load(null);
        return (AnnotationDocument) resource.getContents().get(0);
    }

    static AnnotationDocument sampleDocument() {
        Assignment assignment = F.createAssignment();
        assignment.setId("libya");
        assignment.setTitle("Talks in Tunisia");
        assignment.setVersion("1");
        assignment.setInstructions("Annotate sources.");
        Article cnn = article("cnn", "CNN", "Libyan government spokesman Musa Ibrahim called the talks \"a first step.\"");
        Article bbc = article("bbc", "BBC News", "Col Muammar Gaddafi\u2019s government spokesman Moussa Ibrahim said \u201Cwe welcome\u201D it.");
        assignment.getArticles().add(cnn);
        assignment.getArticles().add(bbc);

        Codebook codebook = F.createCodebook();
        codebook.setId("journalism");
        codebook.setName("Journalism");
        Layer sourcing = F.createLayer();
        sourcing.setId("sourcing");
        sourcing.setLabel("Sourcing");
        Code named = F.createCode();
        named.setId("S1");
        named.setLabel("Named person");
        named.setColour("#1F77B4");
        named.setShortcutKey("1");
        named.getReferences().add("IMVAIN");
        AttributeDefinition name = attribute("name", AttributeKind.TEXT);
        AttributeDefinition identification = attribute("identification", AttributeKind.CHOICE);
        identification.getAllowedValues().add("named");
        identification.getAllowedValues().add("anonymous");
        AttributeDefinition implicit = attribute("implicit_source", AttributeKind.BOOLEAN);
        named.getAttributes().add(name);
        named.getAttributes().add(identification);
        named.getAttributes().add(implicit);
        sourcing.getCodes().add(named);
        codebook.getLayers().add(sourcing);
        assignment.setCodebook(codebook);

        AnnotationDocument document = F.createAnnotationDocument();
        document.setId("d0c0d0c0-0000-4000-8000-000000000000");
        document.setAnnotatorName("Ama Mensah");
        document.setAnnotatorId("s1024");
        document.setRole(Role.STUDENT);
        document.setCreated(new Date(1_699_999_000_000L));
        document.setModified(new Date(1_700_000_500_000L));
        document.setToolVersion("Framebench test");
        document.setAssignment(assignment);

        Annotation first = annotation("3a1f0b8e-0000-4000-8000-000000000001", cnn, 28, 40, named);
        first.getAttributeValues().add(value("name", "Musa Ibrahim"));
        first.getAttributeValues().add(value("identification", "anonymous"));
        first.getAttributeValues().add(value("implicit_source", "false"));
        first.setNote("Why: he is named, with his role.");
        Annotation second = annotation("3a1f0b8e-0000-4000-8000-000000000002", bbc, 43, 57, named);
        document.getAnnotations().add(first);
        document.getAnnotations().add(second);

        Link link = F.createLink();
        link.setId("11111111-0000-4000-8000-000000000001");
        link.setSource(first);
        link.setTarget(second);
        link.setKind(LinkKind.SAME_STATEMENT);
        link.setNote("Musa Ibrahim = Moussa Ibrahim");
        link.setCreated(new Date(1_700_000_100_000L));
        document.getLinks().add(link);

        Feedback feedback = F.createFeedback();
        feedback.setId("22222222-0000-4000-8000-000000000001");
        feedback.setAnnotation(first);
        feedback.setAnnotationId(first.getId());
        feedback.setAuthor("Dr. Owusu");
        feedback.setText("He is named: is 'anonymous' right?");
        feedback.setScore(0.5);
        feedback.setCreated(new Date(1_700_000_200_000L));
        document.getFeedback().add(feedback);
        return document;
    }

    private static Article article(String id, String outlet, String text) {
        Article article = F.createArticle();
        article.setId(id);
        article.setOutlet(outlet);
        article.setTitle(outlet + " report");
        article.setSourceFile(id + ".txt");
        article.setText(text);
        article.setSha256("0".repeat(64));
        return article;
    }

    private static AttributeDefinition attribute(String id, AttributeKind kind) {
        AttributeDefinition definition = F.createAttributeDefinition();
        definition.setId(id);
        definition.setLabel(id);
        definition.setKind(kind);
        return definition;
    }

    private static Annotation annotation(String id, Article article, int begin, int end, Code code) {
        Annotation annotation = F.createAnnotation();
        annotation.setId(id);
        annotation.setArticle(article);
        annotation.setBegin(begin);
        annotation.setEnd(end);
        annotation.setCoveredText(article.getText().substring(begin, end));
        annotation.setContextBefore(article.getText().substring(Math.max(0, begin - 10), begin));
        annotation.setContextAfter(article.getText().substring(end, Math.min(article.getText().length(), end + 10)));
        annotation.setCode(code);
        annotation.setCreated(new Date(1_700_000_000_000L));
        annotation.setModified(new Date(1_700_000_000_000L));
        return annotation;
    }

    private static AttributeValue value(String key, String value) {
        AttributeValue attributeValue = F.createAttributeValue();
        attributeValue.setKey(key);
        attributeValue.setValue(value);
        return attributeValue;
    }
}
