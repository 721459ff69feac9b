package org.framebench.benchmarks;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.framebench.core.codebook.Codebooks;
import org.framebench.core.corpus.CorpusLoader;
import org.framebench.core.document.Documents;
import org.framebench.core.text.TextAnchors;
import org.framebench.export.xlsx.AnnotationTable;
import org.framebench.export.xlsx.XlsxExporter;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.Assignment;
import org.framebench.model.AttributeDefinition;
import org.framebench.model.AttributeValue;
import org.framebench.model.Code;
import org.framebench.model.FramebenchFactory;
import org.framebench.model.Link;
import org.framebench.model.LinkKind;
import org.framebench.model.Role;

/**
 * Issue 4's export goal: a class of 300 students × 4 articles × 100 annotations (120,000 rows) exported
 * to one workbook in at most 1.5× the time of a bare POI SXSSF loop writing the same rows, measured in
 * the same run, with the peak heap of each.
 * Run: ./mvnw -f releng/org.framebench.benchmarks -q compile exec:exec -Dbenchmark=ExportBenchmark
 * Arguments (optional): STUDENTS PER_ARTICLE [FOLDER]; with FOLDER, the class is also saved there as
 * .fbench files (to time {@code framebench export FOLDER --out class.xlsx} on the built product).
 */
public final class ExportBenchmark {

    public static void main(String[] args) throws Exception {
        int students = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int perArticle = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        List<AnnotationDocument> documents = classOf(students, perArticle, 7);
        int annotations = documents.stream().mapToInt(d -> d.getAnnotations().size()).sum();
        if (args.length > 2) {
            Path classFolder = Files.createDirectories(Path.of(args[2]));
            for (AnnotationDocument document : documents) {
                org.framebench.core.document.DocumentStore.save(document,
                        classFolder.resolve(document.getAnnotatorId() + ".fbench"));
            }
            System.out.printf("saved %d documents in %s%n", documents.size(), classFolder);
        }
        Path folder = Files.createTempDirectory("framebench-export-bench");
        Path framebenchFile = folder.resolve("class.xlsx");
        Path bareFile = folder.resolve("bare.xlsx");

        Measure.resetPeakHeap();
        double modelHeap = Measure.peakHeapMegabytes();
        // Interleaved, so both see the same machine load (other builds share these cores).
        double[] framebench = new double[5];
        double[] bare = new double[5];
        double framebenchPeak = 0;
        double barePeak = 0;
        for (int run = 0; run < 5; run++) {
            Measure.resetPeakHeap();
            long start = System.nanoTime();
            new XlsxExporter().export(documents, framebenchFile);
            framebench[run] = (System.nanoTime() - start) / 1e6;
            framebenchPeak = Math.max(framebenchPeak, Measure.peakHeapMegabytes());

            Measure.resetPeakHeap();
            start = System.nanoTime();
            bareLoop(documents, bareFile);
            bare[run] = (System.nanoTime() - start) / 1e6;
            barePeak = Math.max(barePeak, Measure.peakHeapMegabytes());
        }
        // The first run of each is a warm-up.
        double framebenchMedian = median(framebench);
        double bareMedian = median(bare);
        System.out.printf("class: %d students, %,d annotations, %,d links; model on the heap ≈ %.0f MB%n", students,
                annotations, documents.stream().mapToInt(d -> d.getLinks().size()).sum(), modelHeap);
        System.out.printf("Framebench export (5 sheets, formulas, styles): median %.0f ms, peak heap %.0f MB, file %,d KB%n",
                framebenchMedian, framebenchPeak, Files.size(framebenchFile) / 1024);
        System.out.printf("bare SXSSF loop (same rows, one sheet):         median %.0f ms, peak heap %.0f MB, file %,d KB%n",
                bareMedian, barePeak, Files.size(bareFile) / 1024);
        System.out.printf("ratio %.2f× (goal ≤ 1.5×)%n", framebenchMedian / bareMedian);
    }

    private static double median(double[] runs) {
        double[] measured = java.util.Arrays.copyOfRange(runs, 1, runs.length);
        java.util.Arrays.sort(measured);
        return (measured[(measured.length - 1) / 2] + measured[measured.length / 2]) / 2;
    }

