package org.framebench.ui.assignment;

import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.framebench.core.assignment.AssignmentException;
import org.framebench.core.assignment.AssignmentFiles;
import org.framebench.core.codebook.BuiltInCodebook;
import org.framebench.core.codebook.Codebooks;
import org.framebench.model.Assignment;
import org.framebench.model.Codebook;
import org.framebench.ui.codebook.CodebookEditor;

/**
 * Page 3: the codebook. Start from the built-in journalism codebook, a blank one or an imported one
 * (xlsx or another assignment's), then edit it.
 */
final class CodebookPage extends WizardPage {

    private final AssignmentWizard wizard;
    private Codebook codebook;
    private Composite editorArea;
    private CodebookEditor editor;
    private Label summary;
    private Button builtIn;
    private Button blank;
    private Button imported;

    CodebookPage(AssignmentWizard wizard) {
        super("codebook");
        this.wizard = wizard;
        setTitle(Messages.Codebook_title);
        setDescription(Messages.Codebook_description);
        codebook = wizard.assignment().getCodebook();
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(1, false));
        Composite start = new Composite(body, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(5).applyTo(start);
        new Label(start, SWT.NONE).setText(Messages.Codebook_startFrom);
        builtIn = radio(start, Messages.Codebook_builtIn, () -> start(BuiltInCodebook.load()));
        blank = radio(start, Messages.Codebook_blank, () -> start(Codebooks.blank()));
        imported = radio(start, Messages.Codebook_import, this::importCodebook);
        summary = new Label(start, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).indent(12, 0).applyTo(summary);
        (wizard.isEditing() ? imported : builtIn).setSelection(true);

        editorArea = new Composite(body, SWT.NONE);
        editorArea.setLayout(new org.eclipse.swt.layout.FillLayout());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(editorArea);
        setControl(body);
        showEditor();
    }

    private Button radio(Composite parent, String label, Runnable action) {
        Button button = new Button(parent, SWT.RADIO);
        button.setText(label);
        button.addListener(SWT.Selection, e -> {
            if (button.getSelection()) {
                action.run();
            }
        });
        return button;
    }

    /** Replaces the codebook by {@code fresh}; asks first if the current one was edited. */
    void start(Codebook fresh) {
        if (editorHasChanges() && !MessageDialog.openQuestion(getShell(), Messages.Codebook_replaceTitle,
                Messages.Codebook_replace)) {
            return;
        }
        codebook = fresh;
        showEditor();
    }

    private void importCodebook() {
        Path file = FileChoosers.get().codebookToImport(getShell());
        if (file == null) {
            return;
        }
        try {
            start(read(file));
        } catch (AssignmentException | RuntimeException e) {
            if (e instanceof RuntimeException) {
                AssignmentWizard.log("importing codebook " + file, e);
            }
            MessageDialog.openError(getShell(), Messages.Codebook_importFailedTitle,
                    NLS.bind(Messages.Codebook_importFailed, file.getFileName(), e.getMessage()));
        }
    }

    /** A codebook read from an xlsx workbook or an assignment file (a copy with a new id, to edit). */
    static Codebook read(Path file) throws AssignmentException {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith("." + AssignmentFiles.EXTENSION)) {
            return Codebooks.copyAsNew(AssignmentFiles.load(file).getCodebook());
        }
        try {
            return org.framebench.codebook.xlsx.CodebookWorkbook.read(file);
        } catch (org.framebench.codebook.xlsx.CodebookFormatException e) {
            throw new AssignmentException(e.getMessage(), e);
        }
    }

    private boolean editorHasChanges() {
        return editor != null && editor.canUndo();
    }

    private void showEditor() {
        if (editor != null) {
            editor.getControl().dispose();
        }
        editor = new CodebookEditor(editorArea, codebook);
        editor.addChangeListener(this::updateSummary);
        editorArea.layout(true, true);
        updateSummary();
    }

    /** The codebook editor on this page (tests drive it). */
    CodebookEditor editor() {
        return editor;
    }

    private void updateSummary() {
        int codes = Codebooks.allCodes(codebook).size();
        summary.setText(NLS.bind(Messages.Codebook_summary, codebook.getLayers().size(), codes));
        summary.getParent().layout();
    }

    /** The codebook as edited so far. */
    Codebook codebook() {
        return editor != null ? editor.getCodebook() : codebook;
    }

    /** Puts the edited codebook into {@code assignment} (a copy, so further edits do not leak into it). */
    void applyTo(Assignment assignment) {
        Codebook edited = codebook();
        if (assignment.getCodebook() != edited
                && (assignment.getCodebook() == null || !EcoreUtil.equals(assignment.getCodebook(), edited))) {
            assignment.setCodebook(EcoreUtil.copy(edited));
        }
    }
}
