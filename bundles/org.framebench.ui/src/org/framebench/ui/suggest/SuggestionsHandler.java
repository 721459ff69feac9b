package org.framebench.ui.suggest;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.framebench.model.Article;
import org.framebench.ui.editor.DocumentEditor;
import org.framebench.ui.internal.Names;

/** Annotate → Accept All Suggestions in Article / Dismiss All Suggestions in Article: the article last worked in. */
public class SuggestionsHandler extends AbstractHandler {

    public static final String ACCEPT_ALL = "org.framebench.ui.acceptAllSuggestions";
    public static final String DISMISS_ALL = "org.framebench.ui.dismissAllSuggestions";

    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart part = HandlerUtil.getActiveEditor(event);
        Shell shell = part != null ? part.getSite().getShell() : HandlerUtil.getActiveWorkbenchWindow(event).getShell();
        if (!(part instanceof DocumentEditor editor) || editor.getSuggestions() == null || editor.currentArticle() == null) {
            MessageDialog.openInformation(shell, Messages.All_title, Messages.All_noDocument);
            return null;
        }
        if (!Suggestions.allowed(editor.getDocument())) {
            MessageDialog.openInformation(shell, Messages.All_title, Messages.All_notAllowed);
            return null;
        }
        Article article = editor.currentArticle();
        boolean accept = ACCEPT_ALL.equals(event.getCommand().getId());
        int[] done = new int[1];
        BusyIndicator.showWhile(shell.getDisplay(), () -> done[0] = accept ? editor.getSuggestions().acceptAll(article)
                : editor.getSuggestions().dismissAll(article));
        if (done[0] == 0) {
            MessageDialog.openInformation(shell, Messages.All_title, NLS.bind(Messages.All_none, Names.outlet(article)));
        }
        return null;
    }
}
