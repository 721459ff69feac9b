package org.framebench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.InternalEObject;
import org.framebench.core.codebook.BuiltInCodebook;
import org.framebench.core.document.DocumentValidator;
import org.framebench.core.document.DocumentException;
import org.framebench.core.document.DocumentStore;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.Code;
import org.framebench.model.FramebenchFactory;
import org.framebench.model.resource.FramebenchResources;
import org.junit.jupiter.api.Test;

/**
 * Framebench files are read by a reader of their own where they are in the plain form Framebench writes, by EMF's
 * XMI loader otherwise (issue 16): the documents of the corpus, old and odd files open into the model EMF's loader
 * builds ({@code EcoreUtil.equals}) and broken ones give the same messages.
 */
class DirectLoadingTest {

    /** The file's contents as EMF's own loader reads them (an option the direct reader does not take: EMF's default). */
    private static List<EObject> readByEmf(byte[] bytes) throws Exception {
        Resource resource = FramebenchResources.newResourceSet().createResource(URI.createFileURI("/class/file.fbench"));
        resource.load(new ByteArrayInputStream(bytes), Map.of(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE));
        return resource.getContents();
    }

    private static AnnotationDocument parse(byte[] bytes) throws DocumentException {
        return DocumentStore.parse(bytes, URI.createFileURI("/class/file.fbench"), "file.fbench");
    }

    private static AnnotationDocument corpusWork() throws Exception {
        AnnotationDocument document = SampleWork.newDocument("doc-direct");
        SampleWork.firstSteps(document);
        SampleWork.laterSteps(document);
        return document;
    }

    @Test
    void theCorpusWithAnnotationsAttributesNotesAndLinksOpensAsEmfReadsIt() throws Exception {
        AnnotationDocument original = corpusWork();
        byte[] bytes = DocumentStore.serialize(EcoreUtil.copy(original));

        AnnotationDocument read = parse(bytes);

        assertTrue(EcoreUtil.equals(readByEmf(bytes).get(0), read));
        assertTrue(EcoreUtil.equals(original, read));
        Annotation ibrahim = read.getAnnotations().get(0);
        assertEquals("cnn", ibrahim.getArticle().getId());
        assertEquals(read.getAssignment().getArticles().get(0), ibrahim.getArticle());
        assertEquals(ibrahim, read.getLinks().get(0).getSource());
        DocumentStore.check(read, "file.fbench", DocumentStore.Strictness.HAND_IN);
        assertTrue(read.getAssignment().getCodebook().getLayers().get(0).getCodes().get(0).getLayer() != null);
    }

    @Test
    void theBuiltInCodebookAndAnEmptyDocumentOpenAsEmfReadsThem() throws Exception {
        AnnotationDocument document = SampleWork.newDocument("doc-empty");
        document.getAssignment().setCodebook(EcoreUtil.copy(BuiltInCodebook.load()));
        byte[] bytes = DocumentStore.serialize(document);
        assertTrue(EcoreUtil.equals(readByEmf(bytes).get(0), parse(bytes)));
    }

    @Test
    void oldPositionalReferencesAndOddFormsOpenAsEmfReadsThem() throws Exception {
        AnnotationDocument document = corpusWork();
        String xml = new String(DocumentStore.serialize(document), StandardCharsets.UTF_8);
        // Format 1 referred to articles and codes by position, as EMF's loader still reads them.
        String positional = xml.replace("article=\"cnn\"", "article=\"//@assignment/@articles.0\"")
                .replace("code=\"S1\"", "code=\"//@assignment/@codebook/@layers.0/@codes.0\"")
                .replace("formatVersion=\"3\"", "formatVersion=\"1\"");
        String[] odd = { positional, "\uFEFF" + xml, "\n\n" + xml, xml.replace("\n", "\r\n"),
                xml.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", ""),
                xml.replace("<annotations ", "<annotations xmi:id=\"x1\" ") };
        for (String text : odd) {
            assertTrue(!text.equals(xml));
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            int start = text.indexOf('<');
            byte[] fromXml = text.substring(start).getBytes(StandardCharsets.UTF_8);
            assertTrue(EcoreUtil.equals(readByEmf(fromXml).get(0), parse(bytes)), text.substring(0, 200));
        }
        AnnotationDocument old = parse(positional.getBytes(StandardCharsets.UTF_8));
        assertEquals("cnn", old.getAnnotations().get(0).getArticle().getId());
        assertEquals("S1", old.getAnnotations().get(0).getCode().getId());
    }

    /** The problems of {@code document}: source, code and message, one a line, in the order found. */
    private static String problems(AnnotationDocument document) {
        StringBuilder lines = new StringBuilder();
        for (Diagnostic problem : DocumentValidator.validate(document).getChildren()) {
            lines.append(problem.getSource()).append(' ').append(problem.getCode()).append(' ').append(problem.getMessage()).append('\n');
        }
        return lines.toString();
    }

    @Test
    void referencesOutsideTheFileAndObjectsInNoFileAreReportedAsBeforeInTheSameOrder() throws Exception {
        byte[] bytes = DocumentStore.serialize(corpusWork());
        assertEquals("", problems(parse(bytes)));

        // A reference to something in no file at all (EMF's dangling reference, then ours), and one to another file.
        AnnotationDocument document = parse(bytes);
        Annotation first = document.getAnnotations().get(0);
        Article proxy = FramebenchFactory.eINSTANCE.createArticle();
        ((InternalEObject) proxy).eSetProxyURI(URI.createURI("other.fbench#cnn"));
        first.setArticle(proxy);
        Code loose = FramebenchFactory.eINSTANCE.createCode();
        loose.setId("zz");
        first.setCode(loose);
        document.getLinks().get(0).setSource(FramebenchFactory.eINSTANCE.createAnnotation());
        String firstLabel = "Annotation 1 (ann-cnn-ibrahim)";
        assertEquals("org.framebench.core.document 3 " + firstLabel + " refers to something outside this file (other.fbench#cnn);"
                + " Framebench files must be self-contained.\n"
                + "org.eclipse.emf.ecore 3 The feature 'code' of '" + firstLabel + "' contains a dangling reference 'the code zz'\n"
                + "org.framebench.core.document 3 " + firstLabel + " has a code that is not in this file's codebook.\n"
                + "org.eclipse.emf.ecore 3 The feature 'source' of 'The link (link-1)' contains a dangling reference 'Annotation'\n"
                + "org.framebench.core.document 3 The link (link-1) joins an annotation that is not in this file.\n",
                problems(document));
    }
}
