package org.framebench.ui.assignment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.framebench.importer.ArticleImporter;

/**
 * The file choosers the wizard asks (the system's own dialogs, which tests cannot drive: a test puts its
 * own {@link Chooser} in with {@link #set(Chooser)}).
 */
public final class FileChoosers {

    /** What the wizard asks for. Each returns null (or an empty list) when the user cancels. */
    public interface Chooser {
        List<Path> articles(Shell shell);

        Path assignmentToOpen(Shell shell);

        Path assignmentToSave(Shell shell, Path suggested);

        Path codebookToImport(Shell shell);
    }

    private static final Chooser SYSTEM = new Chooser() {
        @Override
        public List<Path> articles(Shell shell) {
            FileDialog dialog = new FileDialog(shell, SWT.OPEN | SWT.MULTI);
            dialog.setText(Messages.Choose_articles);
            StringBuilder all = new StringBuilder();
            for (String extension : ArticleImporter.supportedExtensions()) {
                all.append(all.length() == 0 ? "" : ";").append("*.").append(extension);
            }
            dialog.setFilterExtensions(new String[] { all.toString(), "*.*" });
            dialog.setFilterNames(new String[] { Messages.Choose_articlesFilter, Messages.Choose_allFiles });
            if (dialog.open() == null) {
                return List.of();
            }
            List<Path> chosen = new ArrayList<>();
            for (String name : dialog.getFileNames()) {
                chosen.add(Path.of(dialog.getFilterPath(), name));
            }
            return chosen;
        }

        @Override
        public Path assignmentToOpen(Shell shell) {
            FileDialog dialog = new FileDialog(shell, SWT.OPEN);
            dialog.setText(Messages.Choose_assignment);
            dialog.setFilterExtensions(new String[] { "*.fbassign", "*.*" });
            dialog.setFilterNames(new String[] { Messages.Choose_assignmentFilter, Messages.Choose_allFiles });
            String chosen = dialog.open();
            return chosen == null ? null : Path.of(chosen);
        }

        @Override
        public Path assignmentToSave(Shell shell, Path suggested) {
            FileDialog dialog = new FileDialog(shell, SWT.SAVE);
            dialog.setText(Messages.Choose_save);
            dialog.setFilterExtensions(new String[] { "*.fbassign" });
            dialog.setFilterNames(new String[] { Messages.Choose_assignmentFilter });
            dialog.setOverwrite(true);
            if (suggested != null) {
                if (suggested.getParent() != null) {
                    dialog.setFilterPath(suggested.getParent().toString());
                }
                dialog.setFileName(suggested.getFileName().toString());
            }
            String chosen = dialog.open();
            if (chosen == null) {
                return null;
            }
            return chosen.endsWith(".fbassign") ? Path.of(chosen) : Path.of(chosen + ".fbassign");
        }

        @Override
        public Path codebookToImport(Shell shell) {
            FileDialog dialog = new FileDialog(shell, SWT.OPEN);
            dialog.setText(Messages.Choose_codebook);
            dialog.setFilterExtensions(new String[] { "*.xlsx;*.fbassign", "*.*" });
            dialog.setFilterNames(new String[] { Messages.Choose_codebookFilter, Messages.Choose_allFiles });
            String chosen = dialog.open();
            return chosen == null ? null : Path.of(chosen);
        }
    };

    private static Chooser current = SYSTEM;

    private FileChoosers() {
    }

    public static Chooser get() {
        return current;
    }

    /** Replaces the system's dialogs (tests); null puts them back. */
    public static void set(Chooser chooser) {
        current = chooser == null ? SYSTEM : chooser;
    }
}
