package org.framebench.export.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.framebench.export.xlsx.ExportException.Kind;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.AttributeDefinition;
import org.framebench.model.AttributeKind;
import org.framebench.model.Code;
import org.framebench.model.Link;

/**
 * Writes one workbook for one document or a whole class: sheets "Annotations" (one row per
 * annotation), "Summary" (code × article counts as COUNTIFS formulas over the Annotations sheet, so
 * they follow an instructor's edits, each stored with its value so that spreadsheets which do not
 * recalculate show the counts too), "Comparison" (the Compare view: one row per statement, one column group
 * per article, the student's note), "Syndication" (for each article that republishes another, the diff's
 * summary and every difference, as Compare with Original shows them), "Links", "Codebook" and "Articles". Rows are streamed (SXSSF):
 * only a small window of rows is in memory whatever the size of the class.
 */
public final class XlsxExporter {

    public static final String ANNOTATIONS = "Annotations";
    public static final String SUMMARY = "Summary";
    public static final String COMPARISON = "Comparison";
    public static final String SYNDICATION = "Syndication";
    public static final String LINKS = "Links";
    public static final String CODEBOOK = "Codebook";
    public static final String ARTICLES = "Articles";

    /** Excel's limit on the characters of one cell. */
    static final int MAX_CELL_TEXT = 32_767;
    private static final String TRUNCATED = " [… cut: longer than a spreadsheet cell holds]";
    private static final int PROGRESS_STEP = 1_000;

    private int rowWindow = 200;
    private ExportProgress progress = ExportProgress.NONE;

    /** Rows kept in memory per sheet before they are flushed to disk (SXSSF's window). */
    public XlsxExporter rowWindow(int rows) {
        this.rowWindow = Math.max(1, rows);
        return this;
    }

    public XlsxExporter progress(ExportProgress newProgress) {
        this.progress = newProgress == null ? ExportProgress.NONE : newProgress;
        return this;
    }

    public void export(AnnotationDocument document, Path target) throws ExportException {
        export(List.of(document), target);
    }

    /** Writes the workbook of {@code documents} to {@code target}, replacing it only once complete. */
    public void export(List<AnnotationDocument> documents, Path target) throws ExportException {
        if (documents.isEmpty()) {
            throw new ExportException(Kind.NOTHING_TO_EXPORT, "There are no documents to export.", null);
        }
        AnnotationTable table = new AnnotationTable(documents);
        ExportProgress reported = progress;
        // The Annotations rows are made on a second thread: progress is reported from both.
        progress = new ExportProgress() {
            @Override
            public synchronized void begin(String task, int totalWork) {
                reported.begin(task, totalWork);
            }

            @Override
            public synchronized void worked(int units) {
                reported.worked(units);
            }

            @Override
            public synchronized boolean isCanceled() {
                return reported.isCanceled();
            }
        };
        try {
            progress.begin("Exporting " + table.rowCount() + " annotations to " + target.getFileName(),
                    table.rowCount() + table.linkCount() + 1);
            SafeOutput.write(target, out -> write(table, out));
        } finally {
            progress = reported;
        }
    }

