package org.framebench.export.gradebook.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.framebench.core.codebook.Codebooks;
import org.framebench.core.corpus.CorpusLoader;
import org.framebench.core.document.DocumentStore;
import org.framebench.core.document.Documents;
import org.framebench.core.text.TextAnchors;
import org.framebench.export.gradebook.GradeBook;
import org.framebench.grading.ClassGrading;
import org.framebench.grading.ClassReport;
import org.framebench.grading.scoring.ScoringOptions;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.Assignment;
import org.framebench.model.FramebenchFactory;
import org.framebench.model.Role;
import org.framebench.model.TextRegion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A student's sheet in the grade book says which annotations are in the headline, read back with POI. */
class HeadlineGradeBookTest {

    @TempDir
    Path folder;

    @Test
    void studentSheetMarksHeadlineAnnotations() throws Exception {
        Assignment assignment = CorpusLoader.loadDefault();
        AnnotationDocument key = document(assignment, Role.KEY, "Instructor", "key");
        annotate(key, "cnn", "F7", TextRegion.HEADLINE, 0, 12);
        annotate(key, "cnn", "S1", TextRegion.BODY, 100, 120);
        Path keyFile = folder.resolve("key.fbench");
        DocumentStore.save(key, keyFile);
        AnnotationDocument ama = document(assignment, Role.STUDENT, "Ama", "s1");
        annotate(ama, "cnn", "F7", TextRegion.HEADLINE, 0, 12);
        annotate(ama, "cnn", "S1", TextRegion.BODY, 100, 120);
        DocumentStore.save(ama, folder.resolve("ama.fbench"));

        ClassReport report = ClassGrading.grade(folder, keyFile, new ScoringOptions());
        Path out = folder.resolve("grades.xlsx");
        new GradeBook(report).export(out);

        try (InputStream in = Files.newInputStream(out); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheet("Ama");
            Row header = sheet.getRow(0);
            int where = header.getLastCellNum() - 1;
            assertEquals("Headline or body", header.getCell(where).getStringCellValue());
            Map<String, String> whereByCode = new HashMap<>();
            Map<String, String> statusByCode = new HashMap<>();
            // The annotations run down to the first blank row; the student's comparison follows below it.
            for (int r = 1; sheet.getRow(r) != null; r++) {
                Row row = sheet.getRow(r);
                whereByCode.put(row.getCell(3).getStringCellValue(), row.getCell(where).getStringCellValue());
                statusByCode.put(row.getCell(3).getStringCellValue(), row.getCell(4).getStringCellValue());
            }
            assertEquals(Map.of("F7", "headline", "S1", "body"), whereByCode);
            assertEquals(Map.of("F7", "matched", "S1", "matched"), statusByCode, "the headline annotation is graded too");
        }
    }

    private static AnnotationDocument document(Assignment assignment, Role role, String name, String id) {
        AnnotationDocument document = Documents.newDocument(org.eclipse.emf.ecore.util.EcoreUtil.copy(assignment), role);
        document.setAnnotatorName(name);
        document.setAnnotatorId(id);
        return document;
    }

    private static void annotate(AnnotationDocument document, String articleId, String codeId, TextRegion region, int begin,
            int end) {
        Article article = document.getAssignment().getArticles().stream().filter(a -> a.getId().equals(articleId))
                .findFirst().orElseThrow();
        Annotation annotation = FramebenchFactory.eINSTANCE.createAnnotation();
        annotation.setId(Documents.newId());
        TextAnchors.anchor(annotation, article, region, begin, end);
        annotation.setCode(Codebooks.findById(document.getAssignment().getCodebook(), codeId).orElseThrow());
        document.getAnnotations().add(annotation);
    }
}
