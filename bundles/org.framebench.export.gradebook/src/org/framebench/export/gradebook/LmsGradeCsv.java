package org.framebench.export.gradebook;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.framebench.core.document.DocumentException;
import org.framebench.core.document.DocumentStore;
import org.framebench.export.xlsx.CsvExporter;
import org.framebench.grading.ClassReport;
import org.framebench.grading.ClassReport.GradedSubmission;
import org.framebench.grading.GradingException;
import org.framebench.grading.lms.LmsIdentity;

/**
 * The class's grades as a CSV a learning platform imports, one row per graded student, the grade being the
 * grade book's Grade (score + feedback points + adjustment, 0 to 100), to two decimals:
 * <ul>
 * <li>{@link Layout#CANVAS}, Canvas's gradebook import: {@code Student,ID,SIS User ID,SIS Login ID,Section,
 * <assignment>}, then a "Points Possible" row (100). ID is the Canvas user id read off the ZIP's file names;
 * for a student without one (a class folder), SIS User ID holds the student id typed into the file.</li>
 * <li>{@link Layout#MOODLE}, Moodle's assignment grading worksheet ("Upload grading worksheet"):
 * {@code Identifier,Full name,ID number,Grade,Maximum Grade,Feedback comments}; Identifier is
 * {@code Participant N} with the participant id of the ZIP's folder names, ID number the student id typed
 * into the file (for Moodle's gradebook CSV import, map it to the users' "ID number"), Feedback comments how
 * the grade was made.</li>
 * </ul>
 * UTF-8, RFC 4180, text that a spreadsheet would run as a formula neutralised; written atomically.
 */
public final class LmsGradeCsv {

    /** The two layouts. */
    public enum Layout {
        CANVAS("canvas"), MOODLE("moodle");

        private final String option;

        Layout(String option) {
            this.option = option;
        }

        /** The name on the command line ({@code --lms canvas}). */
        public String option() {
            return option;
        }

        /** The layout named {@code option} (any case), or {@code null}. */
        public static Layout of(String option) {
            for (Layout layout : values()) {
                if (layout.option.equalsIgnoreCase(option)) {
                    return layout;
                }
            }
            return null;
        }
    }

    /** The maximum grade, in both layouts. */
    public static final int POINTS_POSSIBLE = 100;

    private final ClassReport report;
    private final Layout layout;

    public LmsGradeCsv(ClassReport report, Layout layout) {
        this.report = report;
        this.layout = layout;
    }

    /** Where the CSV goes beside {@code workbook}: {@code grades.xlsx} → {@code grades-canvas.csv}. */
    public static Path besideWorkbook(Path workbook, Layout layout) {
        String name = workbook.getFileName().toString();
        String base = name.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? name.substring(0, name.length() - 5) : name;
        return workbook.resolveSibling(base + "-" + layout.option() + ".csv");
    }

    /** The header and the rows, as written (the Points Possible row included for Canvas). */
    public List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        String assignment = report.assignment().getTitle() == null || report.assignment().getTitle().isBlank()
                ? report.assignment().getId() : report.assignment().getTitle();
        if (layout == Layout.CANVAS) {
            rows.add(List.of("Student", "ID", "SIS User ID", "SIS Login ID", "Section", "Framebench: " + assignment));
            rows.add(List.of("Points Possible", "", "", "", "", String.valueOf(POINTS_POSSIBLE)));
            for (GradedSubmission graded : report.scores()) {
                String canvasId = idFrom(graded, LmsIdentity.Lms.CANVAS);
                rows.add(List.of(graded.submission().studentName(), canvasId,
                        canvasId.isEmpty() ? graded.submission().studentId() : "", "", "", grade(graded)));
            }
        } else {
            rows.add(List.of("Identifier", "Full name", "ID number", "Grade", "Maximum Grade", "Feedback comments"));
            for (GradedSubmission graded : report.scores()) {
                String participant = idFrom(graded, LmsIdentity.Lms.MOODLE);
                rows.add(List.of(participant.isEmpty() ? "" : "Participant " + participant,
                        graded.submission().studentName(), graded.submission().studentId(), grade(graded),
                        String.valueOf(POINTS_POSSIBLE), graded.explanation()));
            }
        }
        return rows;
    }

    /** The student's grade as the CSV has it: the grade book's Grade to two decimals. */
    public static String grade(GradedSubmission graded) {
        return String.format(Locale.ROOT, "%.2f", graded.grade());
    }

    private static String idFrom(GradedSubmission graded, LmsIdentity.Lms lms) {
        LmsIdentity identity = graded.submission().lms();
        return identity != null && identity.lms() == lms ? identity.id() : "";
    }

    /**
     * Writes the CSV to {@code file}, replacing it only once complete.
     *
     * @throws GradingException in plain words when it cannot be written
     */
    public void export(Path file) throws GradingException {
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows()) {
            for (int c = 0; c < row.size(); c++) {
                if (c > 0) {
                    text.append(',');
                }
                text.append(CsvExporter.field(row.get(c)));
            }
            text.append("\r\n");
        }
        try {
            DocumentStore.writeAtomically(text.toString().getBytes(StandardCharsets.UTF_8), file, false);
        } catch (DocumentException e) {
            throw new GradingException(e.getMessage(), e);
        }
    }

    /** How many students lack the platform's id (their rows must be matched by hand or by another column). */
    public long withoutLmsId() {
        return report.scores().stream().filter(g -> idFrom(g, layout == Layout.CANVAS ? LmsIdentity.Lms.CANVAS
                : LmsIdentity.Lms.MOODLE).isEmpty()).count();
    }
}
