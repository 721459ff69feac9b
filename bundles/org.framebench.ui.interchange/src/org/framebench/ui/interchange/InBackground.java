package org.framebench.ui.interchange;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.wizard.IWizardContainer;
import org.framebench.core.interchange.InterchangeException;

/** Runs a format's read or write in the wizard's progress area, off the UI thread; the result or why it failed. */
final class InBackground {

    /** A format's work: returns its result or says, in plain words, why it could not. */
    interface Work<T> {
        T run() throws InterchangeException;
    }

    /** The result, or the message to show on the page (null result); {@code interrupted} when cancelled. */
    record Outcome<T>(T result, String failure, boolean interrupted) {
    }

    private InBackground() {
    }

    static <T> Outcome<T> run(IWizardContainer container, String label, Work<T> work) {
        Object[] result = new Object[1];
        String[] failure = new String[1];
        try {
            container.run(true, false, monitor -> {
                monitor.beginTask(label, IProgressMonitor.UNKNOWN);
                try {
                    result[0] = work.run();
                } catch (InterchangeException e) {
                    failure[0] = e.getMessage();
                } catch (RuntimeException e) {
                    ILog.of(InBackground.class).error(label, e);
                    failure[0] = String.valueOf(e.getMessage());
                } finally {
                    monitor.done();
                }
            });
        } catch (InvocationTargetException e) {
            failure[0] = String.valueOf(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome<>(null, null, true);
        }
        @SuppressWarnings("unchecked")
        T typed = (T) result[0];
        return new Outcome<>(typed, failure[0], false);
    }
}
