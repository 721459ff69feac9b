package org.framebench.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.framebench.ui.views.AnnotationDetailsView;
import org.framebench.ui.views.LinkDialog;

/** Annotate → Link to…: links the selected annotation to another one. */
public class LinkAnnotationHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
        try {
            AnnotationDetailsView details = (AnnotationDetailsView) page.showView(AnnotationDetailsView.ID, null,
                    IWorkbenchPage.VIEW_VISIBLE);
            if (details.codeCombo() == null || details.codeCombo().isDisposed()) {
                return null;
            }
            LinkDialog dialog = details.createLinkDialog();
            if (dialog.open() == Window.OK) {
                details.link(dialog.getTarget(), dialog.getKind(), dialog.getNote());
            }
        } catch (PartInitException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        return null;
    }
}
