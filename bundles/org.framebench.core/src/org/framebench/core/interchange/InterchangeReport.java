package org.framebench.core.interchange;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export or import did: the files written (or read), how many annotations and links went through,
 * and every loss the format forced (e.g. brat has no relations across documents), in words for the user.
 */
public record InterchangeReport(List<Path> files, int annotations, int links, List<String> losses) {

    public InterchangeReport {
        files = List.copyOf(files);
        losses = List.copyOf(losses);
    }

    /** One line for a status bar or the command line. */
    public String summary() {
        String base = annotations + (annotations == 1 ? " annotation, " : " annotations, ") + links
                + (links == 1 ? " link" : " links");
        return losses.isEmpty() ? base : base + "; " + losses.size() + (losses.size() == 1 ? " thing" : " things")
                + " the format cannot hold (see the report)";
    }
}
