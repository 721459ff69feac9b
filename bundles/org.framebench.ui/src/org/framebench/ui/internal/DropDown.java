package org.framebench.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.ACC;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleControlAdapter;
import org.eclipse.swt.accessibility.AccessibleControlEvent;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;
import org.framebench.ui.Messages;

/**
 * A read-only drop-down for places narrower than its choices (the Annotation panel, the list's filters, the find
 * bar): the chosen text in a field, cut at the field's edge, and an arrow; a click, Space, Enter or Alt+Down opens
 * the choices as a menu, Up and Down step through them. One widget that draws itself (a field, as high as a text
 * field, and its arrow): as a read-only text field and an arrow button in a composite, three widgets each, the
 * Annotation panel's drop-downs were a third of what a new form cost GTK to build and lay out.
 * <p>
 * Why not the native {@code Combo}: on GTK 3 (SWT 3.135) a native read-only Combo narrower than the text of its
 * selected item keeps the whole window repainting 60 times a second for as long as it shows (SWT's clip fix for
 * combos, run in every draw of the combo's parent, queues the next draw): a busy processor and a draining battery
 * while the student only reads. Why not SWT's {@code CCombo}, which cuts its text too: each one builds its list's
 * window up front, some 260 KB and 5 ms, and the Annotation panel keeps about a hundred and twenty drop-downs
 * (one form per code). The menu here is built when opened.
 * <p>
 * The mouse wheel over it scrolls what holds it ({@code wheel}) and never changes the value: rolling over the panel
 * to scroll used to recode attributes behind the student's back. Listeners of {@link SWT#Selection} on the drop-down
 * hear each choice the user makes (not {@link #select(int)}).
 */
public final class DropDown extends Canvas {

    /** The arrow's part of the width, and the text's inset from the left edge. */
    private static final int ARROW_WIDTH = 20;
    private static final int INSET = 6;

    private final List<String> items = new ArrayList<>();
    private final IntConsumer wheel;
    private int selection = -1;
    private Menu open;

