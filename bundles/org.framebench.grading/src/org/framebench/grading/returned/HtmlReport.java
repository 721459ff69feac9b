package org.framebench.grading.returned;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.framebench.core.returned.ReturnedReviews;
import org.framebench.core.text.TextAnchors;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.Code;
import org.framebench.model.Feedback;
import org.framebench.model.GhostAnnotation;
import org.framebench.model.MatchMark;
import org.framebench.model.ReturnedReview;
import org.framebench.model.ReturnedTerm;
import org.framebench.model.TextRegion;

/**
 * A student's feedback as one standalone HTML5 page, for students without Framebench: the grade and its
 * terms, every comment, and each article's text with the student's annotations marked (matched, partial,
 * extra, wrong code) and the key annotations they missed outlined. Marks carry a sign as well as a colour.
 * The page is also well-formed XML (every element closed, all text escaped), and needs nothing from outside.
 */
public final class HtmlReport {

    private HtmlReport() {
    }

    /** The report of {@code returned}, a document made by {@link ReturnedCopies#returnedCopy}. */
    public static String of(AnnotationDocument returned) {
        ReturnedReview review = returned.getReturnedReview();
        if (review == null) {
            throw new IllegalArgumentException("This document holds no returned feedback.");
        }
        String name = returned.getAnnotatorName() == null || returned.getAnnotatorName().isBlank() ? "Student"
                : returned.getAnnotatorName();
        String assignment = returned.getAssignment().getTitle() == null ? "" : returned.getAssignment().getTitle();
        List<Feedback> comments = ReturnedReviews.ordered(review);
        Map<Feedback, Integer> numbers = new LinkedHashMap<>();
        comments.forEach(feedback -> numbers.put(feedback, numbers.size() + 1));

        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>")
                .append(escape("Feedback for " + name + (assignment.isEmpty() ? "" : " — " + assignment)))
                .append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        html.append("<h1>").append(escape("Feedback for " + name)).append("</h1>\n");
        html.append("<p class=\"who\">").append(escape(assignment))
                .append(returned.getAnnotatorId() == null || returned.getAnnotatorId().isBlank() ? ""
                        : escape(" · student id " + returned.getAnnotatorId()))
                .append(review.getAuthor() == null || review.getAuthor().isBlank() ? "" : escape(" · reviewed by " + review.getAuthor()))
                .append("</p>\n");

        html.append("<h2>Grade</h2>\n<p class=\"grade\">").append(escape(oneDecimal(review.getGrade()))).append(" / 100</p>\n");
        html.append("<table class=\"terms\">\n<thead><tr><th>Term</th><th>Weight</th><th>Value</th></tr></thead>\n<tbody>\n");
        for (ReturnedTerm term : review.getTerms()) {
            html.append("<tr><td>").append(escape(term.getLabel())).append("</td><td>").append(escape(number(term.getWeight())))
                    .append("</td><td>").append(escape(term.getValue() == null ? (term.getNote() == null ? "—" : term.getNote())
                            : String.format(Locale.ROOT, "%.3f", term.getValue())))
                    .append("</td></tr>\n");
        }
        html.append("<tr><td>Score against the key</td><td></td><td>").append(escape(oneDecimal(review.getScore()))).append("</td></tr>\n");
        if (review.getFeedbackPoints() != 0) {
            html.append("<tr><td>Points given in comments</td><td></td><td>").append(escape(signed(review.getFeedbackPoints())))
                    .append("</td></tr>\n");
        }
        if (review.getAdjustment() != 0) {
            html.append("<tr><td>").append(escape("Adjustment" + (review.getAdjustmentReason() == null
                    || review.getAdjustmentReason().isBlank() ? "" : ": " + review.getAdjustmentReason())))
                    .append("</td><td></td><td>").append(escape(signed(review.getAdjustment()))).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n<p class=\"explanation\">").append(escape(review.getExplanation())).append("</p>\n");

        html.append("<h2>Comments</h2>\n");
        if (comments.isEmpty()) {
            html.append("<p>No comments.</p>\n");
        } else {
            html.append("<ol class=\"comments\">\n");
            for (Feedback feedback : comments) {
                html.append("<li id=\"c").append(numbers.get(feedback)).append("\"><span class=\"where\">")
                        .append(escape(where(review, feedback))).append("</span> ")
                        .append("<span class=\"text\">").append(escape(feedback.getText())).append("</span>");
                if (feedback.getScore() != null && feedback.getScore() != 0) {
                    html.append(" <span class=\"points\">").append(escape(signed(feedback.getScore()) + " points")).append("</span>");
                }
                html.append("</li>\n");
            }
            html.append("</ol>\n");
        }

        html.append("<h2>Your annotations</h2>\n<p class=\"legend\">")
                .append("<span class=\"ann matched\">\u2713 matched</span> <span class=\"ann partial\">\u2248 partial</span> ")
                .append("<span class=\"ann extra\">+ extra</span> <span class=\"ann wrong-code\">\u2260 wrong code</span> ")
                .append("<span class=\"ghost\">\u25CB missed (in the key, not in yours)</span></p>\n");
        for (Article article : returned.getAssignment().getArticles()) {
            html.append("<section class=\"article\">\n<h3>").append(escape(article.getOutlet() == null ? "" : article.getOutlet()))
                    .append("</h3>\n");
            if (article.getHeadline() != null && !article.getHeadline().isEmpty()) {
                html.append("<p class=\"headline\">");
                text(html, returned, review, numbers, article, TextRegion.HEADLINE);
                html.append("</p>\n");
            }
            html.append("<div class=\"body\">");
            text(html, returned, review, numbers, article, TextRegion.BODY);
            html.append("</div>\n</section>\n");
        }
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    /** Where a comment is: "On your annotation S1 “…”", "On a passage you missed (key: F2 “…”)", "On your whole submission". */
    public static String where(ReturnedReview review, Feedback feedback) {
        if (ReturnedReviews.isOnWholeSubmission(feedback)) {
            return "On your whole submission:";
        }
        GhostAnnotation ghost = ReturnedReviews.ghostOf(review, feedback);
        if (ghost != null) {
            return "On a passage you missed (key: " + codeName(ghost.getCode()) + " “" + shorten(ghost.getCoveredText()) + "”):";
        }
        Annotation annotation = feedback.getAnnotation();
        if (annotation != null) {
            return "On your annotation " + codeName(annotation.getCode()) + " “" + shorten(annotation.getCoveredText()) + "”:";
        }
        return "On an annotation no longer in your file:";
    }

    private static String codeName(Code code) {
        return code == null ? "?" : code.getId() + (code.getLabel() == null ? "" : " " + code.getLabel());
    }

    private record Item(int begin, int end, String cssClass, String sign, String title, List<Integer> comments) {
    }

    private static void text(StringBuilder html, AnnotationDocument returned, ReturnedReview review,
            Map<Feedback, Integer> numbers, Article article, TextRegion region) {
        String text = TextAnchors.textOf(article, region);
        if (text == null) {
            return;
        }
        List<Item> items = new ArrayList<>();
        for (Annotation annotation : returned.getAnnotations()) {
            if (annotation.getArticle() != article || annotation.getRegion() != region || !fits(annotation.getBegin(), annotation.getEnd(), text)) {
                continue;
            }
            MatchMark mark = ReturnedReviews.markOf(returned, annotation);
            String kind = mark == null ? "extra" : ReturnedReviews.label(mark.getKind()).replace(' ', '-');
            String sign = mark == null ? "+" : ReturnedReviews.symbol(mark.getKind());
            String title = codeName(annotation.getCode()) + ": " + (mark == null ? "extra" : ReturnedReviews.label(mark.getKind()))
                    + (mark != null && mark.getKeyCode() != null ? " (key: " + codeName(mark.getKeyCode()) + ")" : "");
            items.add(new Item(annotation.getBegin(), annotation.getEnd(), "ann " + kind,
                    sign + (annotation.getCode() == null ? "" : annotation.getCode().getId()), title,
                    commentsOn(numbers, annotation.getId())));
        }
        for (GhostAnnotation ghost : review.getGhosts()) {
            if (ghost.getArticle() != article || ghost.getRegion() != region || !fits(ghost.getBegin(), ghost.getEnd(), text)) {
                continue;
            }
            items.add(new Item(ghost.getBegin(), ghost.getEnd(), "ghost",
                    ReturnedReviews.MISSED_SYMBOL + (ghost.getCode() == null ? "" : ghost.getCode().getId()),
                    codeName(ghost.getCode()) + ": missed (in the key)", commentsOn(numbers, ghost.getKeyAnnotationId())));
        }
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (Item item : items) {
            cuts.add(item.begin());
            cuts.add(item.end());
        }
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            List<Item> over = new ArrayList<>();
            for (Item item : items) {
                if (item.begin() <= from && item.end() >= to && item.begin() < item.end()) {
                    over.add(item);
                }
            }
            String piece = escape(text.substring(from, to)).replace("\n", "<br/>");
            if (over.isEmpty()) {
                html.append(piece);
            } else {
                String classes = String.join(" ", over.stream().map(Item::cssClass).distinct().toList());
                String title = String.join("; ", over.stream().map(Item::title).toList());
                html.append("<span class=\"").append(escape(classes)).append("\" title=\"").append(escape(title)).append("\">")
                        .append(piece).append("</span>");
            }
            int end = to;
            List<Item> ending = new ArrayList<>(items.stream().filter(item -> item.end() == end).toList());
            ending.sort(Comparator.comparingInt(Item::begin));
            for (Item item : ending) {
                html.append("<sup class=\"sign\">").append(escape(item.sign()));
                for (int number : item.comments()) {
                    html.append(" <a href=\"#c").append(number).append("\">[").append(number).append("]</a>");
                }
                html.append("</sup>");
            }
            from = to;
        }
    }

