package org.framebench.ui.review;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.framebench.export.gradebook.LmsGradeCsv;
import org.framebench.grading.GradingException;

/** Writes the open class's grade book in the background; failures are told in plain words. */
public final class GradeBookExporter {

    /** The family of these jobs, for waiting on them. */
    public static final Object FAMILY = new Object();

    private GradeBookExporter() {
    }

    /** Schedules the export of {@code session} to {@code file} and returns the job. */
    public static Job export(Shell shell, ReviewSession session, Path file) {
        return export(shell, session, file, null);
    }

    /**
     * As {@link #export(Shell, ReviewSession, Path)}, and with a {@code layout} the grades as that learning
     * platform imports them, in a CSV beside the grade book.
     */
    public static Job export(Shell shell, ReviewSession session, Path file, LmsGradeCsv.Layout layout) {
        Display display = shell.getDisplay();
        Job job = new Job(NLS.bind(Messages.Export_job, file.getFileName())) {
            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }

            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask(NLS.bind(Messages.Export_job, file.getFileName()), IProgressMonitor.UNKNOWN);
                try {
                    if (layout == null) {
                        session.exportGradeBook(file);
                        display.asyncExec(() -> ReviewSessions.status(NLS.bind(Messages.Export_done, file)));
                    } else {
                        Path csv = session.exportGradeBook(file, layout);
                        String platform = layout == LmsGradeCsv.Layout.CANVAS ? "Canvas" : "Moodle";
                        display.asyncExec(() -> ReviewSessions.status(NLS.bind(Messages.Export_doneWithCsv,
                                new Object[] { file, csv.getFileName(), platform })));
                    }
                } catch (GradingException e) {
                    display.asyncExec(() -> {
                        if (!shell.isDisposed()) {
                            MessageDialog.openError(shell, Messages.Export_failedTitle, e.getMessage());
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
