package org.framebench.ui.assignment;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.framebench.core.assignment.AssignmentException;
import org.framebench.core.assignment.AssignmentFiles;
import org.framebench.model.Assignment;
import org.framebench.ui.editor.DocumentEditor;
import org.framebench.ui.editor.DocumentOpener;

/** The assignment wizard's dialog: sized for 1280×800, Finish is "Save and Close". */
public final class AssignmentWizardDialog extends WizardDialog {

    private final AssignmentWizard assignmentWizard;

    public AssignmentWizardDialog(Shell parent, AssignmentWizard wizard) {
        super(parent, wizard);
        this.assignmentWizard = wizard;
        setShellStyle(getShellStyle() | org.eclipse.swt.SWT.RESIZE | org.eclipse.swt.SWT.MAX);
    }

    public AssignmentWizard wizard() {
        return assignmentWizard;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        Button finish = getButton(IDialogConstants.FINISH_ID);
        if (finish != null) {
            finish.setText(Messages.Wizard_saveAndClose);
            setButtonLayoutData(finish);
        }
    }

    @Override
    protected Point getInitialSize() {
        // Fits a 1280×800 screen with the window's decorations and a panel.
        return new Point(1180, 720);
    }

    /** Finishes as the Save and Close button does (Open as a Student). */
    void finishNow() {
        finishPressed();
    }

    /** Runs the wizard for a new assignment, then opens a student document if asked. */
    public static void runNew(IWorkbenchWindow window) {
        run(window, AssignmentWizard.forNew());
    }

    /** Runs the wizard on {@code file}; a file that cannot be read is explained and nothing opens. */
    public static void runEdit(IWorkbenchWindow window, Path file) {
        Assignment loaded;
        try {
            loaded = AssignmentFiles.load(file);
        } catch (AssignmentException e) {
            MessageDialog.openError(window.getShell(), Messages.Edit_failedTitle, e.getMessage());
            return;
        }
        run(window, AssignmentWizard.forEdit(loaded, file));
    }

    private static void run(IWorkbenchWindow window, AssignmentWizard wizard) {
        AssignmentWizardDialog dialog = new AssignmentWizardDialog(window.getShell(), wizard);
        dialog.open();
        openAsStudentIfAsked(window, wizard);
    }

    /** After the wizard closed: a new student document for what was saved, if Open as a Student was pressed. */
    public static DocumentEditor openAsStudentIfAsked(IWorkbenchWindow window, AssignmentWizard wizard) {
        if (!wizard.openAsStudentRequested() || wizard.savedTo() == null) {
            return null;
        }
        return openAsStudent(window.getActivePage(), wizard.savedTo());
    }

    /** A new, untitled student document for the assignment in {@code file}. */
    public static DocumentEditor openAsStudent(IWorkbenchPage page, Path file) {
        try {
            return DocumentOpener.openAssignment(page, AssignmentFiles.load(file));
        } catch (AssignmentException e) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), Messages.Edit_failedTitle, e.getMessage());
            return null;
        }
    }
}
