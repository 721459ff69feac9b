package org.framebench.export.xlsx.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.framebench.core.assignment.ArticleDetails;
import org.framebench.core.assignment.Assignments;
import org.framebench.core.codebook.BuiltInCodebook;
import org.framebench.core.codebook.Codebooks;
import org.framebench.core.document.Documents;
import org.framebench.core.text.TextAnchors;
import org.framebench.export.testing.LibreOfficeCalc;
import org.framebench.export.xlsx.AnnotationTable;
import org.framebench.export.xlsx.XlsxExporter;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.Assignment;
import org.framebench.model.FramebenchFactory;
import org.framebench.model.Role;
import org.framebench.model.TextRegion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An instructor's own assignment with an article in Arabic (right to left): an annotation on Arabic words is
 * saved, loaded and exported, and the workbook holds the same words, as POI reads them and as LibreOffice shows them.
 */
class RightToLeftExportTest {

    private static final String ARABIC = "قال مسؤول أمريكي كبير إن الرسالة كانت واضحة: على القذافي أن يرحل.\n\n"
            + "وأكدت وزارة الخارجية الأمريكية أن الاجتماع عقد في تونس.";
    private static final String SOURCE = "مسؤول أمريكي كبير";

    @TempDir
    Path folder;

    @Test
    void anAnnotationOnArabicWordsIsExportedWithThoseWords() throws Exception {
        Assignment assignment = Assignments.create("Two scripts", "Compare.", BuiltInCodebook.load());
        Article arabic = Assignments.addArticle(assignment,
                new ArticleDetails("Al Example", "Arabic report", "مسؤولون أمريكيون يلتقون مبعوثي القذافي", null, null, null, null),
                ARABIC);
        Assignments.addArticle(assignment, new ArticleDetails("English outlet", "English report", "US officials meet envoys",
                null, null, null, null), "A senior US official said the message was clear.");
        AnnotationDocument document = Documents.newDocument(assignment, Role.STUDENT);
        document.setAnnotatorName("Layla");
        document.setAnnotatorId("s-7");
        Annotation annotation = FramebenchFactory.eINSTANCE.createAnnotation();
        annotation.setId("arabic-source");
        int begin = ARABIC.indexOf(SOURCE);
        TextAnchors.anchor(annotation, arabic, TextRegion.BODY, begin, begin + SOURCE.length());
        annotation.setCode(Codebooks.findById(assignment.getCodebook(), "S2").orElseThrow());
        annotation.setNote("مصدر مجهول");
        document.getAnnotations().add(annotation);

        AnnotationDocument loaded = Fixtures.savedAndLoaded(document, folder.resolve("layla.fbench"));
        assertEquals(SOURCE, loaded.getAnnotations().get(0).getCoveredText(), "the span survives save and load");
        Path workbookFile = folder.resolve("class.xlsx");
        new XlsxExporter().export(List.of(loaded), workbookFile);

        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(workbookFile))) {
            XSSFSheet sheet = workbook.getSheet(XlsxExporter.ANNOTATIONS);
            assertEquals(1, sheet.getLastRowNum(), "one annotation row under the header");
            Row row = sheet.getRow(1);
            assertEquals(SOURCE, row.getCell(AnnotationTable.COVERED_TEXT).getStringCellValue());
            assertEquals(begin, (int) row.getCell(AnnotationTable.BEGIN).getNumericCellValue());
            assertEquals("S2", row.getCell(AnnotationTable.CODE_ID).getStringCellValue());
        }
        Map<String, List<List<String>>> shown = LibreOfficeCalc.sheets(workbookFile, Files.createDirectory(folder.resolve("lo")));
        List<List<String>> rows = shown.get(XlsxExporter.ANNOTATIONS);
        assertTrue(rows.get(1).contains(SOURCE), "LibreOffice shows the Arabic words: " + rows.get(1));
        assertTrue(rows.get(1).contains("مصدر مجهول"), "and the note: " + rows.get(1));
    }
}
