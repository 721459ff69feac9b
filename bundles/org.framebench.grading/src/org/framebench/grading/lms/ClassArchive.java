package org.framebench.grading.lms;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import org.framebench.core.document.DocumentStore;

/**
 * A ZIP of hand-ins, read in place: nothing is unpacked to disk. Every entry is listed, with what it is;
 * the guards keep a hostile or broken ZIP from doing harm:
 * <ul>
 * <li>names that climb out ({@code ../x}, {@code /etc/x}, {@code C:\x}) are refused (nothing is ever written
 * under them anyway);</li>
 * <li>an entry is read only up to {@link #MAX_ENTRY_BYTES}, whatever its header claims, and the whole ZIP up to
 * {@link #MAX_TOTAL_BYTES} unpacked, in at most {@link #MAX_ENTRIES} entries (zip bombs);</li>
 * <li>a ZIP inside the ZIP (Moodle puts one in a student's folder when the student handed one in) is read as
 * well, {@link #MAX_DEPTH} deep at most;</li>
 * <li>names are UTF-8 when the ZIP says so or they decode as such, else IBM code page 437 (the ZIP format's
 * own default, and what Windows' "compressed folder" writes), so any name shows as something.</li>
 * </ul>
 * Hidden entries ({@code .DS_Store}, {@code __MACOSX/}) and folders are left out, as hidden files of a class
 * folder are.
 */
public final class ClassArchive {

    /** At most this much of one entry is read: a Framebench file is never larger. */
    public static final long MAX_ENTRY_BYTES = DocumentStore.MAX_FILE_BYTES;
    /** At most this much of the whole ZIP, nested ZIPs included, is read unpacked. */
    public static final long MAX_TOTAL_BYTES = 4L * 1024 * 1024 * 1024;
    /** At most this many entries are looked at. */
    public static final int MAX_ENTRIES = 20_000;
    /** ZIPs within ZIPs are read this deep (1: a ZIP in the ZIP). */
    public static final int MAX_DEPTH = 2;

    /**
     * One entry of the ZIP.
     *
     * @param name its path in the ZIP, "/" between folders; a nested ZIP's entries are under the nested
     *        ZIP's own path ({@code folder/work.zip/ama.fbench})
     * @param modified the time the ZIP gives it
     * @param refused why it is not read (an unsafe name, too large, nested too deep…), or {@code null}
     */
    public record Entry(String name, Instant modified, String refused, Content content) {

        /** The entry's bytes; read only when asked (in parallel, one entry at a time per thread). */
        public byte[] bytes() throws IOException {
            if (refused != null) {
                throw new IOException(refused);
            }
            return content.read();
        }

        /** The last part of the name. */
        public String fileName() {
            return name.substring(name.lastIndexOf('/') + 1);
        }
    }

    /** How an entry's bytes are read. */
    @FunctionalInterface
    public interface Content {
        byte[] read() throws IOException;
    }

    private final Path file;
    private final ZipFile zip;
    private final List<Entry> entries = new ArrayList<>();
    private final AtomicLong unpacked = new AtomicLong();

    private ClassArchive(Path file, ZipFile zip) {
        this.file = file;
        this.zip = zip;
    }

    /** Whether {@code path} names a ZIP to read as a class (a plain file ending in {@code .zip}). */
    public static boolean isArchive(Path path) {
        return path.getFileName() != null && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")
                && Files.isRegularFile(path);
    }

