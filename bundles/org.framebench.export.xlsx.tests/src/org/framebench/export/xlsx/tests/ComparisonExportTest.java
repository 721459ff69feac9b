package org.framebench.export.xlsx.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.framebench.core.codebook.Codebooks;
import org.framebench.core.corpus.CorpusLoader;
import org.framebench.core.document.Documents;
import org.framebench.core.text.TextAnchors;
import org.framebench.export.testing.LibreOfficeCalc;
import org.framebench.export.xlsx.ComparisonTable;
import org.framebench.export.xlsx.CsvExporter;
import org.framebench.export.xlsx.XlsxExporter;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.ComparisonNote;
import org.framebench.model.FramebenchFactory;
import org.framebench.model.Link;
import org.framebench.model.LinkKind;
import org.framebench.model.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Comparison sheet and CSV on a crafted document: a statement CNN quotes from a named person, the BBC
 * from an anonymous one with a distancing verb, the other two leave out (one omission recorded); a CNN-only
 * paraphrase; the student's note (starting with "=", so the CSV must neutralise it).
 */
class ComparisonExportTest {

    private static final String NOTE = "=Only CNN names him, the BBC hides him";

    @TempDir
    Path folder;

    private AnnotationDocument document;
    private Annotation cnnQuote;
    private Annotation cnnOnly;
    private int counter;

    @BeforeEach
    void craft() throws Exception {
        AnnotationDocument fresh = Documents.newDocument(CorpusLoader.loadDefault(), Role.STUDENT);
        fresh.setAnnotatorName("Ama Mensah");
        fresh.setAnnotatorId("s-101");
        document = fresh;
        cnnQuote = annotate(0, 200, 260, "A1");
        Annotation cnnSource = annotate(0, 180, 199, "S1");
        Annotation bbcQuote = annotate(3, 200, 260, "A2");
        Annotation bbcSource = annotate(3, 150, 160, "S2");
        Annotation bbcVerb = annotate(3, 170, 178, "A6");
        Annotation omission = annotate(1, 0, 4, "F8");
        link(cnnQuote, bbcQuote, LinkKind.SAME_STATEMENT);
        link(cnnQuote, cnnSource, LinkKind.SAME_SOURCE);
        link(bbcQuote, bbcSource, LinkKind.SAME_SOURCE);
        link(bbcQuote, bbcVerb, LinkKind.SAME_STATEMENT);
        link(omission, cnnQuote, LinkKind.OMISSION);
        cnnOnly = annotate(0, 400, 430, "A2");
        ComparisonNote note = FramebenchFactory.eINSTANCE.createComparisonNote();
        note.setId("note-1");
        note.setText(NOTE);
        note.getAnnotations().add(cnnQuote);
        note.setCreated(new Date(1_700_000_000_000L));
        document.getComparisonNotes().add(note);
        document = Fixtures.savedAndLoaded(document, folder.resolve("ama.fbench"));
        cnnQuote = document.getAnnotations().get(0);
        cnnOnly = document.getAnnotations().get(document.getAnnotations().size() - 1);
    }

    @Test
    void theComparisonSheetHasOneRowPerStatementAGroupPerOutletAndTheNote() throws Exception {
        Path file = folder.resolve("ama.xlsx");
        new XlsxExporter().export(document, file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheet(XlsxExporter.COMPARISON);
            assertNotNull(sheet);
            assertEquals(2, workbook.getSheetIndex(sheet), "right after the Summary");
            List<String> headers = texts(sheet.getRow(0));
            assertEquals(List.of("Student name", "Student id", "Statement", "cnn wording", "cnn source", "cnn quote",
                    "cnn verb", "cnn verb class", "cnn framing", "cnn status"), headers.subList(0, 10));
            assertEquals(3 + 4 * 7 + 2, headers.size());
            assertEquals(List.of("Left out by", "Note"), headers.subList(headers.size() - 2, headers.size()));
            assertEquals(2, sheet.getLastRowNum(), "two statements");

            Row first = sheet.getRow(1);
            assertEquals("Ama Mensah", first.getCell(0).getStringCellValue());
            assertEquals(1.0, first.getCell(2).getNumericCellValue());
            assertEquals(cnnQuote.getCoveredText(), value(first, headers, "cnn wording"));
            assertEquals("named person", value(first, headers, "cnn source"));
            assertEquals("direct quote", value(first, headers, "cnn quote"));
            assertEquals("differs", value(first, headers, "cnn status"), "named against anonymous, one each: no majority");
            assertEquals("anonymous individual", value(first, headers, "bbc source"));
            assertEquals("distancing", value(first, headers, "bbc verb class"));
            assertEquals("differs", value(first, headers, "bbc status"));
            assertEquals("reported", value(second(sheet), headers, "cnn status"), "alone: nothing to differ from");
            assertEquals("left out (omission recorded)", value(first, headers, "third status"));
            assertNull(value(first, headers, "third wording"));
            assertEquals("left out", value(first, headers, "bbc-ghana status"));
            assertEquals(NOTE, value(first, headers, "Note"));

            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            Cell leftOut = first.getCell(headers.indexOf("Left out by"));
            assertEquals(CellType.FORMULA, leftOut.getCellType(), "follows an instructor's edits of the status cells");
            assertEquals(2.0, leftOut.getNumericCellValue(), "stored value: the third outlet and the republication");
            assertEquals(2.0, evaluator.evaluate(leftOut).getNumberValue(), leftOut.getCellFormula());

            Row second = sheet.getRow(2);
            assertEquals(cnnOnly.getCoveredText(), value(second, headers, "cnn wording"));
            assertEquals(3.0, second.getCell(headers.indexOf("Left out by")).getNumericCellValue());
            assertNull(value(second, headers, "Note"));
        }
    }

