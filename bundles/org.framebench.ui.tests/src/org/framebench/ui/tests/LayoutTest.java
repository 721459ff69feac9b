package org.framebench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.framebench.ui.editor.DocumentOpener;
import org.framebench.ui.testing.UiDriver;
import org.framebench.ui.views.CodebookView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a student sees on a 1280 x 800 screen. */
class LayoutTest {

    private IWorkbenchPage page;
    private Shell shell;
    private Point size;

    @BeforeEach
    void setUp() {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.closeAllEditors(false);
        shell = page.getWorkbenchWindow().getShell();
        size = shell.getSize();
        shell.setSize(1280, 800);
        page.resetPerspective(); // the layout a student starts with
        DocumentOpener.openDefaultAssignment(page);
        UiDriver.flush();
    }

    @AfterEach
    void tearDown() {
        page.closeAllEditors(false);
        shell.setSize(size);
        UiDriver.flush();
    }

    @Test
    void theCodebooksKeyColumnIsWhollyVisibleAndReadableAt1280x800() throws Exception {
        CodebookView view = (CodebookView) page.showView(CodebookView.ID);
        UiDriver.flush();
        Tree tree = view.getViewer().getTree();
        TreeColumn code = tree.getColumn(0);
        TreeColumn key = tree.getColumn(1);
        int visible = tree.getClientArea().width;
        assertTrue(code.getWidth() + key.getWidth() <= visible,
                "the Key column ends inside the view: " + code.getWidth() + " + " + key.getWidth() + " > " + visible);
        GC gc = new GC(tree);
        int header = gc.textExtent(key.getText()).x;
        gc.dispose();
        assertTrue(key.getWidth() >= header + 8, "the header \"Key\" fits: " + key.getWidth() + " < " + header + " + 8");
        assertTrue(code.getWidth() >= 120, "the codes' names keep room: " + code.getWidth());
    }
}
