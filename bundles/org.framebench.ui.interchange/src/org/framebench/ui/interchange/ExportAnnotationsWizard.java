package org.framebench.ui.interchange;


import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.framebench.core.interchange.InterchangeFormat;
import org.framebench.core.interchange.InterchangeReport;
import org.framebench.model.AnnotationDocument;
import org.framebench.ui.editor.DocumentEditor;

/**
 * File → Export → Framebench → Annotations for Another Tool: the active document's annotations in a format that
 * INCEpTION, Hypothesis, brat or QDA software read. The format writes to a temporary file and moves it into place,
 * so a failure leaves the target as it was; the document is never changed.
 */
public class ExportAnnotationsWizard extends Wizard implements IExportWizard {

    private AnnotationDocument document;
    private String documentName;
    private FormatPage page;
    private InterchangeReport lastReport;

    public ExportAnnotationsWizard() {
        setWindowTitle(Messages.Export_title);
        setNeedsProgressMonitor(true);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        IWorkbenchPage active = workbench.getActiveWorkbenchWindow() == null ? null
                : workbench.getActiveWorkbenchWindow().getActivePage();
        IEditorPart editor = active == null ? null : active.getActiveEditor();
        if (editor instanceof DocumentEditor documentEditor && documentEditor.getDocument() != null) {
            document = documentEditor.getDocument();
            documentName = documentEditor.getTitle();
        }
    }

    /** For a caller that already holds the document (and tests). */
    public void setDocument(AnnotationDocument document, String name) {
        this.document = document;
        this.documentName = name;
    }

    @Override
    public void addPages() {
        page = new FormatPage(true, Messages.Export_pageTitle,
                NLS.bind(Messages.Export_pageDescription, documentName == null ? "" : documentName), null);
        addPage(page);
    }

    @Override
    public boolean canFinish() {
        return document != null && super.canFinish();
    }

    @Override
    public void createPageControls(org.eclipse.swt.widgets.Composite pageContainer) {
        super.createPageControls(pageContainer);
        if (document == null) {
            page.showFailure(Messages.Export_noDocument);
        }
    }

    @Override
    public boolean performFinish() {
        InterchangeFormat format = page.format();
        java.nio.file.Path target = page.path();
        InBackground.Outcome<InterchangeReport> outcome = InBackground.run(getContainer(), format.label(),
                () -> format.exportDocument(document, target));
        if (outcome.interrupted()) {
            return false;
        }
        if (outcome.failure() != null) {
            page.showFailure(NLS.bind(Messages.Export_failed, outcome.failure()));
            return false;
        }
        lastReport = outcome.result();
        MessageDialog.openInformation(getShell(), Messages.Export_doneTitle,
                NLS.bind(Messages.Export_done, target.toAbsolutePath(), lastReport.summary()) + "\n\n"
                        + Reports.losses(lastReport));
        return true;
    }

    /** What the last export wrote (for tests). */
    public InterchangeReport lastReport() {
        return lastReport;
    }
}
