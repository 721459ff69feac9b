package org.framebench.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.framebench.ui.views.CodebookView;

/** Annotate: the articles in the middle, the codebook on the left, annotations below. */
public class Perspective implements IPerspectiveFactory {

    public static final String ID = "org.framebench.ui.perspective";

    /** Views contributed later (annotations, details) add themselves to these folders. */
    public static final String LEFT = "left";
    public static final String BOTTOM = "bottom";
    public static final String RIGHT = "right";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(true);
        String editorArea = layout.getEditorArea();
        IFolderLayout left = layout.createFolder(LEFT, IPageLayout.LEFT, 0.22f, editorArea);
        left.addView(CodebookView.ID);
        layout.getViewLayout(CodebookView.ID).setCloseable(false);
    }
}
