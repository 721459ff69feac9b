package org.framebench.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.preference.IPersistentPreferenceStore;
import org.eclipse.jface.preference.IPreferenceStore;

/**
 * The documents opened or saved last, newest first (File → Open Recent, and the one reopened at start),
 * kept in the preferences as one absolute path a line.
 */
public final class RecentFiles {

    /** Preference: the recent documents, one absolute path a line, newest first. */
    public static final String RECENT = "files.recent";
    /** Preference: reopen the last document when Framebench starts (on by default). */
    public static final String REOPEN_LAST = "files.reopenLast";
    /** How many documents File → Open Recent lists. */
    public static final int SIZE = 8;

    private RecentFiles() {
    }

    private static IPreferenceStore store() {
        return FramebenchUiPlugin.getDefault().getPreferenceStore();
    }

    /** The recent documents, newest first. */
    public static List<Path> list() {
        List<Path> files = new ArrayList<>();
        for (String line : store().getString(RECENT).split("\n")) {
            if (!line.isBlank()) {
                try {
                    files.add(Path.of(line));
                } catch (java.nio.file.InvalidPathException e) {
                    // a name this language setting cannot represent: left out
                }
            }
        }
        return files;
    }

    /** {@code file} was opened or saved: it goes first. */
    public static void add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> files = list();
        files.remove(absolute);
        files.add(0, absolute);
        write(files.subList(0, Math.min(SIZE, files.size())));
    }

    /** {@code file} is gone (moved or deleted): it leaves the list. */
    public static void remove(Path file) {
        List<Path> files = list();
        if (files.remove(file.toAbsolutePath().normalize())) {
            write(files);
        }
    }

    /** Whether the last document is reopened at start. */
    public static boolean reopenLast() {
        return store().getBoolean(REOPEN_LAST);
    }

    private static void write(List<Path> files) {
        StringBuilder text = new StringBuilder();
        for (Path file : files) {
            text.append(file).append('\n');
        }
        IPreferenceStore store = store();
        store.setValue(RECENT, text.toString());
        if (store instanceof IPersistentPreferenceStore persistent && persistent.needsSaving()) {
            try {
                persistent.save(); // at once: a crash does not lose the list
            } catch (java.io.IOException e) {
                // kept for this session, saved again when Framebench closes
            }
        }
    }
}
