package org.framebench.ui.assignment;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.framebench.model.Assignment;

/** Page 1: the assignment's title and the instructions students read first. */
final class DetailsPage extends WizardPage {

    private final AssignmentWizard wizard;
    private Text title;
    private Text instructions;
    private org.eclipse.swt.widgets.Button suggestions;

    DetailsPage(AssignmentWizard wizard) {
        super("details");
        this.wizard = wizard;
        setTitle(Messages.Details_title);
        setDescription(Messages.Details_description);
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(2, false));
        Assignment assignment = wizard.assignment();

        new Label(body, SWT.NONE).setText(Messages.Details_titleLabel);
        title = new Text(body, SWT.BORDER | SWT.SINGLE);
        title.setMessage(Messages.Details_titleHint);
        title.setText(nonNull(assignment.getTitle()));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
        title.addModifyListener(e -> {
            assignment.setTitle(title.getText().strip());
            update();
        });

        Label instructionsLabel = new Label(body, SWT.NONE);
        instructionsLabel.setText(Messages.Details_instructionsLabel);
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).indent(0, 3).applyTo(instructionsLabel);
        instructions = new Text(body, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        instructions.setText(nonNull(assignment.getInstructions()));
        GridDataFactory.fillDefaults().grab(true, true).hint(400, 200).applyTo(instructions);
        instructions.addModifyListener(e -> assignment.setInstructions(instructions.getText().strip()));

        Label hint = new Label(body, SWT.WRAP);
        hint.setText(Messages.Details_instructionsHint);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(400, SWT.DEFAULT).applyTo(hint);

        // The teaching control: whether students see the attribution finder's suggestions as hints.
        suggestions = new org.eclipse.swt.widgets.Button(body, SWT.CHECK);
        suggestions.setText(Messages.Details_suggestions);
        suggestions.setToolTipText(Messages.Details_suggestionsHint);
        suggestions.setSelection(assignment.isSuggestionsForStudents());
        GridDataFactory.fillDefaults().span(2, 1).indent(0, 6).applyTo(suggestions);
        suggestions.addListener(SWT.Selection, e -> assignment.setSuggestionsForStudents(suggestions.getSelection()));

        setControl(body);
        update();
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        if (visible) {
            title.setFocus();
        }
    }

    private void update() {
        boolean ok = !title.getText().isBlank();
        setErrorMessage(null);
        setMessage(ok ? null : Messages.Details_needTitle, INFORMATION);
        setPageComplete(ok);
    }

    Text titleField() {
        return title;
    }

    org.eclipse.swt.widgets.Button suggestionsCheckbox() {
        return suggestions;
    }

    Text instructionsField() {
        return instructions;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
