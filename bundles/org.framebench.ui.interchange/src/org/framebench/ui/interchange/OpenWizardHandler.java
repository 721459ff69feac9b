package org.framebench.ui.interchange;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

/** File → Import/Export Annotations … in the product: opens the wizard that File → Import…/Export… lists in an IDE. */
public class OpenWizardHandler extends AbstractHandler implements IExecutableExtension {

    private boolean export = true;

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        export = !"import".equals(data);
    }

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWizard wizard = export ? new ExportAnnotationsWizard() : new ImportAnnotationsWizard();
        wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
        new WizardDialog(HandlerUtil.getActiveShell(event), wizard).open();
        return null;
    }
}
