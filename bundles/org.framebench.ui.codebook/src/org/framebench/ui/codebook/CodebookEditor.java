package org.framebench.ui.codebook;

import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.framebench.model.Codebook;

/**
 * Edits a codebook in place: a tree of layers and codes on the left, a form for the selected element on the
 * right. Every change goes through one EMF editing domain, so undo and redo cover all of them.
 */
public class CodebookEditor {

    private final Codebook codebook;
    private final EditingDomain domain;
    private final Composite root;
    private final CopyOnWriteArrayList<Runnable> listeners = new CopyOnWriteArrayList<>();

    /** An editor for {@code workingCopy} (edited in place; pass a copy to keep the original). */
    public CodebookEditor(Composite parent, Codebook workingCopy) {
        this.codebook = workingCopy;
        BasicCommandStack stack = new BasicCommandStack();
        this.domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), stack);
        stack.addCommandStackListener(e -> listeners.forEach(Runnable::run));
        this.root = new Composite(parent, SWT.NONE);
    }

    public Control getControl() {
        return root;
    }

    /** The codebook being edited (the working copy given to the constructor). */
    public Codebook getCodebook() {
        return codebook;
    }

    /** Called after every change, undo and redo. */
    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    public boolean canUndo() {
        return domain.getCommandStack().canUndo();
    }

    public boolean canRedo() {
        return domain.getCommandStack().canRedo();
    }

    public void undo() {
        if (canUndo()) {
            domain.getCommandStack().undo();
        }
    }

    public void redo() {
        if (canRedo()) {
            domain.getCommandStack().redo();
        }
    }
}
