package org.framebench.export.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Large sheets of a workbook filled on every core. POI's streaming writer fills one sheet at a time, writes
 * its rows to a temporary file, reads them back and compresses them, all on one thread: for a grade book
 * with a sheet per student (a hundred megabytes of sheet XML for 300 students) that was most of the time an
 * instructor waited. Here POI still makes the workbook — its parts, styles, sheet settings (frozen panes,
 * column widths, filters) and every sheet not registered — while the registered sheets' rows are made as
 * {@link SheetRows} in parallel, spliced into the sheets POI wrote empty, and compressed on the same worker
 * threads; the package is then put together in POI's order.
 */
public final class ParallelSheets {

    private final Map<String, Callable<SheetRows>> rowsByPart = new LinkedHashMap<>();
    private final Map<String, Compressed> compressedByPart = new HashMap<>();
    /** Sheets made like a sheet of the workbook (see {@link #addCopy}), in order; the template's part name. */
    private final List<Copy> copies = new ArrayList<>();
    private String copiedPart;
    private int copiedIndex;

    /**
     * Registers {@code sheet} (a sheet of {@code workbook}, with no rows of its own) to be filled with the rows
     * {@code rows} makes, on a worker thread; it must read only what no other thread changes.
     */
    public void add(Workbook workbook, Sheet sheet, Callable<SheetRows> rows) {
        rowsByPart.put(partName(workbook, sheet), rows);
    }

    /**
     * Registers {@code sheet} (a sheet of {@code workbook}, with no rows of its own) to be filled with rows
     * compressed before ({@link #compress}): a sheet made while what it shows was in memory, kept in a few
     * kilobytes until the workbook is written.
     */
    public void add(Workbook workbook, Sheet sheet, Compressed rows) {
        compressedByPart.put(partName(workbook, sheet), rows);
    }

    /**
     * A sheet like {@code template} (its frozen pane, column widths, filter over columns A to the template's
     * last), named {@code name}, its filter over rows 1 to {@code filterLastRow + 1}, filled with {@code rows}
     * (compressed before) or what {@code make} makes. POI is not asked to make it: POI's {@code createSheet} and
     * {@code setAutoFilter} each look through every sheet and name made before, so a workbook of 2,000 such
     * sheets took 30 s there, growing with the square of the class. The copy's part, relationship, content type
     * and filter name are written into the package as POI writes them. {@code template} must be the workbook's
     * last sheet, with a filter starting at A1, and registered here too; copies follow it in order.
     */
    public void addCopy(Workbook workbook, Sheet template, String name, int filterLastRow, Compressed rows,
            Callable<SheetRows> make) {
        String part = partName(workbook, template);
        if (copiedPart == null) {
            if (workbook.getSheetIndex(template) != workbook.getNumberOfSheets() - 1) {
                throw new IllegalArgumentException("sheets are copied from the workbook's last sheet");
            }
            copiedPart = part;
            copiedIndex = workbook.getSheetIndex(template);
        } else if (!copiedPart.equals(part)) {
            throw new IllegalArgumentException("every copy is of one template sheet");
        }
        org.apache.poi.ss.util.WorkbookUtil.validateSheetName(name);
        copies.add(new Copy(name, filterLastRow, rows, make));
    }

    /** A sheet made like the template (see {@link #addCopy}). */
    private record Copy(String name, int filterLastRow, Compressed rows, Callable<SheetRows> make) {
    }

    private static String partName(Workbook workbook, Sheet sheet) {
        XSSFWorkbook xssf = workbook instanceof SXSSFWorkbook streaming ? streaming.getXSSFWorkbook() : (XSSFWorkbook) workbook;
        // The sheet's own part (XSSFSheet is a POIXMLDocumentPart): no search of the workbook's sheets by name.
        org.apache.poi.xssf.usermodel.XSSFSheet part = sheet instanceof org.apache.poi.xssf.usermodel.XSSFSheet x ? x
                : xssf.getSheet(sheet.getSheetName());
        return part.getPackagePart().getPartName().getName().substring(1);
    }

    /**
     * Rows of a sheet compressed as a piece of a zip entry's deflate stream (flushed to a byte boundary, not
     * final), with their CRC-32 and length: {@link #write} puts the sheet's own start and end around them
     * without compressing the rows again.
     */
    public static final class Compressed {
        private final byte[] deflated;
        private final long crc;
        private final long length;

        private Compressed(byte[] deflated, long crc, long length) {
            this.deflated = deflated;
            this.crc = crc;
            this.length = length;
        }

