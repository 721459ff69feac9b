package org.framebench.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.framebench.ui.Messages;
import org.framebench.ui.editor.DocumentOpener;

/** File → Open Assignment…: a .fbassign file an instructor handed out; a new document for it opens. */
public class OpenAssignmentHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
        dialog.setText(Messages.OpenAssignment_title);
        dialog.setFilterExtensions(new String[] { "*.fbassign", "*.*" });
        dialog.setFilterNames(new String[] { Messages.OpenAssignment_filter, Messages.Editor_allFiles });
        String chosen = dialog.open();
        if (chosen != null) {
            DocumentOpener.openFile(window.getActivePage(), chosen);
        }
        return null;
    }
}
