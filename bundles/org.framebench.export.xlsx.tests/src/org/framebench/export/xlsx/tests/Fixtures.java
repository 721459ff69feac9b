package org.framebench.export.xlsx.tests;

import java.nio.file.Path;
import java.util.Date;
import java.util.List;

import org.framebench.core.codebook.Codebooks;
import org.framebench.core.corpus.CorpusLoader;
import org.framebench.core.document.DocumentStore;
import org.framebench.core.document.Documents;
import org.framebench.core.text.TextAnchors;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.AttributeValue;
import org.framebench.model.Code;
import org.framebench.model.FramebenchFactory;
import org.framebench.model.Link;
import org.framebench.model.LinkKind;
import org.framebench.model.Role;

/** Real documents, saved to real .fbench files and loaded back, as the exporters meet them. */
final class Fixtures {

    private Fixtures() {
    }

    /** Saved and reloaded, so references are resolved the way they are after opening a file. */
    static AnnotationDocument savedAndLoaded(AnnotationDocument document, Path file) throws Exception {
        DocumentStore.save(document, file);
        return DocumentStore.load(file);
    }

    /**
     * A student's document: annotations across articles and layers, with text, choice and boolean
     * attributes, notes (one with a comma, quotes, a line break and a leading "="), and two links.
     */
    static AnnotationDocument student(String name, String id, int seed) throws Exception {
        AnnotationDocument document = Documents.newDocument(CorpusLoader.loadDefault(), Role.STUDENT);
        document.setAnnotatorName(name);
        document.setAnnotatorId(id);
        List<Article> articles = document.getAssignment().getArticles();
        List<Code> codes = Codebooks.allCodes(document.getAssignment().getCodebook());
        for (int i = 0; i < 30; i++) {
            Article article = articles.get((i + seed) % articles.size());
            Code code = codes.get((i * 7 + seed) % codes.size());
            int begin = (i * 37 + seed * 11) % (article.getText().length() - 60);
            Annotation annotation = FramebenchFactory.eINSTANCE.createAnnotation();
            annotation.setId(Documents.newId());
            TextAnchors.anchor(annotation, article, begin, begin + 10 + i % 40);
            annotation.setCode(code);
            code.getAttributes().forEach(attribute -> {
                String value = switch (attribute.getKind()) {
                    case BOOLEAN -> (seed + begin) % 2 == 0 ? "true" : "false";
                    case CHOICE -> attribute.getAllowedValues().get(begin % attribute.getAllowedValues().size());
                    default -> "said by " + name;
                };
                AttributeValue attributeValue = FramebenchFactory.eINSTANCE.createAttributeValue();
                attributeValue.setKey(attribute.getId());
                attributeValue.setValue(value);
                annotation.getAttributeValues().add(attributeValue);
            });
            if (i % 5 == 0) {
                annotation.setNote(i == 0 ? "=HYPERLINK(\"http://evil\"), then \"quoted\"\nsecond line é" : "note " + i);
            }
            annotation.setCreated(new Date(1_780_000_000_123L + i * 60_000L));
            annotation.setModified(new Date(1_780_000_500_456L + i * 60_000L));
            document.getAnnotations().add(annotation);
        }
        link(document, 0, 1, LinkKind.SAME_SOURCE);
        link(document, 0, 2, LinkKind.CONTRASTING_FRAMING);
        return document;
    }

    private static void link(AnnotationDocument document, int source, int target, LinkKind kind) {
        Link link = FramebenchFactory.eINSTANCE.createLink();
        link.setId(Documents.newId());
        link.setKind(kind);
        link.setSource(document.getAnnotations().get(source));
        link.setTarget(document.getAnnotations().get(target));
        link.setNote("same speaker");
        link.setCreated(new Date(1_780_000_900_000L));
        document.getLinks().add(link);
    }
}
