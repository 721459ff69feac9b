package org.framebench.export.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.framebench.export.testing.LibreOfficeCalc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sheets filled on worker threads ({@link SheetRows}, {@link ParallelSheets}) read back by POI and by
 * LibreOffice exactly as written: every kind of text a student's note or an article holds, numbers, styles,
 * the sheet settings POI made, and many sheets at once each with its own rows.
 */
class ParallelSheetsTest {

    @TempDir
    Path folder;

    /** Texts as they arrive from students' files, and what a cell must then hold. */
    private static final List<String[]> TEXTS = List.of(
            new String[] { "plain words", "plain words" },
            new String[] { "<b>bold</b> & \"quoted\" 'single'", "<b>bold</b> & \"quoted\" 'single'" },
            new String[] { "two\nlines\tand a tab\r\nend", "two\nlines\tand a tab\r\nend" },
            new String[] { "  leading and trailing  ", "  leading and trailing  " },
            new String[] { "Gaddafi\u2019s \u201cgovernment\u201d \u2013 \u00e9t\u00e9 \u4e2d\u6587", "Gaddafi\u2019s \u201cgovernment\u201d \u2013 \u00e9t\u00e9 \u4e2d\u6587" },
            new String[] { "emoji \uD83D\uDE00 outside the basic plane", "emoji \uD83D\uDE00 outside the basic plane" },
            new String[] { "a lone \uD800 surrogate", "a lone ? surrogate" },
            new String[] { "control \u0001 and \uFFFE\uFFFF", "control ? and ??" },
            new String[] { "", "" });

