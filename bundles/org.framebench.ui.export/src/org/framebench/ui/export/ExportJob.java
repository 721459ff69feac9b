package org.framebench.ui.export;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.framebench.export.xlsx.ExportException;
import org.framebench.export.xlsx.ExportProgress;
import org.framebench.model.AnnotationDocument;

/**
 * Exports a document in the background with a progress bar. The document is copied when the job is
 * created (on the UI thread), so the student can keep annotating while the file is written. A failure
 * is handed to {@code onFailure} as one plain-words sentence; the job itself ends quietly.
 */
public class ExportJob extends Job {

    private static final String PLUGIN_ID = "org.framebench.ui.export";

    private final AnnotationDocument snapshot;
    private final Path target;
    private final ExportFormat format;
    private final Consumer<String> onFailure;
    private final Consumer<Path> onSuccess;

    public ExportJob(AnnotationDocument document, Path target, ExportFormat format, Consumer<String> onFailure) {
        this(document, target, format, onFailure, written -> { });
    }

    /** Like the other, and {@code onSuccess} is told the file once it is written (to say where it went). */
    public ExportJob(AnnotationDocument document, Path target, ExportFormat format, Consumer<String> onFailure,
            Consumer<Path> onSuccess) {
        super(NLS.bind(Messages.Job_name, target.getFileName()));
        this.snapshot = EcoreUtil.copy(document);
        this.target = target;
        this.format = format;
        this.onFailure = onFailure;
        this.onSuccess = onSuccess;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), 100);
        try {
            format.export(snapshot, target, new ExportProgress() {
                @Override
                public void begin(String task, int totalWork) {
                    progress.setWorkRemaining(Math.max(1, totalWork));
                }

                @Override
                public void worked(int units) {
                    progress.worked(units);
                }

                @Override
                public boolean isCanceled() {
                    return progress.isCanceled();
                }
            });
            onSuccess.accept(target);
            return Status.OK_STATUS;
        } catch (ExportException e) {
            if (e.getKind() == ExportException.Kind.CANCELED) {
                return Status.CANCEL_STATUS;
            }
            onFailure.accept(e.getMessage());
            return new Status(IStatus.INFO, PLUGIN_ID, e.getMessage());
        } catch (RuntimeException | LinkageError e) {
            String message = NLS.bind(Messages.Failed_unexpected, target.getFileName(), e.getClass().getSimpleName());
            onFailure.accept(message);
            return new Status(IStatus.INFO, PLUGIN_ID, message, e);
        } finally {
            monitor.done();
        }
    }

    public Path getTarget() {
        return target;
    }
}
