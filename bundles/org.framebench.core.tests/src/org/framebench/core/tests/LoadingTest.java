package org.framebench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.framebench.core.document.DocumentException;
import org.framebench.core.document.DocumentException.Kind;
import org.framebench.core.document.DocumentStore;
import org.framebench.core.document.DocumentStore.Strictness;
import org.framebench.model.AnnotationDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loading as a class is loaded (issue 16): what is peeked at before the parse (blank space, a byte order mark),
 * files loaded on all cores sharing their assignment's texts, and the messages of files that cannot be read.
 */
class LoadingTest {

    @TempDir
    Path folder;

    @Test
    void blankLinesOrAByteOrderMarkBeforeTheXmlDeclarationLoseNothing() throws Exception {
        AnnotationDocument original = DocumentStoreTest.annotatedDocument();
        Path saved = folder.resolve("saved.fbench");
        DocumentStore.save(original, saved);
        byte[] bytes = Files.readAllBytes(saved);
        String[] prefixes = { "\uFEFF", "\n", "\r\n\r\n  \t", "\uFEFF\n\n", " " };
        for (int i = 0; i < prefixes.length; i++) {
            Path file = folder.resolve("prefixed-" + i + ".fbench");
            Files.write(file, concat(prefixes[i].getBytes(StandardCharsets.UTF_8), bytes));
            AnnotationDocument read = DocumentStore.load(file);
            assertTrue(EcoreUtil.equals(DocumentStore.load(saved), read), "prefix " + i);
            assertEquals(1, read.getAnnotations().size());
            assertEquals("Musa Ibrahim", read.getAnnotations().get(0).getCoveredText());
        }
    }

    @Test
    void emptyBlankTruncatedAndForeignFilesStillSayWhat() throws Exception {
        Path saved = folder.resolve("saved.fbench");
        DocumentStore.save(DocumentStoreTest.annotatedDocument(), saved);
        byte[] bytes = Files.readAllBytes(saved);

        assertMessage("empty.fbench", new byte[0], Kind.EMPTY, "empty.fbench is empty: it holds no annotations.");
        assertMessage("bom.fbench", new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, Kind.EMPTY,
                "bom.fbench is empty: it holds no annotations.");
        assertMessage("blank.fbench", "\n\n \t \r\n".getBytes(StandardCharsets.UTF_8), Kind.EMPTY,
                "blank.fbench is empty: it holds no annotations.");
        DocumentException truncated = assertMessage("cut.fbench", concat("\n  ".getBytes(StandardCharsets.UTF_8),
                Arrays.copyOf(bytes, bytes.length / 3)), Kind.DAMAGED, "cut.fbench is damaged or incomplete and cannot be opened");
        assertTrue(truncated.getMessage().contains("its backup (cut.fbench.bak)"), truncated.getMessage());
        // Blank space and then something that is not XML: not taken for a Framebench file.
        assertMessage("text.fbench", "\n  my notes".getBytes(StandardCharsets.UTF_8), Kind.NOT_FRAMEBENCH,
                "text.fbench is not a Framebench file.");
        // A DOCTYPE after blank lines is refused as before, however far the blank space pushes it.
        String doctype = "\n\n<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"b\">]><x/>";
        assertMessage("doctype.fbench", doctype.getBytes(StandardCharsets.UTF_8), Kind.UNSAFE,
                "doctype.fbench contains a document type declaration");
    }

    @Test
    void aClassLoadedOnAllCoresIsTheClassLoadedOneByOneAndSharesItsTexts() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            AnnotationDocument document = DocumentStoreTest.annotatedDocument();
            document.setAnnotatorId("s" + i);
            Path file = folder.resolve("s" + i + ".fbench");
            DocumentStore.save(document, file);
            files.add(file);
        }
        Map<String, String> shared = new ConcurrentHashMap<>();
        AnnotationDocument[] parallel = new AnnotationDocument[files.size()];
        IntStream.range(0, files.size()).parallel().forEach(i -> {
            try {
                parallel[i] = DocumentStore.load(files.get(i), Strictness.HAND_IN, shared);
            } catch (DocumentException e) {
                throw new AssertionError(e);
            }
        });
        for (int i = 0; i < files.size(); i++) {
            AnnotationDocument alone = DocumentStore.load(files.get(i));
            assertTrue(EcoreUtil.equals(alone, parallel[i]), files.get(i).toString());
            assertEquals("s" + i, parallel[i].getAnnotatorId());
            assertEquals(alone.getCreated(), parallel[i].getCreated());
            assertEquals(alone.getAnnotations().get(0).getCreated(), parallel[i].getAnnotations().get(0).getCreated());
            // The article texts are held once for the class.
            assertSame(parallel[0].getAssignment().getArticles().get(0).getText(),
                    parallel[i].getAssignment().getArticles().get(0).getText());
        }
    }

    private DocumentException assertMessage(String name, byte[] bytes, Kind kind, String start) throws Exception {
        Path file = folder.resolve(name);
        Files.write(file, bytes);
        DocumentException error = assertThrows(DocumentException.class, () -> DocumentStore.load(file));
        assertEquals(kind, error.getKind(), error.getMessage());
        assertTrue(error.getMessage().startsWith(start), error.getMessage());
        return error;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
