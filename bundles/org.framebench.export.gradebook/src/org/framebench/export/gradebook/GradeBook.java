package org.framebench.export.gradebook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.framebench.core.document.AtomicFiles;
import org.framebench.export.xlsx.ComparisonTable;
import org.framebench.export.xlsx.ParallelSheets;
import org.framebench.export.xlsx.SheetRows;
import org.framebench.export.xlsx.PoiTempFolder;
import org.framebench.grading.ClassReport;
import org.framebench.grading.ClassReport.GradedSubmission;
import org.framebench.grading.GradingException;
import org.framebench.grading.Submission;
import org.framebench.grading.agreement.ClassAgreement;
import org.framebench.grading.review.ReviewStore;
import org.framebench.grading.scoring.AnnotationMatch;
import org.framebench.grading.scoring.LayerScore;
import org.framebench.grading.scoring.MatchStatus;
import org.framebench.grading.scoring.StudentScore;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Feedback;
import org.framebench.model.Layer;
import org.framebench.model.ReviewDocument;

/**
 * The grade book of a class as an Excel workbook:
 * <ul>
 * <li>"Grades": one row per graded student with each layer's F1, attribute agreement, link credit, overall
 * precision/recall/F1, match counts, Cohen's kappa with the key, feedback count, and the total computed by
 * a formula from the weights in the first row (change a weight, the totals follow);</li>
 * <li>"Agreement": agreement among the students per layer, overall and per code;</li>
 * <li>one sheet per student: each annotation's match status and the instructor's feedback on it.</li>
 * </ul>
 * Header rows are bold and frozen, with an auto-filter. The students' sheets are written on every core, each
 * made, compressed and let go in turn ({@link ParallelSheets}), and the workbook is saved atomically.
 */
public final class GradeBook {

    /** Name of the grades sheet. */
    public static final String GRADES_SHEET = "Grades";
    /** Header of the Grades sheet's last column for a class from a Moodle or Canvas ZIP. */
    public static final String LMS_ID_HEADER = "LMS id";
    /** The Grades sheet's column naming the assignment version a file answers. */
    public static final String VERSION_HEADER = "Assignment version";
    /** Name of the agreement sheet. */
    public static final String AGREEMENT_SHEET = "Agreement";

    private final ClassReport report;
    private boolean studentSheets = true;
    /** Those sheets, per graded submission (by identity). */
    private Map<Submission, StudentSheet> madeSheets;

    public GradeBook(ClassReport report) {
        this.report = report;
    }

    /**
     * A student's sheet made (and compressed) while the document was in memory: what a class graded as a
     * stream keeps of the student for the grade book ({@link StudentSheets#make}).
     */
    public static final class StudentSheet {
        private final ParallelSheets.Compressed rows;
        private final int annotationRows;
        private final int feedbackCount;

        private StudentSheet(ParallelSheets.Compressed rows, int annotationRows, int feedbackCount) {
            this.rows = rows;
            this.annotationRows = annotationRows;
            this.feedbackCount = feedbackCount;
        }

        /** Bytes kept. */
        public int size() {
            return rows.size();
        }
    }

    /**
     * The grade book of a class graded as a stream ({@code ClassGrading.gradeStreamed}): the workbook is begun
     * first, each student's sheet is made by {@link #make} while the student's document is in memory, and
     * {@link GradeBook#export(Path, StudentSheets, Map)} puts the workbook together. The sheets are the same,
     * cell for cell, as {@link GradeBook#export(Path)} writes from a class in memory.
     *
     * <pre>
     * GradeBook.StudentSheets sheets = new GradeBook.StudentSheets();
     * var graded = ClassGrading.gradeStreamed(folder, key, o -> o, sheets::make);
     * new GradeBook(graded.report()).export(Path.of("grades.xlsx"), sheets, graded.kept());
     * </pre>
     */
    public static final class StudentSheets {
        private final XSSFWorkbook workbook;
        private final Styles styles;

