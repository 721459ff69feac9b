package org.framebench.export.xlsx;

import java.nio.charset.StandardCharsets;

/**
 * The rows of one worksheet written straight as SpreadsheetML, the way POI's streaming writer writes them
 * (inline strings, numbers, style indexes of the workbook's own {@link org.apache.poi.ss.usermodel.CellStyle}s),
 * but into memory and from any thread: {@link ParallelSheets} fills many sheets at once and splices them into
 * the workbook POI wrote. Rows must be added in increasing order, and cells of a row in increasing column order.
 */
public final class SheetRows {

    /** Longest text a spreadsheet cell holds. */
    public static final int MAX_TEXT = 32_767;

    private static final String[] COLUMN_NAMES = new String[256];

    static {
        for (int c = 0; c < COLUMN_NAMES.length; c++) {
            COLUMN_NAMES[c] = columnName(c);
        }
    }

    /** The rows' XML as UTF-8, written straight as bytes: no text copy of a sheet of hundreds of kilobytes. */
    private byte[] xml = new byte[1 << 16];
    private int length;
    private int row = -1;
    private int lastColumn = -1;
    private boolean rowOpen;

    /** Starts row {@code index} (0-based), ending the one before. */
    public SheetRows row(int index) {
        if (index <= row) {
            throw new IllegalArgumentException("rows must be added in order: " + index + " after " + row);
        }
        endRow();
        row = index;
        lastColumn = -1;
        ascii("<row r=\"").decimal(index + 1).ascii("\">");
        rowOpen = true;
        return this;
    }

    /** A text cell; {@code null} is an empty text. Longer than a cell holds: cut, with a mark saying so. */
    public SheetRows text(int column, String value, int style) {
        String text = value == null ? "" : value;
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT - 67) + " [\u2026 cut]";
        }
        cellStart(column, style);
        ascii(" t=\"inlineStr\"><is><t");
        if (!text.isEmpty() && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1)))) {
            ascii(" xml:space=\"preserve\"");
        }
        ascii(">");
        escape(text);
        ascii("</t></is></c>");
        return this;
    }

    /** A number cell; a value that is not a finite number is written as a blank cell. */
    public SheetRows number(int column, double value, int style) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return blank(column, style);
        }
        cellStart(column, style);
        // A number is a cell's default type; whole numbers without ".0", as a spreadsheet program writes them.
        ascii("><v>");
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            decimal((long) value);
        } else {
            ascii(Double.toString(value));
        }
        ascii("</v></c>");
        return this;
    }

    /** A boolean cell (TRUE or FALSE in a spreadsheet). */
    public SheetRows bool(int column, boolean value, int style) {
        cellStart(column, style);
        ascii(value ? " t=\"b\"><v>1</v></c>" : " t=\"b\"><v>0</v></c>");
        return this;
    }

    /** A cell with a style and no value. */
    public SheetRows blank(int column, int style) {
        cellStart(column, style);
        ascii("/>");
        return this;
    }

    /** The rows' XML (UTF-8) in its first {@link #length()} bytes, not copied: for {@link ParallelSheets}. */
    byte[] buffer() {
        endRow();
        return xml;
    }

    /** How many bytes of XML the rows take. */
    public int length() {
        return length;
    }

    private void cellStart(int column, int style) {
        if (!rowOpen) {
            throw new IllegalStateException("a cell needs a row first");
        }
        if (column <= lastColumn) {
            throw new IllegalArgumentException("cells must be added in column order: " + column + " after " + lastColumn);
        }
        lastColumn = column;
        ascii("<c r=\"").ascii(column < COLUMN_NAMES.length ? COLUMN_NAMES[column] : columnName(column))
                .decimal(row + 1).ascii("\"");
        if (style > 0) {
            ascii(" s=\"").decimal(style).ascii("\"");
        }
    }

    private void endRow() {
        if (rowOpen) {
            ascii("</row>\n");
            rowOpen = false;
        }
    }

    /**
     * Escapes what XML needs escaped, and the line breaks and tabs as character references (as POI does, so
     * every reader keeps them); characters XML 1.0 cannot hold at all become '?'. Works on the text's UTF-8
     * bytes (the JDK's encoder turns a lone surrogate into '?'), copying the runs between special characters
     * in one go: this loop runs for every character of a grade book.
     */
    private void escape(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        ensure(utf8.length);
        int run = 0;
        for (int i = 0; i < utf8.length; i++) {
            byte b = utf8[i];
            if (b >= 0x20 && b != '<' && b != '>' && b != '&' && b != '"') {
                continue; // printable ASCII
            }
            if (b < 0) {
                // Part of a multi-byte character: copied as it is, but for U+FFFE and U+FFFF (EF BF BE/BF).
                if (b == (byte) 0xEF && i + 2 < utf8.length && utf8[i + 1] == (byte) 0xBF
                        && (utf8[i + 2] == (byte) 0xBE || utf8[i + 2] == (byte) 0xBF)) {
                    copy(utf8, run, i);
                    put((byte) '?');
                    i += 2;
                    run = i + 1;
                }
                continue;
            }
            copy(utf8, run, i);
            run = i + 1;
            switch (b) {
                case '<' -> ascii("&lt;");
                case '>' -> ascii("&gt;");
                case '&' -> ascii("&amp;");
                case '"' -> ascii("&quot;");
                case '\n' -> ascii("&#xa;");
                case '\r' -> ascii("&#xd;");
                case '\t' -> ascii("&#x9;");
                default -> put((byte) '?');
            }
        }
        copy(utf8, run, utf8.length);
    }

    private void copy(byte[] bytes, int from, int to) {
        if (to > from) {
            ensure(to - from);
            System.arraycopy(bytes, from, xml, length, to - from);
            length += to - from;
        }
    }

    /** Markup: ASCII only, one byte a character, copied by the JDK in one go. */
    @SuppressWarnings("deprecation")
    private SheetRows ascii(String markup) {
        ensure(markup.length());
        markup.getBytes(0, markup.length(), xml, length);
        length += markup.length();
        return this;
    }

    private SheetRows decimal(long value) {
        if (value < 0) {
            if (value == Long.MIN_VALUE) {
                return ascii(Long.toString(value));
            }
            put((byte) '-');
            value = -value;
        }
        ensure(20);
        int digits = 1;
        for (long rest = value / 10; rest > 0; rest /= 10) {
            digits++;
        }
        for (int i = length + digits - 1; i >= length; i--) {
            xml[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        length += digits;
        return this;
    }

    private void put(byte b) {
        if (length == xml.length) {
            ensure(1);
        }
        xml[length++] = b;
    }

    private void ensure(int more) {
        if (length + more > xml.length) {
            xml = java.util.Arrays.copyOf(xml, Math.max(xml.length * 2, length + more));
        }
    }

    /** Excel's name of a 0-based column: A … Z, AA … */
    static String columnName(int column) {
        StringBuilder name = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            name.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return name.toString();
    }
}
