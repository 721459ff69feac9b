package org.framebench.ui.editor;

import java.net.URI;
import java.nio.file.Path;

import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorMatchingStrategy;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.PartInitException;

/**
 * The inputs an Eclipse IDE hands the editor for a file: a workspace file from the Project Explorer
 * (FileEditorInput, an {@link IPathEditorInput}, org.eclipse.ui.workbench) or a file outside the workspace
 * from File → Open File (FileStoreEditorInput, an IURIEditorInput of org.eclipse.ui.ide: an optional
 * dependency, so the standalone product needs no IDE bundle).
 */
public final class FileInputs implements IEditorMatchingStrategy {

    /** The local file {@code input} stands for, or null (an untitled document, a file not on this disk). */
    public static Path pathOf(IEditorInput input) {
        if (input instanceof DocumentEditorInput document) {
            return document.getFile();
        }
        if (input instanceof IPathEditorInput pathInput) {
            try {
                return pathInput.getPath().toFile().toPath().toAbsolutePath();
            } catch (RuntimeException e) {
                // a path that is not local (IPathEditorInput may refuse): try its URI
            }
        }
        if (org.eclipse.core.runtime.Platform.getBundle("org.eclipse.ui.ide") != null) {
            try {
                URI uri = Ide.uriOf(input);
                if (uri != null && "file".equalsIgnoreCase(uri.getScheme())) {
                    return Path.of(uri).toAbsolutePath();
                }
            } catch (LinkageError e) {
                // org.eclipse.ui.ide installed but not resolved: no IDE inputs to read
            }
        }
        return null;
    }

    /** Loaded only where org.eclipse.ui.ide (an optional dependency: IURIEditorInput) is there. */
    private static final class Ide {
        static URI uriOf(IEditorInput input) {
            return input instanceof org.eclipse.ui.IURIEditorInput uriInput ? uriInput.getURI() : null;
        }
    }

    /**
     * {@code input} as the editor's own input: read from the file it names.
     *
     * @throws PartInitException naming the input when it is no local file, or what is wrong with the file
     */
    public static DocumentEditorInput toDocumentInput(org.eclipse.swt.widgets.Shell shell, IEditorInput input)
            throws PartInitException {
        if (input instanceof DocumentEditorInput document) {
            return document;
        }
        Path file = pathOf(input);
        if (file == null) {
            throw new PartInitException(org.eclipse.osgi.util.NLS.bind(
                    org.framebench.ui.Messages.Editor_notADocument, input.getName()));
        }
        return DocumentOpener.inputForFile(shell, file);
    }

    /** The same file opened again (from the Project Explorer, or after File → Open) shows its open editor. */
    @Override
    public boolean matches(IEditorReference editorRef, IEditorInput input) {
        Path file = pathOf(input);
        if (file == null) {
            return false;
        }
        try {
            return file.equals(pathOf(editorRef.getEditorInput()));
        } catch (PartInitException e) {
            return false;
        }
    }
}
