package org.framebench.ui.export;

import java.nio.file.Path;
import java.util.function.Predicate;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Shell;

/**
 * After an export: "Exported to …" with the full path, and Open Folder, which shows the folder in the
 * system's file manager (if that cannot be done, the folder is named instead).
 */
public final class ExportedDialog {

    /** Opens a folder in the system's file manager; replaced by tests (no file manager there). */
    static Predicate<Path> folderOpener = folder -> Program.launch(folder.toString());

    private ExportedDialog() {
    }

    /** Tells the user where the export went; offers to open its folder. */
    public static void open(Shell shell, Path target) {
        Path absolute = target.toAbsolutePath();
        MessageDialog dialog = new MessageDialog(shell, Messages.Exported_title, null,
                NLS.bind(Messages.Exported_message, absolute), MessageDialog.INFORMATION, 1,
                Messages.Exported_openFolder, Messages.Exported_close);
        if (dialog.open() == 0) {
            Path folder = absolute.getParent();
            if (folder == null || !folderOpener.test(folder)) {
                MessageDialog.openInformation(shell, Messages.Exported_folderNotOpenedTitle,
                        NLS.bind(Messages.Exported_folderNotOpened, folder == null ? absolute : folder));
            }
        }
    }

    /** For tests: how Open Folder opens a folder. */
    public static void setFolderOpener(Predicate<Path> opener) {
        folderOpener = opener;
    }
}
