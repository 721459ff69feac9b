package org.framebench.suggest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.framebench.core.assignment.Examples;
import org.framebench.core.codebook.BuiltInCodebook;
import org.framebench.model.Article;
import org.framebench.model.Assignment;
import org.framebench.model.Code;
import org.framebench.model.Codebook;
import org.framebench.model.FramebenchFactory;
import org.framebench.model.Layer;
import org.framebench.suggest.Attribution;
import org.framebench.suggest.AttributionFinder;
import org.framebench.suggest.AttributionPart;
import org.framebench.suggest.SuggestedAnnotation;
import org.junit.jupiter.api.Test;

/** The finder's contract, run inside OSGi (the models come from their bundles, as in the product). */
class AttributionFinderTest {

    private final Codebook codebook = BuiltInCodebook.load();

    private static Article article(String id, String text) {
        Article article = FramebenchFactory.eINSTANCE.createArticle();
        article.setId(id);
        article.setText(text);
        return article;
    }

    @Test
    void modelsLoadFromTheirBundlesOnce() {
        long first = AttributionFinder.loadModels();
        long again = AttributionFinder.loadModels();
        System.out.println("OpenNLP English models loaded in " + first + " ms");
        assertEquals(first, again, "the second call reports the one load, it does not load again");
        assertTrue(first < 10_000, "models loaded in " + first + " ms");
    }

    @Test
    void everySuggestionIsAnchoredCodedAndGrouped() throws Exception {
        Assignment assignment = Examples.load(Examples.LIBYA);
        Set<String> codes = new HashSet<>();
        for (Layer layer : codebook.getLayers()) {
            layer.getCodes().forEach(code -> codes.add(code.getId()));
        }
        int total = 0;
        for (Article article : assignment.getArticles()) {
            List<Attribution> attributions = AttributionFinder.get().findAttributions(article, codebook);
            assertFalse(attributions.isEmpty(), article.getId());
            Set<String> ids = new HashSet<>();
            for (Attribution attribution : attributions) {
                assertTrue(ids.add(attribution.id()), "attribution ids are unique: " + attribution.id());
                for (SuggestedAnnotation part : attribution.parts()) {
                    assertEquals(article.getId(), part.articleId());
                    assertEquals(attribution.id(), part.attribution());
                    assertEquals(article.getText().substring(part.begin(), part.end()), part.text());
                    assertTrue(codes.contains(part.codeId()), part.codeId());
                    assertTrue(part.confidence() > 0 && part.confidence() <= 1, part.toString());
                    String expectedPrefix = switch (part.part()) {
                        case SOURCE, CHANNEL -> "S";
                        case CUE, CONTENT -> "A";
                    };
                    assertTrue(part.codeId().startsWith(expectedPrefix), part.toString());
                }
            }
            List<SuggestedAnnotation> flat = AttributionFinder.get().find(article, codebook);
            for (int i = 1; i < flat.size(); i++) {
                assertTrue(flat.get(i - 1).begin() <= flat.get(i).begin(), "text order");
            }
            total += flat.size();
        }
        assertTrue(total > 150, "suggestions over the four articles: " + total);
    }

    @Test
    void attributesSayWhatTheCodesMean() {
        Article article = article("t", "Libyan government spokesman Musa Ibrahim said the talks were \"a first step.\"");
        Attribution a = AttributionFinder.get().findAttributions(article, codebook).get(0);
        assertEquals("Libyan government spokesman Musa Ibrahim", a.source().text());
        assertEquals("S1", a.source().codeId());
        assertEquals("named", a.source().attributes().get("identification"));
        assertEquals("said", a.cue().text());
        assertEquals("A4", a.cue().codeId());
        assertEquals("neutral", a.cue().attributes().get("cue_class"));
        assertEquals("say", a.verb());
        assertEquals("the talks were \"a first step.\"", a.content().text());
        assertEquals("A3", a.content().codeId());
        assertEquals("mixed", a.content().attributes().get("quote_type"));
    }

    @Test
    void quotesGoOnIntoTheNextParagraph() {
        String text = "\u201CWe will not leave the city,\u201D the commander told reporters. \u201COur men are ready.\n"
                + "\u201CThey will hold the bridge until help comes.\u201D\n"
                + "Officials denied the report.";
        List<Attribution> found = AttributionFinder.get().findAttributions(article("q", text), codebook);
        assertEquals("\u201CWe will not leave the city,\u201D", found.get(0).content().text());
        assertEquals("A1", found.get(0).content().codeId());
        assertEquals("the commander", found.get(0).source().text());
        assertEquals("S2", found.get(0).source().codeId());
        List<String> continued = new ArrayList<>();
        for (Attribution a : found.subList(1, found.size())) {
            if (a.content() != null && a.content().codeId().equals("A1")) {
                continued.add(a.content().text());
                assertEquals(found.get(0).source().begin(), a.source().begin(), "the same speaker goes on");
                assertEquals(found.get(0).cue().begin(), a.cue().begin());
            }
        }
        assertEquals(List.of("\u201COur men are ready.", "\u201CThey will hold the bridge until help comes.\u201D"), continued);
        Attribution denial = found.get(found.size() - 1);
        assertEquals("Officials", denial.source().text());
        assertEquals("S3", denial.source().codeId());
        assertEquals("A8", denial.cue().codeId());
        assertEquals("the report", denial.content().text());
    }

