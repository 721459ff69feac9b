package org.framebench.ui.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.framebench.core.document.DocumentException;
import org.framebench.core.recovery.AutosavePolicy;
import org.framebench.core.recovery.RecoveryStore;
import org.framebench.model.AnnotationDocument;
import org.framebench.ui.Messages;
import org.framebench.ui.editor.DocumentEditor;

/**
 * Autosave of unsaved work to recovery copies (at most once per the interval set in the preferences, 30 s
 * by default, while a document has unsaved changes), and their removal once the work is saved or closed on purpose. A copy left behind by a crash is offered
 * at the next start ({@link org.framebench.ui.editor.RecoveryOffer}).
 */
public class Recovery {

    /** How often the open editors are looked at; the policy decides whether one is due. */
    private static final int CHECK_EVERY_MS = 5_000;

    private final RecoveryStore store;
    private volatile AutosavePolicy policy;
    private final Map<String, Instant> lastSaved = new HashMap<>();
    private final Map<String, Command> lastSavedState = new HashMap<>();
    /** When a copy found due began to wait for a pause in the work (it waits one interval at the most). */
    private final Map<String, Instant> dueSince = new HashMap<>();
    /** The editors (by recovery id) whose last autosave failed: the student has been told. */
    private final Set<String> failing = new HashSet<>();
    private boolean running;
    private int starts;

    public Recovery(Path folder, AutosavePolicy policy) {
        this.store = new RecoveryStore(folder);
        this.policy = policy;
    }

    /**
     * The recovery folder under the workspace: {@code ~/.framebench/workspace/recovery} in the product, the
     * plugin's state folder in an IDE's workspace.
     */
    public static Path defaultFolder() {
        if (!IdeStartup.inProduct() && FramebenchUiPlugin.getDefault() != null) {
            // In an IDE: under the workspace's .metadata, not beside its projects.
            try {
                return FramebenchUiPlugin.getDefault().getStateLocation().toFile().toPath().resolve("recovery");
            } catch (RuntimeException e) {
                // no workspace: the fallback below
            }
        }
        try {
            return Path.of(Platform.getInstanceLocation().getURL().toURI()).resolve("recovery");
        } catch (Exception e) {
            return Path.of(System.getProperty("user.home"), ".framebench", "recovery");
        }
    }

    /** The policy in force: how often a copy is due. */
    public AutosavePolicy getPolicy() {
        return policy;
    }

    /** Changes how often a copy is due (the preference changed), from the next look at the editors on. */
    public void setPolicy(AutosavePolicy policy) {
        this.policy = policy;
    }

    public RecoveryStore getStore() {
        return store;
    }

    /** Starts looking at the open editors every few seconds. */
    public void start(IWorkbench workbench) {
        if (running) {
            return;
        }
        running = true;
        // A tick of an earlier start (stopped since) ends instead of running beside this one.
        int generation = ++starts;
        Display display = workbench.getDisplay();
        Runnable[] tick = new Runnable[1];
        tick[0] = () -> {
            if (!running || generation != starts || display.isDisposed() || workbench.isClosing()) {
                return;
            }
            autosaveDue(workbench, Instant.now());
            display.timerExec(CHECK_EVERY_MS, tick[0]);
        };
        display.timerExec(CHECK_EVERY_MS, tick[0]);
    }

    /** Stops looking at the editors (until {@link #start(IWorkbench)}). */
    public void stop() {
        running = false;
    }

