package org.framebench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.framebench.core.codebook.Codebooks;
import org.framebench.core.document.DocumentException;
import org.framebench.core.document.DocumentException.Kind;
import org.framebench.core.document.DocumentStore;
import org.framebench.core.document.Documents;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.Code;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening a file never reaches outside it, never waits on a pipe, refers to codes and articles by id, and
 * refuses what breaks the model's rules with one plain sentence.
 */
class HandInSafetyTest {

    @TempDir
    Path folder;

    private AnnotationDocument sample() throws Exception {
        AnnotationDocument document = SampleWork.newDocument("doc-safety");
        SampleWork.firstSteps(document);
        SampleWork.laterSteps(document);
        return document;
    }

    private String savedText(AnnotationDocument document) throws Exception {
        return new String(DocumentStore.serialize(document), StandardCharsets.UTF_8);
    }

    private DocumentException refused(String name, String xml) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, xml);
        return assertThrows(DocumentException.class, () -> DocumentStore.load(file));
    }

    @Test
    void codesAndArticlesAreReferredToByIdAndTheCodebookByItsFingerprint() throws Exception {
        String xml = savedText(sample());
        assertTrue(xml.contains("article=\"cnn\""), xml.substring(0, 400));
        assertTrue(xml.contains("code=\"S1\""));
        assertFalse(xml.contains("@codes."), "no positional references");
        assertTrue(xml.contains("formatVersion=\"3\""));
        assertTrue(xml.matches("(?s).*<codebook [^>]*sha256=\"[0-9a-f]{64}\".*"));
        AnnotationDocument reopened = DocumentStore.load(Files.writeString(folder.resolve("ids.fbench"), xml));
        assertEquals("S1", reopened.getAnnotations().get(0).getCode().getId());
        assertEquals("cnn", reopened.getAnnotations().get(0).getArticle().getId());
    }

    @Test
    void aRemovedOrDuplicatedCodeNeverSilentlyRecodesAnnotations() throws Exception {
        String xml = savedText(sample());
        // The code S1 is used by two annotations: without it they would point nowhere.
        int start = xml.indexOf("<codes id=\"S1\"");
        int end = xml.indexOf("</codes>", start) + "</codes>".length();
        DocumentException removed = refused("removed.fbench", xml.substring(0, start) + xml.substring(end));
        assertEquals(Kind.DAMAGED, removed.getKind());
        assertTrue(removed.getMessage().contains("it refers to \"S1\", which is not in the file"), removed.getMessage());

        String twice = xml.substring(0, start) + xml.substring(start, end) + xml.substring(start, end) + xml.substring(end);
        DocumentException duplicated = refused("duplicated.fbench", twice);
        assertEquals(Kind.INVALID, duplicated.getKind());
        assertTrue(duplicated.getMessage().contains("has the same id (\"S1\")"), duplicated.getMessage());

        String relabelled = xml.replaceFirst("(<codes id=\"S2\"[^>]*label=\")[^\"]*\"", "$1Anything\"");
        DocumentException edited = refused("edited.fbench", relabelled);
        assertTrue(edited.getMessage().contains("The codebook in this file was changed outside Framebench"), edited.getMessage());
    }

    @Test
    void filesOfFormatOneWithPositionalReferencesStillOpen_andADeletedCodeThereIsCaught() throws Exception {
        AnnotationDocument document = sample();
        String xml = savedText(document);
        // Write it as session 1's Framebench did: references by position, no codebook fingerprint.
        for (Annotation annotation : document.getAnnotations()) {
            Code code = annotation.getCode();
            int layer = document.getAssignment().getCodebook().getLayers().indexOf(code.getLayer());
            int index = code.getLayer().getCodes().indexOf(code);
            int article = document.getAssignment().getArticles().indexOf(annotation.getArticle());
            xml = xml.replace("article=\"" + annotation.getArticle().getId() + "\" ",
                    "article=\"//@assignment/@articles." + article + "\" ");
            xml = xml.replace("code=\"" + code.getId() + "\"", "code=\"//@assignment/@codebook/@layers." + layer + "/@codes." + index + "\"");
        }
        xml = xml.replace("formatVersion=\"3\"", "formatVersion=\"1\"").replaceFirst(" sha256=\"[0-9a-f]{64}\"(?=[^>]*>\\s*<layers)", "");
        assertTrue(xml.contains("@codes."), "the file now uses positional references");
        assertFalse(xml.matches("(?s).*<codebook [^>]*sha256.*"), "and has no codebook fingerprint");
        Path old = Files.writeString(folder.resolve("format1.fbench"), xml);

        AnnotationDocument reopened = DocumentStore.load(old);
        assertEquals(3, reopened.getAnnotations().size());
        for (int i = 0; i < 3; i++) {
            assertEquals(document.getAnnotations().get(i).getCode().getId(), reopened.getAnnotations().get(i).getCode().getId());
            assertTrue(EcoreUtil.equals(document.getAnnotations().get(i), reopened.getAnnotations().get(i)));
        }

        // Deleting a code before S1 shifts every later position: the codebook no longer is the built-in one.
        int start = xml.indexOf("<codes id=\"S0\"") >= 0 ? xml.indexOf("<codes id=\"S0\"") : xml.indexOf("<codes ");
        int end = xml.indexOf("</codes>", start) + "</codes>".length();
        DocumentException shifted = refused("format1-cut.fbench", xml.substring(0, start) + xml.substring(end));
        assertTrue(shifted.getMessage().contains("names the built-in codebook") || shifted.getMessage().contains("is not in the file"),
                shifted.getMessage());
    }

    @Test
    void brokenModelRulesAreRefusedInPlainWords() throws Exception {
        AnnotationDocument document = sample();
        Annotation first = document.getAnnotations().get(0);
        first.setEnd(first.getArticle().getText().length() + 10);
        DocumentException outside = refused("outside.fbench", savedText(document));
        assertEquals(Kind.INVALID, outside.getKind());
        assertTrue(outside.getMessage().startsWith("outside.fbench is damaged and was not opened: Annotation 1 (ann-cnn-ibrahim) "
                + "lies outside its article"), outside.getMessage());

        AnnotationDocument twins = sample();
        twins.getAnnotations().get(2).setId(twins.getAnnotations().get(0).getId());
        DocumentException repeated = refused("twins.fbench", savedText(twins));
        assertTrue(repeated.getMessage().contains("has the same id"), repeated.getMessage());

        AnnotationDocument moved = sample();
        moved.getAnnotations().get(1).setBegin(moved.getAnnotations().get(1).getBegin() + 1);
        moved.getAnnotations().get(1).setEnd(moved.getAnnotations().get(1).getEnd() + 1);
        Path movedFile = Files.writeString(folder.resolve("moved.fbench"), savedText(moved));
        DocumentException mismatch = assertThrows(DocumentException.class, () -> DocumentStore.load(movedFile));
        assertTrue(mismatch.getMessage().contains("no longer covers the words it was made on"), mismatch.getMessage());
        assertEquals(3, DocumentStore.load(movedFile, DocumentStore.Strictness.EDITING).getAnnotations().size(),
                "the student's own file still opens for editing; the annotation is kept");
    }

    @Test
    void referencesOutOfTheFileAreNeverFollowed() throws Exception {
        AtomicInteger connections = new AtomicInteger();
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                while (true) {
                    try (Socket ignored = server.accept()) {
                        connections.incrementAndGet();
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            String url = "http://127.0.0.1:" + server.getLocalPort();
            Path secret = Files.writeString(folder.resolve("other-student.fbench"), savedText(sample()));
            String xml = savedText(sample());
            String[] hostile = {
                    xml.replaceFirst("article=\"cnn\"", "article=\"" + url + "/a.fbench#cnn\""),
                    xml.replaceFirst("code=\"S1\"", "code=\"" + secret.toUri() + "#S1\""),
                    xml.replaceFirst("code=\"S1\"", "code=\"other-student.fbench#S1\""),
                    xml.replaceFirst("source=\"ann-cnn-ibrahim\"", "source=\"file:///etc/passwd#x\""),
                    xml.replaceFirst("xmlns:fb=", "xmlns:evil=\"" + url + "/evil.ecore\" xmlns:fb=")
                            .replaceFirst("<annotations ", "<annotations xsi:type=\"evil:Annotation\" "),
                    xml.replaceFirst("xmlns:fb=", "xsi:schemaLocation=\"http://framebench.org/model/1.0 " + url
                            + "/fb.ecore\" xmlns:fb="),
            };
            for (int i = 0; i < hostile.length; i++) {
                String name = "hostile-" + i + ".fbench";
                String text = hostile[i];
                assertTrue(!text.equals(xml), "mutation " + i + " applied");
                DocumentException error = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> refusedOrNull(name, text));
                if (i < 4 || i == 4) {
                    assertTrue(error != null, "hostile file " + i + " is refused");
                    assertFalse(error.getMessage().contains("Exception"), error.getMessage());
                }
            }
        }
        assertEquals(0, connections.get(), "nothing connected to the server named in the files");
    }

    private DocumentException refusedOrNull(String name, String xml) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, xml);
        try {
            DocumentStore.load(file);
            return null;
        } catch (DocumentException e) {
            return e;
        }
    }

    @Test
    void pipesDevicesAndHugeFilesAreRefusedWithoutBeingRead() throws Exception {
        Path pipe = folder.resolve("pipe.fbench");
        assertEquals(0, new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor());
        DocumentException fromPipe = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(DocumentException.class, () -> DocumentStore.load(pipe)));
        assertEquals("pipe.fbench is not an ordinary file (it is a pipe, a device or another special file), so it was not opened.",
                fromPipe.getMessage());

        Path huge = folder.resolve("huge.fbench");
        try (RandomAccessFile sparse = new RandomAccessFile(huge.toFile(), "rw")) {
            sparse.setLength(3L * 1024 * 1024 * 1024);
        }
        DocumentException tooLarge = assertThrows(DocumentException.class, () -> DocumentStore.load(huge));
        assertEquals(Kind.TOO_LARGE, tooLarge.getKind());
        assertEquals("huge.fbench is 3072 MB, far larger than any Framebench file (at most 64 MB), so it was not opened.",
                tooLarge.getMessage());
    }

    @Test
    void versionMessagesSayNewerOnlyOfWhatIsNewer() throws Exception {
        String xml = savedText(sample());
        // A file of format 2 (before headlines and comparison notes) still opens, whole.
        Path format2 = Files.writeString(folder.resolve("format2.fbench"), xml.replace("formatVersion=\"3\"", "formatVersion=\"2\""));
        assertEquals(sample().getAnnotations().size(), DocumentStore.load(format2).getAnnotations().size());
        DocumentException newer = refused("newer.fbench", xml.replace("formatVersion=\"3\"", "formatVersion=\"7\""));
        assertEquals(Kind.NEWER_VERSION, newer.getKind());
        assertEquals("newer.fbench was written by a newer version of Framebench: it uses file format 7, and this version ("
                + Documents.TOOL_VERSION + ") reads formats up to 4. Please update Framebench to open it.", newer.getMessage());
        assertFalse(newer.getMessage().contains("(" + Documents.TOOL_VERSION + ")" + ". Please"));

        DocumentException newerTool = refused("newer-tool.fbench", xml.replace("formatVersion=\"3\"", "formatVersion=\"5\"")
                .replace("toolVersion=\"" + Documents.TOOL_VERSION + "\"", "toolVersion=\"Framebench 0.4.0\""));
        assertTrue(newerTool.getMessage().startsWith("newer-tool.fbench was written by a newer version of Framebench "
                + "(Framebench 0.4.0): it uses file format 5"), newerTool.getMessage());

        DocumentException impossible = refused("zero.fbench", xml.replace("formatVersion=\"3\"", "formatVersion=\"-1\""));
        assertEquals(Kind.DAMAGED, impossible.getKind());
        assertTrue(impossible.getMessage().contains("impossible file format number (-1)"), impossible.getMessage());

        DocumentException olderNamespace = refused("old-ns.fbench", xml.replace("http://framebench.org/model/1.0",
                "http://framebench.org/model/0.9"));
        assertEquals("old-ns.fbench uses a Framebench file format (\"0.9\") that this version of Framebench (format 1.0) "
                + "does not know, so it was not opened.", olderNamespace.getMessage());
        DocumentException newerNamespace = refused("new-ns.fbench", xml.replace("http://framebench.org/model/1.0",
                "http://framebench.org/model/2.0"));
        assertTrue(newerNamespace.getMessage().startsWith("new-ns.fbench was written by a newer version of Framebench "
                + "(file format 2.0; this version reads format 1.0)"), newerNamespace.getMessage());
    }

    @Test
    void theBuiltInCodebookCarriesItsFingerprint() throws Exception {
        AnnotationDocument document = sample();
        String recorded = document.getAssignment().getCodebook().getSha256();
        assertEquals(Codebooks.digest(document.getAssignment().getCodebook()), recorded);
        Article cnn = document.getAssignment().getArticles().get(0);
        cnn.setOutlet("changed"); // articles are not part of the codebook's fingerprint
        assertEquals(recorded, Codebooks.digest(document.getAssignment().getCodebook()));
        document.getAssignment().getCodebook().getLayers().get(0).getCodes().move(0, 1);
        assertFalse(recorded.equals(Codebooks.digest(document.getAssignment().getCodebook())), "order counts");
    }
}
