package org.framebench.grading.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.framebench.core.document.DocumentStore;
import org.framebench.core.text.Digests;
import org.framebench.grading.GradingException;
import org.framebench.grading.key.KeyAdjudication;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.Link;
import org.framebench.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Accepting a student's annotation into the key and removing one from it, UI-free: what is copied, re-anchoring
 * onto the key's text, undo and redo saving the key's file, and a failed save taking the change back.
 */
class KeyAdjudicationTest {

    @TempDir
    Path folder;

    private AnnotationDocument key() throws Exception {
        AnnotationDocument key = Fixtures.document(Role.KEY, "Instructor", "");
        Fixtures.annotate(key, "cnn", "S1", 10, 30);
        Fixtures.annotate(key, "cnn", "A1", 100, 150);
        return key;
    }

    @Test
    void acceptCopiesSpanCodeAndAttributesWithANewIdAndUndoRedoSaveTheFile() throws Exception {
        Path file = folder.resolve("key.fbench");
        AnnotationDocument key = key();
        DocumentStore.save(key, file);
        AnnotationDocument student = Fixtures.document(Role.STUDENT, "Ann", "s1");
        Annotation s2 = Fixtures.annotate(student, "cnn", "S2", 400, 420);
        Fixtures.attribute(s2, "identification", "named");
        s2.setNote("my note");

        KeyAdjudication edits = new KeyAdjudication(key, file);
        Annotation added = edits.accept(s2);
        assertSame(Fixtures.article(key, "cnn"), added.getArticle(), "on the key's own article");
        assertSame(org.framebench.core.codebook.Codebooks.findById(key.getAssignment().getCodebook(), "S2").orElseThrow(),
                added.getCode(), "the key's own codebook's code");
        assertEquals(List.of(400, 420), List.of(added.getBegin(), added.getEnd()));
        assertEquals("named", added.getAttributeValues().get(0).getValue());
        assertNull(added.getNote());
        assertNotEquals(s2.getId(), added.getId());
        assertEquals(3, DocumentStore.load(file).getAnnotations().size(), "saved at once");
        assertEquals("Accept S2 into the key", edits.undoLabel());

        GradingException twice = assertThrows(GradingException.class, () -> edits.accept(s2));
        assertTrue(twice.getMessage().contains("already"), twice.getMessage());

        edits.undo();
        assertEquals(2, key.getAnnotations().size());
        assertEquals(2, DocumentStore.load(file).getAnnotations().size());
        edits.redo();
        assertEquals(3, DocumentStore.load(file).getAnnotations().size());
        assertFalse(edits.canRedo());
    }

    @Test
    void removeTakesTheKeysLinksToItAlongAndUndoPutsThemBack() throws Exception {
        Path file = folder.resolve("key.fbench");
        AnnotationDocument key = key();
        Link link = Fixtures.link(key, key.getAnnotations().get(0), key.getAnnotations().get(1));
        DocumentStore.save(key, file);
        KeyAdjudication edits = new KeyAdjudication(key, file);
        Annotation a1 = key.getAnnotations().get(1);
        edits.remove(a1);
        AnnotationDocument saved = DocumentStore.load(file);
        assertEquals(List.of("S1"), saved.getAnnotations().stream().map(a -> a.getCode().getId()).toList());
        assertEquals(0, saved.getLinks().size(), "no link left pointing at nothing");
        edits.undo();
        saved = DocumentStore.load(file);
        assertEquals(2, saved.getAnnotations().size());
        assertEquals(1, saved.getLinks().size());
        assertSame(link, key.getLinks().get(0));
        Annotation notInKey = Fixtures.annotate(Fixtures.document(Role.STUDENT, "X", "x"), "cnn", "S1", 10, 30);
        assertThrows(GradingException.class, () -> edits.remove(notInKey));
    }

    @Test
    void aStudentsOtherVersionOfTheTextIsReanchoredOntoTheKeys() throws Exception {
        Path file = folder.resolve("key.fbench");
        AnnotationDocument key = key();
        DocumentStore.save(key, file);
        AnnotationDocument student = Fixtures.document(Role.STUDENT, "Ann", "s1");
        Article cnn = Fixtures.article(student, "cnn");
        String inserted = "An older sentence the key's version no longer has. ";
        cnn.setText(inserted + cnn.getText());
        cnn.setSha256(Digests.sha256(cnn.getText()));
        int begin = inserted.length() + 400;
        Annotation s2 = Fixtures.annotate(student, "cnn", "S2", begin, begin + 20);

        Annotation added = new KeyAdjudication(key, file).accept(s2);
        assertEquals(List.of(400, 420), List.of(added.getBegin(), added.getEnd()), "found again in the key's text");
        assertEquals(s2.getCoveredText(), added.getCoveredText());

        Annotation gone = Fixtures.annotate(student, "cnn", "S3", 0, inserted.length() - 1);
        GradingException refused = assertThrows(GradingException.class, () -> new KeyAdjudication(key, file).accept(gone));
        assertTrue(refused.getMessage().contains("could not be found"), refused.getMessage());
    }

    @Test
    void aKeyThatCannotBeSavedIsTakenBackInMemoryAndNothingIsLeftToUndoOrRedo() throws Exception {
        Path keys = Files.createDirectory(folder.resolve("keys"));
        Path file = keys.resolve("key.fbench");
        AnnotationDocument key = key();
        DocumentStore.save(key, file);
        byte[] before = Files.readAllBytes(file);
        KeyAdjudication edits = new KeyAdjudication(key, file);
        edits.remove(key.getAnnotations().get(0));
        byte[] afterRemove = Files.readAllBytes(file);

        // The key's folder goes away; even root cannot write into a folder that is now a plain file.
        Path moved = Files.move(keys, folder.resolve("moved"));
        Files.writeString(keys, "in the way");
        AnnotationDocument student = Fixtures.document(Role.STUDENT, "Ann", "s1");
        Annotation s2 = Fixtures.annotate(student, "cnn", "S2", 400, 420);
        GradingException failed = assertThrows(GradingException.class, () -> edits.accept(s2));
        assertInstanceOf(KeyAdjudication.KeyNotSavedException.class, failed);
        assertTrue(failed.getMessage().contains("key.fbench"), failed.getMessage());
        assertEquals(1, key.getAnnotations().size(), "taken back in memory");
        assertFalse(edits.canRedo(), "a change that was never saved cannot be redone");
        assertEquals("Remove S1 from the key", edits.undoLabel(), "the saved change is still the one to undo");

        // Undo cannot be saved either: the removal stays, as the file has it.
        assertThrows(KeyAdjudication.KeyNotSavedException.class, edits::undo);
        assertEquals(1, key.getAnnotations().size());
        assertTrue(edits.canUndo());
        assertArrayEquals(afterRemove, Files.readAllBytes(moved.resolve("key.fbench")));
        assertNotEquals(before.length, afterRemove.length);
    }
}
