package org.framebench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.framebench.core.codebook.Codebooks;
import org.framebench.core.corpus.CorpusLoader;
import org.framebench.core.document.DocumentStore;
import org.framebench.core.document.Documents;
import org.framebench.core.text.Digests;
import org.framebench.core.text.TextAnchors;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.FramebenchFactory;
import org.framebench.model.Role;
import org.framebench.ui.editor.DocumentEditor;
import org.framebench.ui.editor.DocumentOpener;
import org.framebench.ui.testing.UiDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8: a file whose article text is about 5,000 characters longer than the bundled one did not open
 * at all (re-anchoring crashed and nothing was shown). It opens on the bundled text, says what could not
 * be placed, and the unplaced annotations (whose old offsets lie past the end of the text) can be
 * selected without errors.
 */
class LongerArticleTextTest {

    @TempDir
    Path folder;

    private IWorkbenchPage page;
    private final List<IStatus> logged = new CopyOnWriteArrayList<>();
    private final ILogListener listener = (status, plugin) -> {
        if (status.getSeverity() == IStatus.ERROR) {
            logged.add(status);
        }
    };

    @BeforeEach
    void setUp() {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.closeAllEditors(false);
        UiDriver.flush();
        Platform.addLogListener(listener);
    }

    @AfterEach
    void tearDown() {
        page.closeAllEditors(false);
        UiDriver.flush();
        Platform.removeLogListener(listener);
    }

    @Test
    void fileWithFiveThousandMoreCharactersOpensAndSaysWhatCouldNotBePlaced() throws Exception {
        AnnotationDocument longer = Documents.newDocument(CorpusLoader.loadDefault(), Role.STUDENT);
        longer.setAnnotatorName("Ama Mensah");
        longer.setAnnotatorId("s1024");
        Article cnn = longer.getAssignment().getArticles().get(0);
        String bundled = cnn.getText();
        StringBuilder added = new StringBuilder("\n");
        for (int i = 1; added.length() < 5_000; i++) {
            added.append("Update ").append(i).append(": the talks went on late into the night. ");
        }
        cnn.setText(bundled + added);
        cnn.setSha256(Digests.sha256(cnn.getText()));
        Annotation musa = annotate(longer, cnn, bundled.indexOf("Musa Ibrahim"), "Musa Ibrahim".length(), "S1");
        String tailPhrase = "Update 95: the talks";
        int tail = cnn.getText().indexOf(tailPhrase);
        assertTrue(tail > bundled.length() + 4_000, "the second annotation lies far past the bundled text's end");
        Annotation late = annotate(longer, cnn, tail, tailPhrase.length(), "F6");
        Path file = folder.resolve("longer.fbench");
        DocumentStore.save(longer, file);

        DocumentEditor[] editor = new DocumentEditor[1];
        List<String> shown = UiDriver.answerDialog("Articles updated", "OK",
                () -> editor[0] = DocumentOpener.openFile(page, file));

        String message = String.join("\n", shown);
        assertTrue(message.contains("1 of 2 annotations on it were placed"), message);
        assertTrue(message.contains(tailPhrase), "the unplaced one is named: " + message);
        assertNotNull(editor[0], "the file opened");
        AnnotationDocument opened = editor[0].getDocument();
        assertEquals(bundled, opened.getAssignment().getArticles().get(0).getText(), "on the bundled text");
        assertEquals(bundled, editor[0].getPanes().get(0).getText().getText(), "shown in the article's pane");
        Annotation movedMusa = opened.getAnnotations().get(0);
        assertEquals(musa.getId(), movedMusa.getId());
        assertEquals(bundled.indexOf("Musa Ibrahim"), movedMusa.getBegin());
        assertNotNull(editor[0].getPanes().get(0).styleAt(movedMusa.getBegin()), "the placed one is painted");
        Annotation unplaced = opened.getAnnotations().get(1);
        assertEquals(late.getId(), unplaced.getId());
        assertEquals(tail, unplaced.getBegin(), "kept as it was, past the end of the text");
        assertTrue(editor[0].isDirty(), "the re-anchored document is unsaved");

        // Jumping to the unplaced one (as a double-click in the Annotations list does) and pressing
        // Alt+Right on it must not fail: it lies outside the text.
        editor[0].reveal(unplaced);
        UiDriver.flush();
        assertSame(unplaced, editor[0].getSelectedAnnotation());
        UiDriver.pressKeyCode(editor[0].getPanes().get(0).getText(), SWT.ARROW_RIGHT, SWT.ALT);
        UiDriver.flush();
        assertEquals(tail, unplaced.getBegin(), "an unplaced annotation is not resized");
        assertNull(firstError(), () -> "the log gained an error: " + firstError());
    }

    private String firstError() {
        if (logged.isEmpty()) {
            return null;
        }
        IStatus status = logged.get(0);
        return status.getMessage() + (status.getException() == null ? "" : " " + status.getException());
    }

    private static Annotation annotate(AnnotationDocument document, Article article, int begin, int length, String code) {
        Annotation annotation = FramebenchFactory.eINSTANCE.createAnnotation();
        annotation.setId(Documents.newId());
        TextAnchors.anchor(annotation, article, begin, begin + length);
        annotation.setCode(Codebooks.findById(document.getAssignment().getCodebook(), code).orElseThrow());
        document.getAnnotations().add(annotation);
        return annotation;
    }
}