    /**
     * A drop-down in {@code parent} whose mouse wheel goes to {@code wheel} (the number of lines, as
     * {@link Event#count}); with no {@code wheel} (a filter above a list, say), the wheel steps through the choices
     * as over a native drop-down.
     */
    public DropDown(Composite parent, IntConsumer wheel) {
        super(parent, SWT.NONE);
        this.wheel = wheel;
        addListener(SWT.Paint, e -> paint(e.gc));
        addListener(SWT.MouseDown, e -> {
            if (e.button == 1) {
                setFocus();
                openMenu();
            }
        });
        addListener(SWT.KeyDown, this::key);
        addListener(SWT.Traverse, e -> {
            // Tab, Shift+Tab and Escape go on as from any field; Return stays here and opens the menu (see key).
            if (e.detail == SWT.TRAVERSE_RETURN) {
                e.doit = false;
            } else if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS
                    || e.detail == SWT.TRAVERSE_ESCAPE) {
                e.doit = true;
            }
        });
        addListener(SWT.FocusIn, e -> redraw());
        addListener(SWT.FocusOut, e -> redraw());
        addListener(SWT.MouseVerticalWheel, this::wheel);
        getAccessible().addAccessibleListener(new AccessibleAdapter() {
            @Override
            public void getName(AccessibleEvent e) {
                e.result = getToolTipText() != null ? getToolTipText() : getText();
            }
        });
        getAccessible().addAccessibleControlListener(new AccessibleControlAdapter() {
            @Override
            public void getRole(AccessibleControlEvent e) {
                e.detail = ACC.ROLE_COMBOBOX;
            }

            @Override
            public void getValue(AccessibleControlEvent e) {
                e.result = getText();
            }
        });
    }

    /** The field as a text field of GTK's theme draws it: white (a live choice), a border, the focus shown. */
    private void paint(GC gc) {
        Display display = getDisplay();
        Rectangle area = getClientArea();
        if (area.width <= 0 || area.height <= 0) {
            return;
        }
        boolean enabled = isEnabled();
        gc.setBackground(display.getSystemColor(enabled ? SWT.COLOR_LIST_BACKGROUND : SWT.COLOR_WIDGET_BACKGROUND));
        gc.fillRectangle(area);
        boolean focused = isFocusControl();
        gc.setForeground(display.getSystemColor(focused ? SWT.COLOR_LIST_SELECTION : SWT.COLOR_WIDGET_NORMAL_SHADOW));
        gc.drawRectangle(area.x, area.y, area.width - 1, area.height - 1);
        if (focused) {
            gc.drawRectangle(area.x + 1, area.y + 1, area.width - 3, area.height - 3);
        }
        gc.setForeground(display.getSystemColor(enabled ? SWT.COLOR_LIST_FOREGROUND : SWT.COLOR_WIDGET_DISABLED_FOREGROUND));
        String text = getText();
        if (!text.isEmpty()) {
            int textHeight = gc.getFontMetrics().getHeight();
            gc.setClipping(area.x + 2, area.y, Math.max(0, area.width - ARROW_WIDTH - 2), area.height);
            gc.drawString(text, area.x + INSET, area.y + (area.height - textHeight) / 2, true);
            gc.setClipping((Rectangle) null);
        }
        int x = area.x + area.width - ARROW_WIDTH / 2 - 1;
        int y = area.y + area.height / 2;
        gc.setBackground(gc.getForeground());
        gc.fillPolygon(new int[] { x - 4, y - 2, x + 4, y - 2, x, y + 3 });
    }

    @Override
    public Point computeSize(int wHint, int hHint, boolean changed) {
        checkWidget();
        int width = wHint != SWT.DEFAULT ? wHint : 40 + ARROW_WIDTH + INSET;
        int height = hHint != SWT.DEFAULT ? hHint : fieldHeight();
        return new Point(width, height);
    }

    /** As high as a one-line text field in this font (measured once per font, from a field made for it). */
    private int fieldHeight() {
        String key = "framebench.dropDownHeight." + getFont().getFontData()[0];
        if (getDisplay().getData(key) instanceof Integer known) {
            return known;
        }
        Text probe = new Text(getParent(), SWT.SINGLE | SWT.BORDER | SWT.READ_ONLY);
        probe.setFont(getFont());
        int height = probe.computeSize(SWT.DEFAULT, SWT.DEFAULT).y;
        probe.dispose();
        getDisplay().setData(key, height);
        return height;
    }

    private void key(Event e) {
        if ((e.keyCode == SWT.ARROW_DOWN && (e.stateMask & SWT.ALT) != 0) || e.character == ' ' || e.character == SWT.CR) {
            e.doit = false;
            openMenu();
        } else if (e.keyCode == SWT.ARROW_UP || e.keyCode == SWT.ARROW_DOWN) {
            e.doit = false;
            choose(Math.max(0, Math.min(items.size() - 1, selection + (e.keyCode == SWT.ARROW_UP ? -1 : 1))));
        }
    }

    private void wheel(Event e) {
        e.doit = false;
        if (wheel != null) {
            wheel.accept(e.count);
        } else if (e.count != 0 && !items.isEmpty()) {
            choose(Math.max(0, Math.min(items.size() - 1, selection + (e.count > 0 ? -1 : 1))));
        }
    }

    /** The choices as a menu under the field, the chosen one ticked; built now, disposed once closed. */
    private void openMenu() {
        if (open != null || items.isEmpty() || !isEnabled()) {
            return;
        }
        Menu menu = new Menu(getShell(), SWT.POP_UP);
        for (int i = 0; i < items.size(); i++) {
            MenuItem item = new MenuItem(menu, SWT.RADIO);
            String text = items.get(i);
            item.setText(text.isEmpty() ? Messages.DropDown_none : text.replace("&", "&&"));
            item.setSelection(i == selection);
            int index = i;
            item.addListener(SWT.Selection, e -> {
                if (item.getSelection()) {
                    choose(index);
                }
            });
        }
        menu.addListener(SWT.Hide, e -> getDisplay().asyncExec(() -> {
            if (!menu.isDisposed()) {
                menu.dispose();
            }
            if (open == menu) {
                open = null;
            }
        }));
        Point below = toDisplay(0, getSize().y);
        menu.setLocation(below);
        open = menu;
        menu.setVisible(true);
        setFocus();
    }

    /** Selects {@code index} as the user's choice: listeners hear it if it is another. */
    private void choose(int index) {
        if (index < 0 || index == selection || isDisposed()) {
            return;
        }
        select(index);
        notifyListeners(SWT.Selection, new Event());
    }

    /** The menu while it is open (tests), else null. */
    public Menu openMenuForTests() {
        openMenu();
        return open;
    }

    public void add(String item) {
        checkWidget();
        items.add(item);
    }

    public void removeAll() {
        checkWidget();
        items.clear();
        selection = -1;
        redraw();
    }

    /** Shows choice {@code index} (out of range: none); no listener hears it. */
    public void select(int index) {
        checkWidget();
        int chosen = index >= 0 && index < items.size() ? index : -1;
        if (chosen == selection) {
            return;
        }
        selection = chosen;
        redraw(); // its start shows, cut at the arrow: not the end of a long name
        getAccessible().sendEvent(ACC.EVENT_VALUE_CHANGED, null);
    }

    public int getSelectionIndex() {
        checkWidget();
        return selection;
    }

    /** The chosen text, or "" with none. */
    public String getText() {
        checkWidget();
        return selection < 0 ? "" : items.get(selection);
    }

    public String getItem(int index) {
        checkWidget();
        return items.get(index);
    }

    public int getItemCount() {
        checkWidget();
        return items.size();
    }

    public int indexOf(String item) {
        checkWidget();
        return items.indexOf(item);
    }

    @Override
    public void setEnabled(boolean enabled) {
        super.setEnabled(enabled);
        redraw();
    }
}
