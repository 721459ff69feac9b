package org.framebench.interchange.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.framebench.core.assignment.Examples;
import org.framebench.core.codebook.Codebooks;
import org.framebench.core.document.Documents;
import org.framebench.core.text.Digests;
import org.framebench.core.text.TextAnchors;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.AttributeValue;
import org.framebench.model.FramebenchFactory;
import org.framebench.model.Link;
import org.framebench.model.LinkKind;
import org.framebench.model.Role;
import org.framebench.model.TextRegion;

/**
 * A student's real work on the bundled Libya example, for the interchange formats' round trips: annotations
 * in all four articles (and one in a headline), text, choice and yes/no attributes, notes with quotes and a
 * line break, overlapping spans, a span across a paragraph break, links within one article and across
 * articles. And the comparison of two documents' work that a round trip must keep.
 */
public final class LibyaWork {

    private static final Date WHEN = new Date(1_780_000_000_000L);

    private LibyaWork() {
    }

    /** An empty student document for the Libya example (the template an import fills). */
    public static AnnotationDocument template() throws Exception {
        AnnotationDocument document = Documents.newDocument(Examples.load(Examples.LIBYA), Role.STUDENT);
        document.setAnnotatorName("Ama Mensah");
        document.setAnnotatorId("s-101");
        return document;
    }

    /** The Libya example with the work described above. */
    public static AnnotationDocument document() throws Exception {
        AnnotationDocument document = template();
        Annotation ibrahim = annotate(document, "cnn", "Libyan government spokesman Musa Ibrahim", "S1");
        attribute(ibrahim, "name", "Musa Ibrahim");
        attribute(ibrahim, "affiliation", "Libyan government");
        attribute(ibrahim, "identification", "named");
        ibrahim.setNote("Named, and speaks for the government.\nCNN spells it \"Musa\"; the BBC 'Moussa'.");
        // Overlaps the source: the spokesman's words, with him inside.
        Annotation firstStep = annotate(document, "cnn", "Musa Ibrahim called Saturday's talks \"a first step,\"", "A3");
        attribute(firstStep, "quote_type", "mixed");
        attribute(firstStep, "implicit_source", "true");
        Annotation official = annotate(document, "cnn", "a U.S. official familiar with the meeting", "S2");
        attribute(official, "identification", "anonymous");
        attribute(official, "anonymity_explanation", "none given");
        Annotation headline = annotateHeadline(document, "cnn", "face-to-face talks", "F7");
        headline.setNote("the headline leads with the talks, not the demand");
        Annotation feltman = annotate(document, "third", "assistant secretary of state Jeff Feltman", "S1");
        attribute(feltman, "role", "assistant secretary of state");
        attribute(feltman, "affiliation", "US government");
        Annotation clearFirm = annotate(document, "third", "\"to deliver a clear and firm message", "A1");
        attribute(clearFirm, "cue_class", "neutral");
        Annotation ghana = annotate(document, "bbc-ghana", "Audio By Carbonatix", "F8");
        attribute(ghana, "present_in", "bbc-ghana only");
        ghana.setNote("boilerplate of the republishing site\twith a tab");
        Annotation ghanaDept = annotate(document, "bbc-ghana", "the US state department has confirmed", "S4");
        Annotation bbcDept = annotate(document, "bbc", "the US state department has confirmed", "S4");
        // Across a paragraph break (brat writes it as two fragments).
        Annotation across = annotate(document, "bbc", "has confirmed.\n\nThe US said the meeting", "F1");
        attribute(across, "voice", "reporter");
        Annotation bbcQuote = annotate(document, "bbc", "a “clear and firm” message", "A1");
        attribute(bbcQuote, "quote_type", "direct");
        link(document, ibrahim, firstStep, LinkKind.SAME_SOURCE, "the same man, twice");
        link(document, clearFirm, bbcQuote, LinkKind.SAME_STATEMENT, "one statement; the BBC quotes less of it");
        link(document, ghanaDept, bbcDept, LinkKind.SAME_SOURCE, null);
        link(document, official, feltman, LinkKind.CONTRASTING_FRAMING, "anonymous in CNN, named here");
        link(document, bbcDept, across, LinkKind.OMISSION, null);
        return document;
    }

    /** The source of an attribution in the third article ({@link #linkAttribution}). */
    public static final String FELTMAN = "assistant secretary of state Jeff Feltman";
    /** The content of that attribution. */
    public static final String CLEAR_FIRM = "\"to deliver a clear and firm message";

    /**
     * Adds to {@link #document()}'s work a link of kind attribution in the third article: {@link #FELTMAN} (the
     * source) to {@link #CLEAR_FIRM} (the content) of one attribution. @return the link
     */
    public static Link linkAttribution(AnnotationDocument document) {
        Annotation source = covering(document, "third", FELTMAN);
        Annotation content = covering(document, "third", CLEAR_FIRM);
        return link(document, source, content, LinkKind.ATTRIBUTION, "who said it, and what");
    }