        /** Begins the workbook. */
        public StudentSheets() {
            workbook = new XSSFWorkbook();
            styles = new Styles(workbook);
        }

        /**
         * The student's sheet, made now (safe from several threads at once); {@code review}: the class's review
         * file (the feedback on the student's annotations), or null.
         */
        public StudentSheet make(GradedSubmission graded, ReviewDocument review) {
            AnnotationDocument student = graded.score().student();
            Map<String, List<Feedback>> feedback = feedbackByAnnotation(review, student);
            SheetRows rows = studentRows(graded, feedback, styles);
            return new StudentSheet(ParallelSheets.compress(rows), 1 + graded.score().matches().size(),
                    ReviewStore.feedbackFor(review, student).size());
        }
    }

    /** Whether to add one sheet per student (default yes). */
    public GradeBook studentSheets(boolean include) {
        this.studentSheets = include;
        return this;
    }

    /**
     * Writes the workbook to {@code file} (replacing it atomically; on failure the previous file is intact).
     *
     * @throws GradingException with a plain-words message when the file cannot be written
     */
    public void export(Path file) throws GradingException {
        export(file, null, null);
    }

    /**
     * As {@link #export(Path)}, for a class graded as a stream: the students' sheets were made by
     * {@code sheets} as the class was graded ({@code made}: per graded submission).
     */
    public void export(Path file, StudentSheets sheets, Map<Submission, StudentSheet> made) throws GradingException {
        this.madeSheets = made;
        try {
            PoiTempFolder.use();
        } catch (IOException e) {
            throw new GradingException("The grade book could not be prepared: " + e.getMessage(), e);
        }
        Path target = file.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new GradingException("Framebench could not save to " + target.getFileName()
                    + " because a folder has that name. Your previous file is unchanged.", null);
        }
        // POI's workbook in memory holds the class sheets (a row per file) and the students' sheets' settings;
        // the students' rows, nearly all of the workbook, are made on every core by ParallelSheets. The
        // workbook goes straight into the file's temporary sibling (a class of 2,000 makes a book of 100 MB
        // or more: not held in memory, twice, as it grew), moved over the file once complete.
        try (XSSFWorkbook workbook = sheets != null ? sheets.workbook : new XSSFWorkbook()) {
            ParallelSheets studentSheets = build(workbook, sheets != null ? sheets.styles : new Styles(workbook));
            AtomicFiles.write(target, out -> {
                try {
                    studentSheets.write(workbook, new WriteGuard(out));
                } catch (WriteGuard.Failed failed) {
                    throw failed.getCause();
                } catch (IOException | RuntimeException e) {
                    throw new NotPrepared(e);
                }
            }, false);
        } catch (NotPrepared e) {
            throw new GradingException("The grade book could not be prepared: " + e.getCause().getMessage(), e.getCause());
        } catch (IOException e) {
            throw new GradingException("Framebench could not save to " + target.getFileName() + " ("
                    + AtomicFiles.describe(e) + "). Your previous file is unchanged.", e);
        } catch (RuntimeException e) {
            throw new GradingException("The grade book could not be prepared: " + e.getMessage(), e);
        } catch (LinkageError e) {
            // A spreadsheet library missing from the installation: say so instead of crashing.
            throw new GradingException("The grade book could not be written because part of Framebench's spreadsheet "
                    + "support is missing (" + e.getMessage() + "). Please reinstall Framebench.", e);
        }
    }

    /** The workbook could not be made (not: the file could not be written). */
    private static final class NotPrepared extends Exception {
        private static final long serialVersionUID = 1L;

        NotPrepared(Exception cause) {
            super(cause);
        }
    }

    /** The file's stream, telling its own failures (the disk) from the workbook's (the making). */
    private static final class WriteGuard extends java.io.FilterOutputStream {

        /** A failure of the file's stream. */
        static final class Failed extends IOException {
            private static final long serialVersionUID = 1L;

            Failed(IOException cause) {
                super(cause);
            }

            @Override
            public synchronized IOException getCause() {
                return (IOException) super.getCause();
            }
        }

        WriteGuard(java.io.OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw new Failed(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw new Failed(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw new Failed(e);
            }
        }

        @Override
        public void close() {
            // The file's stream is closed by AtomicFiles.
        }
    }

    /** The default cell style of the workbook being built (see {@link Styles#plain}). */
    private CellStyle plain;

    /** Makes the workbook's sheets; the students' sheets are set up here and filled when it is written. */
    private ParallelSheets build(XSSFWorkbook workbook, Styles styles) throws IOException {
        workbook.setForceFormulaRecalculation(true);
        plain = styles.plain;
        writeGrades(workbook.createSheet(GRADES_SHEET), styles);
        ParallelSheets parallel = new ParallelSheets();
        writeAgreement(workbook.createSheet(AGREEMENT_SHEET), styles, parallel, workbook);
        if (studentSheets) {
            Set<String> used = new HashSet<>();
            used.add(GRADES_SHEET.toLowerCase(Locale.ROOT));
            used.add(AGREEMENT_SHEET.toLowerCase(Locale.ROOT));
            // The first student's sheet is made by POI; the others are copies of its settings, put into the
            // package by ParallelSheets (POI's createSheet and setAutoFilter look through every sheet made before:
            // 30 s for 2,000 sheets, growing with the square of the class).
            Sheet first = null;
            for (GradedSubmission graded : report.scores()) {
                String name = uniqueSheetName(graded, used);
                StudentSheet done = madeSheets == null ? null : madeSheets.get(graded.submission());
                int annotationRows = done != null ? done.annotationRows : 1 + graded.score().matches().size();
                Callable<SheetRows> rows = null;
                if (done == null) {
                    Map<String, List<Feedback>> feedback = feedbackByAnnotation(report.review(), graded.score().student());
                    rows = () -> studentRows(graded, feedback, styles);
                }
                if (first != null) {
                    parallel.addCopy(workbook, first, name, Math.max(0, annotationRows - 1), done == null ? null : done.rows, rows);
                    continue;
                }
                Sheet sheet = workbook.createSheet(name);
                first = sheet;
                // The sheet's settings here, on this thread (they change the workbook); its rows on a worker.
                sheet.createFreezePane(0, 1);
                sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, annotationRows - 1), 0, 13));
                sheet.setColumnWidth(5, 40 * 256);
                sheet.setColumnWidth(7, 40 * 256);
                sheet.setColumnWidth(11, 40 * 256);
                if (done != null) {
                    parallel.add(workbook, sheet, done.rows);
                } else {
                    parallel.add(workbook, sheet, rows);
                }
            }
        }
        return parallel;
    }

    /** The review's feedback on one student's annotations, by annotation id, in the review's order. */
    private static Map<String, List<Feedback>> feedbackByAnnotation(ReviewDocument review, AnnotationDocument student) {
        Map<String, List<Feedback>> byAnnotation = new HashMap<>();
        for (Feedback feedback : ReviewStore.feedbackFor(review, student)) {
            if (feedback.getAnnotationId() != null) {
                byAnnotation.computeIfAbsent(feedback.getAnnotationId(), id -> new ArrayList<>()).add(feedback);
            }
        }
        return byAnnotation;
    }

    /** The assignment version a file answers; no cell for a file that could not be read. */
    private void version(Row row, int column, Submission submission) {
        if (submission.isReadable() && submission.assignmentVersion() != null) {
            text(row, column, submission.assignmentVersion(), null);
        }
    }

    /** Column layout of the Grades sheet; the weighted components come first after the names. */
    private void writeGrades(Sheet sheet, Styles styles) {
        List<Layer> layers = report.assignment().getCodebook().getLayers();
        List<String> headers = new ArrayList<>(List.of("Student", "Student id", "File"));
        int firstComponent = headers.size();
        for (Layer layer : layers) {
            headers.add(label(layer) + " F1");
        }
        int attributeColumn = headers.size();
        headers.add("Attribute agreement");
        int linkColumn = headers.size();
        headers.add("Link credit");
        int lastComponent = linkColumn;
        headers.addAll(List.of("Precision", "Recall", "F1", "Matched", "Partial", "Missed", "Extra", "Wrong code",
                "Links", "Kappa with key", "Feedback", "Total"));
        int totalColumn = headers.size() - 1;
        // The grade: the total plus the instructor's points, each a column of its own, then the arithmetic.
        int feedbackPointsColumn = headers.size();
        headers.add("Feedback points");
        int adjustmentColumn = headers.size();
        headers.add("Adjustment");
        int gradeColumn = headers.size();
        headers.add("Grade");
        int explanationColumn = headers.size();
        headers.add("How the grade is made");
        // How many of the student's annotations were accepted from the attribution finder's suggestions.
        int fromSuggestionsColumn = headers.size();
        headers.add(FROM_SUGGESTIONS_HEADER);
        // Every file of the folder has a row: graded, or why not (other assignment, damaged, a key…).
        int statusColumn = headers.size();
        headers.add("Status");
        // Which version of the assignment each file answers (editing a handed-out assignment bumps it).
        int versionColumn = headers.size();
        headers.add(VERSION_HEADER);
        // The learning platform's id of the student, read off the names in its ZIP (round-trips to its CSV):
        // only for a class that came as such a ZIP.
        boolean fromLms = report.submissions().files().stream().anyMatch(f -> f.lms() != null);
        int lmsIdColumn = fromLms ? headers.size() : -1;
        if (fromLms) {
            headers.add(LMS_ID_HEADER);
        }

        // The weights row as written, component by component, for the totals' cached values.
        double[] weightValues = new double[lastComponent - firstComponent + 1];
        for (int l = 0; l < layers.size(); l++) {
            weightValues[l] = report.options().layerWeight(layers.get(l).getId());
        }
        weightValues[attributeColumn - firstComponent] = report.options().attributeWeight();
        weightValues[linkColumn - firstComponent] = report.options().linkWeight();
        Row weights = sheet.createRow(0);
        text(weights, 0, "Weights", styles.bold);
        for (int c = 0; c < weightValues.length; c++) {
            number(weights, firstComponent + c, weightValues[c], styles.bold);
        }
        text(weights, totalColumn, "Total = 100 × weighted mean of the weighted columns (blank or \"not assessed\" ones left out)", null);
        text(weights, gradeColumn, "Grade = Total + feedback points + adjustment, kept within 0 to 100", null);
        header(sheet.createRow(1), headers, styles);

        int rowIndex = 2;
        for (GradedSubmission graded : report.scores()) {
            StudentScore score = graded.score();
            Row row = sheet.createRow(rowIndex);
            text(row, 0, graded.submission().studentName(), null);
            text(row, 1, graded.submission().studentId(), null);
            text(row, 2, graded.submission().fileLabel(), null);
            // The weighted components as written (null: a blank cell), for the total's cached value.
            Double[] components = new Double[lastComponent - firstComponent + 1];
            for (int l = 0; l < layers.size(); l++) {
                LayerScore layerScore = score.layers().get(layers.get(l).getId());
                if (layerScore == null || !layerScore.assessed()) {
                    // Words, not a number: the total's formula (ISNUMBER) and totalOf leave the layer out.
                    text(row, firstComponent + l, NOT_ASSESSED, null);
                    components[l] = null;
                } else {
                    components[l] = layerScore.f1();
                    number(row, firstComponent + l, components[l], styles.decimal);
                }
            }
            components[attributeColumn - firstComponent] = optional(row, attributeColumn, score.attributeAgreement(), styles.decimal);
            components[linkColumn - firstComponent] = optional(row, linkColumn, score.linkCredit(), styles.decimal);
            int column = linkColumn + 1;
            number(row, column++, score.overall().precision(), styles.decimal);
            number(row, column++, score.overall().recall(), styles.decimal);
            number(row, column++, score.overall().f1(), styles.decimal);
            for (MatchStatus status : MatchStatus.values()) {
                number(row, column++, score.count(status), null);
            }
            number(row, column++, score.studentLinks(), null);
            optional(row, column++, Double.isNaN(graded.kappaWithKey()) ? null : graded.kappaWithKey(), styles.decimal);
            StudentSheet done = madeSheets == null ? null : madeSheets.get(graded.submission());
            number(row, column++, done != null ? done.feedbackCount
                    : ReviewStore.feedbackFor(report.review(), score.student()).size(), null);
            Cell total = row.createCell(totalColumn);
            total.setCellFormula(totalFormula(rowIndex + 1, firstComponent, lastComponent));
            // The formula's result too: else the file stores none, and LibreOffice, pandas and openpyxl show 0.
            total.setCellValue(totalOf(weightValues, components));
            total.setCellStyle(styles.decimal);
            number(row, feedbackPointsColumn, graded.feedbackPoints(), styles.decimal);
            number(row, adjustmentColumn, graded.adjustment(), styles.decimal);
            Cell grade = row.createCell(gradeColumn);
            grade.setCellFormula(gradeFormula(rowIndex + 1, totalColumn, feedbackPointsColumn, adjustmentColumn));
            // The formula's result too (see the total): the same arithmetic as GradedSubmission.grade().
            grade.setCellValue(GradedSubmission.grade(totalOf(weightValues, components), graded.feedbackPoints(),
                    graded.adjustment()));
            grade.setCellStyle(styles.decimal);
            text(row, explanationColumn, graded.explanation(), null);
            number(row, fromSuggestionsColumn, graded.submission().fromSuggestions(), null);
            text(row, statusColumn, graded.submission().statusText(report.submissions().key()), null);
            version(row, versionColumn, graded.submission());
            if (fromLms) {
                text(row, lmsIdColumn, graded.submission().lmsId(), null);
            }
            rowIndex++;
        }
        // Then every other file of the folder, without a score: its status says why it was not graded.
        Set<Submission> graded = new HashSet<>();
        report.scores().forEach(g -> graded.add(g.submission()));
        for (Submission file : report.submissions().files()) {
            if (graded.contains(file)) {
                continue;
            }
            Row row = sheet.createRow(rowIndex++);
            // An unreadable file has no name in it; from a Moodle or Canvas ZIP, its name still says whose it is.
            text(row, 0, file.isReadable() || file.lms() != null ? file.studentName() : "", null);
            text(row, 1, file.studentId(), null);
            text(row, 2, file.fileLabel(), null);
            text(row, statusColumn, file.statusText(report.submissions().key()), null);
            version(row, versionColumn, file);
            if (fromLms) {
                text(row, lmsIdColumn, file.lmsId(), null);
            }
        }
        for (String problem : report.submissions().classProblems()) {
            Row row = sheet.createRow(rowIndex++);
            text(row, statusColumn, "Note: " + problem, null);
        }
        sheet.createFreezePane(1, 2);
        sheet.setAutoFilter(new CellRangeAddress(1, Math.max(1, rowIndex - 1), 0, fromLms ? lmsIdColumn : versionColumn));
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(2, 24 * 256);
        for (int c = firstComponent; c <= totalColumn; c++) {
            sheet.setColumnWidth(c, 13 * 256);
        }
    }

    /** 100 × Σ(w·x) / Σw over the component cells holding a number; blank components do not count. */
    /** The grade's formula: what {@link GradedSubmission#grade(double, double, double)} computes, in the sheet. */
    static String gradeFormula(int excelRow, int totalColumn, int feedbackColumn, int adjustmentColumn) {
        return "MIN(100,MAX(0," + CellReference.convertNumToColString(totalColumn) + excelRow + "+"
                + CellReference.convertNumToColString(feedbackColumn) + excelRow + "+"
                + CellReference.convertNumToColString(adjustmentColumn) + excelRow + "))";
    }

    /** The Grades sheet's column of how many of a student's annotations were accepted from suggestions. */
    public static final String FROM_SUGGESTIONS_HEADER = "From suggestions";

    /** What a layer's cell says when the key has no annotations in it. */
    static final String NOT_ASSESSED = "not assessed";

    static String totalFormula(int excelRow, int firstComponent, int lastComponent) {
        StringBuilder weighted = new StringBuilder();
        StringBuilder weights = new StringBuilder();
        for (int c = firstComponent; c <= lastComponent; c++) {
            String column = CellReference.convertNumToColString(c);
            String value = column + excelRow;
            String weight = column + "$1";
            if (c > firstComponent) {
                weighted.append('+');
                weights.append('+');
            }
            weighted.append("IF(ISNUMBER(").append(value).append("),").append(weight).append('*').append(value).append(",0)");
            weights.append("IF(ISNUMBER(").append(value).append("),").append(weight).append(",0)");
        }
        return "IF((" + weights + ")=0,0,100*(" + weighted + ")/(" + weights + "))";
    }

    /**
     * What {@link #totalFormula} computes, in the same order: 100 × Σ(w·x) / Σw over the components that are
     * numbers ({@code null}: a blank cell, left out), 0 when their weights add up to 0.
     */
    static double totalOf(double[] weights, Double[] components) {
        double weighted = 0;
        double weightSum = 0;
        for (int c = 0; c < components.length; c++) {
            if (components[c] != null) {
                weighted += weights[c] * components[c];
                weightSum += weights[c];
            }
        }
        return weightSum == 0 ? 0 : 100 * weighted / weightSum;
    }

    /** Title of the pairwise matrix on the Agreement sheet. */
    public static final String PAIRWISE_TITLE = "Cohen's kappa per pair of students (every character × code, as the "
            + "kappa with the key; 1 on the diagonal, blank where undefined)";

    /**
     * The Agreement sheet: per layer and per code, then (below one blank row) the pairwise matrix, a row and a
     * column per graded student in the Grades sheet's order. Its rows are made on a worker ({@link SheetRows}:
     * a class of 300 has 90,000 cells there).
     */
    private void writeAgreement(Sheet sheet, Styles styles, ParallelSheets parallel, XSSFWorkbook workbook) {
        ClassAgreement agreement = report.agreement();
        int codeRows = 1 + agreement.layers().size() + agreement.codes().size();
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, codeRows - 1), 0, 7));
        for (int c = 0; c <= 7; c++) {
            sheet.setColumnWidth(c, (c == 4 ? 30 : 16) * 256);
        }
        List<String> names = report.scores().stream().map(g -> g.submission().studentName()).toList();
        parallel.add(workbook, sheet, () -> agreementRows(agreement, names, styles));
    }

    private static SheetRows agreementRows(ClassAgreement agreement, List<String> names, Styles styles) {
        SheetRows rows = new SheetRows();
        header(rows, 0, List.of("Layer", "Code", "Unitizing alpha (characters)", "Fleiss' kappa",
                "Krippendorff's alpha (nominal, per character)", "Observed disagreement", "Expected disagreement",
                "Students"), styles);
        int rowIndex = 1;
        for (ClassAgreement.LayerAgreement layer : agreement.layers()) {
            rows.row(rowIndex++);
            rows.text(0, layer.layerId(), styles.boldIndex);
            rows.text(1, "all codes", 0);
            optional(rows, 2, layer.unitizingAlpha(), styles.decimalIndex);
            optional(rows, 3, layer.fleissKappa(), styles.decimalIndex);
            optional(rows, 4, layer.krippendorffAlpha(), styles.decimalIndex);
            rows.number(7, agreement.coders(), 0);
        }
        for (ClassAgreement.CodeAgreement code : agreement.codes()) {
            rows.row(rowIndex++);
            rows.text(0, code.layerId(), 0);
            rows.text(1, code.codeId(), 0);
            optional(rows, 2, code.unitizing().alpha(), styles.decimalIndex);
            optional(rows, 3, code.fleissKappa(), styles.decimalIndex);
            optional(rows, 4, code.krippendorffAlpha(), styles.decimalIndex);
            optional(rows, 5, code.unitizing().observedDisagreement(), styles.decimalIndex);
            optional(rows, 6, code.unitizing().expectedDisagreement(), styles.decimalIndex);
            rows.number(7, agreement.coders(), 0);
        }
        rowIndex++;
        if (!agreement.hasPairwise()) {
            // Said plainly, with what stands in for it: nothing of the class's agreement is lost but the matrix.
            rows.row(rowIndex).text(0, "Cohen's kappa per pair of students is left out: the class has more than "
                    + ClassAgreement.PAIRWISE_LIMIT + " students (" + agreement.coders() + "), too many cells for a sheet.",
                    styles.boldIndex);
            rows.row(rowIndex + 1).text(0, "Every student is still compared: the agreement of the whole class is above "
                    + "(the same figures for any size of class), and each student's Cohen's kappa with the key is in the "
                    + GRADES_SHEET + " sheet's Kappa with key column.", 0);
            return rows;
        }
        rows.row(rowIndex++).text(0, PAIRWISE_TITLE, styles.boldIndex);
        rows.row(rowIndex);
        rows.text(0, "Student", styles.boldIndex);
        for (int b = 0; b < names.size(); b++) {
            rows.text(1 + b, names.get(b), styles.boldIndex);
        }
        rowIndex++;
        for (int a = 0; a < names.size(); a++) {
            rows.row(rowIndex++);
            rows.text(0, names.get(a), styles.boldIndex);
            for (int b = 0; b < names.size(); b++) {
                optional(rows, 1 + b, agreement.pairwiseKappa(a, b), styles.decimalIndex);
            }
        }
        return rows;
    }

    private static void optional(SheetRows rows, int column, double value, int style) {
        if (Double.isNaN(value)) {
            rows.blank(column, 0);
        } else {
            rows.number(column, value, style);
        }
    }

    /** A student's sheet: each annotation's match and the feedback on it, then the student's comparison. */
    private static SheetRows studentRows(GradedSubmission graded, Map<String, List<Feedback>> feedbackByAnnotation,
            Styles styles) {
        SheetRows rows = new SheetRows();
        header(rows, 0, List.of("Article", "Begin", "End", "Code", "Status", "Text", "Key code", "Key text",
                "Overlap", "Attributes agreeing", "Attributes compared", "Feedback", "Feedback points", "Headline or body"),
                styles);
        int rowIndex = 1;
        for (AnnotationMatch match : graded.score().matches()) {
            Annotation annotation = match.annotation();
            rows.row(rowIndex++);
            rows.text(0, annotation.getArticle() == null ? "" : annotation.getArticle().getId(), 0);
            rows.number(1, annotation.getBegin(), 0);
            rows.number(2, annotation.getEnd(), 0);
            rows.text(3, match.student() == null ? "" : codeId(match.student()), 0);
            rows.text(4, match.status().label(), 0);
            rows.text(5, match.student() == null ? "" : match.student().getCoveredText(), 0);
            rows.text(6, match.key() == null ? "" : codeId(match.key()), 0);
            rows.text(7, match.key() == null ? "" : match.key().getCoveredText(), 0);
            rows.number(8, match.overlap(), styles.decimalIndex);
            rows.number(9, match.attributesAgreeing(), 0);
            rows.number(10, match.attributesCompared(), 0);
            // On the student's annotation, or (a missed row) on the key annotation they missed.
            List<Feedback> feedback = feedbackByAnnotation.getOrDefault(match.annotation().getId(), List.of());
            if (!feedback.isEmpty()) {
                rows.text(11, feedback.stream().map(Feedback::getText).collect(Collectors.joining("\n")), 0);
                double points = feedback.stream().filter(f -> f.getScore() != null).mapToDouble(Feedback::getScore).sum();
                if (feedback.stream().anyMatch(f -> f.getScore() != null)) {
                    rows.number(12, points, 0);
                }
            }
            // Begin and end index into the headline for a headline annotation, else into the body.
            rows.text(13, annotation.getRegion() == org.framebench.model.TextRegion.HEADLINE ? "headline" : "body", 0);
        }
        writeComparison(rows, rowIndex + 1, graded.score().student(), styles);
        return rows;
    }

    /** Title of the student's comparison, below their annotations on their sheet. */
    public static final String COMPARISON_TITLE = "Comparison (the student's Compare view: one row per statement)";

    /**
     * The student's Compare view below their annotations (after one blank row): a title row, the Comparison
     * table's headers and one row per statement with the student's note, as in the student's own export.
     */
    private static void writeComparison(SheetRows rows, int firstRow, AnnotationDocument student, Styles styles) {
        ComparisonTable table = ComparisonTable.of(student);
        rows.row(firstRow).text(0, COMPARISON_TITLE, styles.boldIndex);
        header(rows, firstRow + 1, table.headers(), styles);
        int rowIndex = firstRow + 2;
        for (ComparisonTable.Line line : table.lines()) {
            rows.row(rowIndex++);
            Object[] values = line.values();
            for (int column = 0; column < values.length; column++) {
                if (values[column] instanceof Integer number) {
                    rows.number(column, number, 0);
                } else if (values[column] instanceof String value) {
                    // A cell holds at most 32,767 characters: SheetRows cuts a longer note, not a failed export.
                    rows.text(column, value, 0);
                }
            }
        }
    }

    private static void header(SheetRows rows, int rowIndex, List<String> headers, Styles styles) {
        rows.row(rowIndex);
        for (int c = 0; c < headers.size(); c++) {
            rows.text(c, headers.get(c), styles.boldIndex);
        }
    }

    private static String uniqueSheetName(GradedSubmission graded, Set<String> used) {
        String base = WorkbookUtil.createSafeSheetName(graded.submission().studentName());
        if (base.length() > 27) {
            base = base.substring(0, 27);
        }
        String name = base;
        for (int n = 2; used.contains(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + " " + n;
        }
        used.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    private static String codeId(Annotation annotation) {
        return annotation.getCode() == null ? "" : annotation.getCode().getId();
    }

    private static String label(Layer layer) {
        return layer.getLabel() == null || layer.getLabel().isBlank() ? layer.getId() : layer.getLabel();
    }

    private void header(Row row, List<String> headers, Styles styles) {
        for (int c = 0; c < headers.size(); c++) {
            text(row, c, headers.get(c), styles.bold);
        }
    }

    private void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        cell.setCellStyle(style != null ? style : plain);
    }

    private void number(Row row, int column, double value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style != null ? style : plain);
    }

    /**
     * A number, or a blank cell for "does not apply" ({@code null} or NaN).
     *
     * @return the number written, {@code null} for a blank cell
     */
    private Double optional(Row row, int column, Double value, CellStyle style) {
        if (value == null || value.isNaN()) {
            row.createCell(column).setCellStyle(plain);
            return null;
        }
        number(row, column, value, style);
        return value;
    }

    private static final class Styles {
        /** The workbook's default style, given to every cell that has no other: else POI looks for the
         *  column's default style cell by cell, a fifth of the time of a grade book of a large class. */
        final CellStyle plain;
        final CellStyle bold;
        final CellStyle decimal;
        /** The styles' indexes, for the rows written off the workbook's thread ({@link SheetRows}). */
        final int boldIndex;
        final int decimalIndex;

        Styles(Workbook workbook) {
            plain = workbook.getCellStyleAt(0);
            Font font = workbook.createFont();
            font.setBold(true);
            bold = workbook.createCellStyle();
            bold.setFont(font);
            decimal = workbook.createCellStyle();
            decimal.setDataFormat(workbook.createDataFormat().getFormat("0.000"));
            boldIndex = bold.getIndex();
            decimalIndex = decimal.getIndex();
        }
    }
}
