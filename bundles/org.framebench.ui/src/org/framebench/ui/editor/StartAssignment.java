package org.framebench.ui.editor;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.framebench.core.corpus.CorpusException;
import org.framebench.core.corpus.CorpusLoader;
import org.framebench.model.Assignment;

/**
 * The bundled assignment, read and checked on a second thread from the application's start, while the platform
 * builds the window: a start without a file opens it (unless it reopens the last document), and reading its
 * manifest, four texts, their digests and the built-in codebook took 11–15 ms of the window's thread after the
 * window's first paint (JFR, restarts). The first {@link DocumentOpener#openDefaultAssignment} takes it; every
 * later one (and one after a start that did not read it) reads the assignment itself, as before.
 */
final class StartAssignment {

    private static FutureTask<Assignment> pending;

    private StartAssignment() {
    }

    /** Starts reading the bundled assignment on a daemon thread (once); returns at once. */
    static synchronized void start() {
        if (pending != null) {
            return;
        }
        FutureTask<Assignment> task = new FutureTask<>(CorpusLoader::loadDefault);
        pending = task;
        Thread reader = new Thread(task, "Framebench start assignment");
        reader.setDaemon(true);
        reader.start();
    }

    /** Lets the assignment read at start go, without waiting for it (a start that opened something else). */
    static synchronized void forget() {
        pending = null;
    }

    /**
     * The assignment read since {@link #start()}, waiting for it if need be, and forgotten: it is handed out once.
     * Null when none was started (or it was taken already); a failure is thrown as reading it here would throw it.
     */
    static Assignment take() throws CorpusException {
        FutureTask<Assignment> task;
        synchronized (StartAssignment.class) {
            task = pending;
            pending = null;
        }
        if (task == null) {
            return null;
        }
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CorpusException corpus) {
                throw corpus;
            }
            return null; // anything else: read again on this thread, where it is reported as before
        }
    }
}
