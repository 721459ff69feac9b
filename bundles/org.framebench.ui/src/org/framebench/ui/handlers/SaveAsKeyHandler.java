package org.framebench.ui.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.framebench.ui.InstructorIdentity;
import org.framebench.ui.Messages;
import org.framebench.ui.editor.DocumentEditor;
import org.framebench.ui.editor.KeyCopies;

/** File → Save As Key…: a copy of the open document as the answer key, by the instructor. */
public class SaveAsKeyHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart part = HandlerUtil.getActiveEditor(event);
        Shell shell = HandlerUtil.getActiveShell(event);
        if (!(part instanceof DocumentEditor editor)) {
            MessageDialog.openInformation(shell, Messages.Key_saveFailedTitle, Messages.Key_noDocument);
            return null;
        }
        String author = InstructorIdentity.ensure(shell);
        if (author == null) {
            return null;
        }
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.fbench", "*.*" });
        dialog.setFilterNames(new String[] { Messages.Editor_fileFilter, Messages.Editor_allFiles });
        dialog.setOverwrite(true);
        if (editor.getFile() != null && editor.getFile().getParent() != null) {
            dialog.setFilterPath(editor.getFile().getParent().toString());
        }
        dialog.setFileName(editor.getDocument().getAssignment().getId() + "-key.fbench");
        String chosen = dialog.open();
        if (chosen == null) {
            return null;
        }
        String name = chosen.endsWith(".fbench") ? chosen : chosen + ".fbench";
        Path target;
        try {
            target = Path.of(name);
        } catch (java.nio.file.InvalidPathException e) {
            MessageDialog.openError(shell, Messages.Key_saveFailedTitle, NLS.bind(Messages.Editor_saveUnreadableName,
                    name.replace('\uFFFD', '?'), System.getProperty("sun.jnu.encoding", "?")));
            return null;
        }
        KeyCopies.saveAsKey(shell, editor.getDocument(), editor.getFile(), target, author);
        return null;
    }
}
