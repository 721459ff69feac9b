package org.framebench.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

/**
 * In an Eclipse IDE, tells its workspace that Framebench wrote a file (so the Project Explorer and other
 * editors see the new contents, with no "out of sync" warning). org.eclipse.core.resources is an optional
 * dependency: the standalone product has no workspace, and this does nothing there.
 */
public final class WorkspaceRefresh {

    private WorkspaceRefresh() {
    }

    public static void refresh(Path file) {
        Bundle resources = Platform.getBundle("org.eclipse.core.resources");
        if (resources == null || (resources.getState() & (Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE)) == 0) {
            return;
        }
        try {
            Workspace.refresh(file);
        } catch (LinkageError | RuntimeException e) {
            // no workspace here (e.g. no instance location): nothing to tell
            FramebenchUiPlugin.log("workspace refresh of " + file, e);
        }
    }

    /** Loaded only when org.eclipse.core.resources is there. */
    private static final class Workspace {
        static void refresh(Path file) {
            org.eclipse.core.resources.IWorkspaceRoot root = org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot();
            for (org.eclipse.core.resources.IFile resource : root.findFilesForLocationURI(file.toUri())) {
                try {
                    resource.refreshLocal(org.eclipse.core.resources.IResource.DEPTH_ZERO, null);
                } catch (org.eclipse.core.runtime.CoreException e) {
                    FramebenchUiPlugin.log("workspace refresh of " + file, e);
                }
            }
        }
    }
}
