package org.framebench.interchange.testing;

import java.util.Date;
import java.util.List;

import org.framebench.core.assignment.Examples;
import org.framebench.core.codebook.Codebooks;
import org.framebench.core.document.Documents;
import org.framebench.core.text.TextAnchors;
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
import org.framebench.model.TextRegion;

/** A student's document of the bundled Libya example with a given number of annotations in every article, with
 *  attributes and notes, links within articles and one across articles (the UIMA and REFI-QDA tests share it). */
public final class SampledLibyaWork {

    private SampledLibyaWork() {
    }

    public static AnnotationDocument libya(int perArticle) throws Exception {
        AnnotationDocument document = Documents.newDocument(Examples.load(Examples.LIBYA), Role.STUDENT);
        document.setAnnotatorName("Ada Student");
        document.setAnnotatorId("ada-01");
        List<Code> codes = Codebooks.allCodes(document.getAssignment().getCodebook());
        int n = 0;
        java.util.List<Annotation> firsts = new java.util.ArrayList<>();
        for (Article article : document.getAssignment().getArticles()) {
            String text = article.getText();
            Annotation first = null;
            Annotation previous = null;
            for (int i = 0; i < perArticle; i++) {
                int begin = (int) ((long) i * (text.length() - 40) / perArticle) + 3;
                int end = begin + 5 + i % 30;
                Code code = codes.get(n % codes.size());
                Annotation annotation = annotate(document, article, TextRegion.BODY, begin, end, code);
                if (n % 3 == 0) {
                    annotation.setNote("Why: \"quoted\" & <marked>\n\tsecond line, é, \uD83D\uDCF0 #" + n);
                }
                for (AttributeDefinition definition : code.getAttributes()) {
                    String value = definition.getKind() == AttributeKind.CHOICE && !definition.getAllowedValues().isEmpty()
                            ? definition.getAllowedValues().get(n % definition.getAllowedValues().size())
                            : definition.getKind() == AttributeKind.BOOLEAN ? "true" : "text of " + definition.getId();
                    AttributeValue attribute = FramebenchFactory.eINSTANCE.createAttributeValue();
                    attribute.setKey(definition.getId());
                    attribute.setValue(value);
                    annotation.getAttributeValues().add(attribute);
                }
                if (first == null) {
                    first = annotation;
                } else if (i % 4 == 1) {
                    link(document, previous, annotation, LinkKind.SAME_SOURCE, i % 8 == 1 ? "same person" : null);
                }
                previous = annotation;
                n++;
            }
            if (first != null) {
                firsts.add(first);
            }
        }
        if (firsts.size() > 1) {
            link(document, firsts.get(0), firsts.get(1), LinkKind.CONTRASTING_FRAMING, "across articles");
        }
        return document;
    }

    public static Annotation annotate(AnnotationDocument document, Article article, TextRegion region, int begin, int end,
            Code code) {
        Annotation annotation = FramebenchFactory.eINSTANCE.createAnnotation();
        annotation.setId(Documents.newId());
        TextAnchors.anchor(annotation, article, region, begin, end);
        annotation.setCode(code);
        annotation.setCreated(new Date());
        annotation.setModified(new Date());
        document.getAnnotations().add(annotation);
        return annotation;
    }

    public static Link link(AnnotationDocument document, Annotation source, Annotation target, LinkKind kind, String note) {
        Link link = FramebenchFactory.eINSTANCE.createLink();
        link.setId(Documents.newId());
        link.setSource(source);
        link.setTarget(target);
        link.setKind(kind);
        link.setNote(note);
        link.setCreated(new Date());
        document.getLinks().add(link);
        return link;
    }
}
