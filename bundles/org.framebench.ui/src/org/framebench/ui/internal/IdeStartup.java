package org.framebench.ui.internal;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.framebench.ui.editor.RecoveryOffer;

/**
 * In an Eclipse IDE (org.eclipse.ui.startup): once the workbench is up, offers the work an earlier session
 * left unsaved and starts the autosave, as the standalone product's window advisor does there. In the product
 * this does nothing (its window advisor does both, in its own order). The editor also starts the autosave
 * when it opens, so it runs even where the user turned this start-up off.
 */
public class IdeStartup implements IStartup {

    /** The standalone product's id (org.framebench.ui's plugin.xml). */
    public static final String PRODUCT_ID = "org.framebench.ui.product";

    /** Whether this is the standalone Framebench product (else an IDE or another application). */
    public static boolean inProduct() {
        IProduct product = Platform.getProduct();
        return product != null && PRODUCT_ID.equals(product.getId());
    }

    @Override
    public void earlyStartup() {
        if (inProduct()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        workbench.getDisplay().asyncExec(() -> {
            if (workbench.isClosing()) {
                return;
            }
            IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
            if (window == null && workbench.getWorkbenchWindowCount() > 0) {
                window = workbench.getWorkbenchWindows()[0];
            }
            Recovery recovery = FramebenchUiPlugin.getDefault().getRecovery();
            if (window != null && window.getActivePage() != null) {
                RecoveryOffer.offer(window.getActivePage(), recovery.getStore());
            }
            recovery.start(workbench);
        });
    }
}
