package org.framebench.ui.preferences;

import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.framebench.ui.Messages;

/** Window → Preferences → Framebench: the root of Framebench's own pages. */
public class FramebenchPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    public static final String ID = "org.framebench.ui.preferences.framebench";

    @Override
    public void init(IWorkbench workbench) {
        noDefaultAndApplyButton();
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(1, false));
        Label text = new Label(area, SWT.WRAP);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 360;
        text.setLayoutData(data);
        text.setText(Messages.Preferences_intro);
        return area;
    }
}
