package org.framebench.ui.review;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.WorkbenchException;
import org.framebench.model.AnnotationDocument;
import org.framebench.ui.editor.DocumentEditor;
import org.framebench.ui.editor.KeyCopies;

/** Opens a draft key, not yet saved anywhere, in the annotating editor (the Annotate perspective). */
public final class KeyDrafts {

    /** The Annotate perspective's id (org.framebench.ui). */
    private static final String ANNOTATE_PERSPECTIVE = "org.framebench.ui.perspective";

    private KeyDrafts() {
    }

    public static DocumentEditor open(IWorkbenchWindow window, AnnotationDocument key) {
        IWorkbenchPage page;
        try {
            page = window.getWorkbench().showPerspective(ANNOTATE_PERSPECTIVE, window);
        } catch (WorkbenchException e) {
            page = window.getActivePage(); // the editor still opens; only the layout switch failed
        }
        DocumentEditor editor = KeyCopies.openUnsaved(page, key);
        if (editor == null) {
            MessageDialog.openError(window.getShell(), Messages.Key_title, Messages.Key_openFailed);
        }
        return editor;
    }
}