    /** What an instructor sees opening it in LibreOffice (no recalculation on opening). */
    @Test
    void libreOfficeShowsTheComparison() throws Exception {
        Path file = folder.resolve("ama.xlsx");
        new XlsxExporter().export(document, file);
        Map<String, List<List<String>>> sheets = LibreOfficeCalc.sheets(file, Files.createDirectory(folder.resolve("lo")));
        List<List<String>> comparison = sheets.get(XlsxExporter.COMPARISON);
        assertNotNull(comparison, "sheets LibreOffice read: " + sheets.keySet());
        List<String> headers = comparison.get(0);
        List<String> first = comparison.get(1);
        assertEquals(cnnQuote.getCoveredText(), first.get(headers.indexOf("cnn wording")));
        assertEquals("2", first.get(headers.indexOf("Left out by")));
        assertEquals("3", comparison.get(2).get(headers.indexOf("Left out by")));
        assertEquals(NOTE, first.get(headers.indexOf("Note")));
    }

    @Test
    void theComparisonCsvIsTheSameTable() throws Exception {
        Path file = folder.resolve("ama-comparison.csv");
        new CsvExporter().exportComparison(List.of(document), file);
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).substring(1);
        List<List<String>> records = CsvExporterTest.parse(text);
        ComparisonTable table = ComparisonTable.of(document);
        assertEquals(table.headers(), records.get(0));
        assertEquals(3, records.size(), "header and two statements");
        List<String> first = records.get(1);
        assertEquals(cnnQuote.getCoveredText(), first.get(table.headers().indexOf("cnn wording")));
        assertEquals("differs", first.get(table.headers().indexOf("bbc status")));
        assertEquals("2", first.get(table.leftOutColumn()));
        assertEquals("'" + NOTE, first.get(table.noteColumn()), "a note starting with = is neutralised");
        for (List<String> record : records) {
            assertEquals(table.headers().size(), record.size());
        }
    }

    private static Row second(XSSFSheet sheet) {
        return sheet.getRow(2);
    }

    private static String value(Row row, List<String> headers, String header) {
        int column = headers.indexOf(header);
        if (column < 0) {
            throw new AssertionError("no column " + header + " in " + headers);
        }
        Cell cell = row.getCell(column);
        return cell == null || cell.getCellType() == CellType.BLANK ? null : cell.getStringCellValue();
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }

    private Annotation annotate(int article, int begin, int end, String codeId) {
        Article target = document.getAssignment().getArticles().get(article);
        Annotation annotation = FramebenchFactory.eINSTANCE.createAnnotation();
        annotation.setId("ann-" + (++counter));
        TextAnchors.anchor(annotation, target, begin, end);
        annotation.setCode(Codebooks.findById(document.getAssignment().getCodebook(), codeId).orElseThrow());
        annotation.setCreated(new Date(1_700_000_000_000L));
        annotation.setModified(new Date(1_700_000_000_000L));
        document.getAnnotations().add(annotation);
        return annotation;
    }

    private void link(Annotation source, Annotation target, LinkKind kind) {
        Link link = FramebenchFactory.eINSTANCE.createLink();
        link.setId("link-" + (++counter));
        link.setSource(source);
        link.setTarget(target);
        link.setKind(kind);
        link.setCreated(new Date(1_700_000_000_000L));
        document.getLinks().add(link);
    }
}