    /**
     * The workbook. The Annotations sheet, most of a class's workbook (a row per annotation), is made as
     * {@link SheetRows} on a thread of its own while POI's streaming writer writes the other sheets, then spliced
     * in and compressed on another core ({@link ParallelSheets}); on one thread, POI's writer took half of a
     * class's export.
     */
    private void write(AnnotationTable table, OutputStream out) throws IOException, ExportException {
        checkCanceled();
        PoiTempFolder.use();
        SXSSFWorkbook workbook = new StreamingWorkbook(rowWindow);
        java.util.concurrent.atomic.AtomicBoolean abandoned = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.FutureTask<SheetRows> annotationRows = null;
        try {
            Styles styles = new Styles(workbook);
            SXSSFSheet annotations = workbook.createSheet(ANNOTATIONS);
            SXSSFSheet summary = workbook.createSheet(SUMMARY);
            SXSSFSheet comparison = workbook.createSheet(COMPARISON);
            SXSSFSheet syndication = workbook.createSheet(SYNDICATION);
            SXSSFSheet links = workbook.createSheet(LINKS);
            SXSSFSheet codebook = workbook.createSheet(CODEBOOK);
            SXSSFSheet articles = workbook.createSheet(ARTICLES);
            CodeArticleCounts counts = new CodeArticleCounts();
            int annotationCount = countAnnotations(table, counts);
            setUpAnnotations(table, annotations, annotationCount);
            int[] styleIndexes = { styles.plain.getIndex(), styles.header.getIndex(), styles.wrapped.getIndex(),
                    styles.date.getIndex() };
            annotationRows = new java.util.concurrent.FutureTask<>(() -> annotationRows(table, styleIndexes, abandoned));
            Thread worker = new Thread(annotationRows, "framebench-export-annotations");
            worker.setDaemon(true);
            worker.start();
            writeSummary(table, summary, styles, counts);
            writeComparison(new ComparisonTable(table.documents(), table.articles()), comparison, styles);
            writeSyndication(table.articles(), syndication, styles);
            writeLinks(table, links, styles);
            writeCodebook(table, codebook, styles);
            writeArticles(table, articles, styles);
            // Every formula also carries its value (what LibreOffice, pandas and openpyxl show without
            // recalculating); a spreadsheet that does recalculate on opening is asked to.
            workbook.setForceFormulaRecalculation(true);
            SheetRows rows = rowsOf(annotationRows);
            checkCanceled();
            ParallelSheets parallel = new ParallelSheets();
            parallel.add(workbook, annotations, () -> rows);
            parallel.write(workbook, out);
            progress.worked(1);
        } finally {
            abandoned.set(true);
            workbook.close();
            workbook.dispose();
        }
    }

    /** What the Annotations rows' thread made, or what stopped it. */
    private static SheetRows rowsOf(java.util.concurrent.FutureTask<SheetRows> rows) throws ExportException, IOException {
        try {
            return rows.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the annotations were written", e);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ExportException export) {
                throw export;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException(cause);
        }
    }

    /** The Annotations rows (code, article) the Summary's formulas count; the number of annotations. */
    private static int countAnnotations(AnnotationTable table, CodeArticleCounts counts) {
        List<String> headers = table.headers();
        counts.add(text(headers.get(AnnotationTable.CODE_ID)), text(headers.get(AnnotationTable.ARTICLE_ID)));
        int count = 0;
        for (AnnotationDocument document : table.documents()) {
            for (Annotation annotation : document.getAnnotations()) {
                Code code = annotation.getCode();
                Article article = annotation.getArticle();
                counts.add(code == null ? null : text(code.getId()), article == null ? null : text(article.getId()));
                count++;
            }
        }
        return count;
    }

    /** The Annotations sheet's settings (its rows are made by {@link #annotationRows}). */
    private static void setUpAnnotations(AnnotationTable table, SXSSFSheet sheet, int annotationCount) {
        List<String> headers = table.headers();
        int[] widths = new int[headers.size()];
        java.util.Arrays.fill(widths, 14);
        widths[AnnotationTable.STUDENT_NAME] = 20;
        widths[AnnotationTable.ANNOTATION_ID] = 38;
        widths[AnnotationTable.OUTLET] = 18;
        widths[AnnotationTable.CODE_LABEL] = 28;
        widths[AnnotationTable.BEGIN] = 8;
        widths[AnnotationTable.END] = 8;
        widths[AnnotationTable.COVERED_TEXT] = 50;
        widths[table.noteColumn()] = 40;
        widths[table.linkedColumn()] = 38;
        widths[table.createdColumn()] = 20;
        widths[table.modifiedColumn()] = 20;
        widths(sheet, widths);
        finish(sheet, annotationCount, headers.size());
    }

