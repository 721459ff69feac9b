package org.framebench.core.assignment;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.framebench.core.codebook.Codebooks;
import org.framebench.core.text.Digests;
import org.framebench.core.text.XmlText;
import org.framebench.model.Article;
import org.framebench.model.Assignment;
import org.framebench.model.Codebook;
import org.framebench.model.FramebenchFactory;

/** Making and changing assignments an instructor hands out. */
public final class Assignments {

    /** At most this many articles: more do not fit side by side, and no lesson needs them. */
    public static final int MAX_ARTICLES = 8;

    private Assignments() {
    }

    /** A new assignment (new id, version 1) with a copy of {@code codebook} and no articles yet. */
    public static Assignment create(String title, String instructions, Codebook codebook) {
        Assignment assignment = FramebenchFactory.eINSTANCE.createAssignment();
        assignment.setId(UUID.randomUUID().toString());
        assignment.setVersion("1");
        assignment.setTitle(clean(title));
        assignment.setInstructions(clean(instructions));
        if (codebook != null) {
            assignment.setCodebook(EcoreUtil.copy(codebook));
        }
        return assignment;
    }

    /** Adds an article at the end, with an id made from its outlet (unique in the assignment). */
    public static Article addArticle(Assignment assignment, ArticleDetails details, String text) {
        Article article = FramebenchFactory.eINSTANCE.createArticle();
        setDetails(article, details);
        article.setId(uniqueId(assignment, details.outlet() != null && !details.outlet().isBlank() ? details.outlet()
                : details.title()));
        setText(article, text);
        assignment.getArticles().add(article);
        return article;
    }

    /** Sets everything but the text and the id. Blank parts become absent. */
    public static void setDetails(Article article, ArticleDetails details) {
        article.setOutlet(clean(details.outlet()));
        article.setTitle(clean(details.title()));
        article.setHeadline(clean(details.headline()));
        article.setByline(clean(details.byline()));
        article.setPublished(clean(details.published()));
        article.setUrl(clean(details.url()));
        article.setNotes(clean(details.notes()));
    }

    /** The article's details as a record. */
    public static ArticleDetails detailsOf(Article article) {
        return new ArticleDetails(article.getOutlet(), article.getTitle(), article.getHeadline(), article.getByline(),
                article.getPublished(), article.getUrl(), article.getNotes());
    }

    /**
     * Sets the text (line ends made {@code \n}, characters XML cannot hold replaced by U+FFFD, trailing
     * blank lines dropped) and its digest.
     */
    public static void setText(Article article, String text) {
        String normalised = XmlText.replaceInvalid(text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n'), '\uFFFD')
                .stripTrailing();
        article.setText(normalised);
        article.setSha256(Digests.sha256(normalised));
    }

    /**
     * The next version of an assignment that has been handed out: a copy with the same id and the version
     * one higher ("3" after "2", "2024.4" after "2024.3"; a version ending in no digits gets ".2").
     */
    public static Assignment nextVersion(Assignment handedOut) {
        Assignment next = EcoreUtil.copy(handedOut);
        next.setVersion(incremented(handedOut.getVersion()));
        return next;
    }

    static String incremented(String version) {
        if (version == null || version.isBlank()) {
            return "2";
        }
        int end = version.length();
        int start = end;
        while (start > 0 && Character.isDigit(version.charAt(start - 1))) {
            start--;
        }
        if (start == end) {
            return version + ".2";
        }
        return version.substring(0, start) + (Long.parseLong(version.substring(start, Math.min(end, start + 18))) + 1);
    }

    /** Recomputes every article's digest and the codebook's. */
    public static void refreshDigests(Assignment assignment) {
        for (Article article : assignment.getArticles()) {
            article.setSha256(Digests.sha256(article.getText() == null ? "" : article.getText()));
        }
        if (assignment.getCodebook() != null) {
            assignment.getCodebook().setSha256(Codebooks.digest(assignment.getCodebook()));
        }
    }

    /** The number of words (runs of letters or digits) in {@code text}. */
    public static int wordCount(String text) {
        if (text == null) {
            return 0;
        }
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean letter = Character.isLetterOrDigit(c);
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
            i += Character.charCount(c);
        }
        return words;
    }

    private static String uniqueId(Assignment assignment, String name) {
        String base = slug(name);
        Set<String> taken = new HashSet<>();
        for (Article article : assignment.getArticles()) {
            taken.add(article.getId());
        }
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    static String slug(String name) {
        String ascii = name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 30) {
            slug = slug.substring(0, 30).replaceAll("-+$", "");
        }
        // An outlet in another script (Arabic, Chinese) has no ASCII letters: a neutral id.
        return slug.isEmpty() || !Character.isLetter(slug.charAt(0)) ? "article" + (slug.isEmpty() ? "" : "-" + slug) : slug;
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = XmlText.replaceInvalid(value, '\uFFFD').strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
