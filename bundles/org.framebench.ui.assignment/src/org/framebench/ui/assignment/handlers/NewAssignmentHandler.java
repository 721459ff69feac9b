package org.framebench.ui.assignment.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;
import org.framebench.ui.assignment.AssignmentWizardDialog;

/** File → New Assignment…: the wizard, on a new assignment. */
public class NewAssignmentHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        AssignmentWizardDialog.runNew(HandlerUtil.getActiveWorkbenchWindow(event));
        return null;
    }
}
