package org.framebench.ui.align;

import java.util.Locale;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.framebench.model.Annotation;
import org.framebench.nlp.align.Suggestion;
import org.framebench.ui.editor.DocumentEditor;

/** Annotate → Suggest Alignments… (Ctrl+Shift+A): passages of the other articles for the selected annotation. */
public class SuggestAlignmentsHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart part = HandlerUtil.getActiveEditor(event);
        Shell shell = HandlerUtil.getActiveShell(event);
        if (part instanceof DocumentEditor editor) {
            suggest(shell, editor);
        }
        return null;
    }

    /** Shows the suggestions for the editor's selected annotation; links the one accepted. Returns it, or null. */
    public static Suggestion suggest(Shell shell, DocumentEditor editor) {
        Annotation from = editor.getSelectedAnnotation();
        if (from == null) {
            MessageDialog.openInformation(shell, Messages.Align_title, Messages.Align_noSelection);
            return null;
        }
        SuggestionDialog dialog = new SuggestionDialog(shell, editor.getDocument(), from);
        if (dialog.open() != Window.OK || dialog.getChosen() == null) {
            return null;
        }
        Suggestion chosen = dialog.getChosen();
        String note = NLS.bind(Messages.Align_note, String.format(Locale.ROOT, "%d%%", Math.round(chosen.score() * 100)));
        editor.execute(AlignmentSuggestions.accept(editor.getEditingDomain(), editor.getDocument(), from, chosen, note));
        editor.refreshPanes();
        editor.select(from);
        return chosen;
    }
}