    @Test
    void postposedCuesInstitutionsOutletsAndStatements() {
        String text = "The bridge was closed on Monday, the transport ministry said in a statement. "
                + "The repairs will take a month, a senior engineer told CNN.";
        List<Attribution> found = AttributionFinder.get().findAttributions(article("p", text), codebook);
        assertEquals(2, found.size(), found.toString());
        assertEquals("the transport ministry", found.get(0).source().text());
        assertEquals("S4", found.get(0).source().codeId());
        assertEquals("The bridge was closed on Monday", found.get(0).content().text());
        assertEquals("A2", found.get(0).content().codeId());
        assertEquals("S6", found.get(0).channel().codeId());
        assertEquals("a senior engineer", found.get(1).source().text());
        assertEquals("S2", found.get(1).source().codeId());
    }

    @Test
    void codesTheCodebookLacksAreNeverSuggested() {
        Codebook small = EcoreUtil.copy(codebook);
        for (Layer layer : small.getLayers()) {
            layer.getCodes().removeIf(code -> Set.of("S1", "A1", "A8").contains(code.getId()));
        }
        String text = "\u201CWe are ready,\u201D Musa Ibrahim said. Officials denied the report.";
        List<Attribution> full = AttributionFinder.get().findAttributions(article("c", text), codebook);
        List<Attribution> found = AttributionFinder.get().findAttributions(article("c", text), small);
        assertEquals("S1", full.get(0).source().codeId());
        assertEquals("A1", full.get(0).content().codeId());
        assertNull(found.get(0).source(), "no S1 in the codebook");
        assertNull(found.get(0).content(), "no A1 in the codebook");
        assertNotNull(found.get(0).cue());
        for (Attribution attribution : found) {
            for (SuggestedAnnotation part : attribution.parts()) {
                assertFalse(Set.of("S1", "A1", "A8").contains(part.codeId()), part.toString());
            }
        }
        Set<String> left = new HashSet<>();
        for (Layer layer : small.getLayers()) {
            for (Code code : layer.getCodes()) {
                left.add(code.getId());
            }
        }
        assertFalse(left.contains("A8"));
    }

    @Test
    void threadsGetTheSameAnswersAndLaterCallsAreQuick() throws Exception {
        Assignment assignment = Examples.load(Examples.LIBYA);
        Article cnn = assignment.getArticles().get(0);
        List<Attribution> expected = AttributionFinder.get().findAttributions(cnn, codebook);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Attribution>>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> AttributionFinder.get().findAttributions(cnn, codebook)));
            }
            for (Future<List<Attribution>> future : futures) {
                assertEquals(expected, future.get());
            }
        } finally {
            pool.shutdown();
        }
        long worst = 0;
        for (int i = 0; i < 3; i++) {
            worst = 0;
            for (Article article : assignment.getArticles()) {
                long start = System.nanoTime();
                AttributionFinder.get().findAttributions(article, codebook);
                worst = Math.max(worst, (System.nanoTime() - start) / 1_000_000);
            }
        }
        System.out.println("slowest article after warming up: " + worst + " ms");
        assertTrue(worst < 300, "an article after the first took " + worst + " ms");
        assertTrue(expected.stream().anyMatch(a -> a.cue() != null && a.cue().part() == AttributionPart.CUE));
    }

    @Test
    void appositiveAndParentheticalSourcesAndPostposedAccordingTo() {
        Article article = article("g", "The bridge will stay shut until May, the council's transport chief, Omar Reyes, said.\n\n"
                + "Repairs will cost about 4 million euros, according to its owner, Halden Roads.\n\n"
                + "A council engineer, who spoke on condition of anonymity, said the cracks had been found in 2019.");
        List<Attribution> found = AttributionFinder.get().findAttributions(article, codebook);
        assertEquals(3, found.size(), found.toString());
        assertEquals("the council's transport chief, Omar Reyes", found.get(0).source().text());
        assertEquals("S1", found.get(0).source().codeId());
        assertEquals("The bridge will stay shut until May", found.get(0).content().text());
        assertEquals("according to", found.get(1).cue().text());
        assertEquals("its owner, Halden Roads", found.get(1).source().text());
        assertEquals("Repairs will cost about 4 million euros", found.get(1).content().text());
        assertEquals("A council engineer", found.get(2).source().text());
        assertEquals("S2", found.get(2).source().codeId());
        assertEquals("the cracks had been found in 2019", found.get(2).content().text());
    }

    @Test
    void aQuotationWhoseLastSentenceHasItsCueIsNoContinuation() {
        Article article = article("q", "\"We tested every cable,\" the engineer told reporters.\n\n"
                + "\"None had failed. All of them will be replaced anyway,\" he added.");
        List<Attribution> found = AttributionFinder.get().findAttributions(article, codebook);
        assertEquals(2, found.size(), found.toString());
        assertEquals("added", found.get(1).cue().text());
        assertEquals("he", found.get(1).source().text());
        assertEquals("\"None had failed. All of them will be replaced anyway,\"", found.get(1).content().text());
        assertEquals("A1", found.get(1).content().codeId());
    }

    @Test
    void aQuoteGoesOnAfterABlankLine() {
        Article article = article("c", "\"The river rose faster than any model predicted,\" said the mayor.\n\n"
                + "\"We will rebuild the levee higher than before.\"");
        List<Attribution> found = AttributionFinder.get().findAttributions(article, codebook);
        assertEquals(2, found.size(), found.toString());
        assertEquals("\"We will rebuild the levee higher than before.\"", found.get(1).content().text());
        assertEquals(found.get(0).cue().begin(), found.get(1).cue().begin(), "the continuation shares the cue");
    }
}
