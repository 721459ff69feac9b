package org.framebench.ui.review;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.framebench.core.text.XmlText;
import org.framebench.ui.InstructorIdentity;

/** Asks for the class folder and, optionally, a key file outside it. */
public class OpenClassDialog extends TitleAreaDialog {

    private Text folderField;
    private Text keyField;
    private Text instructorField;
    private String instructor;
    private Path folder;
    private Path key;

    public OpenClassDialog(Shell parent) {
        super(parent);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.OpenClass_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.OpenClass_title);
        setMessage(Messages.OpenClass_intro);
        Composite fields = new Composite(area, SWT.NONE);
        fields.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        fields.setLayout(new GridLayout(3, false));
        new Label(fields, SWT.NONE).setText(Messages.OpenClass_folder);
        folderField = new Text(fields, SWT.BORDER | SWT.SINGLE);
        GridData folderData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        folderData.widthHint = 420;
        folderField.setLayoutData(folderData);
        // A folder, or the ZIP a learning platform's "download all submissions" gives.
        Composite folderButtons = new Composite(fields, SWT.NONE);
        folderButtons.setLayout(new org.eclipse.swt.layout.RowLayout(SWT.HORIZONTAL));
        Button browseFolder = new Button(folderButtons, SWT.PUSH);
        browseFolder.setText(Messages.OpenClass_browse);
        browseFolder.addListener(SWT.Selection, e -> {
            DirectoryDialog dialog = new DirectoryDialog(getShell());
            dialog.setMessage(Messages.OpenClass_folderPrompt);
            String chosen = dialog.open();
            if (chosen != null) {
                folderField.setText(chosen);
            }
        });
        Button browseZip = new Button(folderButtons, SWT.PUSH);
        browseZip.setText(Messages.OpenClass_browseZip);
        browseZip.addListener(SWT.Selection, e -> {
            FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
            dialog.setFilterExtensions(new String[] { "*.zip", "*.*" });
            String chosen = dialog.open();
            if (chosen != null) {
                folderField.setText(chosen);
            }
        });
        new Label(fields, SWT.NONE).setText(Messages.OpenClass_key);
        keyField = new Text(fields, SWT.BORDER | SWT.SINGLE);
        keyField.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        keyField.setMessage(Messages.OpenClass_keyHint);
        Button browseKey = new Button(fields, SWT.PUSH);
        browseKey.setText(Messages.OpenClass_browse);
        browseKey.addListener(SWT.Selection, e -> {
            FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
            dialog.setFilterExtensions(new String[] { "*.fbench", "*.*" });
            String chosen = dialog.open();
            if (chosen != null) {
                keyField.setText(chosen);
            }
        });
        // The instructor's name is a setting (Window > Preferences > Framebench > Instructor), not the
        // computer's user: filled in from it, asked here the first time, remembered.
        new Label(fields, SWT.NONE).setText(Messages.OpenClass_instructor);
        instructorField = new Text(fields, SWT.BORDER | SWT.SINGLE);
        instructorField.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        instructorField.setMessage(Messages.OpenClass_instructorHint);
        String remembered = InstructorIdentity.remembered();
        instructorField.setText(remembered == null ? "" : remembered);
        return area;
    }

    @Override
    protected void okPressed() {
        String folderText = folderField.getText().strip();
        String keyText = keyField.getText().strip();
        if (folderText.isEmpty()) {
            setErrorMessage(Messages.OpenClass_noFolder);
            return;
        }
        Path chosenFolder = pathOf(folderText);
        Path chosenKey = keyText.isEmpty() ? null : pathOf(keyText);
        if (chosenFolder == null || !keyText.isEmpty() && chosenKey == null) {
            // Under a language setting that only knows ASCII (LANG=C), a name with accents.
            setErrorMessage(NLS.bind(Messages.OpenClass_unreadableName, (chosenFolder == null ? folderText : keyText)
                    .replace('\uFFFD', '?'), System.getProperty("sun.jnu.encoding", "?")));
            return;
        }
        if (!Files.isDirectory(chosenFolder) && !org.framebench.grading.lms.ClassArchive.isArchive(chosenFolder)) {
            setErrorMessage(NLS.bind(Messages.OpenClass_notAFolder, folderText));
            return;
        }
        if (chosenKey != null && !Files.isRegularFile(chosenKey)) {
            setErrorMessage(NLS.bind(Messages.OpenClass_noKeyFile, keyText));
            return;
        }
        String name = XmlText.clean(instructorField.getText());
        if (name == null || name.isBlank()) {
            setErrorMessage(Messages.OpenClass_noInstructor);
            instructorField.setFocus();
            return;
        }
        instructor = name.strip();
        InstructorIdentity.remember(instructor);
        folder = chosenFolder;
        key = chosenKey;
        super.okPressed();
    }

    /** The path {@code name} names, or null if it cannot name one. */
    private static Path pathOf(String name) {
        try {
            return Path.of(name);
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.OpenClass_open, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    /** The instructor's name given (and remembered). */
    public String getInstructor() {
        return instructor;
    }

    public Path getFolder() {
        return folder;
    }

    /** The key file chosen, or {@code null} to use a key found in the folder. */
    public Path getKey() {
        return key;
    }
}
