package org.framebench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.framebench.core.document.DocumentStore;
import org.framebench.core.edit.AnnotationCommands;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.LinkKind;
import org.framebench.ui.editor.DocumentEditor;
import org.framebench.ui.editor.DocumentOpener;
import org.framebench.ui.internal.StudentIdentity;
import org.framebench.ui.testing.UiDriver;
import org.framebench.ui.testing.UiWatch;
import org.framebench.ui.views.AnnotationDetailsView;
import org.framebench.ui.views.LinkDialog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A control character pasted into a note (U+000B comes along when copying from some word processors) once
 * made every save fail. Wherever a student's text enters the document it is cleaned: the character vanishes,
 * tabs and newlines stay, and the work saves and reopens.
 */
class CleanInputTest {

    @TempDir
    Path folder;

    private IWorkbenchPage page;
    private DocumentEditor editor;

    @BeforeEach
    void open() {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.closeAllEditors(false);
        editor = DocumentOpener.openDefaultAssignment(page);
        UiDriver.flush();
    }

    @AfterEach
    void close() {
        page.closeAllEditors(false);
        UiDriver.flush();
    }

    @Test
    void controlCharactersTypedOrPastedNeverReachTheFile() throws Exception {
        UiDriver.selectAndPress(editor.getPanes().get(0).getText(), "Musa Ibrahim", '1');
        Annotation musa = editor.getSelectedAnnotation();
        AnnotationDetailsView details = (AnnotationDetailsView) page.showView(AnnotationDetailsView.ID);
        UiDriver.flush();

        // Paste into the Note field through the clipboard, as Ctrl+V does.
        Text note = details.noteField();
        note.setFocus();
        Clipboard clipboard = new Clipboard(Display.getCurrent());
        try {
            clipboard.setContents(new Object[] { "He is named\u000B, with his role:\tspokesman\nyes" },
                    new Transfer[] { TextTransfer.getInstance() });
            note.paste();
            UiDriver.flush();
        } finally {
            clipboard.dispose();
        }
        assertEquals("He is named, with his role:\tspokesman\nyes", note.getText(), "the field shows what is kept");
        details.commitPending();
        assertEquals("He is named, with his role:\tspokesman\nyes", musa.getNote());

        // A text attribute, typed with a stray control character.
        Text role = (Text) details.attributeField("role");
        role.setFocus();
        role.setText("government\u0001 spokesman");
        details.commitPending();
        assertEquals("government spokesman", AnnotationCommands.attribute(musa, "role"));

        // A link note.
        UiDriver.selectAndPress(editor.getPanes().get(3).getText(), "Moussa Ibrahim", '1');
        Annotation moussa = editor.getSelectedAnnotation();
        editor.reveal(musa);
        UiDriver.flush();
        UiDriver.answerDialog("Link annotation",
                shell -> ((LinkDialog) shell.getData()).choose(moussa, LinkKind.SAME_SOURCE, "Musa\u001B = Moussa"),
                "Link", () -> UiDriver.findButton(details.noteField().getParent(), "Link to\u2026")
                        .notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event()));
        AnnotationDocument document = editor.getDocument();
        assertEquals(1, document.getLinks().size());
        assertEquals("Musa = Moussa", document.getLinks().get(0).getNote());

        // The name and student id asked at the first save.
        StudentIdentity.remember("", "");
        Path file = folder.resolve("clean.fbench");
        boolean[] saved = new boolean[1];
        UiDriver.answerDialog("Who is annotating?", shell -> {
            java.util.List<Text> fields = UiDriver.editableTexts(shell);
            fields.get(0).setText("Ama\u000C Mensah");
            fields.get(1).setText("s10\u000024");
        }, "OK", () -> saved[0] = editor.saveTo(file));
        assertTrue(saved[0], "saved");
        assertEquals("Ama Mensah", document.getAnnotatorName());
        assertEquals("s1024", document.getAnnotatorId());

        try (UiWatch watch = UiWatch.start()) {
            AnnotationDocument reopened = DocumentStore.load(file);
            assertEquals("He is named, with his role:\tspokesman\nyes", reopened.getAnnotations().get(0).getNote());
            assertEquals("Ama Mensah", reopened.getAnnotatorName());
            watch.assertNone();
        }
    }
}
