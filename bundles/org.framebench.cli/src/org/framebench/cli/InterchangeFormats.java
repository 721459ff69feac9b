package org.framebench.cli;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.framebench.core.interchange.InterchangeFormat;

/**
 * The formats of other annotation tools that {@code framebench export --format} and {@code framebench import}
 * know, by id. A new format is one line in {@link #FORMATS}.
 */
public final class InterchangeFormats {

    private static final List<InterchangeFormat> FORMATS = List.of(
            new org.framebench.interchange.w3c.W3cWebAnnotationFormat(),
            new org.framebench.interchange.brat.BratFormat(),
            new org.framebench.interchange.uima.UimaXmiFormat(),
            new org.framebench.interchange.refiqda.RefiQdaFormat());

    private InterchangeFormats() {
    }

    /** Every format, in the order help texts list them. */
    public static List<InterchangeFormat> all() {
        return FORMATS;
    }

    /** The format with id {@code id} (as typed after {@code --format}, case ignored). */
    public static Optional<InterchangeFormat> byId(String id) {
        return FORMATS.stream().filter(format -> format.id().equalsIgnoreCase(id == null ? "" : id.strip())).findFirst();
    }

    /** The ids, for messages: {@code w3c, brat}. */
    public static String ids() {
        return FORMATS.stream().map(InterchangeFormat::id).collect(Collectors.joining(", "));
    }

    /** One line per format for help texts: id, what it writes, its name. */
    static String helpLines() {
        return FORMATS.stream()
                .map(f -> String.format("  %-10s %-8s %s", f.id(), f.targetDescription(), f.label()))
                .collect(Collectors.joining("\n", "", "\n"));
    }
}
