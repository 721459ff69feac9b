package org.framebench.ui.codebook;

import org.eclipse.jface.dialogs.Dialog;
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
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        editor = new CodebookEditor(area, workingCopy);
        return area;
    }

    public Codebook getCodebook() {
        return workingCopy;
    }

    public CodebookEditor getEditor() {
        return editor;
    }
}
