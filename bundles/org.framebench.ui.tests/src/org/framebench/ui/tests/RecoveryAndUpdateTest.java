package org.framebench.ui.tests;

import org.framebench.ui.testing.UiDriver;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.framebench.core.corpus.CorpusLoader;
import org.framebench.core.document.DocumentStore;
import org.framebench.core.document.Documents;
import org.framebench.core.recovery.RecoverableDocument;
import org.framebench.core.recovery.RecoveryStore;
import org.framebench.core.text.Digests;
import org.framebench.core.text.TextAnchors;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.FramebenchFactory;
import org.framebench.model.Role;
import org.framebench.ui.editor.DocumentEditor;
import org.framebench.ui.editor.DocumentOpener;
import org.framebench.ui.editor.RecoveryOffer;
import org.framebench.ui.internal.FramebenchUiPlugin;
import org.framebench.ui.internal.StudentIdentity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Autosave, the offer of recovered work at start-up, and re-anchoring when an article's text changed. */
class RecoveryAndUpdateTest {

    @TempDir
    Path folder;

    private IWorkbenchPage page;
    private RecoveryStore store;

    @BeforeEach
    void setUp() {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        store = FramebenchUiPlugin.getDefault().getRecovery().getStore();
        // The periodic autosave (every 5 s) must not take the copy these tests take and check themselves.
        FramebenchUiPlugin.getDefault().getRecovery().stop();
        page.closeAllEditors(false);
        UiDriver.flush();
    }

    @AfterEach
    void tearDown() {
        page.closeAllEditors(false);
        UiDriver.flush();
        FramebenchUiPlugin.getDefault().getRecovery().start(PlatformUI.getWorkbench());
    }

    @Test
    void autosaveKeepsDirtyWorkAndACloseOnPurposeDiscardsIt() throws Exception {
        DocumentEditor editor = DocumentOpener.openDefaultAssignment(page);
        UiDriver.selectAndPress(editor.getPanes().get(0).getText(), "Musa Ibrahim", '1');
        String id = editor.getDocument().getId();

        Job job = FramebenchUiPlugin.getDefault().getRecovery().autosave(editor, Instant.now(), true);
        assertNotNull(job, "dirty work is due for a copy");
        job.join();
        RecoverableDocument copy = find(id);
        assertNotNull(copy, "the copy is there");
        assertEquals(1, copy.annotationCount());
        assertNull(FramebenchUiPlugin.getDefault().getRecovery().autosave(editor, Instant.now(), true),
                "nothing changed since the copy: no second write");

        page.closeEditor(editor, false);
        UiDriver.flush();
        assertNull(find(id), "closed without saving on purpose: nothing to recover");
    }

    @Test
    void workLeftByACrashIsOfferedAndOpensAsUnsaved() throws Exception {
        AnnotationDocument lost = document("Ama Mensah", "s1024");
        store.save(lost, null);
        List<DocumentEditor> opened = new ArrayList<>();

        List<String> shown = UiDriver.answerDialog("Recover unsaved work", "Open Recovered Work",
                () -> opened.addAll(RecoveryOffer.offer(page, store)));

        assertTrue(shown.stream().anyMatch(t -> t.contains("Ama Mensah: 2 annotations") && t.contains("never saved")),
                shown.toString());
        assertEquals(1, opened.size());
        DocumentEditor editor = opened.get(0);
        assertTrue(EcoreUtil.equals(lost, editor.getDocument()), "the recovered work is what was lost");
        assertTrue(editor.isDirty(), "recovered work is unsaved until the student saves it");
        assertNull(editor.getFile());

        StudentIdentity.remember("Ama Mensah", "s1024");
        assertTrue(editor.saveTo(folder.resolve("recovered.fbench")));
        assertFalse(editor.isDirty());
        assertNull(find(lost.getId()), "saved: the recovery copy is gone");
        assertEquals(2, DocumentStore.load(folder.resolve("recovered.fbench")).getAnnotations().size());
    }

