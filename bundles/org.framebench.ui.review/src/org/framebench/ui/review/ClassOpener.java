package org.framebench.ui.review;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.WorkbenchException;
import org.framebench.grading.GradingException;
import org.framebench.grading.scoring.ScoringOptions;
import org.framebench.ui.review.views.ClassView;

/**
 * Opens a class in the background (reading hundreds of files takes a moment), then shows it in the Review
 * perspective. Failures are told in plain words in a dialog, never as a stack trace.
 */
public final class ClassOpener {

    /** The family of these jobs, for waiting on them. */
    public static final Object FAMILY = new Object();

    private ClassOpener() {
    }

    /**
     * Schedules the job that loads {@code folder} (with {@code key}, or {@code null} for a key found in the
     * folder) and returns it, so that callers (and tests) can wait for it.
     */
    public static Job open(IWorkbenchWindow window, Path folder, Path key) {
        return open(window, folder, key, author());
    }

    /** As {@link #open(IWorkbenchWindow, Path, Path)}, with {@code author} as the instructor's name. */
    public static Job open(IWorkbenchWindow window, Path folder, Path key, String instructor) {
        Display display = window.getShell().getDisplay();
        String author = instructor == null || instructor.isBlank() ? author() : instructor.strip();
        Job job = new Job(NLS.bind(Messages.OpenClass_job, folder.getFileName())) {
            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }

            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask(NLS.bind(Messages.OpenClass_job, folder.getFileName()), IProgressMonitor.UNKNOWN);
                try {
                    ReviewSession session = ReviewSession.open(folder, key, new ScoringOptions(), author);
                    display.asyncExec(() -> show(window, session));
                } catch (GradingException e) {
                    display.asyncExec(() -> MessageDialog.openError(window.getShell(), Messages.OpenClass_failedTitle,
                            e.getMessage()));
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

    private static void show(IWorkbenchWindow window, ReviewSession session) {
        if (window.getShell() == null || window.getShell().isDisposed()) {
            return;
        }
        try {
            window.getWorkbench().showPerspective(ReviewPerspective.ID, window);
            window.getActivePage().showView(ClassView.ID);
        } catch (WorkbenchException e) {
            // The views still get the class below; only the layout switch failed.
            MessageDialog.openError(window.getShell(), Messages.OpenClass_failedTitle, e.getMessage());
        }
        ReviewSessions.setCurrent(session);
        ReviewSessions.status(NLS.bind(Messages.OpenClass_done, session.folder()));
    }

    /**
     * The instructor's name as set (Open Class asks for it; Window > Preferences > Framebench > Instructor),
     * else "Instructor": never the computer's user name.
     */
    static String author() {
        String instructor = org.framebench.ui.InstructorIdentity.remembered();
        return instructor != null ? instructor : Messages.Author_unknown;
    }
}
