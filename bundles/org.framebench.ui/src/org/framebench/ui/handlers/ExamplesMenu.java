package org.framebench.ui.handlers;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.framebench.core.assignment.Examples;
import org.framebench.ui.editor.DocumentOpener;

/** File → New from Example: one item per example assignment shipped with Framebench. */
public class ExamplesMenu extends CompoundContributionItem {

    @Override
    protected IContributionItem[] getContributionItems() {
        List<IContributionItem> items = new ArrayList<>();
        for (Examples.Example example : Examples.list()) {
            Action action = new Action(example.title().replace("&", "&&")) {
                @Override
                public void run() {
                    IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
                    DocumentOpener.openExample(window.getActivePage(), example.id());
                }
            };
            action.setId("org.framebench.ui.example." + example.id());
            items.add(new ActionContributionItem(action));
        }
        return items.toArray(new IContributionItem[0]);
    }
}