    /**
     * The Annotations sheet's rows, header first, as {@link #cell} would write them; on a thread of its own
     * (it only reads the documents). Stops when the export is cancelled or {@code abandoned}.
     *
     * @param styles the indexes of the plain, header, wrapped and date styles
     */
    private SheetRows annotationRows(AnnotationTable table, int[] styles, java.util.concurrent.atomic.AtomicBoolean abandoned)
            throws ExportException {
        List<String> headers = table.headers();
        SheetRows rows = new SheetRows();
        rows.row(0);
        for (int column = 0; column < headers.size(); column++) {
            rows.text(column, headers.get(column), styles[1]);
        }
        boolean[] wrapped = new boolean[headers.size()];
        wrapped[AnnotationTable.COVERED_TEXT] = true;
        wrapped[table.noteColumn()] = true;
        wrapped[table.linkedColumn()] = true;
        int rowIndex = 1;
        for (AnnotationDocument document : table.documents()) {
            Map<Annotation, String> linked = AnnotationTable.linkedIds(document);
            for (Annotation annotation : document.getAnnotations()) {
                Object[] values = table.row(document, annotation, linked);
                rows.row(rowIndex++);
                for (int column = 0; column < values.length; column++) {
                    Object value = values[column];
                    if (value != null) {
                        cell(rows, column, value, wrapped[column] ? styles[2] : styles[0], styles[3]);
                    }
                }
                if (rowIndex % PROGRESS_STEP == 0) {
                    progress.worked(PROGRESS_STEP);
                    checkCanceled();
                    if (abandoned.get()) {
                        throw new ExportException(Kind.CANCELED, "The export stopped; nothing was written.", null);
                    }
                }
            }
        }
        progress.worked((rowIndex - 1) % PROGRESS_STEP);
        return rows;
    }

    /** {@link #cell(Row, int, Object, CellStyle, Styles)} for a row made as {@link SheetRows}. */
    private static void cell(SheetRows rows, int column, Object value, int style, int dateStyle) {
        if (value instanceof String string) {
            rows.text(column, text(string), style);
        } else if (value instanceof Integer number) {
            rows.number(column, number.doubleValue(), style);
        } else if (value instanceof Boolean bool) {
            rows.bool(column, bool.booleanValue(), style);
        } else if (value instanceof Date date) {
            rows.number(column, org.apache.poi.ss.usermodel.DateUtil.getExcelDate(date, false), dateStyle);
        } else {
            rows.text(column, String.valueOf(value), style);
        }
    }