    private static boolean fits(int begin, int end, String text) {
        return begin >= 0 && end <= text.length() && begin <= end;
    }

    private static List<Integer> commentsOn(Map<Feedback, Integer> numbers, String annotationId) {
        List<Integer> found = new ArrayList<>();
        numbers.forEach((feedback, number) -> {
            if (annotationId != null && annotationId.equals(feedback.getAnnotationId())) {
                found.add(number);
            }
        });
        return found;
    }

    /** {@code text} escaped for HTML text and attribute values; characters XML cannot hold become U+FFFD. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (c < 0x20 && c != '\n' && c != '\t' && c != '\r' || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static String shorten(String text) {
        if (text == null) {
            return "";
        }
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= 60 ? line : line.substring(0, 57) + "…";
    }

    private static String oneDecimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String signed(double value) {
        return (value < 0 ? "− " : "+ ") + oneDecimal(Math.abs(value));
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }

    private static final String STYLE = """
            body { font-family: Georgia, serif; max-width: 48em; margin: 2em auto; line-height: 1.5; color: #222; }
            h1, h2, h3 { font-family: sans-serif; }
            .who, .explanation { color: #555; }
            .grade { font-size: 2em; margin: 0; }
            table.terms { border-collapse: collapse; }
            table.terms td, table.terms th { border: 1px solid #bbb; padding: 0.2em 0.6em; text-align: left; }
            .comments li { margin-bottom: 0.5em; }
            .where { color: #555; }
            .points { font-weight: bold; }
            .headline { font-weight: bold; font-size: 1.2em; }
            .body { white-space: normal; }
            .ann { border-bottom: 2px solid; }
            .matched { background: #d9f2d9; border-bottom-style: solid; border-color: #2a7a2a; }
            .partial { background: #fff2cc; border-bottom-style: dotted; border-color: #9a7000; }
            .extra { background: #e6e6ff; border-bottom-style: double; border-color: #3a3aa0; }
            .wrong-code { background: #ffe0cc; border-bottom-style: dashed; border-color: #b34700; }
            .ghost { outline: 1px dashed #666; outline-offset: 1px; }
            sup.sign { font-family: sans-serif; font-size: 0.7em; color: #333; }
            """;
}
