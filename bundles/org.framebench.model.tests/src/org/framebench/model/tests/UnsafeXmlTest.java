package org.framebench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.framebench.model.resource.FramebenchResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files come from other people: a Framebench file must never make the reader fetch or expand entities. */
class UnsafeXmlTest {

    @TempDir
    Path folder;

    @Test
    void externalEntityIsRefusedAndNeverRead() throws IOException {
        Path secret = folder.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        Path file = folder.resolve("xxe.fbench");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE fb:AnnotationDocument [ <!ENTITY leak SYSTEM "%s"> ]>
                <fb:AnnotationDocument xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:fb="http://framebench.org/model/1.0" annotatorName="&leak;"/>
                """.formatted(secret.toUri()));

        Resource resource = FramebenchResources.newResourceSet().createResource(URI.createFileURI(file.toString()));
        IOException error = assertThrows(IOException.class, () -> resource.load(null));

        assertTrue(describe(error).contains("DOCTYPE"), describe(error));
        assertFalse(describe(error).contains("TOP-SECRET-CONTENT"));
        assertTrue(resource.getContents().isEmpty(), "nothing was loaded");
    }

    @Test
    void entityExpansionBombIsRefused() throws IOException {
        StringBuilder entities = new StringBuilder("<!ENTITY a0 \"lol\">");
        for (int i = 1; i < 12; i++) {
            entities.append("<!ENTITY a").append(i).append(" \"")
                    .append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        }
        Path file = folder.resolve("bomb.fbench");
        Files.writeString(file, "<?xml version=\"1.0\"?><!DOCTYPE d [" + entities + "]>"
                + "<fb:AnnotationDocument xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:fb=\"http://framebench.org/model/1.0\""
                + " annotatorName=\"&a11;\"/>");

        Resource resource = FramebenchResources.newResourceSet().createResource(URI.createFileURI(file.toString()));
        long start = System.nanoTime();
        assertThrows(IOException.class, () -> resource.load(null));
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "refused at once, not after expanding");
        assertTrue(resource.getContents().isEmpty());
    }

    private static String describe(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause()) {
            text.append(t).append('\n');
        }
        return text.toString();
    }

    @Test
    void aResourceSetNeverOpensAnotherResourceWhateverAFileRefersTo() throws IOException {
        Path other = folder.resolve("other-student.fbench");
        Files.writeString(other, "<fb:AnnotationDocument xmlns:fb=\"http://framebench.org/model/1.0\" id=\"x\"/>");
        var resourceSet = FramebenchResources.newResourceSet();

        assertNull(resourceSet.getResource(URI.createFileURI(other.toString()), true), "no demand-load of a file");
        assertNull(resourceSet.getEObject(URI.createFileURI(other.toString()).appendFragment("x"), true));
        assertNull(resourceSet.getResource(URI.createURI("http://127.0.0.1:9/x.fbench"), true));
        assertNull(resourceSet.getPackageRegistry().getEPackage("http://www.eclipse.org/emf/2002/Ecore"),
                "only Framebench's own package, no global registry to demand-load from");
        IOException refused = assertThrows(IOException.class,
                () -> resourceSet.getURIConverter().createInputStream(URI.createFileURI(other.toString())));
        assertTrue(refused.getMessage().contains("self-contained"), refused.getMessage());
        assertTrue(resourceSet.getResources().isEmpty());

        // Its own file, once created in the set, it may read and write.
        Resource own = resourceSet.createResource(URI.createFileURI(other.toString()));
        own.load(null);
        assertEquals(1, own.getContents().size());
    }
}
