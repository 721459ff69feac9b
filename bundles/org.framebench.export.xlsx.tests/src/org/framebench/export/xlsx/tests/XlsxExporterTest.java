package org.framebench.export.xlsx.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.framebench.core.codebook.Codebooks;
import org.framebench.export.xlsx.AnnotationTable;
import org.framebench.export.xlsx.ExportException;
import org.framebench.export.xlsx.ExportProgress;
import org.framebench.export.xlsx.XlsxExporter;
import org.framebench.export.testing.LibreOfficeCalc;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.AttributeDefinition;
import org.framebench.model.AttributeKind;
import org.framebench.model.AttributeValue;
import org.framebench.model.Code;
import org.framebench.model.Link;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxExporterTest {

    @TempDir
    Path folder;

    private List<AnnotationDocument> documents;
    private Path workbookFile;

    @BeforeEach
    void exportTwoStudents() throws Exception {
        documents = List.of(
                Fixtures.savedAndLoaded(Fixtures.student("Ama Mensah", "s-101", 1), folder.resolve("ama.fbench")),
                Fixtures.savedAndLoaded(Fixtures.student("Kofi Boateng", "s-102", 2), folder.resolve("kofi.fbench")));
        workbookFile = folder.resolve("class.xlsx");
        new XlsxExporter().export(documents, workbookFile);
    }

    @Test
    void sheetsComeInTheOrderOfTheIssue() throws Exception {
        try (XSSFWorkbook workbook = open()) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertEquals(List.of("Annotations", "Summary", "Comparison", "Syndication", "Links", "Codebook", "Articles"), names);
        }
    }

    @Test
    void everyAnnotationRowEqualsTheModel() throws Exception {
        try (XSSFWorkbook workbook = open()) {
            XSSFSheet sheet = workbook.getSheet(XlsxExporter.ANNOTATIONS);
            AnnotationTable table = new AnnotationTable(documents);
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertEquals(table.headers(), headers);
            int attributeCount = table.attributes().size();
            assertTrue(attributeCount >= 10, "one column per attribute of the codebook, not a joined string");
            // Note, links, created, modified, and (since headlines) whether the span is in the headline or the body.
            assertEquals(11 + attributeCount + 5, headers.size());
            assertEquals(AnnotationTable.REGION_HEADER, headers.get(headers.size() - 1));
            int rowIndex = 1;
            for (AnnotationDocument document : documents) {
                Map<Annotation, List<String>> linked = linkedIds(document);
                for (Annotation annotation : document.getAnnotations()) {
                    XSSFRow row = sheet.getRow(rowIndex++);
                    assertNotNull(row, "row " + rowIndex);
                    assertEquals(document.getAnnotatorName(), string(row, "Student name", headers));
                    assertEquals(document.getAnnotatorId(), string(row, "Student id", headers));
                    assertEquals(annotation.getId(), string(row, "Annotation id", headers));
                    assertEquals(annotation.getArticle().getId(), string(row, "Article id", headers));
                    assertEquals(annotation.getArticle().getOutlet(), string(row, "Outlet", headers));
                    assertEquals(annotation.getCode().getLayer().getLabel(), string(row, "Layer", headers));
                    assertEquals(annotation.getCode().getId(), string(row, "Code id", headers));
                    assertEquals(annotation.getCode().getLabel(), string(row, "Code label", headers));
                    assertEquals(annotation.getBegin(), (int) row.getCell(headers.indexOf("Begin")).getNumericCellValue());
                    assertEquals(annotation.getEnd(), (int) row.getCell(headers.indexOf("End")).getNumericCellValue());
                    assertEquals(annotation.getCoveredText(), string(row, "Covered text", headers));
                    for (AttributeDefinition attribute : table.attributes()) {
                        Cell cell = row.getCell(table.attributeColumn(attribute.getId()));
                        String expected = annotation.getAttributeValues().stream()
                                .filter(v -> v.getKey().equals(attribute.getId())).map(AttributeValue::getValue)
                                .findFirst().orElse(null);
                        if (expected == null) {
                            assertTrue(cell == null || cell.getCellType() == CellType.BLANK, attribute.getId());
                        } else if (attribute.getKind() == AttributeKind.BOOLEAN) {
                            assertEquals(CellType.BOOLEAN, cell.getCellType(), attribute.getId());
                            assertEquals(Boolean.parseBoolean(expected), cell.getBooleanCellValue());
                        } else {
                            assertEquals(expected, cell.getStringCellValue(), attribute.getId());
                        }
                    }
                    Cell note = row.getCell(table.noteColumn());
                    assertEquals(annotation.getNote(), note == null ? null : note.getStringCellValue());
                    Cell links = row.getCell(table.linkedColumn());
                    List<String> expectedLinks = linked.getOrDefault(annotation, List.of());
                    assertEquals(expectedLinks, links == null ? List.of() : List.of(links.getStringCellValue().split(", ")));
                    assertDate(annotation.getCreated(), row.getCell(table.createdColumn()));
                    assertDate(annotation.getModified(), row.getCell(table.modifiedColumn()));
                }
            }
            assertEquals(rowIndex - 1, sheet.getLastRowNum(), "no row more than annotations");
            assertEquals(60, rowIndex - 1);
        }
    }

    @Test
    void summaryFormulasCountCodesPerArticleAndFollowEdits() throws Exception {
        try (XSSFWorkbook workbook = open()) {
            XSSFSheet summary = workbook.getSheet(XlsxExporter.SUMMARY);
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            Map<String, Integer> columns = headerColumns(summary);
            Map<String, Integer> codeRows = new HashMap<>();
            for (int r = 1; r <= summary.getLastRowNum(); r++) {
                Cell codeCell = summary.getRow(r).getCell(1);
                if (codeCell != null && codeCell.getCellType() == CellType.STRING) {
                    codeRows.put(codeCell.getStringCellValue(), r);
                }
            }
            List<Code> codes = Codebooks.allCodes(documents.get(0).getAssignment().getCodebook());
            assertEquals(24, codeRows.size());
            List<Article> articles = documents.get(0).getAssignment().getArticles();
            for (Code code : codes) {
                Row row = summary.getRow(codeRows.get(code.getId()));
                assertEquals(CellType.FORMULA, row.getCell(columns.get("bbc")).getCellType());
                assertTrue(row.getCell(columns.get("bbc")).getCellFormula().startsWith("COUNTIFS(Annotations!"));
                int codeTotal = 0;
                for (Article article : articles) {
                    int expected = count(a -> code.getId().equals(a.getCode().getId())
                            && article.getId().equals(a.getArticle().getId()));
                    codeTotal += expected;
                    assertEquals(expected, evaluator.evaluate(row.getCell(columns.get(article.getId()))).getNumberValue(),
                            code.getId() + " × " + article.getId());
                }
                assertEquals(codeTotal, evaluator.evaluate(row.getCell(columns.get("Total"))).getNumberValue());
            }
            Map<String, Row> totals = new HashMap<>();
            for (Row row : summary) {
                Cell label = row.getCell(0);
                if (label != null && label.getStringCellValue().endsWith(" total") || label != null
                        && label.getStringCellValue().equals("All layers")) {
                    totals.put(label.getStringCellValue(), row);
                }
            }
            for (Article article : articles) {
                int column = columns.get(article.getId());
                assertEquals(4, totals.size(), "three layer totals and one for all: " + totals.keySet());
                documents.get(0).getAssignment().getCodebook().getLayers().forEach(layer -> assertEquals(
                        count(a -> a.getCode().getLayer().getId().equals(layer.getId())
                                && a.getArticle().getId().equals(article.getId())),
                        evaluator.evaluate(totals.get(layer.getLabel() + " total").getCell(column)).getNumberValue(),
                        layer.getLabel() + " × " + article.getId()));
                assertEquals(count(a -> a.getArticle().getId().equals(article.getId())),
                        evaluator.evaluate(totals.get("All layers").getCell(column)).getNumberValue());
            }
            assertEquals(60, evaluator.evaluate(totals.get("All layers").getCell(columns.get("Total"))).getNumberValue());

            // An instructor recodes the first annotation: the counts follow.
            XSSFSheet annotations = workbook.getSheet(XlsxExporter.ANNOTATIONS);
            Annotation first = documents.get(0).getAnnotations().get(0);
            String newCode = first.getCode().getId().equals("S1") ? "S2" : "S1";
            Row newCodeRow = summary.getRow(codeRows.get(newCode));
            int column = columns.get(first.getArticle().getId());
            double before = evaluator.evaluate(newCodeRow.getCell(column)).getNumberValue();
            // Replaced rather than set: POI keeps showing an inline string cell's old text after setCellValue.
            Row edited = annotations.getRow(1);
            edited.removeCell(edited.getCell(AnnotationTable.CODE_ID));
            edited.createCell(AnnotationTable.CODE_ID).setCellValue(newCode);
            assertEquals(newCode, edited.getCell(AnnotationTable.CODE_ID).getStringCellValue());
            evaluator.clearAllCachedResultValues();
            assertEquals(before + 1, evaluator.evaluate(newCodeRow.getCell(column)).getNumberValue());
        }
    }

    @Test
    void everyFormulaCellStoresItsCountSoNoRecalculationIsNeeded() throws Exception {
        try (XSSFWorkbook workbook = open()) {
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            int formulas = 0;
            int sum = 0;
            // Every formula cell of every sheet, read as stored (nothing evaluated).
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() != CellType.FORMULA) {
                            continue;
                        }
                        String where = sheet.getSheetName() + "!" + cell.getAddress();
                        if (XlsxExporter.COMPARISON.equals(sheet.getSheetName())) {
                            // "Left out by" (ComparisonExportTest checks its figures): stored as computed.
                            assertEquals(CellType.NUMERIC, cell.getCachedFormulaResultType(), where);
                            assertEquals(evaluator.evaluate(cell).getNumberValue(), cell.getNumericCellValue(), where);
                            continue;
                        }
                        assertEquals(XlsxExporter.SUMMARY, sheet.getSheetName(), where);
                        int expected = expectedSummaryCount(text(row.getCell(0)), text(row.getCell(1)),
                                text(sheet.getRow(0).getCell(cell.getColumnIndex())), where);
                        assertEquals(CellType.NUMERIC, cell.getCachedFormulaResultType(), where);
                        assertEquals(expected, cell.getNumericCellValue(), where + " " + cell.getCellFormula());
                        assertEquals(evaluator.evaluate(cell).getNumberValue(), cell.getNumericCellValue(),
                                where + ": the stored value is what the formula computes");
                        formulas++;
                        sum += expected;
                    }
                }
            }
            assertEquals((24 + 3 + 1) * (4 + 1), formulas, "24 codes, 3 layer totals and one for all × 4 articles and a total");
            assertEquals(60 * 3 * 2, sum,
                    "each annotation counted in its code's, its layer's and all layers' row, in its article's column and the total");
        }
    }

    /** What an instructor sees in LibreOffice (default settings: no recalculation on opening). */
    @Test
    void libreOfficeShowsEverySummaryCount() throws Exception {
        Map<String, List<List<String>>> sheets = LibreOfficeCalc.sheets(workbookFile, Files.createDirectory(folder.resolve("lo")));

        List<List<String>> summary = sheets.get(XlsxExporter.SUMMARY);
        assertNotNull(summary, "sheets LibreOffice read: " + sheets.keySet());
        List<String> headers = summary.get(0);
        assertEquals(3 + 4 + 1, headers.size(), "layer, code id, label, 4 articles, total: " + headers);
        assertEquals("Total", headers.get(headers.size() - 1));
        assertEquals(1 + 24 + 3 + 1, summary.size(), "header, 24 codes, 3 layer totals, all layers");
        int checked = 0;
        for (int r = 1; r < summary.size(); r++) {
            List<String> row = summary.get(r);
            for (int column = 3; column < headers.size(); column++) {
                String where = "Summary row " + (r + 1) + " " + headers.get(column);
                int expected = expectedSummaryCount(row.get(0), row.get(1), headers.get(column), where);
                assertEquals(expected, Double.parseDouble(row.get(column)), where + " as LibreOffice shows it");
                checked++;
            }
        }
        assertEquals(28 * 5, checked);
        assertEquals("60", summary.get(summary.size() - 1).get(headers.size() - 1), "all annotations, all articles");
    }

    /**
     * The count a Summary cell stands for, from the documents themselves: its row (a code, a layer's total,
     * all layers) × its column (an article, or the total over articles).
     */
    private int expectedSummaryCount(String layerCell, String codeCell, String header, String where) {
        java.util.function.Predicate<Annotation> column = "Total".equals(header) ? a -> true
                : a -> a.getArticle().getId().equals(header);
        if (codeCell != null && !codeCell.isEmpty()) {
            return count(column.and(a -> a.getCode().getId().equals(codeCell)));
        }
        if ("All layers".equals(layerCell)) {
            return count(column);
        }
        if (layerCell != null && layerCell.endsWith(" total")) {
            String layer = layerCell.substring(0, layerCell.length() - " total".length());
            return count(column.and(a -> a.getCode().getLayer().getLabel().equals(layer)));
        }
        throw new AssertionError(where + ": a formula where no count belongs (row '" + layerCell + "')");
    }

    private static String text(Cell cell) {
        return cell == null || cell.getCellType() != CellType.STRING ? null : cell.getStringCellValue();
    }

    @Test
    void linksCodebookAndArticlesSheetsHoldTheModel() throws Exception {
        try (XSSFWorkbook workbook = open()) {
            XSSFSheet links = workbook.getSheet(XlsxExporter.LINKS);
            Map<String, Integer> linkColumns = headerColumns(links);
            int row = 1;
            for (AnnotationDocument document : documents) {
                for (Link link : document.getLinks()) {
                    XSSFRow cells = links.getRow(row++);
                    assertEquals(document.getAnnotatorId(), cells.getCell(linkColumns.get("Student id")).getStringCellValue());
                    assertEquals(link.getId(), cells.getCell(linkColumns.get("Link id")).getStringCellValue());
                    assertEquals(link.getKind().getLiteral(), cells.getCell(linkColumns.get("Kind")).getStringCellValue());
                    assertEquals(link.getSource().getId(), cells.getCell(linkColumns.get("From annotation")).getStringCellValue());
                    assertEquals(link.getTarget().getId(), cells.getCell(linkColumns.get("To annotation")).getStringCellValue());
                    assertEquals(link.getTarget().getCoveredText(), cells.getCell(linkColumns.get("To text")).getStringCellValue());
                    assertDate(link.getCreated(), cells.getCell(linkColumns.get("Created")));
                }
            }
            assertEquals(4, links.getLastRowNum());

            XSSFSheet codebook = workbook.getSheet(XlsxExporter.CODEBOOK);
            List<Code> codes = Codebooks.allCodes(documents.get(0).getAssignment().getCodebook());
            assertEquals(codes.size(), codebook.getLastRowNum());
            Map<String, Integer> codebookColumns = headerColumns(codebook);
            for (int i = 0; i < codes.size(); i++) {
                XSSFRow cells = codebook.getRow(i + 1);
                Code code = codes.get(i);
                assertEquals(code.getId(), cells.getCell(codebookColumns.get("Code id")).getStringCellValue());
                assertEquals(code.getDefinition(), cells.getCell(codebookColumns.get("Definition")).getStringCellValue());
                String attributes = cells.getCell(codebookColumns.get("Attributes")).getStringCellValue();
                for (AttributeDefinition attribute : code.getAttributes()) {
                    assertTrue(attributes.contains(attribute.getLabel() + " (" + attribute.getId() + "): "
                            + attribute.getKind().getLiteral()), attributes);
                }
            }

            XSSFSheet articleSheet = workbook.getSheet(XlsxExporter.ARTICLES);
            List<Article> articles = documents.get(0).getAssignment().getArticles();
            assertEquals(4, articleSheet.getLastRowNum());
            for (int i = 0; i < articles.size(); i++) {
                XSSFRow cells = articleSheet.getRow(i + 1);
                assertEquals(articles.get(i).getId(), cells.getCell(0).getStringCellValue());
                assertEquals(articles.get(i).getOutlet(), cells.getCell(1).getStringCellValue());
                assertEquals(articles.get(i).getText().length(), (int) cells.getCell(3).getNumericCellValue());
                assertEquals(articles.get(i).getSha256(), cells.getCell(4).getStringCellValue());
            }
            assertEquals(List.of(2608, 3160, 4187, 2495), articles.stream().map(a -> a.getText().length()).toList());
        }
    }

    @Test
    void anAttributionLinkIsARowOfTheLinksSheetWithItsKind() throws Exception {
        AnnotationDocument student = Fixtures.student("Esi Owusu", "s-103", 3);
        Annotation source = student.getAnnotations().get(3);
        Annotation content = student.getAnnotations().get(4);
        Link attribution = org.framebench.model.FramebenchFactory.eINSTANCE.createLink();
        attribution.setId(org.framebench.core.document.Documents.newId());
        attribution.setKind(org.framebench.model.LinkKind.ATTRIBUTION);
        attribution.setSource(source);
        attribution.setTarget(content);
        attribution.setCreated(new Date(1_780_000_900_000L));
        student.getLinks().add(attribution);
        AnnotationDocument loaded = Fixtures.savedAndLoaded(student, folder.resolve("esi.fbench"));
        Path book = folder.resolve("attribution.xlsx");
        new XlsxExporter().export(List.of(loaded), book);

        try (XSSFWorkbook workbook = new XSSFWorkbook(book.toFile())) {
            XSSFSheet links = workbook.getSheet(XlsxExporter.LINKS);
            Map<String, Integer> columns = headerColumns(links);
            assertEquals(3, links.getLastRowNum(), "the fixture's two links and the attribution link");
            List<XSSFRow> rows = new ArrayList<>();
            for (int r = 1; r <= links.getLastRowNum(); r++) {
                if ("attribution".equals(links.getRow(r).getCell(columns.get("Kind")).getStringCellValue())) {
                    rows.add(links.getRow(r));
                }
            }
            assertEquals(1, rows.size());
            XSSFRow row = rows.get(0);
            assertEquals(attribution.getId(), row.getCell(columns.get("Link id")).getStringCellValue());
            assertEquals(source.getId(), row.getCell(columns.get("From annotation")).getStringCellValue());
            assertEquals(content.getId(), row.getCell(columns.get("To annotation")).getStringCellValue());
            assertEquals(content.getCoveredText(), row.getCell(columns.get("To text")).getStringCellValue());
        }
    }

    @Test
    void headersAreBoldFrozenAndFilteredLongTextWraps() throws Exception {
        try (XSSFWorkbook workbook = open()) {
            for (String name : List.of("Annotations", "Links", "Codebook", "Articles")) {
                XSSFSheet sheet = workbook.getSheet(name);
                assertTrue(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold(), name);
                PaneInformation pane = sheet.getPaneInformation();
                assertTrue(pane != null && pane.isFreezePane() && pane.getHorizontalSplitPosition() == 1, name);
                assertTrue(sheet.getCTWorksheet().isSetAutoFilter(), name + " has filters");
                assertTrue(sheet.getCTWorksheet().getAutoFilter().getRef().startsWith("A1:"), name);
            }
            XSSFSheet annotations = workbook.getSheet(XlsxExporter.ANNOTATIONS);
            assertEquals("A1:" + org.apache.poi.ss.util.CellReference.convertNumToColString(
                    new AnnotationTable(documents).headers().size() - 1) + "61",
                    annotations.getCTWorksheet().getAutoFilter().getRef());
            XSSFCell covered = annotations.getRow(1).getCell(AnnotationTable.COVERED_TEXT);
            assertTrue(covered.getCellStyle().getWrapText());
            assertTrue(annotations.getColumnWidth(AnnotationTable.COVERED_TEXT) >= 40 * 256);
            assertTrue(annotations.getColumnWidth(AnnotationTable.ANNOTATION_ID) >= 36 * 256, "a UUID fits");
            assertTrue(workbook.getForceFormulaRecalculation(), "formulas compute when the file is opened");
        }
    }

    @Test
    void exportedFileIsReadableByOthersLikeAnyNewFile() throws Exception {
        if (!folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Path plain = Files.createFile(folder.resolve("plain.txt"));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(workbookFile),
                "the same permissions as a plain new file (not private like a temporary file)");
    }

    @Test
    void overlongNoteIsCutToWhatACellHoldsAndTheRestStillExports() throws Exception {
        AnnotationDocument document = documents.get(0);
        document.getAnnotations().get(3).setNote("x".repeat(40_000));
        Path file = folder.resolve("long.xlsx");
        new XlsxExporter().export(document, file);
        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            XSSFSheet sheet = workbook.getSheet(XlsxExporter.ANNOTATIONS);
            String note = sheet.getRow(4).getCell(new AnnotationTable(List.of(document)).noteColumn()).getStringCellValue();
            assertEquals(32_767, note.length());
            assertTrue(note.endsWith("longer than a spreadsheet cell holds]"));
            assertEquals(30, sheet.getLastRowNum());
        }
    }

    @Test
    void failedOrCancelledExportLeavesThePreviousFileUntouched() throws Exception {
        byte[] before = Files.readAllBytes(workbookFile);
        ExportProgress cancelAtOnce = new ExportProgress() {
            @Override
            public void begin(String task, int totalWork) {
            }

            @Override
            public void worked(int units) {
            }

            @Override
            public boolean isCanceled() {
                return true;
            }
        };
        ExportException cancelled = assertThrows(ExportException.class,
                () -> new XlsxExporter().progress(cancelAtOnce).export(documents, workbookFile));
        assertEquals(ExportException.Kind.CANCELED, cancelled.getKind());
        assertArrayEquals(before, Files.readAllBytes(workbookFile));

        Path blocker = folder.resolve("not-a-folder");
        Files.writeString(blocker, "a file");
        ExportException failed = assertThrows(ExportException.class,
                () -> new XlsxExporter().export(documents, blocker.resolve("class.xlsx")));
        assertEquals(ExportException.Kind.WRITE_FAILED, failed.getKind());
        assertTrue(failed.getMessage().startsWith("Could not export to class.xlsx: "), failed.getMessage());
        assertFalse(failed.getMessage().contains("\n"), "one line");
        assertEquals("a file", Files.readString(blocker));

        Path folderTarget = Files.createDirectory(folder.resolve("taken.xlsx"));
        ExportException folderError = assertThrows(ExportException.class,
                () -> new XlsxExporter().export(documents, folderTarget));
        assertEquals("Could not export to taken.xlsx: a folder has that name.", folderError.getMessage());
        try (var files = Files.list(folder)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    private XSSFWorkbook open() throws Exception {
        return new XSSFWorkbook(workbookFile.toFile());
    }

    private int count(java.util.function.Predicate<Annotation> predicate) {
        return (int) documents.stream().flatMap(d -> d.getAnnotations().stream()).filter(predicate).count();
    }

    private static Map<Annotation, List<String>> linkedIds(AnnotationDocument document) {
        Map<Annotation, List<String>> ids = new HashMap<>();
        for (Link link : document.getLinks()) {
            ids.computeIfAbsent(link.getSource(), k -> new ArrayList<>()).add(link.getTarget().getId());
            ids.computeIfAbsent(link.getTarget(), k -> new ArrayList<>()).add(link.getSource().getId());
        }
        return ids;
    }

    private static Map<String, Integer> headerColumns(XSSFSheet sheet) {
        Map<String, Integer> columns = new HashMap<>();
        sheet.getRow(0).forEach(cell -> columns.put(cell.getStringCellValue(), cell.getColumnIndex()));
        return columns;
    }

    private static String string(Row row, String header, List<String> headers) {
        Cell cell = row.getCell(headers.indexOf(header));
        return cell == null ? null : cell.getStringCellValue();
    }

    private static void assertDate(Date expected, Cell cell) {
        if (expected == null) {
            assertNull(cell);
            return;
        }
        assertEquals(CellType.NUMERIC, cell.getCellType());
        assertTrue(DateUtil.isCellDateFormatted(cell), "a real date cell");
        assertTrue(Math.abs(expected.getTime() - cell.getDateCellValue().getTime()) <= 1,
                expected + " vs " + cell.getDateCellValue());
    }
}
