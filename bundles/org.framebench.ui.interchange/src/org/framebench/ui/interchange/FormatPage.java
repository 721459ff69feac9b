package org.framebench.ui.interchange;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.framebench.core.interchange.InterchangeFormat;

/** The one page of both wizards: which format, and where to write (export) or what to read (import). */
final class FormatPage extends WizardPage {

    private final boolean export;
    private final String detail;
    private Combo formats;
    private Label pathLabel;
    private Text path;

    FormatPage(boolean export, String title, String description, String detail) {
        super(export ? "exportFormat" : "importFormat");
        this.export = export;
        this.detail = detail;
        setTitle(title);
        setDescription(description);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite composite = new Composite(parent, SWT.NONE);
        composite.setLayout(new GridLayout(3, false));
        new Label(composite, SWT.NONE).setText(Messages.Page_format);
        formats = new Combo(composite, SWT.READ_ONLY | SWT.DROP_DOWN);
        for (InterchangeFormat format : AnnotationFormats.all()) {
            formats.add(format.label());
        }
        formats.select(0);
        formats.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        pathLabel = new Label(composite, SWT.NONE);
        path = new Text(composite, SWT.BORDER | SWT.SINGLE);
        path.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button browse = new Button(composite, SWT.PUSH);
        browse.setText(Messages.Page_browse);
        browse.addListener(SWT.Selection, e -> browse());
        if (detail != null) {
            Label info = new Label(composite, SWT.WRAP);
            info.setText(detail);
            info.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        }
        formats.addListener(SWT.Selection, e -> update());
        path.addListener(SWT.Modify, e -> update());
        update();
        setControl(composite);
    }

    InterchangeFormat format() {
        return AnnotationFormats.all().get(Math.max(0, formats.getSelectionIndex()));
    }

    /** The chosen path, or null while there is none (or it cannot be a path). */
    Path path() {
        String typed = path.getText().strip();
        if (typed.isEmpty()) {
            return null;
        }
        try {
            return Path.of(typed);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private void browse() {
        boolean folder = AnnotationFormats.isFolder(format());
        String chosen;
        if (folder) {
            DirectoryDialog dialog = new DirectoryDialog(getShell(), export ? SWT.SAVE : SWT.OPEN);
            chosen = dialog.open();
        } else {
            FileDialog dialog = new FileDialog(getShell(), export ? SWT.SAVE : SWT.OPEN);
            String ending = format().targetDescription();
            dialog.setFilterExtensions(new String[] { "*" + ending, "*" });
            if (export) {
                dialog.setOverwrite(true);
            }
            chosen = dialog.open();
            if (chosen != null && export && !chosen.endsWith(ending)) {
                chosen += ending;
            }
        }
        if (chosen != null) {
            path.setText(chosen);
        }
    }

    private void update() {
        boolean folder = AnnotationFormats.isFolder(format());
        pathLabel.setText(export ? (folder ? Messages.Page_folderTarget : Messages.Page_fileTarget)
                : (folder ? Messages.Page_folderSource : Messages.Page_fileSource));
        pathLabel.getParent().layout();
        Path chosen = path();
        if (chosen == null) {
            setErrorMessage(null);
            setMessage(export ? Messages.Page_chooseTarget : Messages.Page_chooseSource);
            setPageComplete(false);
        } else if (!export && !Files.exists(chosen)) {
            setErrorMessage(NLS.bind(Messages.Page_sourceMissing, chosen));
            setPageComplete(false);
        } else {
            setErrorMessage(null);
            setMessage(null);
            setPageComplete(true);
        }
    }

    /** Shown on the page when the format refused the file, so the user can change it and try again. */
    void showFailure(String message) {
        setErrorMessage(message);
    }
}
