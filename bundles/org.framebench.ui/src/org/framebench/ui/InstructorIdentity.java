package org.framebench.ui;

import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.framebench.core.text.XmlText;
import org.framebench.ui.internal.FramebenchUiPlugin;

/**
 * The instructor's name, written into every key the instructor makes and on every piece of feedback.
 * Asked once and remembered in the preferences (like the student's identity).
 */
public final class InstructorIdentity {

    public static final String NAME = "instructor.name";

    private InstructorIdentity() {
    }

    /** The remembered name, or {@code null} when none has been given yet. */
    public static String remembered() {
        String name = XmlText.clean(FramebenchUiPlugin.getDefault().getPreferenceStore().getString(NAME));
        return name == null || name.isBlank() ? null : name.strip();
    }

    /** The remembered name, else asks for it (and remembers it). @return null if the user cancelled */
    public static String ensure(Shell shell) {
        String name = remembered();
        if (name != null) {
            return name;
        }
        // Empty, never the computer's user name: a key and feedback carry the instructor's real name.
        String suggested = "";
        IInputValidator required = text -> text == null || text.isBlank() ? Messages.Instructor_nameNeeded : null;
        InputDialog dialog = new InputDialog(shell, Messages.Instructor_title, Messages.Instructor_intro, suggested, required);
        if (dialog.open() != Window.OK) {
            return null;
        }
        name = XmlText.clean(dialog.getValue()).strip();
        remember(name);
        return name;
    }

    /** Remembers the name without asking (tests, a preferences page). */
    public static void remember(String name) {
        IPreferenceStore preferences = FramebenchUiPlugin.getDefault().getPreferenceStore();
        preferences.setValue(NAME, name == null ? "" : name);
        if (preferences instanceof org.eclipse.jface.preference.IPersistentPreferenceStore persistent
                && persistent.needsSaving()) {
            try {
                persistent.save(); // at once: a crash later does not make Framebench ask again
            } catch (java.io.IOException e) {
                // Still remembered for this session; saved again when Framebench closes.
            }
        }
    }
}
