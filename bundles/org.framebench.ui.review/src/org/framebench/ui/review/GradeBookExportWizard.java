package org.framebench.ui.review;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.framebench.export.gradebook.LmsGradeCsv;
import org.framebench.ui.wizards.TargetFilePage;

/**
 * File → Export… → Framebench → Grade Book (org.eclipse.ui.exportWizards): the open class's grade book, alone
 * or with the grades as Canvas or Moodle import them, written by {@link GradeBookExporter} as File → Export
 * Grade Book… does.
 */
public class GradeBookExportWizard extends Wizard implements IExportWizard {

    private ReviewSession session;
    private TargetFilePage page;

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        session = ReviewSessions.current();
        setWindowTitle(Messages.Export_failedTitle);
    }

    @Override
    public void addPages() {
        page = new TargetFilePage(Messages.Wizard_gradeBookTitle, Messages.Wizard_gradeBookDescription, "xlsx",
                "grades.xlsx", Messages.Export_filterGradeBook, Messages.Export_filterCanvas, Messages.Export_filterMoodle);
        if (session == null || !session.hasKey()) {
            page.setProblem(session == null ? Messages.Export_noClass : Messages.Export_noKey);
        }
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        if (session == null || !session.hasKey() || page.target() == null) {
            return false;
        }
        LmsGradeCsv.Layout layout = switch (page.layoutIndex()) {
            case 1 -> LmsGradeCsv.Layout.CANVAS;
            case 2 -> LmsGradeCsv.Layout.MOODLE;
            default -> null;
        };
        GradeBookExporter.export(getShell().getParent() instanceof org.eclipse.swt.widgets.Shell parent ? parent
                : getShell(), session, page.target(), layout);
        return true;
    }
}