    /** Writes a recovery copy of every open document that has unsaved changes and is due. */
    public void autosaveDue(IWorkbench workbench, Instant now) {
        for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
            for (IWorkbenchPage page : window.getPages()) {
                for (IEditorReference reference : page.getEditorReferences()) {
                    if (reference.getEditor(false) instanceof DocumentEditor editor) {
                        autosave(editor, now, false);
                    }
                }
            }
        }
    }

    /**
     * Autosaves {@code editor}'s document if it has unsaved changes not yet in a recovery copy and
     * ({@code force} or) the policy says it is due. The copy is taken on the UI thread and written by a
     * background job, to this editor's own copy. A failure is shown to the student (once, until an
     * autosave succeeds again): their work is then not safe from a crash. @return the job, or null when
     * nothing was due (or the copy could not even be taken)
     */
    public Job autosave(DocumentEditor editor, Instant now, boolean force) {
        AnnotationDocument document = editor.getDocument();
        String key = editor.getRecoveryId();
        Command state = editor.getEditingDomain().getCommandStack().getUndoCommand();
        boolean changedSinceCopy = !lastSavedState.containsKey(key) || lastSavedState.get(key) != state;
        Instant last = lastSaved.getOrDefault(key, Instant.EPOCH);
        if (!editor.isDirty() || !changedSinceCopy || !(force || policy.shouldSave(now, last, true))) {
            return null;
        }
        if (!force && policy.waitsForPause(now, dueSince.get(key), editor.getLastChange())) {
            dueSince.putIfAbsent(key, now);
            return null; // taken at a later look, once the student pauses
        }
        dueSince.remove(key);
        // Tried now: a failing copy is retried when the policy says, not every few seconds.
        lastSaved.put(key, now);
        RecoveryStore.Snapshot snapshot;
        try {
            snapshot = store.snapshot(key, document, editor.getFile());
        } catch (DocumentException | RuntimeException e) {
            failed(editor, e);
            return null;
        }
        lastSavedState.put(key, state);
        Display display = Display.getCurrent();
        Job job = Job.create("Autosaving unsaved annotations", (IProgressMonitor monitor) -> {
            try {
                store.write(snapshot);
                display.asyncExec(() -> succeeded(editor));
            } catch (DocumentException | RuntimeException e) {
                display.asyncExec(() -> {
                    // Not in a copy after all: the next autosave must try again even without a new change.
                    if (lastSavedState.get(key) == state) {
                        lastSavedState.remove(key);
                    }
                    failed(editor, e);
                });
            }
            // The student is told by failed(), in the editor; the job itself has nothing more to report.
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
        return job;
    }

    /** Whether autosave of {@code editor} is failing now (the student has been told). */
    public boolean isFailing(DocumentEditor editor) {
        return failing.contains(editor.getRecoveryId());
    }

    /**
     * Tells the student once per run of failures: a notice in the editor that stays up, and a warning the
     * first time. Logged once too, not at every retry.
     */
    private void failed(DocumentEditor editor, Exception error) {
        if (isClosed(editor)) {
            return;
        }
        String message = NLS.bind(Messages.Autosave_failed, error.getMessage());
        editor.showAutosaveProblem(message);
        if (failing.add(editor.getRecoveryId())) {
            FramebenchUiPlugin.warn("autosave of " + editor.getRecoveryId() + " failed", error);
            MessageDialog.openWarning(editor.getSite().getShell(), Messages.Autosave_failedTitle,
                    NLS.bind(Messages.Autosave_failedDialog, editor.getPartName(), error.getMessage()));
        }
    }

    private void succeeded(DocumentEditor editor) {
        if (failing.remove(editor.getRecoveryId()) && !isClosed(editor)) {
            editor.showAutosaveProblem(null);
        }
    }

    private static boolean isClosed(DocumentEditor editor) {
        return !editor.hasControls();
    }

    /**
     * Forgets {@code editor}'s recovery copy, and only that one (another open document with the same id
     * keeps its own): its work was saved or closed on purpose.
     */
    public void discard(DocumentEditor editor) {
        String key = editor.getRecoveryId();
        lastSaved.remove(key);
        lastSavedState.remove(key);
        if (failing.remove(key)) {
            editor.showAutosaveProblem(null);
        }
        try {
            store.remove(key);
        } catch (DocumentException e) {
            FramebenchUiPlugin.log("discard recovery copy", e);
        }
    }
}
