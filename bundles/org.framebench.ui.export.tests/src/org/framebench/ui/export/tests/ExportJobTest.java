package org.framebench.ui.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.IStatus;
import org.framebench.core.codebook.Codebooks;
import org.framebench.core.corpus.CorpusLoader;
import org.framebench.core.document.Documents;
import org.framebench.core.text.TextAnchors;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.FramebenchFactory;
import org.framebench.model.Role;
import org.framebench.ui.export.ExportFormat;
import org.framebench.ui.export.ExportJob;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job behind File → Export, without the dialogs: what it writes and how it fails. */
class ExportJobTest {

    @TempDir
    Path folder;

    @Test
    void exportsASnapshotTakenWhenTheJobIsCreated() throws Exception {
        AnnotationDocument document = document(6);
        Path target = folder.resolve("ama.xlsx");
        List<String> failures = new CopyOnWriteArrayList<>();
        ExportJob job = new ExportJob(document, target, ExportFormat.XLSX, failures::add);
        document.getAnnotations().remove(0); // the student keeps editing while the job runs
        job.schedule();
        job.join();

        assertEquals(IStatus.OK, job.getResult().getSeverity());
        assertEquals(List.of(), failures);
        try (XSSFWorkbook workbook = new XSSFWorkbook(target.toFile())) {
            XSSFSheet sheet = workbook.getSheet("Annotations");
            assertEquals(6, sheet.getLastRowNum(), "the six annotations there were when Export was chosen");
            assertEquals("Ama Mensah", sheet.getRow(1).getCell(0).getStringCellValue());
        }
    }

    @Test
    void csvFormatWritesCsv() throws Exception {
        Path target = folder.resolve("ama.csv");
        ExportJob job = new ExportJob(document(3), target, ExportFormat.CSV, message -> { });
        job.schedule();
        job.join();
        assertEquals(4, Files.readAllLines(target).size());
        assertEquals("Ama Mensah.csv", ExportFormat.CSV.suggestedFileName(document(1)));
        assertEquals(ExportFormat.CSV, ExportFormat.of("csv"));
    }

    @Test
    void republicationDifferencesFormatWritesTheSyndicationTableAsCsv() throws Exception {
        Path target = folder.resolve("ama-republication.csv");
        ExportJob job = new ExportJob(document(1), target, ExportFormat.SYNDICATION_CSV, message -> { });
        job.schedule();
        job.join();
        List<String> lines = Files.readAllLines(target);
        assertEquals("\uFEFFOriginal,Republication,Row,Kind,Count,Words,Where,In the original,In the republication",
                lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("BBC News (bbc),") && l.contains(",summary,Added before the article,1,3")),
                String.join("\n", lines.subList(0, Math.min(8, lines.size()))));
        assertEquals("Ama Mensah-republication.csv", ExportFormat.SYNDICATION_CSV.suggestedFileName(document(1)));
        assertEquals(ExportFormat.SYNDICATION_CSV, ExportFormat.of("syndication-csv"));
    }

    @Test
    void failureIsOnePlainSentenceForTheDialog() throws Exception {
        Path taken = Files.createDirectory(folder.resolve("taken.xlsx"));
        List<String> failures = new CopyOnWriteArrayList<>();
        ExportJob job = new ExportJob(document(2), taken, ExportFormat.XLSX, failures::add);
        job.schedule();
        job.join();
        assertEquals(List.of("Could not export to taken.xlsx: a folder has that name."), failures);
        assertTrue(job.getResult().getSeverity() < IStatus.ERROR, "no second, technical error dialog from the job framework");
        assertTrue(Files.isDirectory(taken));
    }

    private static AnnotationDocument document(int count) throws Exception {
        AnnotationDocument document = Documents.newDocument(CorpusLoader.loadDefault(), Role.STUDENT);
        document.setAnnotatorName("Ama Mensah");
        document.setAnnotatorId("s-101");
        Article article = document.getAssignment().getArticles().get(0);
        for (int i = 0; i < count; i++) {
            Annotation annotation = FramebenchFactory.eINSTANCE.createAnnotation();
            annotation.setId(Documents.newId());
            TextAnchors.anchor(annotation, article, 10 + i * 30, 25 + i * 30);
            annotation.setCode(Codebooks.allCodes(document.getAssignment().getCodebook()).get(i));
            document.getAnnotations().add(annotation);
        }
        return document;
    }
}