    @Test
    void textsNumbersAndStylesReadBackAsWritten() throws Exception {
        byte[] bytes;
        int decimalIndex;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle decimal = workbook.createCellStyle();
            decimal.setDataFormat(workbook.createDataFormat().getFormat("0.000"));
            decimalIndex = decimal.getIndex();
            Sheet sheet = workbook.createSheet("Rows");
            ParallelSheets parallel = new ParallelSheets();
            parallel.add(workbook, sheet, () -> {
                SheetRows rows = new SheetRows();
                for (int i = 0; i < TEXTS.size(); i++) {
                    rows.row(i).text(0, TEXTS.get(i)[0], 0).number(1, i, 0);
                }
                rows.row(20).number(0, 0.945054945054945, decimalIndex).number(1, -3, 0).number(2, 1e20, 0)
                        .number(3, Double.NaN, 0).number(4, Double.POSITIVE_INFINITY, 0).blank(5, decimalIndex)
                        .text(27, "column AB", 0);
                rows.row(21).text(0, "x".repeat(40_000), 0);
                return rows;
            });
            bytes = write(workbook, parallel);
        }
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet sheet = read.getSheet("Rows");
            for (int i = 0; i < TEXTS.size(); i++) {
                assertEquals(TEXTS.get(i)[1], sheet.getRow(i).getCell(0).getStringCellValue(), "text of row " + (i + 1));
                assertEquals(i, sheet.getRow(i).getCell(1).getNumericCellValue(), 0, "number of row " + (i + 1));
            }
            XSSFCell overlap = sheet.getRow(20).getCell(0);
            assertEquals(0.945054945054945, overlap.getNumericCellValue(), 0);
            assertEquals("0.000", overlap.getCellStyle().getDataFormatString());
            assertEquals(-3, sheet.getRow(20).getCell(1).getNumericCellValue(), 0);
            assertEquals(1e20, sheet.getRow(20).getCell(2).getNumericCellValue(), 0);
            assertEquals(CellType.BLANK, sheet.getRow(20).getCell(3).getCellType(), "NaN is a blank cell, not a number");
            assertEquals(CellType.BLANK, sheet.getRow(20).getCell(4).getCellType(), "infinity is a blank cell");
            assertEquals(decimalIndex, sheet.getRow(20).getCell(5).getCellStyle().getIndex(), "a blank cell keeps its style");
            assertEquals("column AB", sheet.getRow(20).getCell(27).getStringCellValue());
            String cut = sheet.getRow(21).getCell(0).getStringCellValue();
            assertTrue(cut.length() <= SheetRows.MAX_TEXT && cut.endsWith("[\u2026 cut]"), "an over-long text is cut and says so");
            assertNull(sheet.getRow(19), "rows not written are not there");
        }
    }

    @Test
    void manySheetsEachGetTheirOwnRowsAndKeepPoisSettings() throws Exception {
        int sheets = 60;
        byte[] bytes;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet summary = workbook.createSheet("Summary");
            summary.createRow(0).createCell(0).setCellValue("written by POI");
            ParallelSheets parallel = new ParallelSheets();
            for (int s = 0; s < sheets; s++) {
                Sheet sheet = workbook.createSheet("Student " + s);
                sheet.createFreezePane(0, 1);
                sheet.setAutoFilter(new CellRangeAddress(0, 40, 0, 2));
                sheet.setColumnWidth(1, 40 * 256);
                int student = s;
                parallel.add(workbook, sheet, () -> {
                    SheetRows rows = new SheetRows();
                    rows.row(0).text(0, "Header of " + student, 0);
                    for (int r = 1; r <= 40 + student; r++) {
                        rows.row(r).text(0, student + ":" + r, 0).number(2, student * 1000 + r, 0);
                    }
                    return rows;
                });
            }
            bytes = write(workbook, parallel);
        }
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertEquals(sheets + 1, read.getNumberOfSheets());
            assertEquals("written by POI", read.getSheet("Summary").getRow(0).getCell(0).getStringCellValue());
            for (int s = 0; s < sheets; s++) {
                XSSFSheet sheet = read.getSheetAt(s + 1);
                assertEquals("Student " + s, sheet.getSheetName(), "sheet order");
                assertEquals("Header of " + s, sheet.getRow(0).getCell(0).getStringCellValue());
                assertEquals(40 + s, sheet.getLastRowNum(), "rows of sheet " + s);
                assertEquals(s + ":" + (40 + s), sheet.getRow(40 + s).getCell(0).getStringCellValue());
                assertEquals(s * 1000 + 17, sheet.getRow(17).getCell(2).getNumericCellValue(), 0);
                assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), "frozen header row");
                assertEquals(40 * 256, sheet.getColumnWidth(1), "column width");
                assertTrue(sheet.getCTWorksheet().isSetAutoFilter(), "filter on the header");
            }
        }
        // And a spreadsheet program reads the same: a sheet filled in parallel, as LibreOffice shows it.
        Path file = folder.resolve("parallel.xlsx");
        Files.write(file, bytes);
        Map<String, List<List<String>>> shown = LibreOfficeCalc.sheets(file, Files.createDirectory(folder.resolve("lo")));
        List<List<String>> student7 = shown.get("Student 7");
        assertEquals("Header of 7", student7.get(0).get(0));
        assertEquals(List.of("7:47", "", "7047"), student7.get(47));
        assertEquals(48, student7.size(), "LibreOffice sees every row of the sheet");
    }

    @Test
    void aSheetWithRowsOfItsOwnOrAFailingSheetIsRefusedNotSpliced() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Has rows");
            sheet.createRow(0).createCell(0).setCellValue("POI's row");
            ParallelSheets parallel = new ParallelSheets();
            parallel.add(workbook, sheet, SheetRows::new);
            assertThrows(IllegalStateException.class, () -> write(workbook, parallel));
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            ParallelSheets parallel = new ParallelSheets();
            parallel.add(workbook, workbook.createSheet("Fails"), () -> {
                throw new IOException("the student's file went away");
            });
            IOException failure = assertThrows(IOException.class, () -> write(workbook, parallel));
            assertEquals("the student's file went away", failure.getMessage());
        }
        SheetRows rows = new SheetRows();
        rows.row(3);
        assertThrows(IllegalArgumentException.class, () -> rows.row(2), "rows go in order");
        rows.text(4, "e", 0);
        assertThrows(IllegalArgumentException.class, () -> rows.text(1, "b", 0), "cells go in column order");
        assertThrows(IllegalStateException.class, () -> new SheetRows().text(0, "no row", 0));
    }

    @Test
    void columnNamesFollowExcel() {
        assertEquals("A", SheetRows.columnName(0));
        assertEquals("Z", SheetRows.columnName(25));
        assertEquals("AA", SheetRows.columnName(26));
        assertEquals("AZ", SheetRows.columnName(51));
        assertEquals("ZZ", SheetRows.columnName(701));
        assertEquals("AAA", SheetRows.columnName(702));
    }

    private static byte[] write(XSSFWorkbook workbook, ParallelSheets parallel) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parallel.write(workbook, out);
        return out.toByteArray();
    }
}
