package org.framebench.ui.editor;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.framebench.core.corpus.CorpusException;
import org.framebench.core.corpus.CorpusLoader;
import org.framebench.core.document.DocumentException;
import org.framebench.core.document.DocumentStore;
import org.framebench.core.document.Documents;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Role;
import org.framebench.ui.Messages;
import org.framebench.ui.internal.FramebenchUiPlugin;

/** Opens documents in the workbench, telling the user in plain words when that fails. */
public final class DocumentOpener {

    private DocumentOpener() {
    }

    /** Opens a new student document on the bundled four-article assignment. */
    public static DocumentEditor openDefaultAssignment(IWorkbenchPage page) {
        try {
            AnnotationDocument document = Documents.newDocument(CorpusLoader.loadDefault(), Role.STUDENT);
            return open(page, new DocumentEditorInput(document, null));
        } catch (CorpusException e) {
            FramebenchUiPlugin.log("default assignment", e);
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), Messages.Open_failedTitle,
                    NLS.bind(Messages.Open_defaultFailed, e.getMessage()));
            return null;
        }
    }

    /** Opens a saved document; a file that cannot be read is explained and nothing else changes. */
    public static DocumentEditor openFile(IWorkbenchPage page, Path file) {
        try {
            AnnotationDocument document = DocumentStore.load(file);
            return open(page, new DocumentEditorInput(document, file.toAbsolutePath()));
        } catch (DocumentException e) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), Messages.Open_failedTitle, e.getMessage());
            return null;
        }
    }

    private static DocumentEditor open(IWorkbenchPage page, DocumentEditorInput input) {
        try {
            return (DocumentEditor) page.openEditor(input, DocumentEditor.ID);
        } catch (PartInitException e) {
            FramebenchUiPlugin.log("open editor", e);
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), Messages.Open_failedTitle, e.getMessage());
            return null;
        }
    }
}
