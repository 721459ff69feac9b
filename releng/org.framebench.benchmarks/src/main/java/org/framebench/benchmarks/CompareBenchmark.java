package org.framebench.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.framebench.core.codebook.Codebooks;
import org.framebench.core.compare.Comparison;
import org.framebench.core.corpus.CorpusLoader;
import org.framebench.core.document.Documents;
import org.framebench.core.edit.AnnotationCommands;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.Code;
import org.framebench.model.LinkKind;
import org.framebench.model.Role;

/**
 * Issue 10's goal for the Compare view: after an annotation change, the comparison of a document with 2,000
 * annotations (a quarter attribution, a quarter sourcing, the rest framing; a third of the attributions linked
 * across articles as the same statement, sources linked to them) is rebuilt in under 100 ms. Each run adds
 * one annotation through the undoable command, rebuilds the comparison as the view does, and undoes.
 * <pre>./mvnw -f releng/org.framebench.benchmarks -q compile exec:exec -Dbenchmark=CompareBenchmark</pre>
 * Optional argument: the number of annotations.
 */
public final class CompareBenchmark {

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        AnnotationDocument document = Documents.newDocument(CorpusLoader.loadDefault(), Role.STUDENT);
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
                new ComposedAdapterFactory(new ReflectiveItemProviderAdapterFactory()), new BasicCommandStack());
        List<Article> articles = document.getAssignment().getArticles();
        List<Code> codes = Codebooks.allCodes(document.getAssignment().getCodebook());
        List<Code> sourcing = codes.stream().filter(c -> c.getId().startsWith("S")).toList();
        List<Code> attribution = codes.stream().filter(c -> c.getId().startsWith("A")).toList();
        List<Code> framing = codes.stream().filter(c -> c.getId().startsWith("F")).toList();
        Random random = new Random(10);
        List<Annotation> quotes = new ArrayList<>();
        List<Annotation> sources = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Article article = articles.get(i % articles.size());
            List<Code> pool = i % 4 == 0 ? attribution : i % 4 == 1 ? sourcing : framing;
            int length = article.getText().length();
            int begin = random.nextInt(length - 80);
            AnnotationCommands.Create create = AnnotationCommands.create(domain, document, article, begin,
                    begin + 5 + random.nextInt(70), pool.get(random.nextInt(pool.size())));
            domain.getCommandStack().execute(create);
            (pool == attribution ? quotes : pool == sourcing ? sources : new ArrayList<Annotation>()).add(create.getAnnotation());
        }
        for (int i = 0; i + 1 < quotes.size() / 3; i += 2) {
            domain.getCommandStack().execute(AnnotationCommands.link(domain, document, quotes.get(i), quotes.get(i + 1),
                    LinkKind.SAME_STATEMENT, null));
        }
        for (int i = 0; i < sources.size() / 3 && i < quotes.size(); i++) {
            domain.getCommandStack().execute(AnnotationCommands.link(domain, document, quotes.get(i), sources.get(i),
                    LinkKind.SAME_SOURCE, null));
        }
        domain.getCommandStack().flush();
        Comparison comparison = Comparison.of(document);
        System.out.printf("document: %,d annotations, %,d links; comparison: %,d rows × %d outlets%n",
                document.getAnnotations().size(), document.getLinks().size(), comparison.getRows().size(),
                comparison.getArticles().size());

        Article cnn = articles.get(0);
        Code a2 = attribution.get(1);
        double median = Measure.medianMillis(20, 50, () -> {
            AnnotationCommands.Create create = AnnotationCommands.create(domain, document, cnn, 100, 140, a2);
            domain.getCommandStack().execute(create);
            Comparison rebuilt = Comparison.of(document);
            domain.getCommandStack().undo();
            return rebuilt;
        });
        System.out.printf("annotation added + comparison rebuilt (median of 50): %.1f ms (goal < 100 ms)%n", median);
        double alone = Measure.medianMillis(20, 50, () -> Comparison.of(document));
        System.out.printf("comparison rebuilt alone (median of 50):              %.1f ms%n", alone);
    }
}
