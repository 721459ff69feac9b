package org.framebench.export.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.framebench.core.compare.Comparison;
import org.framebench.core.compare.ComparisonCell;
import org.framebench.core.compare.ComparisonRow;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;

/**
 * The Compare view as a table, for the "Comparison" sheet, its CSV and the grade book: one row per statement
 * of each document, one group of columns per article (wording, source kind, quote type, verb, verb class,
 * framing codes, status), then how many outlets leave the statement out and the student's note. Articles are
 * matched by id, so a class sharing one assignment lines up column by column.
 */
public final class ComparisonTable {

    /** Status of a cell: the outlet reports the statement as most do. */
    public static final String REPORTED = "reported";
    /** Status of a cell: the source kind or verb class differs from most outlets. */
    public static final String DIFFERS = "differs";
    /** Status of a cell: the outlet leaves the statement out (the Left out column counts these). */
    public static final String LEFT_OUT = "left out";
    public static final String LEFT_OUT_RECORDED = "left out (omission recorded)";

    static final List<String> LEADING = List.of("Student name", "Student id", "Statement");
    static final List<String> PER_ARTICLE = List.of("wording", "source", "quote", "verb", "verb class", "framing",
            "status");
    /** Offset of the status column within an article's group. */
    public static final int STATUS = 6;

    private final List<AnnotationDocument> documents;
    private final List<Article> articles;
    private final List<String> headers = new ArrayList<>();

    public ComparisonTable(List<AnnotationDocument> documents, List<Article> articles) {
        this.documents = List.copyOf(documents);
        this.articles = List.copyOf(articles);
        headers.addAll(LEADING);
        for (Article article : this.articles) {
            for (String field : PER_ARTICLE) {
                headers.add(article.getId() + " " + field);
            }
        }
        headers.add("Left out by");
        headers.add("Note");
    }

    /** For one document, with its own articles. */
    public static ComparisonTable of(AnnotationDocument document) {
        return new ComparisonTable(List.of(document),
                document.getAssignment() == null ? List.of() : document.getAssignment().getArticles());
    }

    public List<String> headers() {
        return headers;
    }

    public List<Article> articles() {
        return articles;
    }

    /** The column of article {@code index}'s first field (0-based). */
    public static int firstColumn(int index) {
        return LEADING.size() + index * PER_ARTICLE.size();
    }

    public int leftOutColumn() {
        return firstColumn(articles.size());
    }

    public int noteColumn() {
        return leftOutColumn() + 1;
    }

    /** One table row: its values (String, Integer or null for blank), and how many outlets leave it out. */
    public record Line(Object[] values, int leftOut) {
    }

    /** Every row of every document, document by document, statement by statement. */
    public List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        for (AnnotationDocument document : documents) {
            Comparison comparison = Comparison.of(document);
            for (ComparisonRow row : comparison.getRows()) {
                Object[] values = new Object[headers.size()];
                values[0] = document.getAnnotatorName();
                values[1] = document.getAnnotatorId();
                values[2] = row.getNumber();
                int leftOut = 0;
                for (int a = 0; a < articles.size(); a++) {
                    ComparisonCell cell = cellFor(comparison, row, articles.get(a).getId());
                    int first = firstColumn(a);
                    if (cell == null) {
                        continue; // this document has no such article: blank, not "left out"
                    }
                    if (cell.isOmission()) {
                        values[first + STATUS] = cell.isOmissionRecorded() ? LEFT_OUT_RECORDED : LEFT_OUT;
                        leftOut++;
                        continue;
                    }
                    values[first] = cell.getWording();
                    values[first + 1] = cell.getSourceKind() == null ? null : cell.getSourceKind().label();
                    values[first + 2] = cell.getQuoteType() == null ? null : cell.getQuoteType().label();
                    values[first + 3] = cell.getVerb();
                    values[first + 4] = cell.getVerbClass() == null ? null : cell.getVerbClass().label();
                    values[first + 5] = cell.getFraming().isEmpty() ? null
                            : cell.getFraming().stream().map(c -> c.getId()).collect(Collectors.joining(" "));
                    values[first + STATUS] = cell.isDifferent() ? DIFFERS : REPORTED;
                }
                values[leftOutColumn()] = leftOut;
                String note = row.getNoteText();
                values[noteColumn()] = note.isEmpty() ? null : note;
                lines.add(new Line(values, leftOut));
            }
        }
        return lines;
    }

    private static ComparisonCell cellFor(Comparison comparison, ComparisonRow row, String articleId) {
        List<Article> own = comparison.getArticles();
        for (int i = 0; i < own.size(); i++) {
            if (articleId.equals(own.get(i).getId())) {
                return row.getCell(i);
            }
        }
        return null;
    }
}
