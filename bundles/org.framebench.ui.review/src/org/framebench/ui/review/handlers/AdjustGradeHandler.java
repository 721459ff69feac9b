package org.framebench.ui.review.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.framebench.grading.Submission;
import org.framebench.ui.review.AdjustGradeDialog;
import org.framebench.ui.review.Messages;
import org.framebench.ui.review.ReviewSession;
import org.framebench.ui.review.ReviewSessions;

/** Adjust Grade… (Class view's context menu): points added to or taken from the picked student's grade. */
public class AdjustGradeHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        ReviewSession session = ReviewSessions.current();
        Submission submission = ReviewSessions.selectedStudent();
        if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection
                && selection.getFirstElement() instanceof Submission picked) {
            submission = picked;
        }
        if (session == null || submission == null) {
            MessageDialog.openInformation(window.getShell(), Messages.Adjust_title, Messages.Adjust_pickStudent);
            return null;
        }
        if (session.gradedOf(submission) == null) {
            MessageDialog.openInformation(window.getShell(), Messages.Adjust_title,
                    NLS.bind(Messages.Adjust_notGraded, submission.studentName()));
            return null;
        }
        new AdjustGradeDialog(window.getShell(), session, submission).open();
        return null;
    }
}
