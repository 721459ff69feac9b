package org.framebench.ui.export;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.framebench.model.AnnotationDocument;
import org.framebench.ui.editor.DocumentEditor;
import org.framebench.ui.wizards.TargetFilePage;

/**
 * File → Export… → Framebench (org.eclipse.ui.exportWizards): the active Framebench editor's document as a
 * workbook or CSV, written by the same {@link ExportJob} as the product's File → Export menu. The format
 * comes from plugin.xml ({@code DocumentExportWizard:xlsx}).
 */
public class DocumentExportWizard extends Wizard implements IExportWizard, IExecutableExtension {

    private ExportFormat format = ExportFormat.XLSX;
    private AnnotationDocument document;
    private TargetFilePage page;
    private ExportJob job;

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        if (data instanceof String name) {
            format = ExportFormat.of(name);
        }
    }

    /** For tests and callers without plugin.xml. */
    public void setFormat(ExportFormat format) {
        this.format = format;
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
        IEditorPart editor = window == null || window.getActivePage() == null ? null
                : window.getActivePage().getActiveEditor();
        document = editor instanceof DocumentEditor documentEditor ? documentEditor.getDocument() : null;
        setWindowTitle(Messages.Wizard_title);
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        String title = format == ExportFormat.COMPARISON_CSV ? Messages.Dialog_titleComparisonCsv
                : format == ExportFormat.SYNDICATION_CSV ? Messages.Dialog_titleSyndicationCsv
                : format.isCsv() ? Messages.Dialog_titleCsv : Messages.Dialog_titleXlsx;
        page = new TargetFilePage(title, Messages.Wizard_description, format.extension(),
                document == null ? "framebench." + format.extension() : format.suggestedFileName(document));
        if (document == null) {
            page.setProblem(Messages.Failed_noDocument);
        }
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        if (document == null || page.target() == null) {
            return false;
        }
        job = ExportHandler.export(getShell().getParent() instanceof org.eclipse.swt.widgets.Shell parent ? parent
                : getShell(), document, page.target(), format);
        return true;
    }

    /** The export started by Finish (null before). */
    public ExportJob job() {
        return job;
    }
}
