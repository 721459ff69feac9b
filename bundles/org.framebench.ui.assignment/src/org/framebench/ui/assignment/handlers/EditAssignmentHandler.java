package org.framebench.ui.assignment.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.framebench.ui.assignment.AssignmentWizardDialog;
import org.framebench.ui.assignment.FileChoosers;

/** File → Edit Assignment…: a .fbassign file in the wizard; saving it writes its next version. */
public class EditAssignmentHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        Path file = FileChoosers.get().assignmentToOpen(window.getShell());
        if (file != null) {
            AssignmentWizardDialog.runEdit(window, file);
        }
        return null;
    }
}
