package org.framebench.ui.handlers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.framebench.ui.Messages;
import org.framebench.ui.editor.DocumentOpener;
import org.framebench.ui.internal.RecentFiles;

/** File → Open Recent: the documents opened or saved last; one that is gone is taken off with a message. */
public class RecentFilesMenu extends CompoundContributionItem {

    @Override
    protected IContributionItem[] getContributionItems() {
        List<IContributionItem> items = new ArrayList<>();
        int number = 1;
        for (Path file : RecentFiles.list()) {
            String name = String.valueOf(file.getFileName()).replace("&", "&&");
            String folder = file.getParent() == null ? "" : file.getParent().toString().replace("&", "&&");
            Action action = new Action(NLS.bind(Messages.Recent_item, new Object[] { number, name, folder })) {
                @Override
                public void run() {
                    open(file);
                }
            };
            action.setToolTipText(file.toString());
            items.add(new ActionContributionItem(action));
            number++;
        }
        if (items.isEmpty()) {
            Action none = new Action(Messages.Recent_none) {
            };
            none.setEnabled(false);
            items.add(new ActionContributionItem(none));
        }
        return items.toArray(new IContributionItem[0]);
    }

    /** Opens a recent document; one that is no longer there is taken off the list, and the student told. */
    public static void open(Path file) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (!Files.isRegularFile(file)) {
            RecentFiles.remove(file);
            MessageDialog.openInformation(window.getShell(), Messages.Recent_goneTitle,
                    NLS.bind(Messages.Recent_gone, file.getFileName(), file.getParent()));
            return;
        }
        DocumentOpener.openFile(window.getActivePage(), file);
    }
}
