package org.framebench.core.interchange;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.framebench.core.document.Documents;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.Assignment;

/** What the format bundles share: the document an import fills, and the names articles go by in other tools. */
public final class InterchangeDocuments {

    /** The scheme of the stable names of articles and annotations that have no web address of their own. */
    public static final String URN_PREFIX = "urn:framebench:";

    private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("^https?://(www\\.)?");

    private InterchangeDocuments() {
    }

    /**
     * A new document for {@code template}'s assignment, ready for imported annotations: a copy of the
     * template (assignment, annotator, role) with a new id and dates, and none of the template's annotations,
     * links, comparison notes or feedback. The template is not changed.
     */
    public static AnnotationDocument newDocumentFrom(AnnotationDocument template) {
        AnnotationDocument document = EcoreUtil.copy(template);
        document.getLinks().clear();
        document.getComparisonNotes().clear();
        document.getFeedback().clear();
        document.setReturnedReview(null);
        document.getAnnotations().clear();
        document.setId(Documents.newId());
        Date now = new Date();
        document.setCreated(now);
        document.setModified(now);
        document.setToolVersion(Documents.TOOL_VERSION);
        document.setFormatVersion(Documents.PLAIN_FORMAT_VERSION);
        return document;
    }

    /**
     * A stable name (IRI) of {@code article}: its web address when the assignment gives one, else
     * {@code urn:framebench:ASSIGNMENT:ARTICLE} (both ids percent-encoded).
     */
    public static String articleIri(Assignment assignment, Article article) {
        String url = article.getUrl();
        if (url != null && !url.isBlank()) {
            return url.strip();
        }
        return URN_PREFIX + encode(assignment.getId()) + ":" + encode(article.getId());
    }

    /** The article of {@code assignment} that {@code iri} names (see {@link #articleIri}), if any. */
    public static Optional<Article> articleForIri(Assignment assignment, String iri) {
        if (iri == null) {
            return Optional.empty();
        }
        String wanted = normalise(iri);
        for (Article article : assignment.getArticles()) {
            if (normalise(articleIri(assignment, article)).equals(wanted)) {
                return Optional.of(article);
            }
            String url = article.getUrl();
            if (url != null && !url.isBlank() && normalise(url).equals(wanted)) {
                return Optional.of(article);
            }
        }
        // A Framebench name from another version of the assignment still names the article by its id.
        if (iri.startsWith(URN_PREFIX)) {
            String rest = iri.substring(URN_PREFIX.length());
            int colon = rest.lastIndexOf(':');
            if (colon >= 0) {
                String articleId = decode(rest.substring(colon + 1));
                return assignment.getArticles().stream().filter(a -> articleId.equals(a.getId())).findFirst();
            }
        }
        return Optional.empty();
    }

    private static String normalise(String iri) {
        String s = iri.strip();
        int hash = s.indexOf('#');
        if (hash >= 0 && !s.startsWith(URN_PREFIX)) {
            s = s.substring(0, hash);
        }
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return SCHEME.matcher(s).replaceFirst("//");
    }

    /** {@code text} percent-encoded for a URN part (spaces as %20). */
    public static String encode(String text) {
        return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The reverse of {@link #encode}; text that is not well encoded is returned as it is. */
    public static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    /** The literals of every link kind, as the formats write them: "same-statement, same-source, …, attribution". */
    public static String linkKindLiterals() {
        return org.framebench.model.LinkKind.VALUES.stream().map(org.framebench.model.LinkKind::getLiteral)
                .collect(java.util.stream.Collectors.joining(", "));
    }
}
