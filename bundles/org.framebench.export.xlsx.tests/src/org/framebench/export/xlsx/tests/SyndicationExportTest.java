package org.framebench.export.xlsx.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.framebench.core.corpus.CorpusLoader;
import org.framebench.core.document.Documents;
import org.framebench.export.xlsx.XlsxExporter;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Syndication sheet of the student's workbook, on the bundled assignment: the Ghanaian page republishes
 * the BBC text, so the sheet has that pair's summary (boilerplate added before and after, typography, nothing
 * removed or changed) and one row per difference, whose offsets point at its text in each article.
 */
class SyndicationExportTest {

    private static final Pattern WHERE = Pattern.compile("original (\\d+)\u2013(\\d+), republication (\\d+)\u2013(\\d+)");

    @TempDir
    Path folder;

    @Test
    void theBbcTextAndItsGhanaianRepublicationAreSummedUpAndEveryDifferenceListed() throws Exception {
        AnnotationDocument document = Fixtures.savedAndLoaded(
                Documents.newDocument(CorpusLoader.loadDefault(), Role.STUDENT), folder.resolve("student.fbench"));
        Map<String, String> texts = new LinkedHashMap<>();
        for (Article article : document.getAssignment().getArticles()) {
            texts.put(article.getId(), article.getText());
        }
        Path file = folder.resolve("student.xlsx");
        new XlsxExporter().export(document, file);

        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            XSSFSheet sheet = workbook.getSheet(XlsxExporter.SYNDICATION);
            assertNotNull(sheet, "the workbook has a Syndication sheet");
            assertEquals(3, workbook.getSheetIndex(sheet), "right after the Comparison");
            assertEquals(XlsxExporter.SYNDICATION_HEADERS, texts(sheet.getRow(0)));

            Map<String, Integer> summaryCounts = new LinkedHashMap<>();
            List<List<String>> differences = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                List<String> row = texts(sheet.getRow(r));
                assertTrue(row.get(0).contains("(bbc)"), "the original is the BBC text: " + row);
                assertTrue(row.get(1).contains("(bbc-ghana)"), "the republication is the Ghanaian page: " + row);
                if (row.get(2).equals("summary")) {
                    assertTrue(differences.isEmpty(), "the summary comes before the differences");
                    summaryCounts.put(row.get(3), Integer.valueOf(row.get(4)));
                } else {
                    assertEquals("difference", row.get(2), row.toString());
                    differences.add(row);
                }
            }
            assertTrue(summaryCounts.get("Added before the article") >= 1, summaryCounts.toString());
            assertTrue(summaryCounts.get("Added after the article") >= 1, summaryCounts.toString());
            assertTrue(summaryCounts.get("Typography only") >= 1, summaryCounts.toString());
            assertEquals(0, summaryCounts.get("Removed"), "nothing was cut: " + summaryCounts);
            assertEquals(0, summaryCounts.get("Changed wording"), summaryCounts.toString());
            assertEquals(0, summaryCounts.get("Added inside the article"), summaryCounts.toString());
            assertEquals(6, summaryCounts.size(), "one summary row per kind: " + summaryCounts);

            int listed = summaryCounts.values().stream().mapToInt(Integer::intValue).sum();
            assertEquals(listed, differences.size(), "one row per difference the summary counts");
            assertTrue(differences.stream().noneMatch(d -> d.get(3).equals("Removed")), "no removed rows");
            assertTrue(differences.stream().anyMatch(d -> d.get(3).equals("Added before the article")
                    && d.get(8).strip().equals("Audio By Carbonatix")), "the site's boilerplate before the text");
            assertTrue(differences.stream().anyMatch(d -> d.get(3).equals("Added after the article")
                    && d.get(8).contains("Latest Stories")), "and after it");
            for (List<String> difference : differences) {
                Matcher where = WHERE.matcher(difference.get(6));
                assertTrue(where.matches(), difference.get(6));
                String inOriginal = texts.get("bbc").substring(Integer.parseInt(where.group(1)), Integer.parseInt(where.group(2)));
                String inCopy = texts.get("bbc-ghana").substring(Integer.parseInt(where.group(3)),
                        Integer.parseInt(where.group(4)));
                assertEquals(inOriginal, difference.get(7), "the original's text at the place given: " + difference);
                assertEquals(inCopy, difference.get(8), "the republication's text at the place given: " + difference);
            }
        }
    }

    /** A row's cells as text (numbers without decimals), blank cells as "". */
    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            if (cell == null) {
                texts.add("");
            } else if (cell.getCellType() == CellType.NUMERIC) {
                texts.add(String.valueOf((long) cell.getNumericCellValue()));
            } else {
                texts.add(cell.getStringCellValue());
            }
        }
        while (texts.size() < XlsxExporter.SYNDICATION_HEADERS.size()) {
            texts.add("");
        }
        return texts;
    }
}
