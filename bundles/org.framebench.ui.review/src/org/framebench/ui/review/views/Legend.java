package org.framebench.ui.review.views;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/** A row of colour swatches with their meaning. */
final class Legend extends Composite {

    Legend(Composite parent) {
        super(parent, SWT.NONE);
        RowLayout layout = new RowLayout(SWT.HORIZONTAL);
        layout.center = true;
        layout.marginTop = 0;
        layout.marginBottom = 0;
        layout.spacing = 4;
        setLayout(layout);
    }

    void clear() {
        for (Control child : getChildren()) {
            child.dispose();
        }
    }

    /** Adds a swatch coloured {@code rgb} labelled {@code text}. */
    Label add(RGB rgb, String text) {
        Label swatch = new Label(this, SWT.BORDER);
        swatch.setText(" " + text + " ");
        swatch.setBackground(new Color(rgb));
        return swatch;
    }

    Label addText(String text) {
        Label label = new Label(this, SWT.NONE);
        label.setText(text);
        return label;
    }
}
