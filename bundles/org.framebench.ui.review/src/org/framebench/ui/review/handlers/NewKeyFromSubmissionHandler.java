package org.framebench.ui.review.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.framebench.core.key.Keys;
import org.framebench.grading.Submission;
import org.framebench.ui.InstructorIdentity;
import org.framebench.ui.review.KeyDrafts;
import org.framebench.ui.review.Messages;
import org.framebench.ui.review.ReviewSessions;

/**
 * Class view → New Key from Submission: the chosen student's annotations copied as a draft key (role key,
 * a new id, the instructor as annotator), opened unsaved in the annotating editor to refine and save.
 */
public class NewKeyFromSubmissionHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        Shell shell = window.getShell();
        Submission submission = null;
        if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection
                && selection.getFirstElement() instanceof Submission chosen) {
            submission = chosen;
        } else {
            submission = ReviewSessions.selectedStudent();
        }
        if (submission == null || !submission.isReadable()) {
            MessageDialog.openInformation(shell, Messages.Key_title,
                    submission == null ? Messages.Key_pickStudent : Messages.Key_unreadable);
            return null;
        }
        String author = InstructorIdentity.ensure(shell);
        if (author == null) {
            return null;
        }
        KeyDrafts.open(window, Keys.asKey(submission.document(), author));
        return null;
    }
}