    /** The Annotations rows written directly with POI: the same values, one sheet, no extras. */
    static void bareLoop(List<AnnotationDocument> documents, Path file) throws Exception {
        AnnotationTable table = new AnnotationTable(documents);
        List<AttributeDefinition> attributes = table.attributes();
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < attributes.size(); i++) {
            columns.put(attributes.get(i).getId(), 11 + i);
        }
        int note = 11 + attributes.size();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
                OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024)) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
            SXSSFSheet sheet = workbook.createSheet("Annotations");
            int rowIndex = 0;
            Row header = sheet.createRow(rowIndex++);
            List<String> headers = table.headers();
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            for (AnnotationDocument document : documents) {
                Map<Annotation, String> linked = AnnotationTable.linkedIds(document);
                for (Annotation annotation : document.getAnnotations()) {
                    Row row = sheet.createRow(rowIndex++);
                    row.createCell(0).setCellValue(document.getAnnotatorName());
                    row.createCell(1).setCellValue(document.getAnnotatorId());
                    row.createCell(2).setCellValue(annotation.getId());
                    row.createCell(3).setCellValue(annotation.getArticle().getId());
                    row.createCell(4).setCellValue(annotation.getArticle().getOutlet());
                    row.createCell(5).setCellValue(annotation.getCode().getLayer().getLabel());
                    row.createCell(6).setCellValue(annotation.getCode().getId());
                    row.createCell(7).setCellValue(annotation.getCode().getLabel());
                    row.createCell(8).setCellValue(annotation.getBegin());
                    row.createCell(9).setCellValue(annotation.getEnd());
                    row.createCell(10).setCellValue(annotation.getCoveredText());
                    for (AttributeValue value : annotation.getAttributeValues()) {
                        row.createCell(columns.get(value.getKey())).setCellValue(value.getValue());
                    }
                    if (annotation.getNote() != null) {
                        row.createCell(note).setCellValue(annotation.getNote());
                    }
                    String links = linked.get(annotation);
                    if (links != null) {
                        row.createCell(note + 1).setCellValue(links);
                    }
                    var created = row.createCell(note + 2);
                    created.setCellValue(annotation.getCreated());
                    created.setCellStyle(date);
                    var modified = row.createCell(note + 3);
                    modified.setCellValue(annotation.getModified());
                    modified.setCellStyle(date);
                }
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    /** {@code students} documents, each with {@code perArticle} annotations on each of the four articles. */
    static List<AnnotationDocument> classOf(int students, int perArticle, long seed) throws Exception {
        Assignment assignment = CorpusLoader.loadDefault();
        Random random = new Random(seed);
        List<AnnotationDocument> documents = new ArrayList<>();
        for (int s = 0; s < students; s++) {
            AnnotationDocument document = Documents.newDocument(assignment, Role.STUDENT);
            document.setAnnotatorName("Student " + s);
            document.setAnnotatorId("s" + s);
            List<Code> codes = Codebooks.allCodes(document.getAssignment().getCodebook());
            for (Article article : document.getAssignment().getArticles()) {
                int length = article.getText().length();
                for (int i = 0; i < perArticle; i++) {
                    int begin = random.nextInt(length - 120);
                    Annotation annotation = FramebenchFactory.eINSTANCE.createAnnotation();
                    annotation.setId(Documents.newId());
                    TextAnchors.anchor(annotation, article, begin, begin + 5 + random.nextInt(100));
                    Code code = codes.get(random.nextInt(codes.size()));
                    annotation.setCode(code);
                    for (AttributeDefinition attribute : code.getAttributes()) {
                        if (random.nextInt(3) == 0) {
                            AttributeValue value = FramebenchFactory.eINSTANCE.createAttributeValue();
                            value.setKey(attribute.getId());
                            value.setValue(attribute.getAllowedValues().isEmpty() ? "free text " + i
                                    : attribute.getAllowedValues().get(random.nextInt(attribute.getAllowedValues().size())));
                            annotation.getAttributeValues().add(value);
                        }
                    }
                    annotation.setNote(i % 4 == 0 ? "because the reporter chose this word" : null);
                    Date when = new Date(1_780_000_000_000L + random.nextInt(1_000_000_000));
                    annotation.setCreated(when);
                    annotation.setModified(when);
                    document.getAnnotations().add(annotation);
                }
            }
            for (int i = 0; i + 1 < document.getAnnotations().size(); i += 20) {
                Link link = FramebenchFactory.eINSTANCE.createLink();
                link.setId(Documents.newId());
                link.setKind(LinkKind.SAME_SOURCE);
                link.setSource(document.getAnnotations().get(i));
                link.setTarget(document.getAnnotations().get(i + 1));
                link.setCreated(new Date(1_780_000_000_000L));
                document.getLinks().add(link);
            }
            documents.add(document);
        }
        return documents;
    }
}
