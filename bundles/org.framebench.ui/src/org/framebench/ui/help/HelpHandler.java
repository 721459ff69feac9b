package org.framebench.ui.help;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.framebench.core.codebook.BuiltInCodebook;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Assignment;
import org.framebench.model.Codebook;
import org.framebench.ui.editor.DocumentEditor;
import org.osgi.framework.FrameworkUtil;

/** The Help menu's commands: Assignment Instructions, How to Annotate, Codebook, Keyboard Shortcuts, About. */
public class HelpHandler extends AbstractHandler {

    public static final String INSTRUCTIONS = "org.framebench.ui.help.instructions";
    public static final String GUIDE = "org.framebench.ui.help.guide";
    public static final String CODEBOOK = "org.framebench.ui.help.codebook";
    public static final String KEYS = "org.framebench.ui.help.keys";
    public static final String ABOUT = "org.framebench.ui.help.about";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        Shell shell = window.getShell();
        AnnotationDocument document = document(window.getActivePage());
        switch (event.getCommand().getId()) {
            case INSTRUCTIONS -> {
                try {
                    window.getActivePage().showView(InstructionsView.ID);
                } catch (PartInitException e) {
                    throw new ExecutionException("instructions view", e);
                }
            }
            case GUIDE -> new GuideDialog(shell).open();
            case CODEBOOK -> {
                Codebook codebook = document == null ? null : document.getAssignment().getCodebook();
                Assignment assignment = document == null ? null : document.getAssignment();
                new CodebookHelpDialog(shell, codebook == null ? BuiltInCodebook.load() : codebook, assignment).open();
            }
            case KEYS -> {
                // read before the popup opens: then the contexts and handlers are those of the student's window
                var commands = KeyBindings.commands(PlatformUI.getWorkbench());
                Codebook codebook = document == null ? BuiltInCodebook.load() : document.getAssignment().getCodebook();
                new KeyAssistPopup(shell, commands, KeyBindings.codes(codebook)).open();
            }
            case ABOUT -> new AboutDialog(shell,
                    BundleLicences.installed(FrameworkUtil.getBundle(HelpHandler.class).getBundleContext())).open();
            default -> throw new ExecutionException("not a help command: " + event.getCommand().getId());
        }
        return null;
    }

    /** The document of the active (or else the last active) document editor, or null. */
    static AnnotationDocument document(IWorkbenchPage page) {
        if (page == null) {
            return null;
        }
        IEditorPart editor = page.getActiveEditor();
        return editor instanceof DocumentEditor documentEditor ? documentEditor.getDocument() : null;
    }
}
