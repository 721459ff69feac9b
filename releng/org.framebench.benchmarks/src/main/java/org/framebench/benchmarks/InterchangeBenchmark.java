package org.framebench.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.framebench.core.codebook.Codebooks;
import org.framebench.core.corpus.CorpusLoader;
import org.framebench.core.document.Documents;
import org.framebench.core.interchange.ImportResult;
import org.framebench.core.interchange.InterchangeFormat;
import org.framebench.core.text.TextAnchors;
import org.framebench.interchange.brat.BratFormat;
import org.framebench.interchange.refiqda.RefiQdaFormat;
import org.framebench.interchange.uima.UimaXmiFormat;
import org.framebench.interchange.w3c.W3cWebAnnotationFormat;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.AttributeDefinition;
import org.framebench.model.AttributeKind;
import org.framebench.model.AttributeValue;
import org.framebench.model.Code;
import org.framebench.model.FramebenchFactory;
import org.framebench.model.Link;
import org.framebench.model.LinkKind;
import org.framebench.model.Role;

/**
 * Issue 14's goal for the interchange formats: export and import of a document with 2,000 annotations (across the
 * four articles of the example, each with its code's choice attributes set and every third with a note; 500
 * links, half within one article) in under 1 s per format. Prints the first run in this JVM (cold) and the
 * median of 10 warm runs, for export and for import.
 * <pre>./mvnw -f releng/org.framebench.benchmarks -q compile exec:exec -Dbenchmark=InterchangeBenchmark</pre>
 * Optional argument: the number of annotations.
 */
public final class InterchangeBenchmark {

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        AnnotationDocument document = Documents.newDocument(CorpusLoader.loadDefault(), Role.STUDENT);
        AnnotationDocument template = Documents.newDocument(CorpusLoader.loadDefault(), Role.STUDENT);
        fill(document, count);
        System.out.printf("document: %,d annotations, %,d links%n", document.getAnnotations().size(),
                document.getLinks().size());
        Path folder = Files.createTempDirectory("interchange-benchmark");
        for (InterchangeFormat format : List.of(new W3cWebAnnotationFormat(), new BratFormat(),
                new UimaXmiFormat(), new RefiQdaFormat())) {
            Path target = folder.resolve(format.id() + ("folder".equals(format.targetDescription()) ? "" : format.targetDescription()));
            long start = System.nanoTime();
            format.exportDocument(document, target);
            double coldExport = (System.nanoTime() - start) / 1e6;
            start = System.nanoTime();
            ImportResult first = format.importDocument(target, template);
            double coldImport = (System.nanoTime() - start) / 1e6;
            double warmExport = Measure.medianMillis(3, 10, () -> format.exportDocument(document, target));
            double warmImport = Measure.medianMillis(3, 10, () -> format.importDocument(target, template));
            System.out.printf("%-8s export: %6.0f ms cold, %5.1f ms warm; import: %6.0f ms cold, %5.1f ms warm"
                    + " (%,d annotations, %,d links back; %d losses reported) (goal < 1 s)%n", format.id(), coldExport,
                    warmExport, coldImport, warmImport, first.document().getAnnotations().size(),
                    first.document().getLinks().size(), first.report().losses().size());
        }
    }

    private static void fill(AnnotationDocument document, int count) {
        List<Article> articles = document.getAssignment().getArticles();
        List<Code> codes = Codebooks.allCodes(document.getAssignment().getCodebook());
        Random random = new Random(14);
        List<Annotation> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Article article = articles.get(i % articles.size());
            int length = article.getText().length();
            int begin = random.nextInt(length - 80);
            Annotation annotation = FramebenchFactory.eINSTANCE.createAnnotation();
            annotation.setId(Documents.newId());
            TextAnchors.anchor(annotation, article, begin, begin + 5 + random.nextInt(70));
            Code code = codes.get(random.nextInt(codes.size()));
            annotation.setCode(code);
            for (AttributeDefinition attribute : code.getAttributes()) {
                if (attribute.getKind() == AttributeKind.CHOICE) {
                    AttributeValue value = FramebenchFactory.eINSTANCE.createAttributeValue();
                    value.setKey(attribute.getId());
                    value.setValue(attribute.getAllowedValues().get(random.nextInt(attribute.getAllowedValues().size())));
                    annotation.getAttributeValues().add(value);
                }
            }
            if (i % 3 == 0) {
                annotation.setNote("note " + i + ": why this matters, with \"quotes\"\nand a second line");
            }
            annotation.setCreated(new java.util.Date());
            document.getAnnotations().add(annotation);
            made.add(annotation);
        }
        made.sort(Comparator.comparing((Annotation a) -> a.getArticle().getId()));
        for (int i = 0; i < 500 && i + 4 < made.size(); i++) {
            // Even: two annotations of one article (sorted by article, neighbours); odd: across articles.
            Annotation source = made.get(i * 3 % made.size());
            Annotation target = i % 2 == 0 ? made.get((i * 3 + 1) % made.size()) : made.get((i * 3 + made.size() / 2) % made.size());
            Link link = FramebenchFactory.eINSTANCE.createLink();
            link.setId(Documents.newId());
            link.setSource(source);
            link.setTarget(target);
            link.setKind(LinkKind.VALUES.get(i % LinkKind.VALUES.size()));
            document.getLinks().add(link);
        }
    }
}
