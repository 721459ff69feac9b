package org.framebench.export.xlsx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.framebench.model.Article;
import org.framebench.nlp.diff.Difference;
import org.framebench.nlp.diff.Republication;
import org.framebench.nlp.diff.SummaryRow;
import org.framebench.nlp.diff.SyndicationDiff;
import org.framebench.nlp.text.Span;

/**
 * The syndication diff as a table, for the "Syndication" sheet and its CSV: for each article that republishes
 * another (near-duplicate text), one summary line per kind of difference (kinds with none included, count 0, so
 * "nothing removed" is said), then one line per difference with where it is (UTF-16 offsets, end exclusive,
 * into each text) and its text on both sides. Articles that republish none give no lines.
 */
public final class SyndicationTable {

    /** Column headers. */
    public static final List<String> HEADERS = List.of("Original", "Republication", "Row", "Kind", "Count",
            "Words", "Where", "In the original", "In the republication");
    /** "Row" of a summary line and of one difference. */
    public static final String SUMMARY_ROW = "summary";
    public static final String DIFFERENCE_ROW = "difference";

    /** One line: a summary line (its count set) or a difference (its count null). */
    public record Line(boolean summary, Object[] values) {
    }

    private SyndicationTable() {
    }

    /** The lines for {@code articles} (an assignment's articles, in order). */
    public static List<Line> lines(List<Article> articles) {
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        for (Article article : articles) {
            if (article.getText() != null) {
                texts.put(article.getId(), article.getText());
                names.put(article.getId(), article.getOutlet() == null ? article.getId()
                        : article.getOutlet() + " (" + article.getId() + ")");
            }
        }
        List<Line> lines = new ArrayList<>();
        for (Republication republication : Republication.find(texts)) {
            SyndicationDiff diff = republication.diff(texts);
            String original = names.get(republication.original());
            String copy = names.get(republication.republished());
            for (SummaryRow summary : diff.summary()) {
                lines.add(new Line(true, new Object[] { original, copy, SUMMARY_ROW, summary.kind().label(),
                        summary.count(), summary.words(), null, null, null }));
            }
            for (Difference difference : diff.differences()) {
                lines.add(new Line(false, new Object[] { original, copy, DIFFERENCE_ROW, difference.kind().label(),
                        null, difference.words(), where(difference), difference.originalText(),
                        difference.republishedText() }));
            }
        }
        return lines;
    }

    /** "original 120–135, republication 400–416": the difference's place in each text. */
    static String where(Difference difference) {
        return "original " + range(difference.original()) + ", republication " + range(difference.republished());
    }

    private static String range(Span span) {
        return span == null ? "\u2013" : span.begin() + "\u2013" + span.end();
    }
}