    /**
     * One row per code, one column per article: COUNTIFS over the Annotations sheet's code-id and
     * article-id columns; a total column per code, a total row per layer and one for all layers. Each
     * formula cell also holds its value, computed here from the rows written ({@code counts}).
     */
    private void writeSummary(AnnotationTable table, SXSSFSheet sheet, Styles styles, CodeArticleCounts counts) {
        List<Article> articles = table.articles();
        List<String> headers = new ArrayList<>(List.of("Layer", "Code id", "Code label"));
        articles.forEach(article -> headers.add(article.getId()));
        headers.add("Total");
        header(sheet, headers, styles);
        int[] widths = new int[headers.size()];
        java.util.Arrays.fill(widths, 12);
        widths[0] = 16;
        widths[2] = 30;
        widths(sheet, widths);

        String codes = wholeColumn(AnnotationTable.CODE_ID);
        String articleIds = wholeColumn(AnnotationTable.ARTICLE_ID);
        int firstCount = 3;
        int totalColumn = firstCount + articles.size();
        String firstCountLetter = CellReference.convertNumToColString(firstCount);
        String lastCountLetter = CellReference.convertNumToColString(totalColumn - 1);
        int rowIndex = 1;
        List<Integer> layerTotalRows = new ArrayList<>();
        // Column by column (the articles, then "Total"): the sums the total rows' formulas compute.
        double[] allLayers = new double[articles.size() + 1];
        for (Map.Entry<String, List<Code>> layer : table.codesByLayer().entrySet()) {
            int firstCodeRow = rowIndex;
            double[] layerTotal = new double[articles.size() + 1];
            for (Code code : layer.getValue()) {
                Row row = sheet.createRow(rowIndex);
                int excelRow = rowIndex + 1;
                row.createCell(0).setCellValue(layer.getKey());
                row.createCell(1).setCellValue(code.getId());
                row.createCell(2).setCellValue(text(code.getLabel()));
                double codeTotal = 0;
                for (int a = 0; a < articles.size(); a++) {
                    String articleHeader = CellReference.convertNumToColString(firstCount + a) + "$1";
                    int count = counts.count(code.getId(), articles.get(a).getId());
                    formula(row, firstCount + a,
                            "COUNTIFS(" + codes + ",$B" + excelRow + "," + articleIds + "," + articleHeader + ")", count);
                    codeTotal += count;
                    layerTotal[a] += count;
                }
                formula(row, totalColumn, "SUM(" + firstCountLetter + excelRow + ":" + lastCountLetter + excelRow + ")",
                        codeTotal);
                layerTotal[articles.size()] += codeTotal;
                rowIndex++;
            }
            Row total = sheet.createRow(rowIndex);
            total.createCell(0).setCellValue(layer.getKey() + " total");
            for (int column = firstCount; column <= totalColumn; column++) {
                String letter = CellReference.convertNumToColString(column);
                formula(total, column, "SUM(" + letter + (firstCodeRow + 1) + ":" + letter + rowIndex + ")",
                        layerTotal[column - firstCount]);
                allLayers[column - firstCount] += layerTotal[column - firstCount];
            }
            styleRow(total, styles.bold);
            layerTotalRows.add(rowIndex + 1);
            rowIndex++;
        }
        Row all = sheet.createRow(rowIndex);
        all.createCell(0).setCellValue("All layers");
        for (int column = firstCount; column <= totalColumn; column++) {
            String letter = CellReference.convertNumToColString(column);
            String cells = layerTotalRows.stream().map(r -> letter + r).collect(Collectors.joining(","));
            formula(all, column, cells.isEmpty() ? "0" : "SUM(" + cells + ")", allLayers[column - firstCount]);
        }
        styleRow(all, styles.bold);
        sheet.createFreezePane(3, 1);
    }

