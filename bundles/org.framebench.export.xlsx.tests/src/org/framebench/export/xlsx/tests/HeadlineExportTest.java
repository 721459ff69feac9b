package org.framebench.export.xlsx.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.framebench.core.codebook.Codebooks;
import org.framebench.core.document.Documents;
import org.framebench.core.text.TextAnchors;
import org.framebench.export.xlsx.AnnotationTable;
import org.framebench.export.xlsx.CsvExporter;
import org.framebench.export.xlsx.XlsxExporter;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.FramebenchFactory;
import org.framebench.model.TextRegion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Headline annotations in the workbook and the CSV: exported with the rest, each row saying headline or body. */
class HeadlineExportTest {

    @TempDir
    Path folder;

    @Test
    void annotationsSheetSaysWhichRowsAreInTheHeadlineAndArticlesSheetHasTheHeadlines() throws Exception {
        AnnotationDocument document = Fixtures.student("Ama Mensah", "s-101", 1);
        Article cnn = document.getAssignment().getArticles().stream().filter(a -> a.getId().equals("cnn")).findFirst()
                .orElseThrow();
        Annotation headline = FramebenchFactory.eINSTANCE.createAnnotation();
        headline.setId("headline-annotation");
        int begin = cnn.getHeadline().indexOf("face-to-face");
        TextAnchors.anchor(headline, cnn, TextRegion.HEADLINE, begin, begin + "face-to-face".length());
        headline.setCode(Codebooks.findById(document.getAssignment().getCodebook(), "F7").orElseThrow());
        document.getAnnotations().add(headline);
        AnnotationDocument loaded = Fixtures.savedAndLoaded(document, folder.resolve("ama.fbench"));
        Path workbookFile = folder.resolve("class.xlsx");
        new XlsxExporter().export(List.of(loaded), workbookFile);

        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(workbookFile))) {
            XSSFSheet sheet = workbook.getSheet(XlsxExporter.ANNOTATIONS);
            Row header = sheet.getRow(0);
            int where = header.getLastCellNum() - 1;
            assertEquals(AnnotationTable.REGION_HEADER, header.getCell(where).getStringCellValue());
            List<String> headlineRows = new ArrayList<>();
            int bodyRows = 0;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String value = row.getCell(where).getStringCellValue();
                if (value.equals("headline")) {
                    headlineRows.add(row.getCell(AnnotationTable.ANNOTATION_ID).getStringCellValue() + " "
                            + (int) row.getCell(AnnotationTable.BEGIN).getNumericCellValue() + " "
                            + row.getCell(AnnotationTable.COVERED_TEXT).getStringCellValue());
                } else {
                    assertEquals("body", value);
                    bodyRows++;
                }
            }
            assertEquals(List.of("headline-annotation " + begin + " face-to-face"), headlineRows);
            assertEquals(30, bodyRows);

            XSSFSheet articles = workbook.getSheet(XlsxExporter.ARTICLES);
            assertEquals("Headline", articles.getRow(0).getCell(5).getStringCellValue());
            assertEquals("cnn", articles.getRow(1).getCell(0).getStringCellValue());
            assertEquals("US and Libya hold face-to-face talks in Tunisia", articles.getRow(1).getCell(5).getStringCellValue());
        }

        Path csv = folder.resolve("class.csv");
        new CsvExporter().export(List.of(loaded), csv);
        String text = Files.readString(csv);
        assertTrue(text.lines().findFirst().orElseThrow().endsWith(",Headline or body"), text.lines().findFirst().orElseThrow());
        assertTrue(text.lines().anyMatch(line -> line.startsWith("Ama Mensah,s-101,headline-annotation,") && line.endsWith(",headline")),
                "the CSV row of the headline annotation ends with 'headline'");
    }
}
