package org.framebench.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;
import org.framebench.core.text.XmlText;

/**
 * Keeps characters a Framebench file cannot hold (control characters other than tab and newline) out of
 * a text field: what is typed or pasted is cleaned before it appears, so the field shows exactly what will
 * be saved. The commands that store text clean it too ({@link XmlText}).
 */
public final class CleanInput {

    private CleanInput() {
    }

    /** Cleans everything typed, pasted or set into {@code field}. @return the field */
    public static Text attach(Text field) {
        field.addListener(SWT.Verify, e -> {
            if (e.text != null && !XmlText.isClean(e.text)) {
                e.text = XmlText.clean(e.text);
            }
        });
        return field;
    }
}
