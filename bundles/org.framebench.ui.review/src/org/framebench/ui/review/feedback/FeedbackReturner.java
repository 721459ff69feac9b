package org.framebench.ui.review.feedback;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.framebench.grading.GradingException;
import org.framebench.grading.returned.ReturnFeedback;
import org.framebench.ui.review.ReviewSession;
import org.framebench.ui.review.ReviewSessions;

/** Writes every graded student's returned copy and HTML report in the background; failures in plain words. */
public final class FeedbackReturner {

    /** The family of these jobs, for waiting on them. */
    public static final Object FAMILY = new Object();

    private FeedbackReturner() {
    }

    /** Schedules returning {@code session}'s feedback into {@code folder} and returns the job. */
    public static Job returnAll(Shell shell, ReviewSession session, Path folder) {
        Display display = shell.getDisplay();
        Job job = new Job(Messages.Return_job) {
            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }

            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask(Messages.Return_job, IProgressMonitor.UNKNOWN);
                try {
                    if (session.report() == null) {
                        throw new GradingException(Messages.Return_noKey, null);
                    }
                    List<ReturnFeedback.Returned> written = ReturnFeedback.writeAll(session.report(), folder, session.author());
                    display.asyncExec(() -> ReviewSessions.status(NLS.bind(Messages.Return_done, written.size(), folder)));
                } catch (GradingException e) {
                    display.asyncExec(() -> {
                        if (!shell.isDisposed()) {
                            MessageDialog.openError(shell, Messages.Return_title, e.getMessage());
                        }
                    });
                } finally {
                    monitor.done();
                }
                return Status.OK_STATUS;
            }
        };
        job.setUser(true);
        job.schedule();
        return job;
    }
}
