package org.framebench.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.framebench.ui.internal.FramebenchUiPlugin;

/** Annotate → Snap to Whole Words (a check item, remembered in the preferences). */
public class ToggleSnapHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Command command = event.getCommand();
        boolean snap = !HandlerUtil.toggleCommandState(command);
        FramebenchUiPlugin.getDefault().getPreferenceStore().setValue(FramebenchUiPlugin.SNAP_TO_WORDS, snap);
        return null;
    }
}
