package org.framebench.ui.preferences;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.FontFieldEditor;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.framebench.core.text.XmlText;
import org.framebench.ui.Messages;
import org.framebench.ui.internal.Appearance;
import org.framebench.ui.internal.FramebenchUiPlugin;
import org.framebench.ui.internal.RecentFiles;
import org.framebench.ui.internal.StudentIdentity;

/**
 * Window → Preferences → Framebench: snapping, how often unsaved work is copied aside, the articles' font,
 * the code colours (a colour-blind-safe palette), reopening the last document and the student's name and id. Each takes effect when
 * the page is applied, in the open documents too, and is kept for the next start.
 */
public class FramebenchPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public static final String ID = "org.framebench.ui.preferences.framebench";

    public FramebenchPreferencePage() {
        super(GRID);
        setDescription(Messages.Preferences_intro);
    }

    @Override
    public void init(IWorkbench workbench) {
        IPreferenceStore store = FramebenchUiPlugin.getDefault().getPreferenceStore();
        // The default font is the platform's text font: known only with the display, shown as such here.
        if (store.getDefaultString(Appearance.ARTICLE_FONT).isBlank()) {
            PreferenceConverter.setDefault(store, Appearance.ARTICLE_FONT, JFaceResources.getTextFont().getFontData());
        }
        setPreferenceStore(store);
    }

    @Override
    protected void createFieldEditors() {
        addField(new BooleanFieldEditor(FramebenchUiPlugin.SNAP_TO_WORDS, Messages.Preferences_snap, getFieldEditorParent()));
        IntegerFieldEditor autosave = new IntegerFieldEditor(FramebenchUiPlugin.AUTOSAVE_SECONDS,
                Messages.Preferences_autosave, getFieldEditorParent(), 3);
        autosave.setValidRange(FramebenchUiPlugin.AUTOSAVE_MIN_SECONDS, FramebenchUiPlugin.AUTOSAVE_MAX_SECONDS);
        autosave.setErrorMessage(Messages.Preferences_autosaveRange);
        addField(autosave);
        FontFieldEditor font = new FontFieldEditor(Appearance.ARTICLE_FONT, Messages.Preferences_font, getFieldEditorParent());
        font.setChangeButtonText(Messages.Preferences_fontChange);
        addField(font);
        addField(new RadioGroupFieldEditor(Appearance.PALETTE, Messages.Preferences_palette, 1,
                new String[][] { { Messages.Preferences_paletteStandard, Appearance.STANDARD },
                        { Messages.Preferences_paletteColourBlind, Appearance.COLOUR_BLIND_SAFE } },
                getFieldEditorParent(), true));
        addField(new BooleanFieldEditor(RecentFiles.REOPEN_LAST, Messages.Preferences_reopenLast, getFieldEditorParent()));
        addField(new StringFieldEditor(StudentIdentity.NAME, Messages.Preferences_studentName, getFieldEditorParent()));
        addField(new StringFieldEditor(StudentIdentity.ID, Messages.Preferences_studentId, getFieldEditorParent()));
    }

    @Override
    public boolean performOk() {
        boolean ok = super.performOk();
        // As typed, minus what a file cannot hold (as the dialog at the first save cleans it).
        IPreferenceStore store = getPreferenceStore();
        StudentIdentity.remember(XmlText.clean(store.getString(StudentIdentity.NAME)).strip(),
                XmlText.clean(store.getString(StudentIdentity.ID)).strip());
        return ok;
    }
}
