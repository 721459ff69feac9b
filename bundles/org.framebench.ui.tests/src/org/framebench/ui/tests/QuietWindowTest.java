package org.framebench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.framebench.core.codebook.Codebooks;
import org.framebench.model.Code;
import org.framebench.ui.editor.DocumentEditor;
import org.framebench.ui.editor.DocumentOpener;
import org.framebench.ui.internal.DropDown;
import org.framebench.ui.testing.UiDriver;
import org.framebench.ui.views.AnnotationDetailsView;
import org.junit.jupiter.api.Test;

/**
 * After annotating with any code, the window falls quiet: nothing goes on repainting it (a busy loop burns a laptop's
 * battery). Found failing on 2026-12-03 (GTK 3 under Xvfb, SWT 3.135): after an annotation of any code whose name is
 * wider than the Annotation panel's code drop-down (all but S1, A1, A3 and A4 of the built-in codebook) the whole
 * window was repainted about 60 times a second and never fell quiet. The cause, found on 2026-12-04 and reproduced
 * with SWT alone: a native read-only Combo narrower than its selected item's text; SWT's clip fix for combos, run in
 * each draw of the combo's parent, queues the next draw. The panel's drop-downs are CCombos now (DropDown).
 */
class QuietWindowTest {

    @Test
    void theWindowStopsPaintingAfterAnAnnotationOfEachCode() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.closeAllEditors(false);
        DocumentEditor editor = DocumentOpener.openDefaultAssignment(page);
        page.showView(AnnotationDetailsView.ID);
        page.activate(editor);
        UiDriver.flush();
        Display display = Display.getCurrent();
        // Frames, not paint events: one frame paints each widget in the damaged part of the window once, and a
        // focused field's blinking caret is a frame about twice a second (seventeen widgets' paints each).
        int[] frames = new int[1];
        long[] lastPaint = { 0 };
        Listener counter = e -> {
            long now = System.nanoTime();
            if (now - lastPaint[0] > 8_000_000L) {
                frames[0]++;
            }
            lastPaint[0] = now;
        };
        display.addFilter(SWT.Paint, counter);
        List<String> busy = new ArrayList<>();
        try {
            StyledText cnn = editor.getPanes().get(0).getText();
            for (Code code : Codebooks.allCodes(editor.getDocument().getAssignment().getCodebook())) {
                int begin = cnn.getText().indexOf("officials");
                cnn.setSelection(begin, begin + "officials".length());
                editor.applyCode(editor.getPanes().get(0), code);
                UiDriver.dispatchFor(400);
                frames[0] = 0;
                UiDriver.dispatchFor(1000);
                if (frames[0] > 10) {
                    busy.add(code.getId() + ": " + frames[0] + " frames in a second");
                }
                editor.deleteSelected();
                UiDriver.dispatchFor(200);
            }
        } finally {
            display.removeFilter(SWT.Paint, counter);
            page.closeAllEditors(false);
        }
        assertTrue(busy.isEmpty(), "the window kept repainting after annotating with " + busy);
    }

    /**
     * The cause itself, for every drop-down the window shows: a native read-only drop-down is at least as wide as
     * its longest choice (narrower, its selected name would keep the window repainting), with the editor showing two
     * articles so that its article choosers show too, after the longest choice of each is selected. And those two
     * choosers (drop-downs of ours) are whole inside the editor's bar at 1280 x 800.
     */
    @Test
    void noNativeDropDownInTheWindowIsNarrowerThanItsChoices() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        org.eclipse.swt.graphics.Rectangle windowBefore = page.getWorkbenchWindow().getShell().getBounds();
        page.getWorkbenchWindow().getShell().setBounds(0, 0, 1280, 800);
        page.closeAllEditors(false);
        DocumentEditor editor = DocumentOpener.openDefaultAssignment(page);
        try {
            page.showView(AnnotationDetailsView.ID);
            page.activate(editor);
            editor.setLayout(DocumentEditor.Layout.TWO);
            UiDriver.flush();
            List<Combo> combos = new ArrayList<>();
            List<DropDown> ours = new ArrayList<>();
            collect(page.getWorkbenchWindow().getShell(), combos, ours);
            // The editor's article choosers: the drop-downs whose choices are exactly the outlets.
            List<String> outlets = editor.getDocument().getAssignment().getArticles().stream()
                    .map(org.framebench.ui.internal.Names::outlet).toList();
            List<DropDown> choosers = ours.stream().filter(d -> java.util.stream.IntStream.range(0, d.getItemCount())
                    .mapToObj(d::getItem).toList().equals(outlets)).toList();
            List<String> narrow = new ArrayList<>();
            for (Combo combo : combos) {
                int longest = 0;
                for (int i = 1; i < combo.getItemCount(); i++) {
                    if (combo.getItem(i).length() > combo.getItem(longest).length()) {
                        longest = i;
                    }
                }
                combo.select(longest);
                int needed = combo.computeSize(SWT.DEFAULT, SWT.DEFAULT, true).x;
                if (combo.getSize().x < needed) {
                    narrow.add("\"" + combo.getText() + "\" in " + combo.getSize().x + " of " + needed + " pixels");
                }
            }
            assertTrue(narrow.isEmpty(), "drop-downs narrower than their choices: " + narrow);
            int whole = 0;
            for (DropDown chooser : choosers) {
                org.eclipse.swt.graphics.Rectangle bar = chooser.getParent().getClientArea();
                org.eclipse.swt.graphics.Rectangle bounds = chooser.getBounds();
                assertTrue(bounds.x >= 0 && bounds.x + bounds.width <= bar.width, "an article chooser is cut: " + bounds
                        + " in " + bar);
                whole++;
            }
            assertTrue(whole >= 2, "both article choosers are found and whole: " + whole);
        } finally {
            page.closeAllEditors(false);
            page.getWorkbenchWindow().getShell().setBounds(windowBefore);
        }
    }

    private static void collect(Control control, List<Combo> combos, List<DropDown> ours) {
        if (!control.isVisible()) {
            return;
        }
        if (control instanceof Combo combo && (combo.getStyle() & SWT.READ_ONLY) != 0 && combo.getItemCount() > 0) {
            combos.add(combo);
        }
        if (control instanceof DropDown dropDown) {
            ours.add(dropDown);
        } else if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, combos, ours);
            }
        }
    }
}
