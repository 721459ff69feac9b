package org.framebench.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;
import org.framebench.ui.editor.DocumentOpener;

/** File → New Annotations: a fresh document on the bundled four-article assignment. */
public class NewDocumentHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        DocumentOpener.openDefaultAssignment(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage());
        return null;
    }
}
