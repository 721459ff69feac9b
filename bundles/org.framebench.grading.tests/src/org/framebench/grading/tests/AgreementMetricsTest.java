package org.framebench.grading.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.framebench.grading.agreement.CohenKappa;
import org.framebench.grading.agreement.FleissKappa;
import org.framebench.grading.agreement.KrippendorffAlpha;
import org.framebench.grading.agreement.UnitizingAlpha;
import org.framebench.grading.agreement.UnitizingAlpha.Result;
import org.framebench.grading.agreement.UnitizingAlpha.Span;
import org.junit.jupiter.api.Test;

/** The agreement coefficients against worked examples published in the literature. */
class AgreementMetricsTest {

    /**
     * Krippendorff, K. (2011). "Computing Krippendorff's Alpha-Reliability", Departmental Papers (ASC) 43,
     * University of Pennsylvania, section C ("nominal data, any number of observers, missing values"):
     * 4 observers, 12 units, nominal alpha = 0.743.
     */
    @Test
    void krippendorffAlphaNominalWithMissingDataMatchesKrippendorff2011() {
        String[][] data = {
                { "1", "2", "3", "3", "2", "1", "4", "1", "2", null, null, null },
                { "1", "2", "3", "3", "2", "2", "4", "1", "2", "5", null, "3" },
                { null, "3", "3", "3", "2", "3", "4", "2", "2", "5", "1", null },
                { "1", "2", "3", "3", "2", "4", "4", "1", "2", "5", "1", null } };

        assertEquals(0.743, KrippendorffAlpha.nominal(data), 0.0005);
    }

    @Test
    void krippendorffAlphaFromCountsAndBinaryAgreeWithTheMatrixForm() {
        // Three coders marking five characters (1 = marked); unit 4 has one value only (missing data).
        Integer[][] data = { { 1, 1, 0, 0, null }, { 1, 0, 0, 0, 1 }, { 1, 1, 0, 1, null } };
        double fromMatrix = KrippendorffAlpha.nominal(data);
        double fromBinary = KrippendorffAlpha.nominalBinary(new int[] { 3, 3, 3, 3, 1 }, new int[] { 3, 2, 0, 1, 1 });
        double fromCounts = KrippendorffAlpha.nominalFromCounts(new int[][] { { 0, 3 }, { 1, 2 }, { 3, 0 }, { 2, 1 }, { 0, 1 } });

        assertEquals(fromMatrix, fromBinary, 1e-12);
        assertEquals(fromMatrix, fromCounts, 1e-12);
        assertTrue(fromMatrix > 0 && fromMatrix < 1, "some but not perfect agreement: " + fromMatrix);
    }

    @Test
    void krippendorffAlphaIsOneForPerfectAgreement() {
        assertEquals(1.0, KrippendorffAlpha.nominal(new String[][] { { "a", "b", "a" }, { "a", "b", "a" } }), 1e-12);
    }

    /**
     * The worked example of the Wikipedia article "Fleiss' kappa" (10 subjects, 14 raters, 5 categories):
     * P = 0.378, P_e = 0.213, kappa = 0.210.
     */
    @Test
    void fleissKappaMatchesTheWorkedExample() {
        int[][] counts = { { 0, 0, 0, 0, 14 }, { 0, 2, 6, 4, 2 }, { 0, 0, 3, 5, 6 }, { 0, 3, 9, 2, 0 },
                { 2, 2, 8, 1, 1 }, { 7, 7, 0, 0, 0 }, { 3, 2, 6, 3, 0 }, { 2, 5, 3, 2, 2 }, { 6, 5, 2, 1, 0 },
                { 0, 2, 2, 3, 7 } };

        assertEquals(0.210, FleissKappa.of(counts), 0.0005);
    }

    @Test
    void fleissKappaBinaryEqualsTheTableForm() {
        int[] marked = { 5, 4, 0, 1, 3, 5 };
        int[][] table = new int[marked.length][];
        for (int i = 0; i < marked.length; i++) {
            table[i] = new int[] { marked[i], 5 - marked[i] };
        }
        assertEquals(FleissKappa.of(table), FleissKappa.binary(5, marked), 1e-12);
    }

    /**
     * The worked example of the Wikipedia article "Cohen's kappa": 50 grant proposals read by two readers,
     * 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no: p_o = 0.7, p_e = 0.5, kappa = 0.4.
     */
    @Test
    void cohenKappaMatchesTheWorkedExample() {
        assertEquals(0.4, CohenKappa.binary(20, 5, 10, 15), 1e-9);
        String[] a = new String[50];
        String[] b = new String[50];
        for (int i = 0; i < 50; i++) {
            a[i] = i < 25 ? "yes" : "no";
            b[i] = i < 20 || (i >= 25 && i < 35) ? "yes" : "no";
        }
        assertEquals(0.4, CohenKappa.of(a, b), 1e-9);
    }

    /**
     * Krippendorff, K. (2004). <i>Content Analysis</i>, 2nd ed., Sage, section 12.4, p. 254: two observers
     * on a continuum [150, 450). Category c: D_o = 0.0144, D_e = 0.0532, alpha = 0.7286; category k (identical
     * units): alpha = 1. Checked against the figures as reproduced by DKPro Statistics' test of its unitizing
     * alpha (Meyer et al. 2014); the book itself was not at hand.
     */
    @Test
    void unitizingAlphaMatchesKrippendorff2004() {
        Result c = UnitizingAlpha.forCategory(150, 300, List.of(
                List.of(new Span(225, 295), new Span(370, 400)),
                List.of(new Span(220, 300), new Span(355, 375), new Span(400, 420))));
        Result k = UnitizingAlpha.forCategory(150, 300, List.of(
                List.of(new Span(180, 240), new Span(300, 350)),
                List.of(new Span(180, 240), new Span(300, 350))));

        assertEquals(0.0144, c.observedDisagreement(), 0.00005);
        assertEquals(0.0532, c.expectedDisagreement(), 0.00005);
        assertEquals(0.7286, c.alpha(), 0.00005);
        assertEquals(0.0, k.observedDisagreement(), 1e-12);
        assertEquals(0.0490, k.expectedDisagreement(), 0.00005);
        assertEquals(1.0, k.alpha(), 1e-12);
        assertEquals(0.859, UnitizingAlpha.combined(List.of(c, k)), 0.0005);
    }

