package org.framebench.ui.review;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.framebench.ui.review.views.ClassView;
import org.framebench.ui.review.views.OverlayView;
import org.framebench.ui.review.views.StudentPairView;
import org.framebench.ui.review.views.StudentReviewView;

/** Review: the class's submissions on top, a student against the key (or the class overlay) below. */
public class ReviewPerspective implements IPerspectiveFactory {

    public static final String ID = "org.framebench.ui.review.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        // Review needs no editor: students' files are only read.
        layout.setEditorAreaVisible(false);
        String editorArea = layout.getEditorArea();
        layout.addView(ClassView.ID, IPageLayout.TOP, 0.32f, editorArea);
        IFolderLayout bottom = layout.createFolder("review.bottom", IPageLayout.BOTTOM, 0.32f, ClassView.ID);
        bottom.addView(StudentReviewView.ID);
        bottom.addView(OverlayView.ID);
        bottom.addView(StudentPairView.ID);
        layout.getViewLayout(ClassView.ID).setCloseable(false);
        layout.addPerspectiveShortcut("org.framebench.ui.perspective");
        layout.addShowViewShortcut(ClassView.ID);
        layout.addShowViewShortcut(StudentReviewView.ID);
        layout.addShowViewShortcut(OverlayView.ID);
        layout.addShowViewShortcut(StudentPairView.ID);
    }
}
