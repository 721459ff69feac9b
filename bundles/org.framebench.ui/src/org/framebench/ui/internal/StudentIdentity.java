package org.framebench.ui.internal;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.preference.IPersistentPreferenceStore;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.framebench.core.text.XmlText;
import org.framebench.model.AnnotationDocument;
import org.framebench.ui.Messages;

/**
 * Who is annotating. Asked once, at the first save, and remembered in the preferences, so every file a
 * student saves names the student.
 */
public final class StudentIdentity {

    public static final String NAME = "student.name";
    public static final String ID = "student.id";

    private StudentIdentity() {
    }

    /**
     * Makes sure {@code document} names its annotator: from the document itself, the remembered identity,
     * or by asking. @return false if the user cancelled
     */
    public static boolean ensure(Shell shell, AnnotationDocument document) {
        if (hasText(document.getAnnotatorName()) && hasText(document.getAnnotatorId())) {
            return true;
        }
        IPreferenceStore preferences = FramebenchUiPlugin.getDefault().getPreferenceStore();
        // Remembered by an older version, perhaps with a pasted control character: cleaned like typing.
        String name = XmlText.clean(preferences.getString(NAME));
        String id = XmlText.clean(preferences.getString(ID));
        if (!hasText(name) || !hasText(id)) {
            IdentityDialog dialog = new IdentityDialog(shell, name, id);
            if (dialog.open() != Dialog.OK) {
                return false;
            }
            name = dialog.name;
            id = dialog.id;
            store(preferences, name, id);
        }
        document.setAnnotatorName(name);
        document.setAnnotatorId(id);
        return true;
    }

    /** Remembers an identity without asking (preferences page, tests). */
    public static void remember(String name, String id) {
        store(FramebenchUiPlugin.getDefault().getPreferenceStore(), name, id);
    }

    /**
     * Remembers the identity and writes it to disk at once: the preferences are otherwise written only when
     * Framebench closes normally, and a crash lost the name and id the student had just given.
     */
    private static void store(IPreferenceStore preferences, String name, String id) {
        preferences.setValue(NAME, name);
        preferences.setValue(ID, id);
        if (preferences instanceof IPersistentPreferenceStore persistent && persistent.needsSaving()) {
            try {
                persistent.save();
            } catch (java.io.IOException e) {
                // Still remembered until Framebench closes; only a crash before then would forget it.
                FramebenchUiPlugin.warn("remember the student's name and id", e);
            }
        }
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    private static final class IdentityDialog extends Dialog {
        private String name;
        private String id;
        private Text nameField;
        private Text idField;

        IdentityDialog(Shell shell, String name, String id) {
            super(shell);
            this.name = name;
            this.id = id;
        }

        @Override
        protected void configureShell(Shell shell) {
            super.configureShell(shell);
            shell.setText(Messages.Identity_title);
        }

        @Override
        protected Control createDialogArea(Composite parent) {
            Composite area = (Composite) super.createDialogArea(parent);
            area.setLayout(new GridLayout(2, false));
            Label intro = new Label(area, SWT.WRAP);
            intro.setText(Messages.Identity_intro);
            GridData introData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
            introData.widthHint = 360;
            intro.setLayoutData(introData);
            new Label(area, SWT.NONE).setText(Messages.Identity_name);
            nameField = CleanInput.attach(new Text(area, SWT.BORDER));
            nameField.setText(name == null ? "" : name);
            nameField.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            new Label(area, SWT.NONE).setText(Messages.Identity_id);
            idField = CleanInput.attach(new Text(area, SWT.BORDER));
            idField.setText(id == null ? "" : id);
            idField.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            nameField.addModifyListener(e -> validate());
            idField.addModifyListener(e -> validate());
            return area;
        }

        @Override
        protected void createButtonsForButtonBar(Composite parent) {
            super.createButtonsForButtonBar(parent);
            validate();
        }

        private void validate() {
            if (getButton(IDialogConstants.OK_ID) != null) {
                getButton(IDialogConstants.OK_ID).setEnabled(hasText(nameField.getText()) && hasText(idField.getText()));
            }
        }

        @Override
        protected void okPressed() {
            name = nameField.getText().trim();
            id = idField.getText().trim();
            super.okPressed();
        }
    }
}
