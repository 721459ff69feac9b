package org.framebench.ui.align;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.framebench.nlp.diff.Republication;
import org.framebench.ui.editor.DocumentEditor;

/** Annotate → Compare with Original…: the differences of an article that republishes another. */
public class CompareWithOriginalHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart part = HandlerUtil.getActiveEditor(event);
        if (part instanceof DocumentEditor editor) {
            compare(HandlerUtil.getActiveShell(event), editor);
        }
        return null;
    }

    /** Opens the comparison for the first republication found (the bundled assignment has one). */
    public static void compare(Shell shell, DocumentEditor editor) {
        List<Republication> found = CompareWithOriginalDialog.republications(editor);
        if (found.isEmpty()) {
            MessageDialog.openInformation(shell, Messages.Compare_title, Messages.Compare_none);
            return;
        }
        new CompareWithOriginalDialog(shell, editor, found.get(0)).open();
    }
}
