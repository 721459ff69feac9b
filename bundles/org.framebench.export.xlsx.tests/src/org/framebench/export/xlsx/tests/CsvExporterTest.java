package org.framebench.export.xlsx.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.framebench.export.xlsx.AnnotationTable;
import org.framebench.export.xlsx.CsvExporter;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExporterTest {

    @TempDir
    Path folder;

    @Test
    void fieldsAreQuotedOnlyWhenRfc4180NeedsIt() {
        assertEquals("plain text", CsvExporter.field("plain text"));
        assertEquals("\"a, b\"", CsvExporter.field("a, b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvExporter.field("say \"hi\""));
        assertEquals("\"two\r\nlines\"", CsvExporter.field("two\r\nlines"));
        assertEquals("\"two\nlines\"", CsvExporter.field("two\nlines"));
        assertEquals("", CsvExporter.field(null));
        assertEquals("42", CsvExporter.field(42));
        assertEquals("2026-05-28T20:26:40.123Z", CsvExporter.field(new java.util.Date(1_780_000_000_123L)));
    }

    @Test
    void formulaStartsAreNeutralised() {
        assertEquals("'=1+2", CsvExporter.field("=1+2"));
        assertEquals("'+31 20 555", CsvExporter.field("+31 20 555"));
        assertEquals("'-2", CsvExporter.field("-2"));
        assertEquals("'@SUM(A1)", CsvExporter.field("@SUM(A1)"));
        assertEquals("'\tTAB", CsvExporter.field("\tTAB"));
        assertEquals("\"'\rCR\"", CsvExporter.field("\rCR"), "neutralised, then quoted for the CR");
        assertEquals("\"'=HYPERLINK(\"\"x\"\"),y\"", CsvExporter.field("=HYPERLINK(\"x\"),y"));
        assertEquals("a=b", CsvExporter.field("a=b"), "only a leading sign is dangerous");
        assertEquals("-5", CsvExporter.field(-5), "numbers the exporter writes itself stay numbers");
    }

    @Test
    void exportedCsvReadsBackAsTheAnnotationTable() throws Exception {
        List<AnnotationDocument> documents = List.of(
                Fixtures.savedAndLoaded(Fixtures.student("Ama Mensah", "s-101", 1), folder.resolve("ama.fbench")),
                Fixtures.savedAndLoaded(Fixtures.student("Kofi Boateng, Jr.", "s-102", 2), folder.resolve("kofi.fbench")));
        Path file = folder.resolve("class.csv");
        new CsvExporter().export(documents, file);

        byte[] bytes = Files.readAllBytes(file);
        assertEquals(0xEF, bytes[0] & 0xFF, "UTF-8 byte-order mark, for Excel");
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertTrue(text.endsWith("\r\n"));
        List<List<String>> records = parse(text);
        AnnotationTable table = new AnnotationTable(documents);
        assertEquals(table.headers(), records.get(0));
        assertEquals(61, records.size());
        List<String> first = records.get(1);
        Annotation annotation = documents.get(0).getAnnotations().get(0);
        assertEquals("Ama Mensah", first.get(AnnotationTable.STUDENT_NAME));
        assertEquals(annotation.getId(), first.get(AnnotationTable.ANNOTATION_ID));
        assertEquals(annotation.getCoveredText(), first.get(AnnotationTable.COVERED_TEXT));
        assertEquals(String.valueOf(annotation.getBegin()), first.get(AnnotationTable.BEGIN));
        assertEquals("'" + annotation.getNote(), first.get(table.noteColumn()), "the =HYPERLINK note is neutralised");
        assertTrue(annotation.getNote().contains("é") && annotation.getNote().contains("\n"));
        assertEquals("Kofi Boateng, Jr.", records.get(31).get(AnnotationTable.STUDENT_NAME));
        for (List<String> record : records) {
            assertEquals(table.headers().size(), record.size());
        }
    }

    /** A strict RFC 4180 reader: quoted fields may hold commas, CRLF and doubled quotes. */
    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' && field.length() == 0) {
                i++;
                while (true) {
                    char q = text.charAt(i++);
                    if (q == '"') {
                        if (i < text.length() && text.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(q);
                    }
                }
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                i++;
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i += 2;
            } else {
                if (c == '"' || c == '\n' || c == '\r') {
                    throw new IllegalArgumentException("unquoted " + (int) c + " at " + i);
                }
                field.append(c);
                i++;
            }
        }
        assertTrue(record.isEmpty() && field.length() == 0, "the file ends with a complete record");
        return records;
    }
}
