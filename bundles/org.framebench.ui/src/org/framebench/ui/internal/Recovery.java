package org.framebench.ui.internal;

import org.framebench.model.AnnotationDocument;

/** Autosave of unsaved work and recovery after a crash. */
public class Recovery {

    /** Forgets the recovery copy of {@code document}: it was saved or closed on purpose. */
    public void discard(AnnotationDocument document) {
        // Wired to the core RecoveryStore in the next step.
    }
}
