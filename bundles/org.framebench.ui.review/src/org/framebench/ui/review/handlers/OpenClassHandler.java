package org.framebench.ui.review.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.framebench.ui.review.ClassOpener;
import org.framebench.ui.review.OpenClassDialog;

/** File → Open Class…: a folder of students' files and, optionally, a key. */
public class OpenClassHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        OpenClassDialog dialog = new OpenClassDialog(window.getShell());
        if (dialog.open() == Window.OK) {
            ClassOpener.open(window, dialog.getFolder(), dialog.getKey(), dialog.getInstructor());
        }
        return null;
    }
}