        /** Bytes kept (compressed). */
        public int size() {
            return deflated.length;
        }
    }

    /** {@code rows} compressed now (on the calling thread), for {@link #add(Workbook, Sheet, Compressed)}. */
    public static Compressed compress(SheetRows rows) {
        CRC32 crc = new CRC32();
        crc.update(rows.buffer(), 0, rows.length());
        return new Compressed(deflate(rows.buffer(), 0, rows.length(), false), crc.getValue(), rows.length());
    }

    /** Raw deflate of the bytes: ended as the last piece of a stream ({@code last}), else flushed to a byte boundary. */
    private static byte[] deflate(byte[] bytes, int offset, int length, boolean last) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        try {
            deflater.setInput(bytes, offset, length);
            if (last) {
                deflater.finish();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(length / 5 + 64);
            byte[] buffer = new byte[1 << 16];
            while (true) {
                int n = last ? deflater.deflate(buffer) : deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                out.write(buffer, 0, n);
                if (last ? deflater.finished() : n < buffer.length && deflater.needsInput()) {
                    break;
                }
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /**
     * The CRC-32 of two pieces one after the other from the CRC-32 of each and the second's length: zlib's
     * crc32_combine, by multiplying with the matrix of "{@code length2} zero bytes" over GF(2), got by
     * repeated squaring.
     */
    static long crc32Combine(long crc1, long crc2, long length2) {
        if (length2 <= 0) {
            return crc1;
        }
        long[] even = new long[32]; // the operator for 2^n zero bits, n even
        long[] odd = new long[32];
        odd[0] = 0xEDB88320L; // one zero bit: the CRC-32 polynomial, reflected
        long row = 1;
        for (int n = 1; n < 32; n++) {
            odd[n] = row;
            row <<= 1;
        }
        square(even, odd); // two zero bits
        square(odd, even); // four
        long crc = crc1;
        long length = length2;
        do {
            square(even, odd); // first pass: one zero byte
            if ((length & 1) != 0) {
                crc = times(even, crc);
            }
            length >>= 1;
            if (length == 0) {
                break;
            }
            square(odd, even);
            if ((length & 1) != 0) {
                crc = times(odd, crc);
            }
            length >>= 1;
        } while (length != 0);
        return crc ^ crc2;
    }

    private static long times(long[] matrix, long vector) {
        long sum = 0;
        long v = vector;
        for (int i = 0; v != 0; i++, v >>>= 1) {
            if ((v & 1) != 0) {
                sum ^= matrix[i];
            }
        }
        return sum;
    }

    private static void square(long[] square, long[] matrix) {
        for (int n = 0; n < 32; n++) {
            square[n] = times(matrix, matrix[n]);
        }
    }

    /** Writes {@code workbook} with the registered sheets filled to {@code out}, compressed at the fastest level. */
    public void write(Workbook workbook, OutputStream out) throws IOException {
        ByteArrayOutputStream template = new ByteArrayOutputStream(1 << 16);
        workbook.write(template);
        List<ZipArchiveEntry> entries = new ArrayList<>();
        Map<String, byte[]> contents = new HashMap<>();
        // commons-compress, as POI wrote it: its entries carry their sizes after the data, which
        // java.util.zip's stream reader refuses.
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(template.toByteArray()),
                StandardCharsets.UTF_8.name(), true, true)) {
            for (ZipArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.add(entry);
                contents.put(entry.getName(), in.readAllBytes());
            }
        }
        Map<String, Compressed> compressedParts = new HashMap<>(compressedByPart);
        Map<String, Callable<SheetRows>> rowParts = new HashMap<>(rowsByPart);
        if (!copies.isEmpty()) {
            addCopies(entries, contents, compressedParts, rowParts);
        }
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        AtomicInteger count = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "framebench-sheets-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            Map<String, Future<CompressedPart>> filled = new HashMap<>();
            for (ZipArchiveEntry entry : entries) {
                Callable<SheetRows> rows = rowParts.get(entry.getName());
                Compressed compressed = compressedParts.get(entry.getName());
                if (compressed != null) {
                    byte[] empty = contents.get(entry.getName());
                    filled.put(entry.getName(), workers.submit(() -> CompressedPart.around(empty, compressed)));
                } else if (rows != null) {
                    byte[] empty = contents.get(entry.getName());
                    filled.put(entry.getName(), workers.submit(() -> CompressedPart.of(empty, rows.call())));
                }
            }
            ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out);
            zip.setLevel(Deflater.BEST_SPEED);
            for (ZipArchiveEntry entry : entries) {
                ZipArchiveEntry copy = new ZipArchiveEntry(entry.getName());
                copy.setTime(entry.getTime());
                Future<CompressedPart> part = filled.get(entry.getName());
                if (part == null) {
                    zip.putArchiveEntry(copy);
                    zip.write(contents.get(entry.getName()));
                    zip.closeArchiveEntry();
                } else {
                    CompressedPart compressed = get(part);
                    filled.remove(entry.getName()); // let it go once written
                    copy.setMethod(ZipEntry.DEFLATED);
                    copy.setCrc(compressed.crc);
                    copy.setSize(compressed.size);
                    long compressedSize = 0;
                    List<InputStream> pieces = new ArrayList<>();
                    for (byte[] piece : compressed.pieces) {
                        compressedSize += piece.length;
                        pieces.add(new ByteArrayInputStream(piece));
                    }
                    copy.setCompressedSize(compressedSize);
                    try (InputStream raw = new java.io.SequenceInputStream(java.util.Collections.enumeration(pieces))) {
                        zip.addRawArchiveEntry(copy, raw);
                    }
                }
            }
            zip.finish();
        } finally {
            workers.shutdownNow();
        }
    }

    private static final String WORKSHEET_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
    private static final String WORKSHEET_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

    /**
     * Puts the copies into the package POI wrote: each a sheet part like the template's (its filter's rows its
     * own), a {@code <sheet>} in the workbook after the template's, a relationship, a content type, and the
     * hidden filter name Excel keeps per filtered sheet, as POI writes them for a sheet it makes.
     */
    private void addCopies(List<ZipArchiveEntry> entries, Map<String, byte[]> contents, Map<String, Compressed> compressedParts,
            Map<String, Callable<SheetRows>> rowParts) throws IOException {
        String workbookPart = "xl/workbook.xml";
        String relsPart = "xl/_rels/workbook.xml.rels";
        String typesPart = "[Content_Types].xml";
        String workbookXml = utf8(contents.get(workbookPart));
        String rels = utf8(contents.get(relsPart));
        String types = utf8(contents.get(typesPart));
        byte[] templateSheet = contents.get(copiedPart);
        if (workbookXml == null || rels == null || types == null || templateSheet == null) {
            throw new IOException("the workbook's parts are not where POI puts them");
        }
        int copiedFilterColumns = templateFilterEnd(templateSheet).getCol() + 1;
        String target = copiedPart.substring("xl/".length());
        java.util.regex.Matcher relation = java.util.regex.Pattern.compile("<Relationship Id=\"([^\"]+)\" Target=\""
                + java.util.regex.Pattern.quote(target) + "\"").matcher(rels);
        if (!relation.find()) {
            throw new IOException("the copied sheet has no relationship in the workbook");
        }
        java.util.regex.Matcher sheet = java.util.regex.Pattern.compile("<sheet [^>]*r:id=\"" + java.util.regex.Pattern.quote(relation.group(1))
                + "\"[^>]*/>").matcher(workbookXml);
        if (!sheet.find()) {
            throw new IOException("the copied sheet is not in the workbook");
        }
        int maxSheetId = 0;
        for (java.util.regex.Matcher ids = java.util.regex.Pattern.compile("sheetId=\"(\\d+)\"").matcher(workbookXml); ids.find();) {
            maxSheetId = Math.max(maxSheetId, Integer.parseInt(ids.group(1)));
        }
        int maxPart = 0;
        for (String name : contents.keySet()) {
            java.util.regex.Matcher number = java.util.regex.Pattern.compile("xl/worksheets/sheet(\\d+)\\.xml").matcher(name);
            if (number.matches()) {
                maxPart = Math.max(maxPart, Integer.parseInt(number.group(1)));
            }
        }
        String filterName = "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"" + copiedIndex + "\" hidden=\"true\">";
        int filterAt = workbookXml.indexOf(filterName);
        int filterEnd = filterAt < 0 ? -1 : workbookXml.indexOf("</definedName>", filterAt);
        String templateSheetName = unescape(attribute(sheet.group(), "name"));
        String filterText = filterAt < 0 ? null : workbookXml.substring(filterAt + filterName.length(), filterEnd);
        String templateFilterRef = filterAt < 0 ? null : filterFormula(templateSheetName, copiedFilterColumns,
                templateFilterLastRow(templateSheet));
        if (filterText == null || !unescape(filterText).equals(templateFilterRef)) {
            throw new IOException("the copied sheet's filter is not named as expected: " + filterText);
        }
        String templateXml = new String(templateSheet, StandardCharsets.UTF_8);
        String filterElement = "<autoFilter ref=\"A1:";
        int refAt = templateXml.indexOf(filterElement);
        int refEnd = templateXml.indexOf('"', refAt + filterElement.length());
        StringBuilder sheets = new StringBuilder();
        StringBuilder names = new StringBuilder();
        StringBuilder relations = new StringBuilder();
        StringBuilder overrides = new StringBuilder();
        List<ZipArchiveEntry> added = new ArrayList<>();
        ZipArchiveEntry model = entries.stream().filter(e -> e.getName().equals(copiedPart)).findFirst().orElseThrow();
        for (int c = 0; c < copies.size(); c++) {
            Copy copy = copies.get(c);
            String part = "xl/worksheets/sheet" + (maxPart + 1 + c) + ".xml";
            String id = "rIdFb" + (c + 1);
            sheets.append("<sheet name=\"").append(escape(copy.name())).append("\" r:id=\"").append(id)
                    .append("\" sheetId=\"").append(maxSheetId + 1 + c).append("\"/>");
            names.append("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"").append(copiedIndex + 1 + c)
                    .append("\" hidden=\"true\">")
                    .append(escape(filterFormula(copy.name(), copiedFilterColumns, Math.max(0, copy.filterLastRow()))))
                    .append("</definedName>");
            relations.append("<Relationship Id=\"").append(id).append("\" Target=\"").append(part.substring(3))
                    .append("\" Type=\"").append(WORKSHEET_TYPE).append("\"/>");
            overrides.append("<Override ContentType=\"").append(WORKSHEET_CONTENT_TYPE).append("\" PartName=\"/")
                    .append(part).append("\"/>");
            String ref = "A1:" + org.apache.poi.ss.util.CellReference.convertNumToColString(copiedFilterColumns - 1)
                    + (Math.max(0, copy.filterLastRow()) + 1);
            contents.put(part, (templateXml.substring(0, refAt) + "<autoFilter ref=\"" + ref + templateXml.substring(refEnd))
                    .getBytes(StandardCharsets.UTF_8));
            if (copy.rows() != null) {
                compressedParts.put(part, copy.rows());
            } else {
                rowParts.put(part, copy.make());
            }
            ZipArchiveEntry entry = new ZipArchiveEntry(part);
            entry.setTime(model.getTime());
            added.add(entry);
        }
        workbookXml = workbookXml.substring(0, sheet.end()) + sheets + workbookXml.substring(sheet.end());
        int namesAt = workbookXml.indexOf("</definedName>", workbookXml.indexOf(filterName)) + "</definedName>".length();
        workbookXml = workbookXml.substring(0, namesAt) + names + workbookXml.substring(namesAt);
        rels = rels.replace("</Relationships>", relations + "</Relationships>");
        types = types.replace("</Types>", overrides + "</Types>");
        contents.put(workbookPart, workbookXml.getBytes(StandardCharsets.UTF_8));
        contents.put(relsPart, rels.getBytes(StandardCharsets.UTF_8));
        contents.put(typesPart, types.getBytes(StandardCharsets.UTF_8));
        entries.addAll(entries.indexOf(model) + 1, added);
    }

    /** The filter name's formula as POI writes it, e.g. {@code 'Kofi''s'!$A$1:$N$11}. */
    private static String filterFormula(String sheetName, int columns, int lastRow) {
        return org.apache.poi.ss.formula.SheetNameFormatter.format(sheetName) + "!" + new org.apache.poi.ss.util.AreaReference(
                new org.apache.poi.ss.util.CellReference(0, 0, true, true),
                new org.apache.poi.ss.util.CellReference(lastRow, columns - 1, true, true),
                org.apache.poi.ss.SpreadsheetVersion.EXCEL2007).formatAsString();
    }

    private static int templateFilterLastRow(byte[] sheet) throws IOException {
        return templateFilterEnd(sheet).getRow();
    }

    /** The last cell of the template sheet's filter, which must start at A1. */
    private static org.apache.poi.ss.util.CellReference templateFilterEnd(byte[] sheet) throws IOException {
        String xml = new String(sheet, StandardCharsets.UTF_8);
        String start = "<autoFilter ref=\"A1:";
        int at = xml.indexOf(start);
        if (at < 0) {
            throw new IOException("the copied sheet needs a filter from A1");
        }
        return new org.apache.poi.ss.util.CellReference(xml.substring(at + start.length(), xml.indexOf('"', at + start.length())));
    }

    private static String attribute(String element, String name) {
        int at = element.indexOf(" " + name + "=\"");
        int start = at + name.length() + 3;
        return element.substring(start, element.indexOf('"', start));
    }

    private static String utf8(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String unescape(String text) {
        return text.replace("&quot;", "\"").replace("&apos;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /**
     * Where the rows go in the sheet POI wrote with an empty {@code <sheetData>}: {@code [a, b]}, the sheet's
     * bytes before {@code a} and from {@code b} on surround {@code <sheetData>rows</sheetData>}.
     */
    static int[] sheetDataBounds(byte[] emptySheet) {
        String xml = new String(emptySheet, StandardCharsets.ISO_8859_1); // byte offsets = char offsets
        int start = xml.indexOf("<sheetData");
        if (start < 0) {
            throw new IllegalStateException("a worksheet without sheet data");
        }
        if (xml.startsWith("<sheetData/>", start)) {
            return new int[] { start, start + "<sheetData/>".length() };
        }
        int contentEnd = xml.indexOf("</sheetData>", start);
        if (contentEnd < 0 || !xml.substring(xml.indexOf('>', start) + 1, contentEnd).isBlank()) {
            throw new IllegalStateException("a sheet filled in parallel must have no rows of its own");
        }
        return new int[] { start, contentEnd + "</sheetData>".length() };
    }

    private static CompressedPart get(Future<CompressedPart> part) throws IOException {
        try {
            return part.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the sheets were written", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
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

    /**
     * A sheet's bytes deflated as a zip entry holds them (no header), in pieces one after the other, with what
     * the entry records of it.
     */
    private record CompressedPart(List<byte[]> pieces, long crc, long size) {

        private static final byte[] OPEN = "<sheetData>".getBytes(StandardCharsets.US_ASCII);
        private static final byte[] CLOSE = "</sheetData>".getBytes(StandardCharsets.US_ASCII);

        /** The empty sheet around rows compressed before: only its start and end are compressed now. */
        static CompressedPart around(byte[] emptySheet, Compressed rows) {
            int[] bounds = sheetDataBounds(emptySheet);
            byte[] start = new byte[bounds[0] + OPEN.length];
            System.arraycopy(emptySheet, 0, start, 0, bounds[0]);
            System.arraycopy(OPEN, 0, start, bounds[0], OPEN.length);
            byte[] end = new byte[CLOSE.length + emptySheet.length - bounds[1]];
            System.arraycopy(CLOSE, 0, end, 0, CLOSE.length);
            System.arraycopy(emptySheet, bounds[1], end, CLOSE.length, emptySheet.length - bounds[1]);
            byte[] first = deflate(start, 0, start.length, false);
            byte[] last = deflate(end, 0, end.length, true);
            CRC32 startCrc = new CRC32();
            startCrc.update(start);
            CRC32 endCrc = new CRC32();
            endCrc.update(end);
            long crc = crc32Combine(crc32Combine(startCrc.getValue(), rows.crc, rows.length), endCrc.getValue(), end.length);
            return new CompressedPart(List.of(first, rows.deflated, last), crc, start.length + rows.length + end.length);
        }

        /** The empty sheet with {@code rows} spliced in, compressed. */
        static CompressedPart of(byte[] emptySheet, SheetRows rows) throws IOException {
            int[] bounds = sheetDataBounds(emptySheet);
            CRC32 crc = new CRC32();
            Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
            ByteArrayOutputStream compressed = new ByteArrayOutputStream(rows.length() / 5 + 1024);
            long[] size = { 0 };
            try (DeflaterOutputStream out = new DeflaterOutputStream(compressed, deflater, 1 << 16)) {
                IOConsumer write = (bytes, offset, length) -> {
                    crc.update(bytes, offset, length);
                    out.write(bytes, offset, length);
                    size[0] += length;
                };
                write.accept(emptySheet, 0, bounds[0]);
                write.accept(OPEN, 0, OPEN.length);
                byte[] rowBytes = rows.buffer();
                write.accept(rowBytes, 0, rows.length());
                write.accept(CLOSE, 0, CLOSE.length);
                write.accept(emptySheet, bounds[1], emptySheet.length - bounds[1]);
            } finally {
                deflater.end();
            }
            return new CompressedPart(List.of(compressed.toByteArray()), crc.getValue(), size[0]);
        }
    }

    @FunctionalInterface
    private interface IOConsumer {
        void accept(byte[] bytes, int offset, int length) throws IOException;
    }
}
