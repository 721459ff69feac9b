package org.framebench.ui.review.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.framebench.export.gradebook.LmsGradeCsv;
import org.framebench.ui.review.GradeBookExporter;
import org.framebench.ui.review.Messages;
import org.framebench.ui.review.ReviewSession;
import org.framebench.ui.review.ReviewSessions;

/** File → Export Grade Book…: the open class's grades, agreement and feedback as an .xlsx workbook. */
public class ExportGradeBookHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        ReviewSession session = ReviewSessions.current();
        if (session == null || !session.hasKey()) {
            MessageDialog.openInformation(window.getShell(), Messages.Export_failedTitle,
                    session == null ? Messages.Export_noClass : Messages.Export_noKey);
            return null;
        }
        FileDialog dialog = new FileDialog(window.getShell(), SWT.SAVE);
        // The grade book alone, or with the grades as Canvas or Moodle imports them beside it.
        dialog.setFilterExtensions(new String[] { "*.xlsx", "*.xlsx", "*.xlsx" });
        dialog.setFilterNames(new String[] { Messages.Export_filterGradeBook, Messages.Export_filterCanvas,
                Messages.Export_filterMoodle });
        dialog.setFilterPath(session.folder().toString());
        dialog.setFileName("grades.xlsx");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            String file = chosen.toLowerCase().endsWith(".xlsx") ? chosen : chosen + ".xlsx";
            Path target;
            try {
                target = Path.of(file);
            } catch (java.nio.file.InvalidPathException e) {
                // Under a language setting that only knows ASCII (LANG=C), a name with accents.
                MessageDialog.openError(window.getShell(), Messages.Export_failedTitle, NLS.bind(
                        Messages.Export_unreadableName, file.replace('\uFFFD', '?'), System.getProperty("sun.jnu.encoding", "?")));
                return null;
            }
            LmsGradeCsv.Layout layout = switch (dialog.getFilterIndex()) {
                case 1 -> LmsGradeCsv.Layout.CANVAS;
                case 2 -> LmsGradeCsv.Layout.MOODLE;
                default -> null;
            };
            GradeBookExporter.export(window.getShell(), session, target, layout);
        }
        return null;
    }
}
