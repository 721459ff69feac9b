package org.framebench.ui.internal;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IPropertyListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartConstants;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PerspectiveAdapter;
import org.framebench.ui.Messages;

/**
 * The window's title names the document being worked on, with a {@code *} while it has unsaved changes:
 * "*ama.fbench — Framebench". Just "Framebench" when no document is open.
 */
public final class WindowTitle {

    private final IWorkbenchWindow window;
    private final java.util.function.Consumer<String> setTitle;
    private final IPropertyListener editorChanged = (source, property) -> {
        if (property == IWorkbenchPartConstants.PROP_DIRTY || property == IWorkbenchPartConstants.PROP_TITLE
                || property == IWorkbenchPartConstants.PROP_INPUT) {
            update();
        }
    };

    private WindowTitle(IWorkbenchWindow window, java.util.function.Consumer<String> setTitle) {
        this.window = window;
        this.setTitle = setTitle;
    }

    /** Keeps {@code window}'s title up to date from now on, through {@code setTitle} (the window configurer's). */
    public static void install(IWorkbenchWindow window, java.util.function.Consumer<String> setTitle) {
        WindowTitle title = new WindowTitle(window, setTitle);
        window.getPartService().addPartListener(new IPartListener2() {
            @Override
            public void partOpened(IWorkbenchPartReference reference) {
                IWorkbenchPart part = reference.getPart(false);
                if (part instanceof IEditorPart) {
                    part.addPropertyListener(title.editorChanged);
                }
                title.update();
            }

            @Override
            public void partClosed(IWorkbenchPartReference reference) {
                IWorkbenchPart part = reference.getPart(false);
                if (part != null) {
                    part.removePropertyListener(title.editorChanged);
                }
                title.update();
            }

            @Override
            public void partActivated(IWorkbenchPartReference reference) {
                title.update();
            }

            @Override
            public void partBroughtToTop(IWorkbenchPartReference reference) {
                title.update();
            }

            @Override
            public void partInputChanged(IWorkbenchPartReference reference) {
                title.update();
            }
        });
        window.addPerspectiveListener(new PerspectiveAdapter() {
            @Override
            public void perspectiveActivated(IWorkbenchPage page, org.eclipse.ui.IPerspectiveDescriptor perspective) {
                title.update();
            }
        });
        // Editors already open (a document opened before the window's listeners were in place).
        IWorkbenchPage page = window.getActivePage();
        if (page != null) {
            for (org.eclipse.ui.IEditorReference reference : page.getEditorReferences()) {
                IEditorPart editor = reference.getEditor(false);
                if (editor != null) {
                    editor.addPropertyListener(title.editorChanged);
                }
            }
        }
        title.update();
    }

    /** The title for the active document (or none). */
    public static String titleFor(IEditorPart editor) {
        if (editor == null) {
            return Messages.Window_title;
        }
        return NLS.bind(Messages.Window_titleWithDocument, (editor.isDirty() ? "*" : "") + editor.getTitle());
    }

    private void update() {
        Shell shell = window.getShell();
        if (shell == null || shell.isDisposed()) {
            return;
        }
        IWorkbenchPage page = window.getActivePage();
        String title = titleFor(page == null ? null : page.getActiveEditor());
        if (!title.equals(shell.getText())) {
            setTitle.accept(title);
        }
    }
}
