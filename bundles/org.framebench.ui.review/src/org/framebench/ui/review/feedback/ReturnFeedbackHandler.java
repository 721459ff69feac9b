package org.framebench.ui.review.feedback;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.framebench.ui.review.ReviewSession;
import org.framebench.ui.review.ReviewSessions;

/**
 * File → Return Feedback…: every graded student of the open class gets, in a folder the instructor
 * chooses (by default {@code returned} in the class folder), their own file with their feedback and
 * comparison with the key, and the same as an HTML page.
 */
public class ReturnFeedbackHandler extends AbstractHandler {

    /** The folder offered first: {@code returned} inside the class folder. */
    public static Path defaultFolder(ReviewSession session) {
        return session.folder().resolve("returned");
    }

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        ReviewSession session = ReviewSessions.current();
        if (session == null || !session.hasKey()) {
            MessageDialog.openInformation(window.getShell(), Messages.Return_title,
                    session == null ? Messages.Return_noClass : Messages.Return_noKey);
            return null;
        }
        DirectoryDialog dialog = new DirectoryDialog(window.getShell());
        dialog.setText(Messages.Return_title);
        dialog.setMessage(Messages.Return_chooseFolder);
        dialog.setFilterPath(defaultFolder(session).toString());
        String chosen = dialog.open();
        if (chosen != null) {
            Path folder;
            try {
                folder = Path.of(chosen);
            } catch (java.nio.file.InvalidPathException e) {
                MessageDialog.openError(window.getShell(), Messages.Return_title,
                        NLS.bind(Messages.Return_unreadableName, chosen.replace('\uFFFD', '?')));
                return null;
            }
            FeedbackReturner.returnAll(window.getShell(), session, folder);
        }
        return null;
    }
}
