package org.framebench.export.xlsx;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.framebench.export.xlsx.ExportException.Kind;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;

/**
 * Writes the "Annotations" table as CSV: RFC 4180 (comma, CRLF, fields quoted when needed, quotes
 * doubled), UTF-8. A field that a spreadsheet would run as a formula (starting with {@code = + - @},
 * tab or carriage return) is neutralised with a leading apostrophe. Dates are ISO 8601 in UTC.
 */
public final class CsvExporter {

    private static final int PROGRESS_STEP = 1_000;

    private boolean byteOrderMark = true;
    private ExportProgress progress = ExportProgress.NONE;

    /** With a byte-order mark (the default) Excel recognises the file as UTF-8; other tools ignore it. */
    public CsvExporter byteOrderMark(boolean write) {
        this.byteOrderMark = write;
        return this;
    }

    public CsvExporter progress(ExportProgress newProgress) {
        this.progress = newProgress == null ? ExportProgress.NONE : newProgress;
        return this;
    }

    public void export(AnnotationDocument document, Path target) throws ExportException {
        export(List.of(document), target);
    }

    public void export(List<AnnotationDocument> documents, Path target) throws ExportException {
        if (documents.isEmpty()) {
            throw new ExportException(Kind.NOTHING_TO_EXPORT, "There are no documents to export.", null);
        }
        AnnotationTable table = new AnnotationTable(documents);
        progress.begin("Exporting " + table.rowCount() + " annotations to " + target.getFileName(), table.rowCount());
        SafeOutput.write(target, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            if (byteOrderMark) {
                writer.write('\uFEFF');
            }
            writeRecord(writer, table.headers().toArray());
            int rows = 0;
            for (AnnotationDocument document : table.documents()) {
                Map<Annotation, String> linked = AnnotationTable.linkedIds(document);
                for (Annotation annotation : document.getAnnotations()) {
                    writeRecord(writer, table.row(document, annotation, linked));
                    if (++rows % PROGRESS_STEP == 0) {
                        progress.worked(PROGRESS_STEP);
                        if (progress.isCanceled()) {
                            throw new ExportException(Kind.CANCELED, "The export was cancelled; nothing was written.", null);
                        }
                    }
                }
            }
            progress.worked(rows % PROGRESS_STEP);
            writer.flush();
        });
    }

    /**
     * Writes the Comparison table (the Compare view: one row per statement, one column group per article,
     * the note) as CSV, with the same rules as the Annotations CSV. "Left out by" holds the count itself.
     */
    public void exportComparison(List<AnnotationDocument> documents, Path target) throws ExportException {
        if (documents.isEmpty()) {
            throw new ExportException(Kind.NOTHING_TO_EXPORT, "There are no documents to export.", null);
        }
        ComparisonTable table = new ComparisonTable(documents, new AnnotationTable(documents).articles());
        List<ComparisonTable.Line> lines = table.lines();
        progress.begin("Exporting " + lines.size() + " compared statements to " + target.getFileName(), lines.size());
        SafeOutput.write(target, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            if (byteOrderMark) {
                writer.write('\uFEFF');
            }
            writeRecord(writer, table.headers().toArray());
            for (ComparisonTable.Line line : lines) {
                writeRecord(writer, line.values());
            }
            progress.worked(lines.size());
            writer.flush();
        });
    }

    /**
     * Writes the syndication diff (the workbook's Syndication sheet: per republication, a summary line per kind
     * of difference, then every difference) as CSV, with the same rules as the Annotations CSV. The articles are
     * those of the documents' assignment (matched by id, first document's text); no republication: the header only.
     */
    public void exportSyndication(List<AnnotationDocument> documents, Path target) throws ExportException {
        if (documents.isEmpty()) {
            throw new ExportException(Kind.NOTHING_TO_EXPORT, "There are no documents to export.", null);
        }
        List<SyndicationTable.Line> lines = SyndicationTable.lines(new AnnotationTable(documents).articles());
        progress.begin("Exporting the republication differences to " + target.getFileName(), lines.size());
        SafeOutput.write(target, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            if (byteOrderMark) {
                writer.write('\uFEFF');
            }
            writeRecord(writer, SyndicationTable.HEADERS.toArray());
            for (SyndicationTable.Line line : lines) {
                writeRecord(writer, line.values());
            }
            progress.worked(lines.size());
            writer.flush();
        });
    }

    private static void writeRecord(Writer writer, Object[] values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(field(values[i]));
        }
        writer.write("\r\n");
    }

    /** One CSV field for {@code value}: neutralised, then quoted if RFC 4180 requires it. */
    public static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text;
        if (value instanceof Date date) {
            text = DateTimeFormatter.ISO_INSTANT.format(date.toInstant().truncatedTo(ChronoUnit.MILLIS));
        } else {
            text = String.valueOf(value);
        }
        if (!(value instanceof Number)) {
            text = neutralise(text);
        }
        return quote(text);
    }

    /** {@code text} with a leading apostrophe when a spreadsheet would take it for a formula. */
    public static String neutralise(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + text;
        }
        return text;
    }

    /** {@code text} in double quotes (inner quotes doubled) when it holds a comma, quote, CR or LF. */
    public static String quote(String text) {
        boolean needsQuotes = false;
        for (int i = 0; i < text.length() && !needsQuotes; i++) {
            char c = text.charAt(i);
            needsQuotes = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        return needsQuotes ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
