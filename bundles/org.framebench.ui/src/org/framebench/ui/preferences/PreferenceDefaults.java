package org.framebench.ui.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.framebench.core.recovery.AutosavePolicy;
import org.framebench.ui.internal.Appearance;
import org.framebench.ui.internal.FramebenchUiPlugin;
import org.framebench.ui.internal.RecentFiles;

/** The defaults of Framebench's preferences (Window → Preferences → Framebench). */
public class PreferenceDefaults extends AbstractPreferenceInitializer {

    @Override
    public void initializeDefaultPreferences() {
        IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(FramebenchUiPlugin.ID);
        defaults.putBoolean(FramebenchUiPlugin.SNAP_TO_WORDS, true);
        defaults.putInt(FramebenchUiPlugin.AUTOSAVE_SECONDS, (int) AutosavePolicy.DEFAULT_INTERVAL.toSeconds());
        // "": the platform's text font (the page shows it as the default once the display is up).
        defaults.put(Appearance.ARTICLE_FONT, "");
        defaults.put(Appearance.PALETTE, Appearance.STANDARD);
        defaults.putBoolean(RecentFiles.REOPEN_LAST, true);
        defaults.putBoolean(org.framebench.ui.suggest.SuggestionController.SHOW, true);
        defaults.put(RecentFiles.RECENT, "");
    }
}
