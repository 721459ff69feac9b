package org.framebench.ui.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.framebench.core.document.DocumentException;
import org.framebench.core.recovery.AutosavePolicy;
import org.framebench.core.recovery.RecoveryStore;
import org.framebench.model.AnnotationDocument;
import org.framebench.ui.editor.DocumentEditor;

/**
 * Autosave of unsaved work to recovery copies (at most every 30 s while a document has unsaved changes),
 * and their removal once the work is saved or closed on purpose. A copy left behind by a crash is offered
 * at the next start ({@link org.framebench.ui.editor.RecoveryOffer}).
 */
public class Recovery {

    /** How often the open editors are looked at; the policy decides whether one is due. */
    private static final int CHECK_EVERY_MS = 5_000;

    private final RecoveryStore store;
    private final AutosavePolicy policy;
    private final Map<String, Instant> lastSaved = new HashMap<>();
    private final Map<String, Command> lastSavedState = new HashMap<>();
    private boolean running;
    private int generation;

    public Recovery(Path folder, AutosavePolicy policy) {
        this.store = new RecoveryStore(folder);
        this.policy = policy;
    }

    /** The recovery folder under the workspace: {@code ~/.framebench/workspace/recovery} in the product. */
    public static Path defaultFolder() {
        try {
            return Path.of(Platform.getInstanceLocation().getURL().toURI()).resolve("recovery");
        } catch (Exception e) {
            return Path.of(System.getProperty("user.home"), ".framebench", "recovery");
        }
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
        // A stop and a new start make a new chain of checks; the old one ends at its next turn.
        int mine = ++generation;
        Display display = workbench.getDisplay();
        Runnable[] tick = new Runnable[1];
        tick[0] = () -> {
            if (!running || mine != generation || display.isDisposed() || workbench.isClosing()) {
                return;
            }
            autosaveDue(workbench, Instant.now());
            display.timerExec(CHECK_EVERY_MS, tick[0]);
        };
        display.timerExec(CHECK_EVERY_MS, tick[0]);
    }

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
     * background job. @return the job, or null when nothing was due
     */
    public Job autosave(DocumentEditor editor, Instant now, boolean force) {
        AnnotationDocument document = editor.getDocument();
        String id = document.getId();
        Command state = editor.getEditingDomain().getCommandStack().getUndoCommand();
        boolean changedSinceCopy = !lastSavedState.containsKey(id) || lastSavedState.get(id) != state;
        Instant last = lastSaved.getOrDefault(id, Instant.EPOCH);
        if (!editor.isDirty() || !changedSinceCopy || !(force || policy.shouldSave(now, last, true))) {
            return null;
        }
        RecoveryStore.Snapshot snapshot;
        try {
            snapshot = store.snapshot(document, editor.getFile());
        } catch (DocumentException e) {
            FramebenchUiPlugin.log("autosave snapshot", e);
            return null;
        }
        lastSaved.put(id, now);
        lastSavedState.put(id, state);
        Job job = Job.create("Autosaving unsaved annotations", (IProgressMonitor monitor) -> {
            try {
                store.write(snapshot);
                return Status.OK_STATUS;
            } catch (DocumentException e) {
                // Not worth interrupting the student: the next autosave tries again; the log tells the team.
                return new Status(IStatus.WARNING, FramebenchUiPlugin.ID, e.getMessage(), e);
            }
        });
        job.setSystem(true);
        job.schedule();
        return job;
    }

    /** Forgets the recovery copy of {@code document}: it was saved or closed on purpose. */
    public void discard(AnnotationDocument document) {
        lastSaved.remove(document.getId());
        lastSavedState.remove(document.getId());
        try {
            store.remove(document.getId());
        } catch (DocumentException e) {
            FramebenchUiPlugin.log("discard recovery copy", e);
        }
    }
}
