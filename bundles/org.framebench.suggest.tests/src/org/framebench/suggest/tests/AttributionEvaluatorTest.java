package org.framebench.suggest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.framebench.suggest.Attribution;
import org.framebench.suggest.AttributionPart;
import org.framebench.suggest.SuggestedAnnotation;
import org.framebench.suggest.evaluation.AttributionEvaluator;
import org.framebench.suggest.evaluation.AttributionEvaluator.Report;
import org.framebench.suggest.evaluation.AttributionEvaluator.Span;
import org.framebench.suggest.evaluation.GoldSet;
import org.junit.jupiter.api.Test;

/** Precision, recall, F1 and kind accuracy on spans made by hand. */
class AttributionEvaluatorTest {

    private static Span span(AttributionPart part, int begin, int end, String code) {
        return new Span("a", part, begin, end, code);
    }

    @Test
    void jaccardOfCharacterSpans() {
        assertEquals(1.0, span(AttributionPart.CUE, 0, 10, "A4").jaccard(span(AttributionPart.CUE, 0, 10, "A4")));
        assertEquals(0.5, span(AttributionPart.CUE, 0, 10, "A4").jaccard(span(AttributionPart.CUE, 0, 5, "A4")));
        assertEquals(0.0, span(AttributionPart.CUE, 0, 10, "A4").jaccard(span(AttributionPart.CUE, 10, 20, "A4")));
        assertEquals(5.0 / 15, span(AttributionPart.CUE, 0, 10, "A4").jaccard(span(AttributionPart.CUE, 5, 15, "A4")));
    }

    @Test
    void aMatchNeedsTheSameCodeAndHalfTheCharacters() {
        Set<Span> gold = Set.of(span(AttributionPart.SOURCE, 0, 10, "S1"), span(AttributionPart.SOURCE, 20, 30, "S2"),
                span(AttributionPart.CONTENT, 40, 80, "A2"), span(AttributionPart.CUE, 11, 15, "A4"));
        Set<Span> suggested = Set.of(span(AttributionPart.SOURCE, 0, 9, "S1"), // matches
                span(AttributionPart.SOURCE, 20, 30, "S3"), // right span, wrong kind
                span(AttributionPart.CONTENT, 40, 59, "A2"), // 19/40 < 0.5
                span(AttributionPart.CUE, 11, 15, "A4"), span(AttributionPart.CUE, 90, 95, "A7"));
        Report report = new AttributionEvaluator().evaluate(gold, suggested);
        assertEquals(new AttributionEvaluator.Score(1, 2, 2), report.part(AttributionPart.SOURCE));
        assertEquals(0.5, report.part(AttributionPart.SOURCE).f1(), 1e-9);
        assertEquals(new AttributionEvaluator.Score(0, 1, 1), report.part(AttributionPart.CONTENT));
        assertEquals(0.0, report.part(AttributionPart.CONTENT).f1());
        assertEquals(new AttributionEvaluator.Score(1, 2, 1), report.part(AttributionPart.CUE));
        assertEquals(2.0 / 3, report.part(AttributionPart.CUE).f1(), 1e-9);
        assertEquals(new AttributionEvaluator.Score(0, 0, 1), report.code("S2"));
        assertEquals(new AttributionEvaluator.Score(0, 1, 0), report.code("S3"));
        assertEquals(new AttributionEvaluator.Score(0, 1, 0), report.code("A7"));
        assertEquals(2, report.kindMatched());
        assertEquals(1, report.kindAgreed());
        assertEquals(0.5, report.kindAccuracy());
        assertTrue(report.table().contains("source kind accuracy 0.500 (1 of 2 sources matched by span)"), report.table());
    }

    @Test
    void eachSpanMatchesOnceBestOverlapFirst() {
        Set<Span> gold = Set.of(span(AttributionPart.CUE, 0, 10, "A4"));
        Set<Span> suggested = Set.of(span(AttributionPart.CUE, 0, 10, "A4"), span(AttributionPart.CUE, 0, 9, "A4"));
        Report report = new AttributionEvaluator().evaluate(gold, suggested);
        assertEquals(new AttributionEvaluator.Score(1, 2, 1), report.part(AttributionPart.CUE));
    }

    @Test
    void goldSetsAreReadAndSharedSourcesCountOnce() throws IOException {
        GoldSet gold;
        try (InputStream in = getClass().getResourceAsStream("/resources/fixtures/small-gold.json")) {
            gold = GoldSet.read(in, "small-gold.json");
        }
        assertEquals(3, gold.records("a").size());
        assertEquals(2, gold.withoutBoilerplate().records("a").size());
        SuggestedAnnotation source = new SuggestedAnnotation("a", 0, 11, "S2", "The minister", 0.9, "x",
                AttributionPart.SOURCE, Map.of());
        Attribution suggested = new Attribution("x", "a", source, null, null, null, 0.9);
        Report report = new AttributionEvaluator().evaluate(gold.withoutBoilerplate(), List.of(suggested));
        assertEquals(new AttributionEvaluator.Score(1, 1, 1), report.part(AttributionPart.SOURCE),
                "two records share one source span");
        assertEquals(new AttributionEvaluator.Score(0, 0, 2), report.part(AttributionPart.CUE));
    }

    @Test
    void aDamagedGoldSetNamesTheRecord() {
        IOException e = assertThrows(IOException.class, () -> {
            try (InputStream in = getClass().getResourceAsStream("/resources/fixtures/bad-gold.json")) {
                GoldSet.read(in, "bad-gold.json");
            }
        });
        assertTrue(e.getMessage().startsWith("bad-gold.json: record a-1 is not {id, source, cue, content}"), e.getMessage());
        assertTrue(e.getMessage().contains("source has the empty or reversed span 5..2"), e.getMessage());
    }
}