    /**
     * Opens {@code file} and lists its entries. Close it when the entries have been read.
     *
     * @throws IOException with a plain-words message when it is not a ZIP that can be read
     */
    public static ClassArchive open(Path file) throws IOException {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException | IllegalArgumentException e) {
            try {
                // Names that are not UTF-8 (and not flagged as such): the ZIP format's default code page.
                zip = new ZipFile(file.toFile(), Charset.forName("IBM437"));
            } catch (ZipException | IllegalArgumentException again) {
                throw new IOException(file.getFileName() + " is not a ZIP file that can be read (" + again.getMessage()
                        + ").", again);
            }
        }
        ClassArchive archive = new ClassArchive(file, zip);
        try {
            archive.list();
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw new IOException(file.getFileName() + " could not be read as a ZIP: " + e.getMessage(), e);
        }
        return archive;
    }

    private void list() throws IOException {
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            if (entry.isDirectory()) {
                continue;
            }
            if (entries.size() >= MAX_ENTRIES) {
                throw new IOException("it holds more than " + MAX_ENTRIES + " files, far more than any class hands in");
            }
            String name = entry.getName().replace('\\', '/');
            Instant modified = entry.getLastModifiedTime() == null ? Instant.EPOCH : entry.getLastModifiedTime().toInstant();
            add(name, modified, 1, () -> {
                try (InputStream in = zip.getInputStream(entry)) {
                    return readBounded(in, name);
                }
            });
        }
    }

    /** Adds one entry at {@code depth} (1: in the ZIP itself); a nested ZIP adds its own entries. */
    private void add(String name, Instant modified, int depth, Content content) throws IOException {
        if (isHidden(name)) {
            return;
        }
        String unsafe = unsafe(name);
        if (unsafe != null) {
            entries.add(new Entry(name, modified, unsafe, null));
            return;
        }
        if (!name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            entries.add(new Entry(name, modified, null, content));
            return;
        }
        if (depth >= MAX_DEPTH) {
            entries.add(new Entry(name, modified, "a ZIP nested inside a ZIP inside the class's ZIP; it was not opened. "
                    + "Unpack it and add its files to the class.", null));
            return;
        }
        byte[] nested;
        try {
            nested = content.read();
        } catch (IOException e) {
            entries.add(new Entry(name, modified, e.getMessage(), null));
            return;
        }
        int before = entries.size();
        try {
            readNested(name, nested, depth + 1, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            entries.subList(before, entries.size()).clear();
            try {
                readNested(name, nested, depth + 1, Charset.forName("IBM437"));
            } catch (IOException | IllegalArgumentException again) {
                entries.subList(before, entries.size()).clear();
                entries.add(new Entry(name, modified, "a ZIP inside the ZIP that could not be read (" + again.getMessage()
                        + ")", null));
            }
        } catch (IOException e) {
            entries.subList(before, entries.size()).clear();
            entries.add(new Entry(name, modified, "a ZIP inside the ZIP that could not be read (" + e.getMessage() + ")",
                    null));
        }
    }

    private void readNested(String prefix, byte[] bytes, int depth, Charset names) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes), names)) {
            int count = 0;
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.isDirectory()) {
                    continue;
                }
                if (++count + entries.size() > MAX_ENTRIES) {
                    throw new IOException("it holds more than " + MAX_ENTRIES + " files");
                }
                String name = prefix + "/" + entry.getName().replace('\\', '/');
                Instant modified = entry.getLastModifiedTime() == null ? Instant.EPOCH
                        : entry.getLastModifiedTime().toInstant();
                String unsafe = unsafe(entry.getName().replace('\\', '/'));
                if (isHidden(name)) {
                    continue;
                }
                if (unsafe != null) {
                    entries.add(new Entry(name, modified, unsafe, null));
                    continue;
                }
                // A stream is read in order: take the bytes now (bounded), hand them out later.
                byte[] content;
                String refused = null;
                try {
                    content = readBounded(in, name);
                } catch (IOException e) {
                    content = null;
                    refused = e.getMessage();
                }
                if (refused != null) {
                    entries.add(new Entry(name, modified, refused, null));
                } else {
                    byte[] held = content;
                    add(name, modified, depth, () -> held);
                }
            }
        }
    }

    /** At most {@link #MAX_ENTRY_BYTES} of {@code in}, counted against the whole ZIP's limit too. */
    private byte[] readBounded(InputStream in, String name) throws IOException {
        long limit = name.toLowerCase(Locale.ROOT).endsWith(".zip") ? 4 * MAX_ENTRY_BYTES : MAX_ENTRY_BYTES;
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (bytes.length > limit) {
            throw new IOException(name.substring(name.lastIndexOf('/') + 1) + " unpacks to more than "
                    + (limit / (1024 * 1024)) + " MB, far larger than any Framebench file, so it was not read");
        }
        if (unpacked.addAndGet(bytes.length) > MAX_TOTAL_BYTES) {
            throw new IOException("the ZIP unpacks to more than " + (MAX_TOTAL_BYTES >> 30) + " GB, so the rest of it "
                    + "was not read");
        }
        return bytes;
    }

    private static boolean isHidden(String name) {
        for (String segment : name.split("/")) {
            if (segment.startsWith(".") && !segment.equals(".") && !segment.equals("..") || segment.equals("__MACOSX")) {
                return true;
            }
        }
        return false;
    }

    /** Why a name is unsafe (it would climb out of a folder it were unpacked to), or {@code null}. */
    static String unsafe(String name) {
        boolean climbs = false;
        for (String segment : name.split("/")) {
            if (segment.equals("..")) {
                climbs = true;
            }
        }
        if (climbs || name.startsWith("/") || name.matches("^[A-Za-z]:.*") || name.indexOf('\0') >= 0) {
            return "its name (" + name + ") points outside the ZIP, so it was not read";
        }
        return null;
    }

    /**
     * {@code message} (why a file could not be opened) for a file inside a ZIP: without the hint that its backup
     * beside it may hold the previous version, as there is none in a ZIP.
     */
    public static String inZip(String message) {
        return message == null ? null
                : message.replaceAll(" If it was saved by Framebench, its backup \\([^)]*\\) may hold the previous version\\.", "");
    }

    public Path file() {
        return file;
    }

    /** Every file entry, in the ZIP's order (nested ZIPs' entries in place of the nested ZIP). */
    public List<Entry> entries() {
        return Collections.unmodifiableList(entries);
    }

    /** Closes the ZIP; entries of nested ZIPs stay readable. */
    public void close() throws IOException {
        zip.close();
    }
}
