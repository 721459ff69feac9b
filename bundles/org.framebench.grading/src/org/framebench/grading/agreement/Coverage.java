package org.framebench.grading.agreement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Code;

/**
 * How many annotators marked each character of an article: the data behind the class overlay (a heat
 * colouring per code or layer) and behind the character-level agreement figures.
 */
public final class Coverage {

    private Coverage() {
    }

    /**
     * For each character of the article ({@code articleLength} characters), the number of documents with at
     * least one annotation on it whose code passes {@code codes}; each document counts once per character
     * however many of its annotations overlap there.
     */
    public static int[] markedCounts(Collection<AnnotationDocument> documents, String articleId, int articleLength,
            Predicate<Code> codes) {
        int[] difference = new int[articleLength + 1];
        for (AnnotationDocument document : documents) {
            for (UnitizingAlpha.Span span : mergedSpans(document, articleId, articleLength, codes)) {
                difference[(int) span.begin()]++;
                difference[(int) span.end()]--;
            }
        }
        int[] counts = new int[articleLength];
        int running = 0;
        for (int i = 0; i < articleLength; i++) {
            running += difference[i];
            counts[i] = running;
        }
        return counts;
    }

    /** The stretches of the article one document marked with a code passing {@code codes}, merged and sorted. */
    public static List<UnitizingAlpha.Span> mergedSpans(AnnotationDocument document, String articleId, int articleLength,
            Predicate<Code> codes) {
        List<UnitizingAlpha.Span> spans = new ArrayList<>();
        for (Annotation annotation : document.getAnnotations()) {
            if (annotation.getArticle() == null || !articleId.equals(annotation.getArticle().getId())
                    || annotation.getCode() == null || !codes.test(annotation.getCode())) {
                continue;
            }
            UnitizingAlpha.Span span = bodySpan(annotation, articleLength);
            if (span != null) {
                spans.add(span);
            }
        }
        return merge(spans);
    }

    /**
     * The stretch of its article's body {@code annotation} covers, clipped to the body's {@code articleLength}
     * characters; {@code null} for a headline annotation (its offsets index into the headline) or one that
     * covers nothing of the body.
     */
    static UnitizingAlpha.Span bodySpan(Annotation annotation, int articleLength) {
        if (annotation.getRegion() == org.framebench.model.TextRegion.HEADLINE) {
            return null;
        }
        int begin = Math.max(0, annotation.getBegin());
        int end = Math.min(articleLength, annotation.getEnd());
        return begin < end ? new UnitizingAlpha.Span(begin, end) : null;
    }

    /** Sorted spans with overlapping ones joined (adjacent ones stay apart). */
    public static List<UnitizingAlpha.Span> merge(List<UnitizingAlpha.Span> spans) {
        List<UnitizingAlpha.Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingLong(UnitizingAlpha.Span::begin).thenComparingLong(UnitizingAlpha.Span::end));
        List<UnitizingAlpha.Span> merged = new ArrayList<>(sorted.size());
        for (UnitizingAlpha.Span span : sorted) {
            UnitizingAlpha.Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && span.begin() < last.end()) {
                merged.set(merged.size() - 1, new UnitizingAlpha.Span(last.begin(), Math.max(last.end(), span.end())));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }
}
