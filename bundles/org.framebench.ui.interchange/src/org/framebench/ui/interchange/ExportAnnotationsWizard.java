package org.framebench.ui.interchange;

import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.framebench.core.interchange.InterchangeException;
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
        AtomicReference<InterchangeReport> report = new AtomicReference<>();
        AtomicReference<String> failure = new AtomicReference<>();
        try {
            getContainer().run(true, false, monitor -> {
                monitor.beginTask(format.label(), org.eclipse.core.runtime.IProgressMonitor.UNKNOWN);
                try {
                    report.set(format.exportDocument(document, target));
                } catch (InterchangeException e) {
                    failure.set(e.getMessage());
                } catch (RuntimeException e) {
                    org.eclipse.core.runtime.ILog.of(getClass()).error("export " + format.id(), e);
                    failure.set(String.valueOf(e.getMessage()));
                } finally {
                    monitor.done();
                }
            });
        } catch (InvocationTargetException e) {
            failure.set(String.valueOf(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        if (failure.get() != null) {
            page.showFailure(NLS.bind(Messages.Export_failed, failure.get()));
            return false;
        }
        lastReport = report.get();
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
