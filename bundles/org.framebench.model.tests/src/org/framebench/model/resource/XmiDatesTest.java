package org.framebench.model.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Date;
import java.util.Random;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.FramebenchFactory;
import org.junit.jupiter.api.Test;

/** The dates of a file read by hand ({@link XmiDates}) are the instants EMF's own reading gives. */
class XmiDatesTest {

    private static Date emf(String text) {
        return (Date) EcoreFactory.eINSTANCE.createFromString(EcorePackage.Literals.EDATE, text);
    }

    @Test
    void everyDateEmfWritesReadsAsEmfReadsIt() {
        Random random = new Random(16);
        for (int i = 0; i < 20_000; i++) {
            // 1901 to 2200, every millisecond of the day; written as EMF writes them (in this JVM's time zone).
            long millis = -2_177_452_800_000L + (long) (random.nextDouble() * 9_467_280_000_000L);
            String written = EcoreFactory.eINSTANCE.convertToString(EcorePackage.Literals.EDATE, new Date(millis));
            Date fast = XmiDates.parse(written);
            assertEquals(emf(written), fast, written);
            assertEquals(millis, fast.getTime(), written);
        }
    }

    @Test
    void offsetsLeapDaysAndTheEdgesOfADay() {
        for (String text : new String[] { "2024-02-29T23:59:59.999+0000", "2026-06-06T12:13:09.380+0530",
                "2026-06-06T00:00:00.000-1100", "1900-01-01T00:00:00.000+0000", "9999-12-31T23:59:59.999+1400",
                "2026-12-03T13:55:55.948-0345", "2000-03-01T00:00:00.001+0100" }) {
            assertEquals(emf(text), XmiDates.parse(text), text);
        }
    }

    @Test
    void anythingElseIsLeftToEmf() {
        for (String text : new String[] { "2026-02-30T12:00:00.000+0000", "2026-13-01T12:00:00.000+0000",
                "2026-06-06T24:00:00.000+0000", "2026-06-06T12:13:09+0000", "2026-06-06T12:13:09.380Z",
                "2026-06-06", "1582-10-10T12:00:00.000+0000", "2026-06-06T12:13:09.380+1900", "２０２6-06-06T12:13:09.380+0000",
                "2026-06-06T12:13:09.38a+0000", "", "2026-06-06 12:13:09.380+0000" }) {
            assertNull(XmiDates.parse(text), text);
        }
        // Those EMF reads in its other forms still read through EMF, as before.
        assertEquals(emf("2026-06-06"), read("2026-06-06").getCreated());
        assertEquals(emf("2026-06-06T12:13:09"), read("2026-06-06T12:13:09").getCreated());
    }

    @Test
    void aSavedDocumentsDatesReadBackToTheMillisecond() throws Exception {
        AnnotationDocument document = FramebenchFactory.eINSTANCE.createAnnotationDocument();
        document.setCreated(new Date(1_780_000_000_123L));
        document.setModified(new Date(1_780_000_999_999L));
        for (int i = 0; i < 50; i++) {
            Annotation annotation = FramebenchFactory.eINSTANCE.createAnnotation();
            annotation.setId("a" + i);
            annotation.setCreated(new Date(1_700_000_000_000L + i * 86_399_997L));
            annotation.setModified(new Date(-1_000_000_000_000L + i * 3_600_001L));
            document.getAnnotations().add(annotation);
        }
        Resource out = FramebenchResources.newResourceSet().createResource(URI.createURI("dates.fbench"));
        out.getContents().add(document);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        out.save(bytes, null);
        Resource in = FramebenchResources.newResourceSet().createResource(URI.createURI("dates.fbench"));
        in.load(new ByteArrayInputStream(bytes.toByteArray()), null);
        AnnotationDocument read = (AnnotationDocument) in.getContents().get(0);
        assertEquals(document.getCreated(), read.getCreated());
        assertEquals(document.getModified(), read.getModified());
        for (int i = 0; i < 50; i++) {
            assertEquals(document.getAnnotations().get(i).getCreated(), read.getAnnotations().get(i).getCreated());
            assertEquals(document.getAnnotations().get(i).getModified(), read.getAnnotations().get(i).getModified());
        }
    }

    private static AnnotationDocument read(String created) {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<fb:AnnotationDocument xmi:version=\"2.0\" "
                + "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:fb=\"" + org.framebench.model.FramebenchPackage.eNS_URI
                + "\" created=\"" + created + "\"/>";
        Resource in = FramebenchResources.newResourceSet().createResource(URI.createURI("one.fbench"));
        try {
            in.load(new ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)), null);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        return (AnnotationDocument) in.getContents().get(0);
    }
}
