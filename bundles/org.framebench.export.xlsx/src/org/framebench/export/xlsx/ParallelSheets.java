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

    /**
     * Registers {@code sheet} (a sheet of {@code workbook}, with no rows of its own) to be filled with the rows
     * {@code rows} makes, on a worker thread; it must read only what no other thread changes.
     */
    public void add(Workbook workbook, Sheet sheet, Callable<SheetRows> rows) {
        XSSFWorkbook xssf = workbook instanceof SXSSFWorkbook streaming ? streaming.getXSSFWorkbook() : (XSSFWorkbook) workbook;
        String part = xssf.getSheet(sheet.getSheetName()).getPackagePart().getPartName().getName().substring(1);
        rowsByPart.put(part, rows);
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
                Callable<SheetRows> rows = rowsByPart.get(entry.getName());
                if (rows != null) {
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
                    copy.setMethod(ZipEntry.DEFLATED);
                    copy.setCrc(compressed.crc);
                    copy.setSize(compressed.size);
                    copy.setCompressedSize(compressed.bytes.length);
                    try (InputStream raw = new ByteArrayInputStream(compressed.bytes)) {
                        zip.addRawArchiveEntry(copy, raw);
                    }
                }
            }
            zip.finish();
        } finally {
            workers.shutdownNow();
        }
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

    /** A sheet's bytes deflated as a zip entry holds them (no header), with what the entry records of it. */
    private record CompressedPart(byte[] bytes, long crc, long size) {

        private static final byte[] OPEN = "<sheetData>".getBytes(StandardCharsets.US_ASCII);
        private static final byte[] CLOSE = "</sheetData>".getBytes(StandardCharsets.US_ASCII);

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
            return new CompressedPart(compressed.toByteArray(), crc.getValue(), size[0]);
        }
    }

    @FunctionalInterface
    private interface IOConsumer {
        void accept(byte[] bytes, int offset, int length) throws IOException;
    }
}
