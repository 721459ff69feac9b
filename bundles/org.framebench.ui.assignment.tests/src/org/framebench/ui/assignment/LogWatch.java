package org.framebench.ui.assignment;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;

/**
 * Fails a test whose run logged an error or an exception. (UiWatch also closes any modal dialog, and the
 * wizard itself is one; the dialogs the wizard opens are answered by the tests.)
 */
final class LogWatch implements AutoCloseable {

    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final ILogListener listener = (status, plugin) -> {
        if (status.getSeverity() == IStatus.ERROR || status.getException() != null) {
            StringWriter trace = new StringWriter();
            if (status.getException() != null) {
                status.getException().printStackTrace(new PrintWriter(trace));
            }
            problems.add(status.getPlugin() + ": " + status.getMessage() + "\n" + trace);
        }
    };

    LogWatch() {
        Platform.addLogListener(listener);
    }

    void assertNone() {
        if (!problems.isEmpty()) {
            throw new AssertionError("the log gained: " + String.join("\n", problems));
        }
    }

    @Override
    public void close() {
        Platform.removeLogListener(listener);
    }
}
