package org.framebench.ui.editor;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.framebench.ui.Messages;

/**
 * A bar above the articles, hidden unless autosave fails: it says in plain words that the unsaved work
 * is not being copied aside and offers Save As. It stays up (without interrupting again) until an
 * autosave succeeds or the document is saved.
 */
public final class AutosaveNotice {

    private final Composite bar;
    private final Label text;

    AutosaveNotice(Composite parent, Runnable saveAs) {
        bar = new Composite(parent, SWT.BORDER);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.exclude = true;
        bar.setLayoutData(data);
        bar.setVisible(false);
        GridLayout layout = new GridLayout(3, false);
        layout.marginHeight = 4;
        bar.setLayout(layout);
        // A light warning yellow with black text, whatever the theme's tooltip colours (dark on some).
        bar.setBackground(new Color(255, 243, 205));
        Label icon = new Label(bar, SWT.NONE);
        icon.setImage(bar.getDisplay().getSystemImage(SWT.ICON_WARNING));
        icon.setBackground(bar.getBackground());
        text = new Label(bar, SWT.WRAP);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text.setBackground(bar.getBackground());
        text.setForeground(new Color(0, 0, 0));
        Button button = new Button(bar, SWT.PUSH);
        button.setText(Messages.Autosave_saveAs);
        button.addListener(SWT.Selection, e -> saveAs.run());
    }

    /** Puts the bar right above {@code sibling} (the first bar above the articles). */
    void moveAbove(org.eclipse.swt.widgets.Control sibling) {
        bar.moveAbove(sibling);
    }

    /** Shows {@code message}, or hides the bar when it is null. */
    void show(String message) {
        if (bar.isDisposed()) {
            return;
        }
        boolean visible = message != null;
        text.setText(visible ? message : "");
        ((GridData) bar.getLayoutData()).exclude = !visible;
        bar.setVisible(visible);
        bar.getParent().layout(true, true);
    }

    /** Whether its editor is closed. */
    public boolean isDisposed() {
        return bar.isDisposed();
    }

    /** Whether the student sees the notice now. */
    public boolean isShowing() {
        return !bar.isDisposed() && bar.isVisible();
    }

    /** The words the student reads. */
    public String getText() {
        return text.isDisposed() ? "" : text.getText();
    }
}
