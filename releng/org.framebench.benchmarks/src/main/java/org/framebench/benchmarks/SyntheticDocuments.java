package org.framebench.benchmarks;

import java.util.List;
import java.util.Random;

import org.framebench.core.codebook.Codebooks;
import org.framebench.core.corpus.CorpusLoader;
import org.framebench.core.document.Documents;
import org.framebench.core.text.TextAnchors;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.Assignment;
import org.framebench.model.Code;
import org.framebench.model.FramebenchFactory;
import org.framebench.model.Role;

/** Reproducible synthetic documents for benchmarks. */
public final class SyntheticDocuments {

    private SyntheticDocuments() {
    }

    /** One article of {@code words} words (drawn from the corpus) with {@code annotations} random annotations. */
    public static AnnotationDocument largeArticle(int words, int annotations, long seed) throws Exception {
        Assignment assignment = CorpusLoader.loadDefault();
        String[] vocabulary = assignment.getArticles().get(0).getText().split("\\s+");
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder(words * 7);
        for (int i = 0; i < words; i++) {
            text.append(vocabulary[random.nextInt(vocabulary.length)]);
            text.append(i % 40 == 39 ? '\n' : ' ');
        }
        Article article = assignment.getArticles().get(0);
        article.setText(text.toString());
        article.setSha256(org.framebench.core.text.Digests.sha256(article.getText()));
        assignment.getArticles().retainAll(List.of(article));
        AnnotationDocument document = Documents.newDocument(assignment, Role.STUDENT);
        document.setAnnotatorName("Benchmark");
        document.setAnnotatorId("bench");
        Article copy = document.getAssignment().getArticles().get(0);
        List<Code> codes = Codebooks.allCodes(document.getAssignment().getCodebook());
        int length = copy.getText().length();
        for (int i = 0; i < annotations; i++) {
            int begin = random.nextInt(length - 200);
            int end = begin + 5 + random.nextInt(150);
            Annotation annotation = FramebenchFactory.eINSTANCE.createAnnotation();
            annotation.setId(Documents.newId());
            TextAnchors.anchor(annotation, copy, begin, end);
            annotation.setCode(codes.get(random.nextInt(codes.size())));
            annotation.setNote(i % 3 == 0 ? "because the reporter chose this word" : null);
            document.getAnnotations().add(annotation);
        }
        return document;
    }
}
