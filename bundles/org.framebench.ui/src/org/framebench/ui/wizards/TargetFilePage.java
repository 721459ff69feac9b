package org.framebench.ui.wizards;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The one page of Framebench's export wizards (File → Export… in an IDE): the file to write, with Browse…,
 * and optionally a choice of layout. What is exported comes from the wizard ({@link #setProblem} when there
 * is nothing to export).
 */
public class TargetFilePage extends WizardPage {

    private final String extension;
    private final String suggestedName;
    private final String[] layouts;
    private Text file;
    private Combo layout;
    private String problem;

    /**
     * @param extension the file's extension, without the dot ("xlsx")
     * @param layouts   the layouts to choose from (none: no choice shown)
     */
    public TargetFilePage(String title, String description, String extension, String suggestedName, String... layouts) {
        super("target");
        setTitle(title);
        setDescription(description);
        this.extension = extension;
        this.suggestedName = suggestedName;
        this.layouts = layouts;
    }

    /** Nothing can be exported (no document open, no class): said on the page, Finish disabled. */
    public void setProblem(String problem) {
        this.problem = problem;
        if (file != null) {
            validate();
        }
    }

    @Override
    public void createControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(3, false));
        new Label(root, SWT.NONE).setText(Messages.TargetFile_file);
        file = new Text(root, SWT.BORDER | SWT.SINGLE);
        file.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        file.setText(Path.of(System.getProperty("user.home"), suggestedName).toString());
        file.addModifyListener(e -> validate());
        Button browse = new Button(root, SWT.PUSH);
        browse.setText(Messages.TargetFile_browse);
        browse.addListener(SWT.Selection, e -> browse());
        if (layouts.length > 0) {
            new Label(root, SWT.NONE).setText(Messages.TargetFile_layout);
            layout = new Combo(root, SWT.READ_ONLY);
            layout.setItems(layouts);
            layout.select(0);
            layout.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        }
        setControl(root);
        validate();
    }

    private void browse() {
        FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*." + extension });
        dialog.setFileName(suggestedName);
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            file.setText(chosen);
        }
    }

    private void validate() {
        String message = problem;
        if (message == null && file.getText().isBlank()) {
            message = Messages.TargetFile_noFile;
        }
        if (message == null && target() == null) {
            message = NLS.bind(Messages.TargetFile_unreadableName, file.getText(), System.getProperty("sun.jnu.encoding", "?"));
        }
        setErrorMessage(message);
        setPageComplete(message == null);
    }

    /** The file to write (the extension added if left out), or null if the name cannot be a path. */
    public Path target() {
        String name = file.getText().strip();
        if (!name.toLowerCase(Locale.ROOT).endsWith("." + extension)) {
            name += "." + extension;
        }
        try {
            return Path.of(name).toAbsolutePath();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** The layout chosen (its index in the layouts given), 0 when there is no choice. */
    public int layoutIndex() {
        return layout == null ? 0 : layout.getSelectionIndex();
    }

    /** For tests: the file field. */
    public Text fileField() {
        return file;
    }
}
