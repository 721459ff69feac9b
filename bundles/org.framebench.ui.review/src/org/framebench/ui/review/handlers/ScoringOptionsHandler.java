package org.framebench.ui.review.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.framebench.ui.review.Messages;
import org.framebench.ui.review.ReviewSession;
import org.framebench.ui.review.ReviewSessions;
import org.framebench.ui.review.ScoringOptionsDialog;

/** Scoring Options…: how the open class is scored (tried out live, saved in the class review file on OK). */
public class ScoringOptionsHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        ReviewSession session = ReviewSessions.current();
        if (session == null || !session.hasKey()) {
            MessageDialog.openInformation(window.getShell(), Messages.Options_title,
                    session == null ? Messages.Options_noClass : Messages.Options_noKey);
            return null;
        }
        new ScoringOptionsDialog(window.getShell(), session).open();
        return null;
    }
}
