package org.framebench.ui.editor;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.framebench.core.document.DocumentException;
import org.framebench.core.document.DocumentStore;
import org.framebench.core.key.Keys;
import org.framebench.model.AnnotationDocument;
import org.framebench.ui.Messages;
import org.framebench.ui.internal.FramebenchUiPlugin;

/** Keys made from a document: saved as a copy (Save As Key…), or opened unsaved to refine (draft keys). */
public final class KeyCopies {

    private KeyCopies() {
    }

    /**
     * Writes a copy of {@code document} as a key to {@code target} (role key, a new id, {@code author} as
     * annotator). The document itself, its editor and its own file are not changed; {@code target} may not
     * be that file. Tells the user what happened. @return true when the key was written
     */
    public static boolean saveAsKey(Shell shell, AnnotationDocument document, Path ownFile, Path target, String author) {
        if (ownFile != null && sameFile(ownFile, target)) {
            MessageDialog.openError(shell, Messages.Key_saveFailedTitle, NLS.bind(Messages.Key_notOverOwnFile,
                    target.getFileName()));
            return false;
        }
        AnnotationDocument key = Keys.asKey(document, author);
        try {
            DocumentStore.save(key, target);
        } catch (DocumentException e) {
            FramebenchUiPlugin.log("save as key", e);
            MessageDialog.openError(shell, Messages.Key_saveFailedTitle, NLS.bind(Messages.Key_saveFailed, e.getMessage()));
            return false;
        }
        MessageDialog.openInformation(shell, Messages.Key_savedTitle, NLS.bind(Messages.Key_saved, target.getFileName(),
                author));
        return true;
    }

    /**
     * Opens {@code key} (a key not yet saved anywhere) in the annotating editor, marked as unsaved, so the
     * instructor refines it and saves it with Save.
     */
    public static DocumentEditor openUnsaved(IWorkbenchPage page, AnnotationDocument key) {
        DocumentEditorInput input = new DocumentEditorInput(key, null);
        input.setUnsavedChanges(true);
        return DocumentOpener.open(page, input);
    }

    private static boolean sameFile(Path a, Path b) {
        if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) {
            return true;
        }
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
