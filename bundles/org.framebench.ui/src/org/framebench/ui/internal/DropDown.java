package org.framebench.ui.internal;

import java.util.function.IntConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;

/**
 * Read-only drop-downs for places narrower than their choices (the Annotation panel, the list's filters): SWT's {@link CCombo}, not the
 * native {@code Combo}. On GTK 3 (SWT 3.135) a native read-only Combo narrower than the text of its selected item
 * keeps the whole window repainting 60 times a second for as long as it shows: SWT's clip fix for combos, run in
 * every draw of the combo's parent, queues the next draw. That is a busy processor and a draining battery while the
 * student only reads. A CCombo cuts its text as a text field does, and its list shows every choice whole.
 * <p>
 * The mouse wheel over one scrolls what holds it and never changes its value (a CCombo, like GTK's combo, would step
 * through the choices: rolling over the panel to scroll recoded attributes behind the student's back).
 */
public final class DropDown {

    /** The data key of a drop-down's wheel handler (the lines to scroll; positive: up, as SWT counts). */
    private static final String WHEEL = DropDown.class.getName() + ".wheel";
    /** The display's data key saying the wheel filter is installed. */
    private static final String FILTER = DropDown.class.getName() + ".filter";
    /** Rows the open list shows before it scrolls: the built-in codebook's 24 codes in two screens. */
    private static final int VISIBLE_ITEMS = 12;

    private DropDown() {
    }

    /**
     * A read-only drop-down in {@code parent} whose mouse wheel goes to {@code wheel} (the number of lines, as
     * {@link Event#count}) instead of changing the value; with no {@code wheel} (a filter above a list, say), the
     * wheel steps through the choices as over a native drop-down.
     */
    public static CCombo create(Composite parent, IntConsumer wheel) {
        CCombo combo = new CCombo(parent, SWT.READ_ONLY | SWT.BORDER);
        combo.setVisibleItemCount(VISIBLE_ITEMS);
        if (wheel != null) {
            combo.setData(WHEEL, wheel);
            installWheelFilter(combo.getDisplay());
        }
        return combo;
    }

    /**
     * One filter for the display: a CCombo takes the wheel in its text field's own listener, which runs before any
     * listener added later, so only a filter sees the wheel first.
     */
    private static void installWheelFilter(Display display) {
        if (display.getData(FILTER) != null) {
            return;
        }
        display.setData(FILTER, Boolean.TRUE);
        display.addFilter(SWT.MouseVerticalWheel, event -> {
            IntConsumer wheel = wheelOf(event.widget);
            if (wheel != null) {
                event.doit = false;
                event.type = SWT.None; // no listener sees it: the value stays
                wheel.accept(event.count);
            }
        });
    }

    private static IntConsumer wheelOf(Object widget) {
        if (!(widget instanceof Control control) || control.isDisposed()) {
            return null;
        }
        CCombo combo = control instanceof CCombo c ? c
                : control.getParent() instanceof CCombo parent ? parent : null;
        return combo != null && combo.getData(WHEEL) instanceof IntConsumer wheel ? wheel : null;
    }
}
