package org.framebench.export.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict reader of CSV as RFC 4180 writes it, for tests of files Framebench writes: quoted fields may hold
 * commas, doubled quotes and line breaks; every record, the last one too, ends in CRLF.
 */
public final class Csv {

    private Csv() {
    }

    /**
     * The records of {@code text}.
     *
     * @throws IllegalArgumentException when the text does not end with a complete record (CRLF)
     */
    public static List<List<String>> records(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        if (!record.isEmpty() || field.length() > 0) {
            throw new IllegalArgumentException("the file does not end with a complete record (CRLF): " + record + field);
        }
        return records;
    }
}
