package org.framebench.ui.suggest;

import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.commands.IElementUpdater;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.handlers.RegistryToggleState;
import org.eclipse.ui.menus.UIElement;
import org.framebench.ui.editor.DocumentEditor;
import org.framebench.ui.internal.FramebenchUiPlugin;

/**
 * The toolbar's (and Annotate menu's) Show Suggestions toggle: shows or hides the suggestions in every editor. Disabled,
 * with a tooltip that says why, in a student's document whose instructor has not switched hints on.
 */
public class ShowSuggestionsHandler extends AbstractHandler implements IElementUpdater {

    public static final String COMMAND_ID = "org.framebench.ui.showSuggestions";

    /** Why the toggle is off now: null when enabled. */
    private String disabledReason = Messages.Toggle_noDocument;

    @Override
    public Object execute(ExecutionEvent event) throws org.eclipse.core.commands.ExecutionException {
        boolean show = !HandlerUtil.toggleCommandState(event.getCommand());
        FramebenchUiPlugin.getDefault().getPreferenceStore().setValue(SuggestionController.SHOW, show);
        // The toolbar button's and the menu item's check marks follow.
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        if (commands != null) {
            commands.refreshElements(COMMAND_ID, null);
        }
        return null;
    }

    @Override
    public void setEnabled(Object evaluationContext) {
        Object part = HandlerUtil.getVariable(evaluationContext, ISources.ACTIVE_EDITOR_NAME);
        String reason = part instanceof DocumentEditor editor
                ? (Suggestions.allowed(editor.getDocument()) ? null : Messages.Toggle_notAllowed)
                : Messages.Toggle_noDocument;
        update(reason);
    }

    @Override
    public boolean isEnabled() {
        // Asked also outside an evaluation (a test, a key): what the active window's editor says now.
        if (PlatformUI.isWorkbenchRunning() && org.eclipse.swt.widgets.Display.getCurrent() != null) {
            IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
            if (window != null && window.getActivePage() != null) {
                Object part = window.getActivePage().getActiveEditor();
                update(part instanceof DocumentEditor editor
                        ? (Suggestions.allowed(editor.getDocument()) ? null : Messages.Toggle_notAllowed)
                        : Messages.Toggle_noDocument);
            }
        }
        return disabledReason == null;
    }

    private void update(String reason) {
        boolean changed = !java.util.Objects.equals(reason, disabledReason);
        disabledReason = reason;
        setBaseEnabled(reason == null);
        if (changed && PlatformUI.isWorkbenchRunning()) {
            ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
            if (commands != null) {
                org.eclipse.swt.widgets.Display display = PlatformUI.getWorkbench().getDisplay();
                display.asyncExec(() -> commands.refreshElements(COMMAND_ID, null));
            }
        }
    }

    @Override
    public void updateElement(UIElement element, @SuppressWarnings("rawtypes") Map parameters) {
        element.setTooltip(disabledReason == null ? Messages.Toggle_tooltip : disabledReason);
        element.setChecked(SuggestionController.toggleOn());
    }

    /** The toggle's check mark from the remembered preference (at start). */
    public static void syncState(ICommandService commands) {
        org.eclipse.core.commands.State state = commands.getCommand(COMMAND_ID).getState(RegistryToggleState.STATE_ID);
        if (state != null) {
            state.setValue(SuggestionController.toggleOn());
        }
        commands.refreshElements(COMMAND_ID, null);
    }
}
