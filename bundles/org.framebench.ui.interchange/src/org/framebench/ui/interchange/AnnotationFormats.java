package org.framebench.ui.interchange;

import java.util.List;

import org.framebench.core.interchange.InterchangeFormat;

/** The other tools' formats the wizards offer, in the order they are listed. A new format is one line here. */
public final class AnnotationFormats {

    private static final List<InterchangeFormat> FORMATS = List.of(
            new org.framebench.interchange.w3c.W3cWebAnnotationFormat(),
            new org.framebench.interchange.brat.BratFormat(),
            new org.framebench.interchange.uima.UimaXmiFormat(),
            new org.framebench.interchange.refiqda.RefiQdaFormat());

    private AnnotationFormats() {
    }

    public static List<InterchangeFormat> all() {
        return FORMATS;
    }

    /** Whether the format writes (and reads) a folder rather than one file. */
    static boolean isFolder(InterchangeFormat format) {
        return "folder".equalsIgnoreCase(format.targetDescription());
    }
}
