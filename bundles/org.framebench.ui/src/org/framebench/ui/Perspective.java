package org.framebench.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.framebench.ui.views.AnnotationDetailsView;
import org.framebench.ui.views.AnnotationsView;
import org.framebench.ui.views.CodeCountsView;
import org.framebench.ui.views.CodebookView;

/** Annotate: the articles in the middle, the codebook on the left, the selected annotation on the right,
 *  all annotations and their counts below the articles. */
public class Perspective implements IPerspectiveFactory {

    public static final String ID = "org.framebench.ui.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(true);
        String editorArea = layout.getEditorArea();
        IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.20f, editorArea);
        left.addView(CodebookView.ID);
        // The Annotation panel takes the window's height (made before the bottom folder, which then spans the
        // articles only): at 1280 x 800 its note and links show without scrolling.
        IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.74f, editorArea);
        right.addView(AnnotationDetailsView.ID);
        // 0.64: the Annotations list shows more than three rows at 1280 x 800 (three at 0.70).
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.64f, editorArea);
        bottom.addView(AnnotationsView.ID);
        bottom.addView(CodeCountsView.ID);
        bottom.addView(org.framebench.ui.compare.CompareView.ID);
        bottom.addPlaceholder(org.framebench.ui.help.InstructionsView.ID);
        bottom.addPlaceholder(org.framebench.ui.feedback.FeedbackView.ID);
        layout.getViewLayout(CodebookView.ID).setCloseable(false);
    }
}