    /**
     * The Compare view's table: one row per statement, one column group per article, the note. "Left out by"
     * counts the row's "left out" status cells with a formula (so it follows an instructor's edits), stored
     * with its value like every formula here.
     */
    private void writeComparison(ComparisonTable table, SXSSFSheet sheet, Styles styles) throws ExportException {
        List<String> headers = table.headers();
        header(sheet, headers, styles);
        int[] widths = new int[headers.size()];
        java.util.Arrays.fill(widths, 12);
        widths[0] = 20;
        for (int a = 0; a < table.articles().size(); a++) {
            widths[ComparisonTable.firstColumn(a)] = 40;
        }
        widths[table.noteColumn()] = 50;
        widths(sheet, widths);
        int rowIndex = 1;
        for (ComparisonTable.Line line : table.lines()) {
            Row row = sheet.createRow(rowIndex);
            int excelRow = rowIndex + 1;
            Object[] values = line.values();
            for (int column = 0; column < values.length; column++) {
                if (column == table.leftOutColumn()) {
                    List<String> counts = new ArrayList<>();
                    for (int a = 0; a < table.articles().size(); a++) {
                        String letter = CellReference.convertNumToColString(ComparisonTable.firstColumn(a) + ComparisonTable.STATUS);
                        counts.add("COUNTIF(" + letter + excelRow + ",\"" + ComparisonTable.LEFT_OUT + "*\")");
                    }
                    formula(row, column, counts.isEmpty() ? "0" : String.join("+", counts), line.leftOut());
                } else if (values[column] != null) {
                    boolean wrap = column == table.noteColumn() || (column >= ComparisonTable.firstColumn(0)
                            && column < table.leftOutColumn() && (column - ComparisonTable.firstColumn(0)) % 7 == 0);
                    cell(row, column, values[column], wrap ? styles.wrapped : null, styles);
                }
            }
            rowIndex++;
            checkCanceled();
        }
        sheet.createFreezePane(3, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rowIndex - 1), 0, headers.size() - 1));
    }

    /** Column headers of the Syndication sheet. */
    public static final List<String> SYNDICATION_HEADERS = SyndicationTable.HEADERS;
    /** The Syndication sheet's "Row" for a summary line and for one difference. */
    public static final String SUMMARY_ROW = SyndicationTable.SUMMARY_ROW;
    public static final String DIFFERENCE_ROW = SyndicationTable.DIFFERENCE_ROW;

    /** The {@link SyndicationTable}: summary lines in bold, then the differences; a header row only if none. */
    private void writeSyndication(List<Article> articles, SXSSFSheet sheet, Styles styles) throws ExportException {
        header(sheet, SYNDICATION_HEADERS, styles);
        widths(sheet, new int[] { 22, 22, 11, 24, 8, 8, 34, 50, 50 });
        int rowIndex = 1;
        for (SyndicationTable.Line line : SyndicationTable.lines(articles)) {
            Row row = sheet.createRow(rowIndex++);
            Object[] values = line.values();
            for (int column = 0; column < values.length; column++) {
                if (values[column] != null) {
                    cell(row, column, values[column], !line.summary() && column >= 7 ? styles.wrapped : null, styles);
                }
            }
            if (line.summary()) {
                styleRow(row, styles.bold);
            } else {
                checkCanceled();
            }
        }
        finish(sheet, rowIndex - 1, SYNDICATION_HEADERS.size());
    }

    private void writeLinks(AnnotationTable table, SXSSFSheet sheet, Styles styles) throws ExportException {
        List<String> headers = List.of("Student name", "Student id", "Link id", "Kind", "From annotation",
                "From code", "From article", "From text", "To annotation", "To code", "To article", "To text",
                "Note", "Created");
        header(sheet, headers, styles);
        widths(sheet, new int[] { 20, 14, 38, 20, 38, 10, 12, 40, 38, 10, 12, 40, 40, 20 });
        int rowIndex = 1;
        for (AnnotationDocument document : table.documents()) {
            for (Link link : document.getLinks()) {
                Row row = sheet.createRow(rowIndex++);
                Object[] values = { document.getAnnotatorName(), document.getAnnotatorId(), link.getId(),
                        link.getKind() == null ? null : link.getKind().getLiteral(), idOf(link.getSource()),
                        codeOf(link.getSource()), articleOf(link.getSource()), textOf(link.getSource()),
                        idOf(link.getTarget()), codeOf(link.getTarget()), articleOf(link.getTarget()),
                        textOf(link.getTarget()), link.getNote(), link.getCreated() };
                for (int column = 0; column < values.length; column++) {
                    if (values[column] != null) {
                        boolean wrap = column == 7 || column == 11 || column == 12;
                        cell(row, column, values[column], wrap ? styles.wrapped : null, styles);
                    }
                }
                if (rowIndex % PROGRESS_STEP == 0) {
                    progress.worked(PROGRESS_STEP);
                    checkCanceled();
                }
            }
        }
        progress.worked((rowIndex - 1) % PROGRESS_STEP);
        finish(sheet, rowIndex - 1, headers.size());
    }

    private void writeCodebook(AnnotationTable table, SXSSFSheet sheet, Styles styles) {
        List<String> headers = List.of("Layer", "Code id", "Label", "Definition", "Example", "Example source",
                "Colour", "Shortcut key", "References", "Attributes");
        header(sheet, headers, styles);
        widths(sheet, new int[] { 14, 8, 28, 60, 40, 24, 10, 8, 20, 60 });
        int rowIndex = 1;
        for (Map.Entry<String, List<Code>> layer : table.codesByLayer().entrySet()) {
            for (Code code : layer.getValue()) {
                Row row = sheet.createRow(rowIndex++);
                Object[] values = { layer.getKey(), code.getId(), code.getLabel(), code.getDefinition(),
                        code.getExample(), code.getExampleSource(), code.getColour(), code.getShortcutKey(),
                        String.join(", ", code.getReferences()), describeAttributes(code) };
                for (int column = 0; column < values.length; column++) {
                    if (values[column] != null) {
                        boolean wrap = column >= 3 && column != 6 && column != 7;
                        cell(row, column, values[column], wrap ? styles.wrapped : null, styles);
                    }
                }
            }
        }
        finish(sheet, rowIndex - 1, headers.size());
    }

    /** One line per attribute: "Label (id): kind[: allowed | values]". */
    static String describeAttributes(Code code) {
        StringBuilder text = new StringBuilder();
        for (AttributeDefinition attribute : code.getAttributes()) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(attribute.getLabel()).append(" (").append(attribute.getId()).append("): ");
            AttributeKind kind = attribute.getKind() == null ? AttributeKind.TEXT : attribute.getKind();
            text.append(kind.getLiteral());
            if (!attribute.getAllowedValues().isEmpty()) {
                text.append(": ").append(String.join(" | ", attribute.getAllowedValues()));
            }
        }
        return text.toString();
    }

    private void writeArticles(AnnotationTable table, SXSSFSheet sheet, Styles styles) {
        List<String> headers = List.of("Article id", "Outlet", "Title", "Characters", "SHA-256", "Headline");
        header(sheet, headers, styles);
        widths(sheet, new int[] { 12, 20, 60, 12, 68, 60 });
        int rowIndex = 1;
        for (Article article : table.articles()) {
            Row row = sheet.createRow(rowIndex++);
            Object[] values = { article.getId(), article.getOutlet(), article.getTitle(),
                    article.getText() == null ? null : article.getText().length(), article.getSha256(),
                    article.getHeadline() };
            for (int column = 0; column < values.length; column++) {
                if (values[column] != null) {
                    cell(row, column, values[column], column == 2 ? styles.wrapped : null, styles);
                }
            }
        }
        finish(sheet, rowIndex - 1, headers.size());
    }

    /**
     * A formula cell that also carries its value: SXSSF stores a formula's cached result as 0 unless one is
     * set, and spreadsheets that do not recalculate on opening (LibreOffice by default, pandas, openpyxl) show it.
     */
    private static void formula(Row row, int column, String formula, double value) {
        Cell cell = row.createCell(column);
        cell.setCellFormula(formula);
        cell.setCellValue(value);
    }

    /**
     * What the Summary's {@code COUNTIFS(code column, code id, article column, article id)} counts over the
     * Annotations sheet's whole columns (header row included): cells equal to the criterion, ignoring case,
     * with the criterion's {@code * ? ~} wildcards as the spreadsheet applies them; blank cells never match.
     */
    static final class CodeArticleCounts {
        private final Map<List<String>, Integer> pairs = new HashMap<>();

        void add(String codeId, String articleId) {
            if (codeId != null && !codeId.isEmpty() && articleId != null && !articleId.isEmpty()) {
                pairs.merge(List.of(codeId, articleId), 1, Integer::sum);
            }
        }

        int count(String codeCriterion, String articleCriterion) {
            if (codeCriterion == null || articleCriterion == null) {
                return 0;
            }
            Pattern code = criterion(codeCriterion);
            Pattern article = criterion(articleCriterion);
            int count = 0;
            for (Map.Entry<List<String>, Integer> pair : pairs.entrySet()) {
                if (code.matcher(pair.getKey().get(0)).matches() && article.matcher(pair.getKey().get(1)).matches()) {
                    count += pair.getValue();
                }
            }
            return count;
        }

        /** A text criterion as a pattern: {@code *} any text, {@code ?} one character, {@code ~} escapes. */
        static Pattern criterion(String criterion) {
            String text = criterion.startsWith("=") ? criterion.substring(1) : criterion;
            StringBuilder regex = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '~' && i + 1 < text.length() && "*?~".indexOf(text.charAt(i + 1)) >= 0) {
                    regex.append(Pattern.quote(String.valueOf(text.charAt(++i))));
                } else if (c == '*') {
                    regex.append("(?s:.*)");
                } else if (c == '?') {
                    regex.append("(?s:.)");
                } else {
                    regex.append(Pattern.quote(String.valueOf(c)));
                }
            }
            return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }
    }

    private static String wholeColumn(int column) {
        String letter = CellReference.convertNumToColString(column);
        return ANNOTATIONS + "!$" + letter + ":$" + letter;
    }

    private static void header(SXSSFSheet sheet, List<String> headers, Styles styles) {
        Row row = sheet.createRow(0);
        for (int column = 0; column < headers.size(); column++) {
            Cell cell = row.createCell(column);
            cell.setCellValue(headers.get(column));
            cell.setCellStyle(styles.header);
        }
    }

    private static void widths(SXSSFSheet sheet, int[] characters) {
        for (int column = 0; column < characters.length; column++) {
            sheet.setColumnWidth(column, characters[column] * 256);
        }
    }

    /** Freezes the header row and puts filters on it. */
    private static void finish(SXSSFSheet sheet, int lastRow, int columns) {
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, lastRow), 0, columns - 1));
    }

    private static void styleRow(Row row, CellStyle style) {
        for (Cell cell : row) {
            cell.setCellStyle(style);
        }
    }

    private static void cell(Row row, int column, Object value, CellStyle style, Styles styles) {
        Cell cell = row.createCell(column);
        if (value instanceof String string) {
            cell.setCellValue(text(string));
        } else if (value instanceof Integer number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Boolean bool) {
            cell.setCellValue(bool.booleanValue());
        } else if (value instanceof Date date) {
            cell.setCellValue(date);
            cell.setCellStyle(styles.date);
            return;
        } else {
            cell.setCellValue(String.valueOf(value));
        }
        // An explicit style even when plain: without one, SXSSF looks up the column's default style in
        // the sheet's XML for every cell written, which made exports with column widths 1.7× slower.
        cell.setCellStyle(style != null ? style : styles.plain);
    }

    /** {@code value} cut to what one cell holds (a very long note must not fail the whole export). */
    static String text(String value) {
        if (value == null || value.length() <= MAX_CELL_TEXT) {
            return value;
        }
        return value.substring(0, MAX_CELL_TEXT - TRUNCATED.length()) + TRUNCATED;
    }

    private static String idOf(Annotation annotation) {
        return annotation == null ? null : annotation.getId();
    }

    private static String codeOf(Annotation annotation) {
        return annotation == null || annotation.getCode() == null ? null : annotation.getCode().getId();
    }

    private static String articleOf(Annotation annotation) {
        return annotation == null || annotation.getArticle() == null ? null : annotation.getArticle().getId();
    }

    private static String textOf(Annotation annotation) {
        return annotation == null ? null : annotation.getCoveredText();
    }

    private void checkCanceled() throws ExportException {
        if (progress.isCanceled()) {
            throw new ExportException(Kind.CANCELED, "The export was cancelled; nothing was written.", null);
        }
    }

    /** The few cell styles of the workbook (a workbook holds at most 64,000; never one per cell). */
    private static final class Styles {
        final CellStyle plain;
        final CellStyle header;
        final CellStyle bold;
        final CellStyle wrapped;
        final CellStyle date;

        Styles(SXSSFWorkbook workbook) {
            plain = workbook.getCellStyleAt(0);
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(boldFont);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
            date.setVerticalAlignment(VerticalAlignment.TOP);
        }
    }
}
