package org.framebench.core.tests;

import java.util.Date;

import org.framebench.core.codebook.Codebooks;
import org.framebench.core.corpus.CorpusLoader;
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

/**
 * A student's work built the same way in this JVM and in a child JVM: fixed ids and times, so the two
 * can be compared field by field.
 */
final class SampleWork {

    static final Date CREATED = new Date(1_700_000_000_000L);

    private SampleWork() {
    }

    /** A new document with fixed id and annotator, from the default corpus. */
    static AnnotationDocument newDocument(String documentId) throws Exception {
        AnnotationDocument document = Documents.newDocument(CorpusLoader.loadDefault(), Role.STUDENT);
        document.setId(documentId);
        document.setCreated(CREATED);
        document.setModified(CREATED);
        document.setAnnotatorName("Ama Mensah");
        document.setAnnotatorId("s1024");
        return document;
    }

    /** First steps: a named source in CNN with an attribute and a note, a quote in the BBC article, a link. */
    static void firstSteps(AnnotationDocument document) {
        Annotation ibrahim = annotate(document, "cnn", "Musa Ibrahim", "S1", "ann-cnn-ibrahim");
        Code code = ibrahim.getCode();
        AttributeDefinition choice = code.getAttributes().stream().filter(a -> a.getKind() == AttributeKind.CHOICE)
                .findFirst().orElseThrow(() -> new IllegalStateException("S1 has no choice attribute"));
        AttributeValue value = FramebenchFactory.eINSTANCE.createAttributeValue();
        value.setKey(choice.getId());
        value.setValue(choice.getAllowedValues().get(0));
        ibrahim.getAttributeValues().add(value);
        ibrahim.setNote("named, and speaks for the government");
        Annotation quote = annotate(document, "bbc", "“clear and firm”", "A1", "ann-bbc-clear");
        Link link = FramebenchFactory.eINSTANCE.createLink();
        link.setId("link-1");
        link.setSource(ibrahim);
        link.setTarget(quote);
        link.setKind(LinkKind.CONTRASTING_FRAMING);
        link.setNote("CNN names the spokesman; the BBC quotes the statement");
        link.setCreated(CREATED);
        document.getLinks().add(link);
    }

    /** Later work, after a first recovery copy was written. */
    static void laterSteps(AnnotationDocument document) {
        annotate(document, "bbc", "Moussa Ibrahim", "S1", "ann-bbc-moussa").setNote("spelt differently from CNN");
    }

    static Annotation annotate(AnnotationDocument document, String articleId, String phrase, String codeId, String id) {
        Article article = document.getAssignment().getArticles().stream().filter(a -> a.getId().equals(articleId))
                .findFirst().orElseThrow();
        int begin = article.getText().indexOf(phrase);
        if (begin < 0) {
            throw new IllegalStateException(phrase + " is not in " + articleId);
        }
        Annotation annotation = FramebenchFactory.eINSTANCE.createAnnotation();
        annotation.setId(id);
        TextAnchors.anchor(annotation, article, begin, begin + phrase.length());
        annotation.setCode(Codebooks.findById(document.getAssignment().getCodebook(), codeId).orElseThrow());
        annotation.setCreated(CREATED);
        annotation.setModified(CREATED);
        document.getAnnotations().add(annotation);
        return annotation;
    }
}