    /** The links from the annotation of {@code articleId} covering {@code from} to the one covering {@code to}. */
    public static List<Link> linksFrom(AnnotationDocument document, String articleId, String from, String to) {
        return document.getLinks().stream()
                .filter(l -> l.getSource() != null && l.getTarget() != null
                        && l.getSource().getArticle().getId().equals(articleId)
                        && from.equals(l.getSource().getCoveredText()) && to.equals(l.getTarget().getCoveredText()))
                .toList();
    }

    private static Annotation covering(AnnotationDocument document, String articleId, String text) {
        return document.getAnnotations().stream()
                .filter(a -> a.getArticle().getId().equals(articleId) && text.equals(a.getCoveredText())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no annotation of " + articleId + " covers " + text));
    }

    public static Article article(AnnotationDocument document, String articleId) {
        return document.getAssignment().getArticles().stream().filter(a -> a.getId().equals(articleId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no article " + articleId));
    }

    public static Annotation annotate(AnnotationDocument document, String articleId, String phrase, String codeId) {
        return annotate(document, articleId, TextRegion.BODY, phrase, codeId);
    }

    public static Annotation annotateHeadline(AnnotationDocument document, String articleId, String phrase,
            String codeId) {
        return annotate(document, articleId, TextRegion.HEADLINE, phrase, codeId);
    }

    private static Annotation annotate(AnnotationDocument document, String articleId, TextRegion region, String phrase,
            String codeId) {
        Article article = article(document, articleId);
        String text = TextAnchors.textOf(article, region);
        int begin = text.indexOf(phrase);
        if (begin < 0) {
            throw new IllegalStateException("\"" + phrase + "\" is not in the " + region + " of " + articleId);
        }
        Annotation annotation = FramebenchFactory.eINSTANCE.createAnnotation();
        annotation.setId(Documents.newId());
        TextAnchors.anchor(annotation, article, region, begin, begin + phrase.length());
        annotation.setCode(Codebooks.findById(document.getAssignment().getCodebook(), codeId).orElseThrow());
        annotation.setCreated(WHEN);
        annotation.setModified(WHEN);
        document.getAnnotations().add(annotation);
        return annotation;
    }

    public static void attribute(Annotation annotation, String key, String value) {
        AttributeValue attribute = FramebenchFactory.eINSTANCE.createAttributeValue();
        attribute.setKey(key);
        attribute.setValue(value);
        annotation.getAttributeValues().add(attribute);
    }

    public static Link link(AnnotationDocument document, Annotation source, Annotation target, LinkKind kind,
            String note) {
        Link link = FramebenchFactory.eINSTANCE.createLink();
        link.setId(Documents.newId());
        link.setSource(source);
        link.setTarget(target);
        link.setKind(kind);
        link.setNote(note);
        link.setCreated(WHEN);
        document.getLinks().add(link);
        return link;
    }

    /**
     * Puts {@code prefix} before the article's text (and keeps the digest right), moving its annotations
     * along: e.g. an emoji, so UTF-16 and code point offsets differ.
     */
    public static void prefixText(AnnotationDocument document, String articleId, String prefix) {
        Article article = article(document, articleId);
        article.setText(prefix + article.getText());
        article.setSha256(Digests.sha256(article.getText()));
        for (Annotation annotation : document.getAnnotations()) {
            if (annotation.getArticle() == article && !TextAnchors.inHeadline(annotation)) {
                TextAnchors.anchor(annotation, article, annotation.getBegin() + prefix.length(),
                        annotation.getEnd() + prefix.length());
            }
        }
    }

    /** One annotation as a round trip must keep it: article, region, span, code, attributes, note. */
    public static String describe(Annotation annotation) {
        Map<String, String> attributes = new TreeMap<>();
        for (AttributeValue value : annotation.getAttributeValues()) {
            attributes.put(value.getKey(), value.getValue());
        }
        return annotation.getArticle().getId() + "/" + annotation.getRegion().getLiteral() + " ["
                + annotation.getBegin() + "," + annotation.getEnd() + ") " + annotation.getCode().getId() + " \""
                + annotation.getCoveredText() + "\" " + attributes + " note=" + annotation.getNote();
    }

    /** Every annotation of {@code document}, described, sorted. */
    public static List<String> annotations(AnnotationDocument document) {
        List<String> all = new ArrayList<>();
        document.getAnnotations().forEach(a -> all.add(describe(a)));
        all.sort(Comparator.naturalOrder());
        return all;
    }

    /** Every link of {@code document}: both ends described, kind and note; sorted. */
    public static List<String> links(AnnotationDocument document) {
        List<String> all = new ArrayList<>();
        for (Link link : document.getLinks()) {
            all.add(describe(link.getSource()) + " -" + link.getKind().getLiteral() + "-> " + describe(link.getTarget())
                    + " note=" + link.getNote());
        }
        all.sort(Comparator.naturalOrder());
        return all;
    }

    /** Whether the link's ends lie in one article's one text (what brat can hold). */
    public static boolean withinOneText(Link link) {
        return link.getSource().getArticle() == link.getTarget().getArticle()
                && link.getSource().getRegion() == link.getTarget().getRegion();
    }
}