    /**
     * Krippendorff, K. (1995). "On the reliability of unitizing continuous data", Sociological Methodology 25,
     * p. 57: four pairs of observers on a continuum of 24; observed disagreements A 0.03125, B 2.26736,
     * C 0.02777, D 0.38715 (as reproduced by DKPro Statistics). The 1995 expected disagreement has a known
     * misprint, so only the observed values are compared.
     */
    @Test
    void unitizingObservedDisagreementMatchesKrippendorff1995() {
        assertEquals(0.03125, observed(List.of(s(2, 8), s(14, 6)), List.of(s(4, 4), s(15, 2))), 0.00001);
        assertEquals(2.26736, observed(List.of(s(0, 18)),
                List.of(s(0, 2), s(2, 1), s(3, 1), s(4, 1), s(5, 1), s(6, 3), s(9, 1))), 0.00001);
        assertEquals(0.02777, observed(List.of(s(2, 6), s(10, 2), s(14, 4), s(20, 2)),
                List.of(s(0, 2), s(4, 4), s(10, 4), s(16, 2), s(20, 2))), 0.00001);
        assertEquals(0.38715, observed(List.of(s(0, 2), s(2, 8), s(10, 4), s(14, 6), s(20, 4)),
                List.of(s(0, 4), s(4, 4), s(8, 7), s(15, 2), s(17, 7))), 0.00001);
    }

    @Test
    void unitizingAlphaMergesOverlappingUnitsOfOneObserver() {
        Result merged = UnitizingAlpha.forCategory(0, 100, List.of(List.of(new Span(10, 30), new Span(20, 40)),
                List.of(new Span(10, 40))));
        assertEquals(1.0, merged.alpha(), 1e-12, "[10,30) and [20,40) are one unit [10,40)");
    }

    /**
     * The one-sweep observed disagreement equals the definition computed the slow way, pair of observers by
     * pair, segment by segment, on random classes: many observers, touching and nested units, units at the
     * continuum's edges, observers who marked nothing.
     */
    @Test
    void unitizingObservedDisagreementEqualsThePairwiseDefinition() {
        Random random = new Random(20261202);
        for (int round = 0; round < 200; round++) {
            long begin = random.nextInt(50);
            long length = 1 + random.nextInt(400);
            int observers = 2 + random.nextInt(12);
            List<List<Span>> units = new ArrayList<>();
            for (int o = 0; o < observers; o++) {
                List<Span> spans = new ArrayList<>();
                int count = random.nextInt(4) == 0 ? 0 : random.nextInt(8);
                for (int k = 0; k < count; k++) {
                    long b = begin + random.nextInt((int) length);
                    long e = Math.min(begin + length, b + 1 + random.nextInt(60));
                    spans.add(new Span(b, e));
                }
                units.add(spans);
            }
            Result result = UnitizingAlpha.forCategory(begin, length, units);
            double expected = 0;
            for (int i = 0; i < observers; i++) {
                for (int j = i + 1; j < observers; j++) {
                    expected += pairwise(merged(units.get(i)), merged(units.get(j)), begin, begin + length);
                }
            }
            expected = 2 * expected / ((double) observers * (observers - 1) * length * length);
            assertEquals(expected, result.observedDisagreement(), 1e-12 * Math.max(1, expected),
                    "round " + round + ": " + units);
        }
    }

    /** delta^2 summed over the overlapping segments of two observers, straight from the definition. */
    private static double pairwise(List<Span> first, List<Span> second, long begin, long end) {
        double sum = 0;
        for (Span a : first) {
            for (Span b : second) {
                if (a.begin() < b.end() && b.begin() < a.end()) {
                    sum += Math.pow(a.begin() - b.begin(), 2) + Math.pow(a.end() - b.end(), 2);
                }
            }
            if (second.stream().noneMatch(b -> a.begin() < b.end() && b.begin() < a.end())) {
                sum += Math.pow(a.length(), 2); // wholly inside one of the other's gaps
            }
        }
        for (Span b : second) {
            if (first.stream().noneMatch(a -> a.begin() < b.end() && b.begin() < a.end())) {
                sum += Math.pow(b.length(), 2);
            }
        }
        return sum;
    }

    /** One observer's units merged where they overlap (touching ones stay two), as the measure takes them. */
    private static List<Span> merged(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort((x, y) -> x.begin() != y.begin() ? Long.compare(x.begin(), y.begin()) : Long.compare(x.end(), y.end()));
        List<Span> out = new ArrayList<>();
        for (Span span : sorted) {
            Span last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && span.begin() < last.end()) {
                out.set(out.size() - 1, new Span(last.begin(), Math.max(last.end(), span.end())));
            } else {
                out.add(span);
            }
        }
        return out;
    }

    private static double observed(List<Span> first, List<Span> second) {
        return UnitizingAlpha.forCategory(0, 24, List.of(first, second)).observedDisagreement();
    }

    private static Span s(long offset, long length) {
        return new Span(offset, offset + length);
    }
}
