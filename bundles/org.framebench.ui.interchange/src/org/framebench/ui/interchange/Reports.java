package org.framebench.ui.interchange;

import org.framebench.core.interchange.InterchangeReport;

/** A report in words for the closing dialog: the summary, then every loss on a line of its own. */
final class Reports {

    private static final int LISTED = 15;

    private Reports() {
    }

    static String losses(InterchangeReport report) {
        if (report.losses().isEmpty()) {
            return Messages.Report_noLosses;
        }
        StringBuilder text = new StringBuilder(Messages.Report_losses);
        report.losses().stream().limit(LISTED).forEach(loss -> text.append("\n\u2022 ").append(loss));
        if (report.losses().size() > LISTED) {
            text.append("\n\u2022 \u2026 ").append(report.losses().size() - LISTED);
        }
        return text.toString();
    }
}
