package org.framebench.ui.codebook;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.framebench.model.Codebook;

/** The codebook editor on its own, in a dialog; OK keeps the edited working copy ({@link #getCodebook()}). */
public class CodebookEditorDialog extends Dialog {

    private final Codebook workingCopy;
    private CodebookEditor editor;

    public CodebookEditorDialog(Shell parent, Codebook workingCopy) {
        super(parent);
        this.workingCopy = workingCopy;
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Dialog_title);
    }

    @Override
    protected Point getInitialSize() {
        return new Point(1000, 680);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        editor = new CodebookEditor(area, workingCopy);
        GridDataFactory.fillDefaults().grab(true, true).hint(900, 560).applyTo(editor.getControl());
        return area;
    }

    public Codebook getCodebook() {
        return workingCopy;
    }

    public CodebookEditor getEditor() {
        return editor;
    }
}
