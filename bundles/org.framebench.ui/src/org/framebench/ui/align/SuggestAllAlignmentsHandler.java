package org.framebench.ui.align;

import java.util.List;
import java.util.Locale;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.framebench.ui.align.AlignmentSuggestions.Pair;
import org.framebench.ui.editor.DocumentEditor;

/**
 * Annotate → Suggest Alignments for All…: every pair proposed for the document's annotations, to tick and
 * link in one undoable step.
 */
public class SuggestAllAlignmentsHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart part = HandlerUtil.getActiveEditor(event);
        Shell shell = HandlerUtil.getActiveShell(event);
        if (part instanceof DocumentEditor editor) {
            suggestAll(shell, editor);
        }
        return null;
    }

    /** Shows the pairs for the editor's document; links the ticked ones as one step. Returns them (empty if none). */
    public static List<Pair> suggestAll(Shell shell, DocumentEditor editor) {
        BulkSuggestionDialog dialog = new BulkSuggestionDialog(shell, editor.getDocument());
        if (dialog.open() != Window.OK || dialog.getChosen().isEmpty()) {
            return List.of();
        }
        List<Pair> chosen = dialog.getChosen();
        editor.execute(AlignmentSuggestions.acceptAll(editor.getEditingDomain(), editor.getDocument(), chosen,
                s -> NLS.bind(Messages.Align_note, String.format(Locale.ROOT, "%d%%", Math.round(s.score() * 100)))));
        editor.refreshPanes();
        return chosen;
    }
}
