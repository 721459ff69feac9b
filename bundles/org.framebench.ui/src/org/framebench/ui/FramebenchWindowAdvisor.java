package org.framebench.ui;

import java.util.List;

import org.eclipse.core.commands.State;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.RegistryToggleState;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.framebench.ui.editor.DocumentOpener;
import org.framebench.ui.editor.RecoveryOffer;
import org.framebench.ui.internal.FramebenchUiPlugin;
import org.framebench.ui.internal.Recovery;
import org.framebench.ui.internal.SingleInstance;
import org.framebench.ui.internal.StaleEditors;

/** Sizes the window and opens the student's work when it appears. */
public class FramebenchWindowAdvisor extends WorkbenchWindowAdvisor {

    private final List<String> filesToOpen;

    public FramebenchWindowAdvisor(IWorkbenchWindowConfigurer configurer, List<String> filesToOpen) {
        super(configurer);
        this.filesToOpen = filesToOpen;
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new FramebenchActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setInitialSize(new Point(1280, 960));
        configurer.setShowCoolBar(true);
        configurer.setShowStatusLine(true);
        configurer.setShowProgressIndicator(true);
        configurer.setTitle(Messages.Window_title);
    }

    /** The menu's check mark shows the remembered preference, not the command's default. */
    private void syncSnapToggle() {
        ICommandService commands = getWindowConfigurer().getWindow().getService(ICommandService.class);
        State state = commands.getCommand("org.framebench.ui.snapToWords").getState(RegistryToggleState.STATE_ID);
        if (state != null) {
            state.setValue(FramebenchUiPlugin.snapToWords());
        }
    }

    @Override
    public void postWindowOpen() {
        syncSnapToggle();
        IWorkbenchPage page = getWindowConfigurer().getWindow().getActivePage();
        StaleEditors.close(page);
        Recovery recovery = FramebenchUiPlugin.getDefault().getRecovery();
        boolean recovered = !RecoveryOffer.offer(page, recovery.getStore()).isEmpty();
        recovery.start(getWindowConfigurer().getWorkbenchConfigurer().getWorkbench());
        SingleInstance.watch(getWindowConfigurer().getWorkbenchConfigurer().getWorkbench(), Platform.getInstanceLocation());
        if (filesToOpen.isEmpty()) {
            if (!recovered) {
                DocumentOpener.openDefaultAssignment(page);
            }
        } else {
            for (String file : filesToOpen) {
                DocumentOpener.openFile(page, file);
            }
        }
        org.framebench.ui.help.InstructionsView.showOnFirstStart(page);
        if (System.getenv("FRAMEBENCH_TIMINGS") != null) {
            // For the start benchmark (releng): the moment the window shows the articles, painted.
            org.eclipse.swt.widgets.Shell shell = getWindowConfigurer().getWindow().getShell();
            shell.getDisplay().asyncExec(() -> {
                if (!shell.isDisposed()) {
                    shell.update();
                    System.out.println("timings: window open with the articles painted");
                }
            });
        }
    }
}
