package org.framebench.ui.review.handlers;

import java.util.List;
import java.util.Locale;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.framebench.grading.key.DraftKey;
import org.framebench.model.AnnotationDocument;
import org.framebench.ui.InstructorIdentity;
import org.framebench.ui.review.KeyDrafts;
import org.framebench.ui.review.Messages;
import org.framebench.ui.review.ReviewSession;
import org.framebench.ui.review.ReviewSessions;

/**
 * Class view → Draft Key from Class…: asks which share of the students must agree (0.5 unless changed),
 * drafts the key from the class's gradable submissions and opens it unsaved in the annotating editor.
 */
public class DraftKeyFromClassHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        Shell shell = window.getShell();
        ReviewSession session = ReviewSessions.current();
        List<AnnotationDocument> students = session == null ? List.of() : session.gradableDocuments();
        if (students.isEmpty()) {
            MessageDialog.openInformation(shell, Messages.Key_title, session == null ? Messages.Export_noClass
                    : Messages.Key_noStudents);
            return null;
        }
        InputDialog ask = new InputDialog(shell, Messages.Key_draftTitle, NLS.bind(Messages.Key_draftQuestion,
                students.size()), String.format(Locale.ROOT, "%.1f", DraftKey.DEFAULT_MIN_SHARE), DraftKeyFromClassHandler::checkShare);
        if (ask.open() != Window.OK) {
            return null;
        }
        double share = parseShare(ask.getValue());
        String author = InstructorIdentity.ensure(shell);
        if (author == null) {
            return null;
        }
        DraftKey.Result result = new DraftKey(share, session.options().threshold(), true).draft(students, author);
        KeyDrafts.open(window, result.key());
        ReviewSessions.status(NLS.bind(Messages.Key_drafted, result.key().getAnnotations().size(), students.size()));
        return null;
    }

    private static String checkShare(String text) {
        double share = parseShare(text);
        return share > 0 && share <= 1 ? null : Messages.Key_shareInvalid;
    }

    /** The share typed, as 0.5, 0,5 or 50%; NaN when it is none of those. */
    static double parseShare(String text) {
        if (text == null) {
            return Double.NaN;
        }
        String value = text.strip().replace(',', '.');
        boolean percent = value.endsWith("%");
        if (percent) {
            value = value.substring(0, value.length() - 1).strip();
        }
        try {
            double number = Double.parseDouble(value);
            return percent ? number / 100 : number;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
