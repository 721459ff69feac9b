package org.framebench.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.framebench.core.corpus.CorpusLoader;
import org.framebench.core.document.DocumentException;
import org.framebench.core.document.DocumentException.Kind;
import org.framebench.core.document.DocumentStore;
import org.framebench.core.document.Documents;
import org.framebench.core.text.TextAnchors;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.FramebenchFactory;
import org.framebench.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentStoreTest {

    @TempDir
    Path folder;

    @Test
    void savedDocumentReopensWithNoCorpusAndEqual() throws Exception {
        AnnotationDocument document = annotatedDocument();
        Path file = folder.resolve("ama.fbench");
        DocumentStore.save(document, file);

        AnnotationDocument loaded = DocumentStore.load(file);

        assertTrue(EcoreUtil.equals(document, loaded));
        assertEquals(4, loaded.getAssignment().getArticles().size(), "the articles travel inside the file");
        assertEquals(24, loaded.getAssignment().getCodebook().getLayers().stream().mapToInt(l -> l.getCodes().size()).sum());
        Annotation annotation = loaded.getAnnotations().get(0);
        assertEquals("Musa Ibrahim", annotation.getCoveredText());
        assertTrue(TextAnchors.isAnchored(annotation));
    }

    @Test
    void secondSaveKeepsThePreviousVersionAsBackup() throws Exception {
        AnnotationDocument document = annotatedDocument();
        Path file = folder.resolve("ama.fbench");
        DocumentStore.save(document, file);
        byte[] first = Files.readAllBytes(file);
        document.getAnnotations().get(0).setNote("changed my mind");
        DocumentStore.save(document, file);

        assertArrayEquals(first, Files.readAllBytes(DocumentStore.backupOf(file)));
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
                "a saved file is readable like any other, not private like a temporary file");
        assertEquals("changed my mind", DocumentStore.load(file).getAnnotations().get(0).getNote());
        try (var files = Files.list(folder)) {
            assertEquals(2, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void failedSaveLeavesThePreviousFileAndItsBackupIntact() throws Exception {
        AnnotationDocument document = annotatedDocument();
        Path file = folder.resolve("ama.fbench");
        DocumentStore.save(document, file);
        byte[] before = Files.readAllBytes(file);
        // A code that lives in no file cannot be written: serialising fails half-way through the document.
        document.getAnnotations().get(0).setCode(FramebenchFactory.eINSTANCE.createCode());

        DocumentException error = assertThrows(DocumentException.class, () -> DocumentStore.save(document, file));

        assertEquals(Kind.WRITE_FAILED, error.getKind());
        assertArrayEquals(before, Files.readAllBytes(file), "the previous file is untouched");
        assertFalse(Files.exists(DocumentStore.backupOf(file)), "no backup was rotated for a failed save");
    }

    @Test
    void saveOverSomethingThatIsNotAFileFailsCleanly() throws Exception {
        Path blocked = folder.resolve("blocked.fbench");
        Files.createDirectories(blocked.resolve("inside"));
        DocumentException error = assertThrows(DocumentException.class,
                () -> DocumentStore.save(annotatedDocument(), blocked));
        assertEquals(Kind.WRITE_FAILED, error.getKind());
        assertTrue(error.getMessage().endsWith("Your previous file is unchanged."), error.getMessage());
        try (var files = Files.list(folder)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
        assertTrue(Files.isDirectory(blocked.resolve("inside")));
    }

    @Test
    void truncatedFileIsExplainedNotThrownAsAStackTrace() throws Exception {
        Path file = folder.resolve("ama.fbench");
        DocumentStore.save(annotatedDocument(), file);
        byte[] bytes = Files.readAllBytes(file);
        Path truncated = folder.resolve("truncated.fbench");
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 2));

        DocumentException error = assertThrows(DocumentException.class, () -> DocumentStore.load(truncated));
        assertEquals(Kind.DAMAGED, error.getKind());
        assertTrue(error.getMessage().startsWith("truncated.fbench is damaged or incomplete"), error.getMessage());
    }

    @Test
    void foreignEmptyAndNewerFilesAreRecognised() throws Exception {
        Path foreign = folder.resolve("essay.fbench");
        Files.writeString(foreign, "<html><body>My essay</body></html>");
        assertEquals(Kind.NOT_FRAMEBENCH, assertThrows(DocumentException.class, () -> DocumentStore.load(foreign)).getKind());

        Path empty = folder.resolve("empty.fbench");
        Files.write(empty, new byte[0]);
        DocumentException emptyError = assertThrows(DocumentException.class, () -> DocumentStore.load(empty));
        assertEquals(Kind.EMPTY, emptyError.getKind());
        assertEquals("empty.fbench is empty: it holds no annotations.", emptyError.getMessage());
        // White space only (an editor's blank file, with or without a byte order mark) is empty too.
        Path blank = folder.resolve("blank.fbench");
        Files.write(blank, new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, ' ', '\n', '\t', '\r', '\n' });
        assertEquals(Kind.EMPTY, assertThrows(DocumentException.class, () -> DocumentStore.load(blank)).getKind());
        Path oneLetter = folder.resolve("one-letter.fbench");
        Files.writeString(oneLetter, "\n\n  x  \n");
        assertEquals(Kind.NOT_FRAMEBENCH, assertThrows(DocumentException.class, () -> DocumentStore.load(oneLetter)).getKind());

        Path newer = folder.resolve("newer.fbench");
        Files.writeString(newer, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<fb:AnnotationDocument xmi:version=\"2.0\" "
                + "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:fb=\"http://framebench.org/model/2.0\"/>");
        DocumentException newerError = assertThrows(DocumentException.class, () -> DocumentStore.load(newer));
        assertEquals(Kind.NEWER_VERSION, newerError.getKind());
        assertTrue(newerError.getMessage().contains("newer version of Framebench"), newerError.getMessage());

        // A newer format with something this build cannot parse (a link kind added later): "update", not "damaged".
        String saved = new String(DocumentStore.serialize(annotatedDocument()), java.nio.charset.StandardCharsets.UTF_8);
        Path newerFormat = folder.resolve("newer-format.fbench");
        Files.writeString(newerFormat, saved.replaceFirst("formatVersion=\"3\"", "formatVersion=\"7\"")
                .replaceFirst("toolVersion=\"[^\"]*\"", "toolVersion=\"Framebench 2.0\"")
                .replace("<annotations ", "<annotations futureField=\"x\" "));
        DocumentException newerFormatError = assertThrows(DocumentException.class, () -> DocumentStore.load(newerFormat));
        assertEquals(Kind.NEWER_VERSION, newerFormatError.getKind());
        assertEquals("newer-format.fbench was written by a newer version of Framebench (Framebench 2.0): it uses file "
                + "format 7, and this version (" + Documents.TOOL_VERSION + ") reads formats up to "
                + Documents.FORMAT_VERSION + ". Please update Framebench to open it.", newerFormatError.getMessage());
        // The same damage in a file of a format this build reads is damage.
        Path damaged = folder.resolve("damaged.fbench");
        Files.writeString(damaged, saved.replace("<annotations ", "<annotations futureField=\"x\" "));
        assertEquals(Kind.DAMAGED, assertThrows(DocumentException.class, () -> DocumentStore.load(damaged)).getKind());

        Path missing = folder.resolve("missing.fbench");
        assertEquals(Kind.NOT_FOUND, assertThrows(DocumentException.class, () -> DocumentStore.load(missing)).getKind());
        assertFalse(Files.exists(missing));
    }

    static AnnotationDocument annotatedDocument() throws Exception {
        AnnotationDocument document = Documents.newDocument(CorpusLoader.loadDefault(), Role.STUDENT);
        document.setAnnotatorName("Ama Mensah");
        document.setAnnotatorId("s1024");
        Article cnn = document.getAssignment().getArticles().get(0);
        Annotation annotation = FramebenchFactory.eINSTANCE.createAnnotation();
        annotation.setId(Documents.newId());
        int begin = cnn.getText().indexOf("Musa Ibrahim");
        TextAnchors.anchor(annotation, cnn, begin, begin + "Musa Ibrahim".length());
        annotation.setCode(document.getAssignment().getCodebook().getLayers().get(0).getCodes().get(0));
        document.getAnnotations().add(annotation);
        return document;
    }
}
