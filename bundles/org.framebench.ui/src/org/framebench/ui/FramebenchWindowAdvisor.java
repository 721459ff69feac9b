package org.framebench.ui;

import java.nio.file.Files;
import java.nio.file.Path;
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
import org.framebench.ui.editor.DocumentEditor;
import org.framebench.ui.editor.DocumentOpener;
import org.framebench.ui.editor.RecoveryOffer;
import org.framebench.ui.internal.FramebenchUiPlugin;
import org.framebench.ui.internal.RecentFiles;
import org.framebench.ui.internal.Recovery;
import org.framebench.ui.internal.SingleInstance;
import org.framebench.ui.internal.StaleEditors;
import org.framebench.ui.internal.StartTimings;

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
        StartTimings.mark("workbench ready, window to be built");
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        // 1280 x 960, or the screen where it is smaller (1280 x 800): the window never starts off screen.
        org.eclipse.swt.graphics.Rectangle screen = org.eclipse.swt.widgets.Display.getCurrent().getPrimaryMonitor().getClientArea();
        configurer.setInitialSize(new Point(Math.min(1280, screen.width), Math.min(960, screen.height)));
        configurer.setShowCoolBar(true);
        configurer.setShowStatusLine(true);
        configurer.setShowProgressIndicator(true);
        configurer.setTitle(Messages.Window_title);
        // A .fbench dropped onto the articles opens; another file is named and left alone.
        configurer.addEditorAreaTransfer(org.eclipse.swt.dnd.FileTransfer.getInstance());
        configurer.configureEditorAreaDropListener(new org.framebench.ui.internal.FileDrop(configurer.getWindow()));
    }

    /** The menu's check mark shows the remembered preference, not the command's default. */
    private void syncSnapToggle() {
        ICommandService commands = getWindowConfigurer().getWindow().getService(ICommandService.class);
        State state = commands.getCommand("org.framebench.ui.snapToWords").getState(RegistryToggleState.STATE_ID);
        if (state != null) {
            state.setValue(FramebenchUiPlugin.snapToWords());
        }
        org.framebench.ui.suggest.ShowSuggestionsHandler.syncState(commands);
    }

    @Override
    public void postWindowOpen() {
        StartTimings.mark("window built");
        syncSnapToggle();
        // Set in Window > Preferences too: the menu's check mark follows.
        org.eclipse.jface.util.IPropertyChangeListener snapChanged = event -> {
            if (FramebenchUiPlugin.SNAP_TO_WORDS.equals(event.getProperty())) {
                syncSnapToggle();
            }
        };
        FramebenchUiPlugin.getDefault().getPreferenceStore().addPropertyChangeListener(snapChanged);
        getWindowConfigurer().getWindow().getShell().addDisposeListener(
                e -> FramebenchUiPlugin.getDefault().getPreferenceStore().removePropertyChangeListener(snapChanged));
        IWorkbenchPage page = getWindowConfigurer().getWindow().getActivePage();
        StaleEditors.close(page);
        org.framebench.ui.internal.WindowTitle.install(getWindowConfigurer().getWindow(), getWindowConfigurer()::setTitle);
        // The window first, then the documents: the event loop paints the open window before it runs this,
        // so a large document (10,000 annotations) opens in a window already on screen, not behind a splash.
        org.eclipse.swt.widgets.Shell shell = getWindowConfigurer().getWindow().getShell();
        shell.getDisplay().asyncExec(() -> {
            if (shell.isDisposed()) {
                return;
            }
            if (TIMINGS) {
                shell.update();
                System.out.println("timings: window open");
                StartTimings.mark("window painted");
            }
            openDocuments(page);
        });
    }

    /** For the start benchmark (releng): lines saying when the window is open, and when it shows the articles. */
    private static final boolean TIMINGS = System.getenv("FRAMEBENCH_TIMINGS") != null;

    /** Recovered work, the files named at start, or what a start without a file opens; then the instructions. */
    private void openDocuments(IWorkbenchPage page) {
        Recovery recovery = FramebenchUiPlugin.getDefault().getRecovery();
        boolean recovered = !RecoveryOffer.offer(page, recovery.getStore()).isEmpty();
        recovery.start(getWindowConfigurer().getWorkbenchConfigurer().getWorkbench());
        SingleInstance.watch(getWindowConfigurer().getWorkbenchConfigurer().getWorkbench(), Platform.getInstanceLocation());
        if (filesToOpen.isEmpty()) {
            if (!recovered) {
                openAtStart(page);
            }
        } else {
            for (String file : filesToOpen) {
                DocumentOpener.openFile(page, file);
            }
        }
        org.framebench.ui.help.InstructionsView.showOnFirstStart(page);
        if (TIMINGS) {
            // The moment the window shows the articles, painted.
            org.eclipse.swt.widgets.Shell shell = getWindowConfigurer().getWindow().getShell();
            shell.getDisplay().asyncExec(() -> {
                if (!shell.isDisposed()) {
                    shell.update();
                    StartTimings.mark("articles painted");
                    System.out.println("timings: window open with the articles painted");
                }
            });
        }
    }

    /**
     * What a start without a file opens: the last document (unless the preference says not to, or it is
     * gone or cannot be read), else the bundled assignment.
     */
    public static DocumentEditor openAtStart(IWorkbenchPage page) {
        if (RecentFiles.reopenLast()) {
            List<Path> recent = RecentFiles.list();
            if (!recent.isEmpty() && Files.isRegularFile(recent.get(0))) {
                DocumentEditor editor = DocumentOpener.openFile(page, recent.get(0));
                if (editor != null) {
                    return editor;
                }
            }
        }
        return DocumentOpener.openDefaultAssignment(page);
    }
}
