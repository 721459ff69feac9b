package org.framebench.ui.views;

import java.util.EventObject;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.jface.commands.ActionHandler;
import org.eclipse.ui.handlers.IHandlerService;
import org.framebench.ui.Messages;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.framebench.model.Annotation;
import org.framebench.ui.editor.DocumentEditor;

/**
 * A view that follows the active document editor: it is told when the editor changes, when the
 * document changes (any command, undo and redo included), and when the selected annotation changes.
 */
public abstract class DocumentViewPart extends ViewPart {

    private DocumentEditor editor;
    /** The followed document's changes since this view last showed them (EMF's notifications). */
    private org.framebench.ui.editor.DocumentChanges.Delta delta;
    private final CommandStackListener documentListener = this::documentChanged;
    private final ISelectionChangedListener selectionListener = this::selectionChanged;
    private final IPartListener2 editorTracker = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            if (ref.getPart(false) instanceof DocumentEditor activated) {
                follow(activated);
            }
        }

        @Override
        public void partOpened(IWorkbenchPartReference ref) {
            partActivated(ref);
        }

        @Override
        public void partClosed(IWorkbenchPartReference ref) {
            if (ref.getPart(false) == editor) {
                follow(null);
            }
        }
    };

    private final Action undo = new Action(Messages.Action_undo) {
        @Override
        public void run() {
            if (editor != null) {
                beforeUndoRedo();
                editor.getEditingDomain().getCommandStack().undo();
            }
        }
    };
    private final Action redo = new Action(Messages.Action_redo) {
        @Override
        public void run() {
            if (editor != null) {
                beforeUndoRedo();
                editor.getEditingDomain().getCommandStack().redo();
            }
        }
    };

    @Override
    public final void createPartControl(Composite parent) {
        createContents(parent);
        // Ctrl+Z while working in a view undoes the document's last change, as it does in the editor.
        getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        // Next / Previous Annotation (Ctrl+. / Ctrl+,) work from the views too.
        IHandlerService handlers = getSite().getService(IHandlerService.class);
        handlers.activateHandler("org.eclipse.ui.navigate.next", new ActionHandler(new Action(Messages.Action_nextAnnotation) {
            @Override
            public void run() {
                if (editor != null) {
                    editor.selectNextAnnotation(true);
                }
            }
        }));
        handlers.activateHandler("org.eclipse.ui.navigate.previous", new ActionHandler(new Action(Messages.Action_previousAnnotation) {
            @Override
            public void run() {
                if (editor != null) {
                    editor.selectNextAnnotation(false);
                }
            }
        }));
        // Ctrl+F from a view opens the find bar of the document shown.
        handlers.activateHandler("org.eclipse.ui.edit.findReplace", new ActionHandler(new Action(Messages.Action_find) {
            @Override
            public void run() {
                if (editor != null) {
                    getSite().getPage().activate(editor);
                    editor.showFindBar();
                }
            }
        }));
        updateUndoRedo();
        // The handlers just set reach the window's Edit menu and keys; from now on only their enablement changes,
        // which the actions' own property events carry there.
        getViewSite().getActionBars().updateActionBars();
        getSite().getPage().addPartListener(editorTracker);
        if (getSite().getPage().getActiveEditor() instanceof DocumentEditor active) {
            follow(active);
        } else {
            editorChanged(null);
        }
    }

    /** Builds the view's widgets. */
    protected abstract void createContents(Composite parent);

    /** The document editor followed now, or null. */
    protected DocumentEditor editor() {
        return editor;
    }

    /** A different editor (or none) is followed: show its document. */
    protected abstract void editorChanged(DocumentEditor newEditor);

    /** The followed document changed. */
    protected void documentChanged() {
    }

    /**
     * The followed document changed: {@code changes} says which annotations EMF notified as added, removed or
     * changed since the view was last told. A view that can patch its rows and counts from them overrides this;
     * by default it is {@link #documentChanged()}.
     */
    protected void documentChanged(org.framebench.ui.editor.DocumentChanges.Delta changes) {
        documentChanged();
    }

    /** Undo or Redo is about to run from this view: typing not yet a change should become one first. */
    protected void beforeUndoRedo() {
    }

    /** The selected annotation of the followed editor changed (null: none). */
    protected void annotationSelected(Annotation annotation) {
    }

    private void follow(DocumentEditor newEditor) {
        if (newEditor == editor || isDisposedView()) {
            return;
        }
        if (editor != null) {
            editor.getEditingDomain().getCommandStack().removeCommandStackListener(documentListener);
            editor.getSite().getSelectionProvider().removeSelectionChangedListener(selectionListener);
            forgetDelta();
        }
        editor = newEditor;
        if (editor != null) {
            delta = editor.getChanges() == null ? null : editor.getChanges().newDelta();
            editor.getEditingDomain().getCommandStack().addCommandStackListener(documentListener);
            editor.getSite().getSelectionProvider().addSelectionChangedListener(selectionListener);
        }
        editorChanged(editor);
        annotationSelected(editor == null ? null : editor.getSelectedAnnotation());
        updateUndoRedo();
    }

    /**
     * Views refresh as soon as the change's own work is done, once per burst of changes: the student's own add or
     * delete is painted in the article before the event loop runs (the editor does it at once), and the lists and
     * counts patch only the annotations the change touched, so nothing needs to wait for them (they used to wait
     * 80 ms and rebuild every row).
     */
    private static final int REFRESH_DELAY_MS = 0;
    private boolean refreshPending;

    /**
     * How long after a change the view refreshes (once per burst of changes): at once by default (0 ms, as a timer).
     * A view whose refresh is slow may return more, so a burst of changes costs it one refresh.
     */
    protected int refreshDelayMillis() {
        return REFRESH_DELAY_MS;
    }

    /** When this view last refreshed after a change (System.nanoTime), for benchmarks. */
    private volatile long refreshedAt;

    /** Whether a refresh after a change is still to come (the view has not caught up yet). */
    public boolean isRefreshPending() {
        return refreshPending;
    }

    /** System.nanoTime when the view last finished refreshing after a change (benchmarks). */
    public long getRefreshedAt() {
        return refreshedAt;
    }

    private void forgetDelta() {
        if (delta != null && editor != null && editor.getChanges() != null) {
            editor.getChanges().forget(delta);
        }
        delta = null;
    }

    private void documentChanged(EventObject event) {
        if (refreshPending) {
            return;
        }
        refreshPending = true;
        Runnable refresh = () -> {
            refreshPending = false;
            if (editor != null && !isDisposedView()) {
                documentChanged(delta == null ? null : delta.take());
                updateUndoRedo();
                refreshedAt = System.nanoTime();
            }
        };
        // A timer, even of 0 ms: it runs before the lower-priority repaints and the other views' later timers,
        // where an asyncExec would wait for every pending event first.
        getSite().getShell().getDisplay().timerExec(Math.max(0, refreshDelayMillis()), refresh);
    }

    private void selectionChanged(SelectionChangedEvent event) {
        if (isDisposedView()) {
            return;
        }
        Object first = ((IStructuredSelection) event.getSelection()).getFirstElement();
        annotationSelected(first instanceof Annotation annotation ? annotation : null);
    }

    /**
     * Enables Undo and Redo as the followed document's stack allows. Not updateActionBars(): the global handlers
     * are the same actions, and their enablement reaches the Edit menu and the keys through their property events;
     * updating the action bars after every change made the workbench lay out its whole window again (E4 asks a
     * layout of the shell for a view's toolbar area, and defers every other layout in the window to it).
     */
    private void updateUndoRedo() {
        var stack = editor == null ? null : editor.getEditingDomain().getCommandStack();
        undo.setEnabled(stack != null && stack.canUndo());
        redo.setEnabled(stack != null && stack.canRedo());
    }

    /** True once the view's widgets are gone. */
    protected abstract boolean isDisposedView();

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(editorTracker);
        if (editor != null) {
            editor.getEditingDomain().getCommandStack().removeCommandStackListener(documentListener);
            editor.getSite().getSelectionProvider().removeSelectionChangedListener(selectionListener);
            forgetDelta();
            editor = null;
        }
        super.dispose();
    }
}
