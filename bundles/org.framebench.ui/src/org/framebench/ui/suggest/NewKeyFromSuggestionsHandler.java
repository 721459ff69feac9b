package org.framebench.ui.suggest;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.framebench.core.document.Documents;
import org.framebench.core.key.Keys;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.Assignment;
import org.framebench.model.Role;
import org.framebench.suggest.Attribution;
import org.framebench.suggest.AttributionFinder;
import org.framebench.suggest.SuggestionDocuments;
import org.framebench.ui.InstructorIdentity;
import org.framebench.ui.editor.DocumentEditor;
import org.framebench.ui.editor.KeyCopies;
import org.framebench.ui.internal.FramebenchUiPlugin;

/**
 * File → New Key from Suggestions: a new key of the open document's assignment holding every suggestion of its
 * articles as an annotation (marked as from a suggestion), opened unsaved in the editor for the instructor to refine.
 */
public class NewKeyFromSuggestionsHandler extends AbstractHandler {

    public static final String COMMAND_ID = "org.framebench.ui.newKeyFromSuggestions";

    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart part = HandlerUtil.getActiveEditor(event);
        // The editor's window, not the active shell (it may be a dialog's, closed since).
        Shell shell = part != null ? part.getSite().getShell() : HandlerUtil.getActiveWorkbenchWindow(event).getShell();
        if (!(part instanceof DocumentEditor editor)) {
            MessageDialog.openInformation(shell, Messages.Key_title, Messages.Key_noDocument);
            return null;
        }
        if (!Suggestions.allowed(editor.getDocument())) {
            MessageDialog.openInformation(shell, Messages.Key_title, Messages.Key_notAllowed);
            return null;
        }
        String author = InstructorIdentity.ensure(shell);
        if (author == null) {
            return null;
        }
        AnnotationDocument[] key = new AnnotationDocument[1];
        RuntimeException[] failure = new RuntimeException[1];
        BusyIndicator.showWhile(shell.getDisplay(), () -> {
            try {
                key[0] = newKey(editor.getDocument().getAssignment(), author);
            } catch (RuntimeException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            FramebenchUiPlugin.log("New Key from Suggestions", failure[0]);
            MessageDialog.openError(shell, Messages.Key_title, NLS.bind(Messages.Key_failed, failure[0].getMessage()));
            return null;
        }
        KeyCopies.openUnsaved(editor.getSite().getPage(), key[0]);
        return null;
    }

    /**
     * A new key (role key, by {@code author}) of a copy of {@code assignment}, holding every suggestion of every
     * article as an annotation marked as from a suggestion (one per distinct span and code), in the assignment's
     * article order and text order, the parts of each attribution linked (kind attribution): the same draft as
     * {@code framebench key --suggest}.
     */
    public static AnnotationDocument newKey(Assignment assignment, String author) {
        AnnotationDocument key = Documents.newDocument(assignment, Role.KEY);
        key.setAnnotatorName(author == null || author.isBlank() ? Keys.DEFAULT_AUTHOR : author.strip());
        key.setAnnotatorId("");
        List<Attribution> found = new ArrayList<>();
        for (Article article : key.getAssignment().getArticles()) {
            found.addAll(AttributionFinder.get().findAttributions(article, key.getAssignment().getCodebook()));
        }
        SuggestionDocuments.addAll(key, found);
        return key;
    }
}
