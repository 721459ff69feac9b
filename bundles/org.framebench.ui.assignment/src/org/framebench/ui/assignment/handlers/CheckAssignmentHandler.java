package org.framebench.ui.assignment.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.framebench.core.assignment.AssignmentException;
import org.framebench.core.assignment.AssignmentFiles;
import org.framebench.ui.assignment.AssignmentReport;
import org.framebench.ui.assignment.FileChoosers;
import org.framebench.ui.assignment.Messages;

/** File → Check Assignment…: reads a .fbassign and says what is in it and whether it is ready. */
public class CheckAssignmentHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        Path file = FileChoosers.get().assignmentToOpen(window.getShell());
        if (file == null) {
            return null;
        }
        try {
            AssignmentReport report = AssignmentReport.of(AssignmentFiles.load(file));
            if (report.ready()) {
                MessageDialog.openInformation(window.getShell(), Messages.CheckFile_title, report.text());
            } else {
                MessageDialog.openWarning(window.getShell(), Messages.CheckFile_title, report.text());
            }
        } catch (AssignmentException e) {
            MessageDialog.openError(window.getShell(), Messages.CheckFile_title, e.getMessage());
        }
        return null;
    }
}
