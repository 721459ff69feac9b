package org.framebench.ui.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Watches, while a test runs, for what a user must never meet where nothing went wrong: an error (or any
 * exception) in the log, and a modal dialog. A dialog that appears is read and closed at once (so the test
 * does not hang on it) and counted as a problem. Use with try-with-resources; {@link #assertNone()} fails
 * with everything seen.
 */
public final class UiWatch implements AutoCloseable {

    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final ILogListener listener = (status, plugin) -> {
        if (status.getSeverity() == IStatus.ERROR || status.getException() != null) {
            problems.add("log: " + describe(status));
        }
    };
    private final Display display;
    private final Runnable poll;
    private boolean closed;

    private UiWatch() {
        display = Display.getCurrent();
        Platform.addLogListener(listener);
        Runnable[] self = new Runnable[1];
        self[0] = () -> {
            if (closed || display.isDisposed()) {
                return;
            }
            for (Shell shell : display.getShells()) {
                if (shell.isVisible() && (shell.getStyle() & (SWT.APPLICATION_MODAL | SWT.PRIMARY_MODAL | SWT.SYSTEM_MODAL)) != 0) {
                    List<String> texts = new ArrayList<>();
                    collect(shell, texts);
                    problems.add("dialog '" + shell.getText() + "': " + texts);
                    shell.close();
                }
            }
            display.timerExec(100, self[0]);
        };
        poll = self[0];
        display.timerExec(100, poll);
    }

    /** Starts watching (on the UI thread). */
    public static UiWatch start() {
        return new UiWatch();
    }

    /** What was seen so far. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** Fails if an error was logged or a dialog appeared. */
    public void assertNone() {
        if (!problems.isEmpty()) {
            throw new AssertionError("the user would have met: " + String.join("\n", problems));
        }
    }

    @Override
    public void close() {
        closed = true;
        Platform.removeLogListener(listener);
        if (!display.isDisposed()) {
            display.timerExec(-1, poll);
        }
    }

    private static void collect(org.eclipse.swt.widgets.Composite composite, List<String> texts) {
        for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.Label label && !label.getText().isEmpty()) {
                texts.add(label.getText());
            }
            if (child instanceof org.eclipse.swt.widgets.Composite inner) {
                collect(inner, texts);
            }
        }
    }

    private static String describe(IStatus status) {
        StringBuilder text = new StringBuilder(status.getPlugin() + ": " + status.getMessage());
        if (status.getException() != null) {
            StringWriter trace = new StringWriter();
            status.getException().printStackTrace(new PrintWriter(trace));
            text.append('\n').append(trace);
        }
        for (IStatus child : status.getChildren()) {
            text.append("\n  ").append(describe(child));
        }
        return text.toString();
    }
}
