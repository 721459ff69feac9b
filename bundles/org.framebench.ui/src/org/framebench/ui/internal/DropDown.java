package org.framebench.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;
import org.framebench.ui.Messages;

/**
 * A read-only drop-down for places narrower than its choices (the Annotation panel, the list's filters, the find
 * bar): the chosen text in a read-only field, cut at the field's edge, and an arrow; a click, Space, Enter or
 * Alt+Down opens the choices as a menu, Up and Down step through them.
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
public final class DropDown extends Composite {

    private final Text field;
    private final Button arrow;
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
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(0, 0).applyTo(this);
        field = new Text(this, SWT.READ_ONLY | SWT.SINGLE | SWT.BORDER);
        GridData fieldData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        fieldData.widthHint = 40; // its own width comes from the drop-down's, never from the chosen text's
        field.setLayoutData(fieldData);
        // A read-only field is grey in GTK's theme, which reads as "disabled": this one is a live choice.
        field.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        arrow = new Button(this, SWT.ARROW | SWT.DOWN);
        arrow.setLayoutData(new GridData(SWT.CENTER, SWT.FILL, false, true));
        field.addListener(SWT.MouseDown, e -> {
            if (e.button == 1) {
                openMenu();
            }
        });
        arrow.addListener(SWT.Selection, e -> openMenu());
        field.addListener(SWT.KeyDown, this::key);
        arrow.addListener(SWT.KeyDown, this::key);
        for (org.eclipse.swt.widgets.Control part : new org.eclipse.swt.widgets.Control[] { this, field, arrow }) {
            part.addListener(SWT.MouseVerticalWheel, this::wheel);
        }
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
        field.setFocus();
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
        field.setText("");
    }

    /** Shows choice {@code index} (out of range: none); no listener hears it. */
    public void select(int index) {
        checkWidget();
        int chosen = index >= 0 && index < items.size() ? index : -1;
        if (chosen == selection) {
            return;
        }
        selection = chosen;
        field.setText(chosen < 0 ? "" : items.get(chosen));
        field.setSelection(0); // its start shows, not the end of a long name
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
    public void setToolTipText(String text) {
        super.setToolTipText(text);
        field.setToolTipText(text);
        arrow.setToolTipText(text);
    }

    @Override
    public void setEnabled(boolean enabled) {
        super.setEnabled(enabled);
        field.setEnabled(enabled);
        arrow.setEnabled(enabled);
    }

    @Override
    public boolean setFocus() {
        return field.setFocus();
    }
}
