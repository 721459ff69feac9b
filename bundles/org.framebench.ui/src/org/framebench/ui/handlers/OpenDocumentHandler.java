package org.framebench.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.framebench.ui.Messages;
import org.framebench.ui.editor.DocumentOpener;

/** File → Open…: a saved .fbench file (or an assignment, .fbassign, which starts a new document). */
public class OpenDocumentHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] { "*.fbench;*.fbassign", "*.*" });
        dialog.setFilterNames(new String[] { Messages.Editor_fileFilter, Messages.Editor_allFiles });
        String chosen = dialog.open();
        if (chosen != null) {
            DocumentOpener.openFile(window.getActivePage(), chosen);
        }
        return null;
    }
}
