package org.framebench.ui.interchange;


import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.framebench.core.assignment.AssignmentException;
import org.framebench.core.assignment.Examples;
import org.framebench.core.document.Documents;
import org.framebench.core.interchange.ImportResult;
import org.framebench.core.interchange.InterchangeFormat;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Role;
import org.framebench.ui.editor.DocumentEditor;
import org.framebench.ui.editor.DocumentEditorInput;

/**
 * File → Import → Framebench → Annotations from Another Tool: reads another tool's annotations for the articles
 * of the active document's assignment (or the example assignment) into a new, unsaved document, opened beside
 * what is open. Nothing already open changes, whatever the file holds.
 */
public class ImportAnnotationsWizard extends Wizard implements IImportWizard {

    private IWorkbenchPage workbenchPage;
    private AnnotationDocument template;
    private String templateName;
    private FormatPage page;
    private ImportResult lastResult;

    public ImportAnnotationsWizard() {
        setWindowTitle(Messages.Import_title);
        setNeedsProgressMonitor(true);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        workbenchPage = workbench.getActiveWorkbenchWindow() == null ? null
                : workbench.getActiveWorkbenchWindow().getActivePage();
        IEditorPart editor = workbenchPage == null ? null : workbenchPage.getActiveEditor();
        if (editor instanceof DocumentEditor documentEditor && documentEditor.getDocument() != null) {
            template = documentEditor.getDocument();
            templateName = template.getAssignment().getTitle();
        } else {
            try {
                template = Documents.newDocument(Examples.load(Examples.LIBYA), Role.STUDENT);
                templateName = NLS.bind(Messages.Import_intoExample, template.getAssignment().getTitle());
            } catch (AssignmentException e) {
                org.eclipse.core.runtime.ILog.of(getClass()).error("example assignment", e);
            }
        }
    }

    @Override
    public void addPages() {
        page = new FormatPage(false, Messages.Import_pageTitle, Messages.Import_pageDescription,
                NLS.bind(Messages.Import_into, templateName == null ? "" : templateName));
        addPage(page);
    }

    @Override
    public boolean canFinish() {
        return template != null && super.canFinish();
    }

    @Override
    public boolean performFinish() {
        InterchangeFormat format = page.format();
        java.nio.file.Path source = page.path();
        InBackground.Outcome<ImportResult> outcome = InBackground.run(getContainer(), format.label(),
                () -> format.importDocument(source, template));
        if (outcome.interrupted()) {
            return false;
        }
        if (outcome.failure() != null) {
            page.showFailure(NLS.bind(Messages.Import_failed, outcome.failure()));
            return false;
        }
        lastResult = outcome.result();
        if (workbenchPage != null) {
            try {
                DocumentEditorInput input = new DocumentEditorInput(lastResult.document(), null);
                input.setUnsavedChanges(true); // closing it asks first: the imported annotations exist nowhere else
                workbenchPage.openEditor(input, DocumentEditor.ID);
            } catch (PartInitException e) {
                org.eclipse.core.runtime.ILog.of(getClass()).error("open imported document", e);
                page.showFailure(NLS.bind(Messages.Import_failed, e.getMessage()));
                return false;
            }
        }
        MessageDialog.openInformation(getShell(), Messages.Import_doneTitle,
                NLS.bind(Messages.Import_done, source.toAbsolutePath(), lastResult.report().summary()) + "\n\n"
                        + Reports.losses(lastResult.report()));
        return true;
    }

    /** What the last import read (for tests). */
    public ImportResult lastResult() {
        return lastResult;
    }
}
