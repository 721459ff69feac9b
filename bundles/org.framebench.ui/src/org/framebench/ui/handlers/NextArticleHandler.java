package org.framebench.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.framebench.ui.editor.DocumentEditor;

/** Annotate → Next Article (F6) / Previous Article (Shift+F6): the cursor goes to the next article's text. */
public class NextArticleHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart active = HandlerUtil.getActiveEditor(event);
        if (active instanceof DocumentEditor editor) {
            boolean forward = !"org.framebench.ui.previousArticle".equals(event.getCommand().getId());
            HandlerUtil.getActiveWorkbenchWindow(event).getActivePage().activate(editor);
            editor.showNextArticle(forward);
        }
        return null;
    }
}
