package org.framebench.ui.preferences;

import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.framebench.core.text.XmlText;
import org.framebench.ui.InstructorIdentity;
import org.framebench.ui.Messages;
import org.framebench.ui.internal.FramebenchUiPlugin;

/**
 * Window → Preferences → Framebench → Instructor: the instructor's name, written into the keys the
 * instructor makes, on feedback and in the class review file (see {@link InstructorIdentity}).
 */
public class InstructorPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public static final String ID = "org.framebench.ui.preferences.instructor";

    public InstructorPreferencePage() {
        super(GRID);
        setDescription(Messages.Preferences_instructorIntro);
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(FramebenchUiPlugin.getDefault().getPreferenceStore());
    }

    @Override
    protected void createFieldEditors() {
        addField(new StringFieldEditor(InstructorIdentity.NAME, Messages.Preferences_instructorName, getFieldEditorParent()));
    }

    @Override
    public boolean performOk() {
        boolean ok = super.performOk();
        // As typed, minus what a file cannot hold; saved at once so that a crash does not lose it.
        InstructorIdentity.remember(XmlText.clean(getPreferenceStore().getString(InstructorIdentity.NAME)).strip());
        return ok;
    }
}
