package org.framebench.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.ui.IWorkbenchWindow;
import org.framebench.ui.Messages;
import org.framebench.ui.editor.DocumentOpener;

/**
 * A file dropped onto the window: a {@code .fbench} document opens (as File → Open would); any other file
 * is named in a plain message and not opened.
 */
public final class FileDrop extends DropTargetAdapter {

    private final IWorkbenchWindow window;

    public FileDrop(IWorkbenchWindow window) {
        this.window = window;
    }

    @Override
    public void dragEnter(DropTargetEvent event) {
        if (FileTransfer.getInstance().isSupportedType(event.currentDataType)) {
            event.detail = DND.DROP_COPY;
        }
    }

    @Override
    public void dragOperationChanged(DropTargetEvent event) {
        dragEnter(event);
    }

    @Override
    public void drop(DropTargetEvent event) {
        if (event.data instanceof String[] names) {
            // After the drop has ended: a dialog inside the drop would hold the file manager's drag.
            window.getShell().getDisplay().asyncExec(() -> open(names));
        }
    }

    /** Opens the documents among {@code names}; says which others are not documents. */
    public void open(String[] names) {
        if (window.getShell() == null || window.getShell().isDisposed()) {
            return;
        }
        List<String> foreign = new ArrayList<>();
        for (String name : names) {
            if (name.toLowerCase(Locale.ROOT).endsWith(".fbench") || name.toLowerCase(Locale.ROOT).endsWith(".fbassign")) {
                DocumentOpener.openFile(window.getActivePage(), name);
            } else {
                foreign.add(java.nio.file.Paths.get(name).getFileName().toString());
            }
        }
        if (!foreign.isEmpty()) {
            MessageDialog.openInformation(window.getShell(), Messages.Drop_notDocumentTitle,
                    NLS.bind(Messages.Drop_notDocument, String.join(", ", foreign)));
        }
    }
}
