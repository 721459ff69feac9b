package org.framebench.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.framebench.core.codebook.Codebooks;
import org.framebench.core.corpus.CorpusLoader;
import org.framebench.core.document.Documents;
import org.framebench.core.interchange.InterchangeFormat;
import org.framebench.core.text.TextAnchors;
import org.framebench.interchange.refiqda.RefiQdaFormat;
import org.framebench.interchange.uima.UimaXmiFormat;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.AttributeDefinition;
import org.framebench.model.AttributeValue;
import org.framebench.model.Code;
import org.framebench.model.FramebenchFactory;
import org.framebench.model.Link;
import org.framebench.model.LinkKind;
import org.framebench.model.Role;

/**
 * Export and import of a 2,000-annotation document (500 per article of the bundled example, every one with its
 * attributes, every third with a note, 400 links within articles) as UIMA CAS XMI and as a REFI-QDA project
 * (goal < 1 s each). Prints the first run (cold: fresh JVM, classes loading) and the median of 10 warm runs.
 */
public final class InterchangeBenchmark {

    private InterchangeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        AnnotationDocument document = Documents.newDocument(CorpusLoader.loadDefault(), Role.STUDENT);
        document.setAnnotatorName("Benchmark Student");
        List<Code> codes = Codebooks.allCodes(document.getAssignment().getCodebook());
        int n = 0;
        for (Article article : document.getAssignment().getArticles()) {
            int length = article.getText().length();
            Annotation previous = null;
            for (int i = 0; i < 500; i++) {
                int begin = (int) ((long) i * (length - 60) / 500);
                Code code = codes.get(n % codes.size());
                Annotation annotation = FramebenchFactory.eINSTANCE.createAnnotation();
                annotation.setId(Documents.newId());
                TextAnchors.anchor(annotation, article, begin, begin + 8 + i % 40);
                annotation.setCode(code);
                annotation.setCreated(new Date());
                annotation.setModified(new Date());
                if (n % 3 == 0) {
                    annotation.setNote("Why this one: note " + n + "\nwith a second line");
                }
                for (AttributeDefinition definition : code.getAttributes()) {
                    AttributeValue value = FramebenchFactory.eINSTANCE.createAttributeValue();
                    value.setKey(definition.getId());
                    value.setValue(definition.getAllowedValues().isEmpty() ? "value " + n
                            : definition.getAllowedValues().get(0));
                    annotation.getAttributeValues().add(value);
                }
                document.getAnnotations().add(annotation);
                if (previous != null && i % 5 == 0) {
                    Link link = FramebenchFactory.eINSTANCE.createLink();
                    link.setId(Documents.newId());
                    link.setSource(previous);
                    link.setTarget(annotation);
                    link.setKind(LinkKind.SAME_SOURCE);
                    link.setNote(i % 10 == 0 ? "same person" : null);
                    link.setCreated(new Date());
                    document.getLinks().add(link);
                }
                previous = annotation;
                n++;
            }
        }
        AnnotationDocument template = Documents.newDocument(document.getAssignment(), Role.STUDENT);
        Path dir = Files.createTempDirectory("fb-interchange-bench");
        System.out.printf(Locale.ROOT, "INTERCHANGE BENCHMARK: %d annotations, %d links in %d articles%n",
                document.getAnnotations().size(), document.getLinks().size(),
                document.getAssignment().getArticles().size());
        run("UIMA CAS XMI", new UimaXmiFormat(), document, template, dir.resolve("uima"));
        run("REFI-QDA .qdpx", new RefiQdaFormat(), document, template, dir.resolve("project.qdpx"));
    }

    private static void run(String name, InterchangeFormat format, AnnotationDocument document,
            AnnotationDocument template, Path target) throws Exception {
        Callable<Object> export = () -> format.exportDocument(document, target);
        Callable<Object> importing = () -> {
            int got = format.importDocument(target, template).document().getAnnotations().size();
            if (got != document.getAnnotations().size()) {
                throw new IllegalStateException(name + ": imported " + got + " annotations");
            }
            return got;
        };
        double coldExport = once(export);
        double coldImport = once(importing);
        double warmExport = Measure.medianMillis(3, 10, export);
        double warmImport = Measure.medianMillis(3, 10, importing);
        long bytes = Files.isDirectory(target)
                ? Files.list(target).mapToLong(p -> p.toFile().length()).sum() : Files.size(target);
        System.out.printf(Locale.ROOT, "%-15s export: first %.0f ms, median %.1f ms; import: first %.0f ms, median"
                + " %.1f ms; %d KB written%n", name, coldExport, warmExport, coldImport, warmImport, bytes / 1024);
    }

    private static double once(Callable<Object> task) throws Exception {
        long start = System.nanoTime();
        task.call();
        return (System.nanoTime() - start) / 1e6;
    }
}