    @Test
    void declinedRecoveryIsDiscardedOnceConfirmed() throws Exception {
        AnnotationDocument lost = document("Kofi Boateng", "s2048");
        store.save(lost, null);
        List<DocumentEditor> opened = new ArrayList<>();
        UiDriver.answerDialog("Delete unsaved work", "Delete for Good", () -> UiDriver.answerDialog("Recover unsaved work",
                "Discard...", () -> opened.addAll(RecoveryOffer.offer(page, store))));
        assertTrue(opened.isEmpty());
        assertNull(find(lost.getId()));
    }

    @Test
    void fileWithAnOlderArticleTextIsReanchoredAndUnplacedAnnotationsAreKept() throws Exception {
        // A file made when the CNN text had a kicker line the bundled text no longer has.
        AnnotationDocument old = Documents.newDocument(CorpusLoader.loadDefault(), Role.STUDENT);
        old.setAnnotatorName("Ama Mensah");
        old.setAnnotatorId("s1024");
        Article cnn = old.getAssignment().getArticles().get(0);
        String kicker = "Breaking: envoys meet in secret.\n";
        String current = cnn.getText();
        cnn.setText(kicker + current);
        cnn.setSha256(Digests.sha256(cnn.getText()));
        Annotation musa = annotate(old, cnn, "Musa Ibrahim", "S1");
        Annotation secret = annotate(old, cnn, "in secret", "F6");
        Path file = folder.resolve("older.fbench");
        DocumentStore.save(old, file);

        DocumentEditor[] editor = new DocumentEditor[1];
        List<String> shown = UiDriver.answerDialog("Articles updated", "OK",
                () -> editor[0] = DocumentOpener.openFile(page, file));

        String message = String.join("\n", shown);
        assertTrue(message.contains("1 of 2 annotations on it were placed"), message);
        assertTrue(message.contains("in secret"), "the unplaced one is named: " + message);
        AnnotationDocument opened = editor[0].getDocument();
        assertEquals(current, opened.getAssignment().getArticles().get(0).getText(), "the current text");
        Annotation movedMusa = opened.getAnnotations().get(0);
        assertEquals(current.indexOf("Musa Ibrahim"), movedMusa.getBegin(), "moved with the text");
        assertEquals(musa.getCoveredText(), movedMusa.getCoveredText());
        assertEquals(2, opened.getAnnotations().size(), "the unplaced annotation is kept, never dropped");
        assertEquals(secret.getId(), opened.getAnnotations().get(1).getId());
        assertTrue(editor[0].isDirty(), "the re-anchored document is unsaved");
        assertNotNull(editor[0].getPanes().get(0).styleAt(movedMusa.getBegin()), "the moved one is painted");
        assertEquals(1, editor[0].getPanes().get(0).annotationsAt(movedMusa.getBegin()).size());
    }

    private RecoverableDocument find(String id) {
        return store.list().recoverable().stream().filter(r -> r.documentId().equals(id)).findFirst().orElse(null);
    }

    private static AnnotationDocument document(String name, String id) throws Exception {
        AnnotationDocument document = Documents.newDocument(CorpusLoader.loadDefault(), Role.STUDENT);
        document.setAnnotatorName(name);
        document.setAnnotatorId(id);
        Article cnn = document.getAssignment().getArticles().get(0);
        annotate(document, cnn, "Musa Ibrahim", "S1");
        annotate(document, cnn, "a first step", "A1");
        return document;
    }

    static Annotation annotate(AnnotationDocument document, Article article, String phrase, String code) {
        Annotation annotation = FramebenchFactory.eINSTANCE.createAnnotation();
        annotation.setId(Documents.newId());
        int begin = article.getText().indexOf(phrase);
        TextAnchors.anchor(annotation, article, begin, begin + phrase.length());
        annotation.setCode(org.framebench.core.codebook.Codebooks
                .findById(document.getAssignment().getCodebook(), code).orElseThrow());
        document.getAnnotations().add(annotation);
        return annotation;
    }
}
