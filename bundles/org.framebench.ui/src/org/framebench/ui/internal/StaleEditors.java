package org.framebench.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.framebench.ui.editor.DocumentEditor;

/**
 * Framebench restores no editors at start (its documents come back through recovery, which opens each
 * once). The platform, however, writes its window layout every few minutes while it runs; after a crash it
 * restored the document tabs from that copy, which have no document to show: a second tab of the same name
 * saying "No editor descriptor for id org.eclipse.ui.internal.emptyEditorTab", beside the recovered one.
 */
public final class StaleEditors {

    /** The platform's preference (org.eclipse.ui.workbench) for how often, in minutes, it writes the layout. */
    static final String SAVE_INTERVAL = "WORKBENCH_SAVE_INTERVAL";
    static final String WORKBENCH = "org.eclipse.ui.workbench";

    private StaleEditors() {
    }

    /** Before the workbench starts: the layout is not written while Framebench runs (0: never). */
    public static void stopLayoutAutosave() {
        DefaultScope.INSTANCE.getNode(WORKBENCH).putInt(SAVE_INTERVAL, 0);
    }

    /** How often the platform writes the layout, in minutes (0: not while running). */
    public static int layoutAutosaveMinutes() {
        return org.eclipse.core.runtime.Platform.getPreferencesService().getInt(WORKBENCH, SAVE_INTERVAL, 5, null);
    }

    /**
     * Closes the tabs a layout written before a crash brought back (an older Framebench wrote it while
     * running): every editor of the page that is not a live document editor. Called once the window is
     * open, before anything of the student's is opened. @return how many were closed
     */
    public static int close(IWorkbenchPage page) {
        List<IEditorReference> stale = new ArrayList<>();
        for (IEditorReference reference : page.getEditorReferences()) {
            if (!DocumentEditor.ID.equals(reference.getId()) || !(reference.getEditor(false) instanceof DocumentEditor)) {
                stale.add(reference);
            }
        }
        if (!stale.isEmpty()) {
            page.closeEditors(stale.toArray(new IEditorReference[0]), false);
        }
        return stale.size();
    }
}
