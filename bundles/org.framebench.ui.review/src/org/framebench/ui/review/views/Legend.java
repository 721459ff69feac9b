package org.framebench.ui.review.views;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Canvas;
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

    /**
     * Adds a swatch coloured {@code rgb} labelled {@code text}. The swatch is painted by hand: the workbench's
     * CSS theme resets the background of labels.
     */
    Label add(RGB rgb, String text) {
        Canvas swatch = new Canvas(this, SWT.NONE);
        swatch.setLayoutData(new RowData(14, 14));
        Color colour = new Color(rgb);
        swatch.addPaintListener(e -> {
            e.gc.setBackground(colour);
            e.gc.fillRectangle(0, 0, 14, 14);
            e.gc.setForeground(e.display.getSystemColor(SWT.COLOR_DARK_GRAY));
            e.gc.drawRectangle(0, 0, 13, 13);
        });
        swatch.setToolTipText(text);
        Label label = new Label(this, SWT.NONE);
        label.setText(text);
        return label;
    }

    Label addText(String text) {
        Label label = new Label(this, SWT.NONE);
        label.setText(text);
        return label;
    }
}
