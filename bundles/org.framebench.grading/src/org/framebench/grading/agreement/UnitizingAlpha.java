package org.framebench.grading.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Krippendorff's unitizing alpha (u-alpha) for one category on a continuum, e.g. the characters of an
 * article (Krippendorff 1995, "On the reliability of unitizing continuous data", Sociological Methodology
 * 25; Krippendorff 2004, <i>Content Analysis</i>, 2nd ed., section 12.4). Each observer divides the
 * continuum into units of the category and gaps between them; alpha compares the observers' segmentations
 * with what chance would give for the same units and gaps:
 * <ul>
 * <li>observed disagreement {@code D_o = 2 / (m (m-1) L^2) * sum over observer pairs and overlapping
 * segments of delta^2}, where {@code delta^2} is {@code (b_i-b_j)^2 + (e_i-e_j)^2} for two overlapping
 * units, {@code l^2} for a unit lying wholly inside the other observer's gap, and 0 otherwise;</li>
 * <li>expected disagreement {@code D_e = (2/L) * sum over units of [(N-1)(2l^3 - 3l^2 + l)/3 + l^2 * sum
 * over gaps g with l_g >= l of (l_g - l + 1)] / (mL(mL-1) - sum over units of l(l-1))}, N the number of
 * units of all observers.</li>
 * </ul>
 * Units of one observer must not overlap: overlapping spans are merged first (adjacent spans stay two
 * units). Spans are clipped to the continuum.
 */
public final class UnitizingAlpha {

    /** A span {@code [begin, end)} of the continuum. */
    public record Span(long begin, long end) {
        public Span {
            if (end < begin) {
                throw new IllegalArgumentException("a span ends before it begins: [" + begin + ", " + end + ")");
            }
        }

        public long length() {
            return end - begin;
        }
    }

    /** Observed and expected disagreement of one category; alpha is {@code 1 - D_o / D_e}. */
    public record Result(double observedDisagreement, double expectedDisagreement) {

        /** 1 − D_o/D_e; {@code NaN} when nobody marked a unit (nothing to agree on). */
        public double alpha() {
            if (expectedDisagreement == 0 || Double.isNaN(expectedDisagreement)) {
                return Double.NaN;
            }
            return 1 - observedDisagreement / expectedDisagreement;
        }
    }

    private UnitizingAlpha() {
    }

    /**
     * u-alpha of one category.
     *
     * @param continuumBegin first position of the continuum
     * @param continuumLength its length L (characters)
     * @param unitsPerObserver for each of the m ≥ 2 observers, the spans they marked with the category
     */
    public static Result forCategory(long continuumBegin, long continuumLength, List<List<Span>> unitsPerObserver) {
        int observers = unitsPerObserver.size();
        if (observers < 2) {
            throw new IllegalArgumentException("unitizing alpha needs at least two observers");
        }
        if (continuumLength <= 0) {
            throw new IllegalArgumentException("the continuum must not be empty");
        }
        long end = continuumBegin + continuumLength;
        List<long[]> segmentations = new ArrayList<>(observers);
        for (List<Span> units : unitsPerObserver) {
            segmentations.add(segment(normalize(units, continuumBegin, end), continuumBegin, end));
        }
        double length = continuumLength;
        double observedSum = observedSum(segmentations);
        double observed = 2 * observedSum / ((double) observers * (observers - 1) * length * length);
        return new Result(observed, expected(segmentations, observers, length));
    }

    /**
     * u-alpha over several categories (e.g. the codes of a layer): {@code 1 - sum D_o / sum D_e}, the
     * categories weighted by their expected disagreement; categories nobody used are left out.
     */
    public static double combined(List<Result> perCategory) {
        double observed = 0;
        double expected = 0;
        for (Result result : perCategory) {
            if (result.expectedDisagreement() > 0) {
                observed += result.observedDisagreement();
                expected += result.expectedDisagreement();
            }
        }
        return expected == 0 ? Double.NaN : 1 - observed / expected;
    }

    /** Sorted, clipped, overlap-free units. */
    private static List<Span> normalize(List<Span> units, long begin, long end) {
        List<Span> clipped = new ArrayList<>();
        for (Span span : units) {
            long b = Math.max(begin, span.begin());
            long e = Math.min(end, span.end());
            if (b < e) {
                clipped.add(new Span(b, e));
            }
        }
        return Coverage.merge(clipped);
    }

    /**
     * The observer's segmentation as a flat array of triples (begin, end, 1 for a unit / 0 for a gap)
     * covering the whole continuum.
     */
    private static long[] segment(List<Span> units, long begin, long end) {
        long[] segments = new long[(units.size() * 2 + 1) * 3];
        int n = 0;
        long position = begin;
        for (Span unit : units) {
            if (unit.begin() > position) {
                segments[n++] = position;
                segments[n++] = unit.begin();
                segments[n++] = 0;
            }
            segments[n++] = unit.begin();
            segments[n++] = unit.end();
            segments[n++] = 1;
            position = unit.end();
        }
        if (position < end) {
            segments[n++] = position;
            segments[n++] = end;
            segments[n++] = 0;
        }
        return Arrays.copyOf(segments, n);
    }

    /**
     * The sum over all pairs of observers of delta^2 over their overlapping segments, in O(N log N) for N
     * segments of all observers together, not one pass per pair of observers (which grows with the square of
     * the class). The two kinds of terms are summed separately:
     * <ul>
     * <li>two overlapping units (of two observers: one observer's units never overlap) give
     * {@code (b1-b2)^2 + (e1-e2)^2}: a sweep in order of begin keeps the sums of b, b^2, e, e^2 of the units
     * still open, so each new unit adds its terms with every open one at once;</li>
     * <li>a unit lying wholly inside another observer's gap gives {@code l^2} once per such gap: the gaps that
     * contain a unit [b, e) are those beginning at or before b and ending at or after e, counted with a
     * Fenwick tree over gap ends (an observer's own gaps never contain its own units).</li>
     * </ul>
     * Sums are exact in {@code long} up to continua of about a million characters with 100,000 units.
     */
    private static double observedSum(List<long[]> segmentations) {
        int unitCount = 0;
        int gapCount = 0;
        for (long[] segments : segmentations) {
            for (int s = 0; s < segments.length; s += 3) {
                if (segments[s + 2] == 1) {
                    unitCount++;
                } else {
                    gapCount++;
                }
            }
        }
        long[][] units = new long[unitCount][];
        long[][] gaps = new long[gapCount][];
        int u = 0;
        int g = 0;
        for (long[] segments : segmentations) {
            for (int s = 0; s < segments.length; s += 3) {
                long[] segment = { segments[s], segments[s + 1] };
                if (segments[s + 2] == 1) {
                    units[u++] = segment;
                } else {
                    gaps[g++] = segment;
                }
            }
        }
        return overlappingUnitsSum(units) + unitsInGapsSum(units, gaps);
    }

    /** Sum of (b1-b2)^2 + (e1-e2)^2 over every pair of overlapping units. */
    private static double overlappingUnitsSum(long[][] units) {
        long[][] byBegin = units.clone();
        Arrays.sort(byBegin, Comparator.comparingLong((long[] unit) -> unit[0]));
        long[][] byEnd = units.clone();
        Arrays.sort(byEnd, Comparator.comparingLong((long[] unit) -> unit[1]));
        long count = 0;
        long sumBegin = 0;
        long sumBeginSquared = 0;
        long sumEnd = 0;
        long sumEndSquared = 0;
        long total = 0;
        int closed = 0;
        for (long[] unit : byBegin) {
            long b = unit[0];
            long e = unit[1];
            // A unit ending at or before b began before b, so it was opened earlier: close it now.
            while (closed < byEnd.length && byEnd[closed][1] <= b) {
                long[] gone = byEnd[closed++];
                count--;
                sumBegin -= gone[0];
                sumBeginSquared -= gone[0] * gone[0];
                sumEnd -= gone[1];
                sumEndSquared -= gone[1] * gone[1];
            }
            total += count * (b * b + e * e) - 2 * b * sumBegin + sumBeginSquared - 2 * e * sumEnd + sumEndSquared;
            count++;
            sumBegin += b;
            sumBeginSquared += b * b;
            sumEnd += e;
            sumEndSquared += e * e;
        }
        return total;
    }

    /** Sum of l^2 over every (unit, gap of another observer wholly containing it). */
    private static double unitsInGapsSum(long[][] units, long[][] gaps) {
        long[] gapEnds = new long[gaps.length];
        for (int g = 0; g < gaps.length; g++) {
            gapEnds[g] = gaps[g][1];
        }
        Arrays.sort(gapEnds);
        long[][] gapsByBegin = gaps.clone();
        Arrays.sort(gapsByBegin, Comparator.comparingLong((long[] gap) -> gap[0]));
        long[][] unitsByBegin = units.clone();
        Arrays.sort(unitsByBegin, Comparator.comparingLong((long[] unit) -> unit[0]));
        int[] tree = new int[gapEnds.length + 1]; // Fenwick tree: how many gaps opened so far end at each rank
        int opened = 0;
        long total = 0;
        for (long[] unit : unitsByBegin) {
            while (opened < gapsByBegin.length && gapsByBegin[opened][0] <= unit[0]) {
                for (int i = lowerBound(gapEnds, gapsByBegin[opened][1]) + 1; i < tree.length; i += i & -i) {
                    tree[i]++;
                }
                opened++;
            }
            int endingBefore = 0; // opened gaps ending before the unit does
            for (int i = lowerBound(gapEnds, unit[1]); i > 0; i -= i & -i) {
                endingBefore += tree[i];
            }
            long length = unit[1] - unit[0];
            total += length * length * (long) (opened - endingBefore);
        }
        return total;
    }

    private static double expected(List<long[]> segmentations, int observers, double length) {
        List<Long> unitLengths = new ArrayList<>();
        List<Long> gapLengths = new ArrayList<>();
        for (long[] segments : segmentations) {
            for (int s = 0; s < segments.length; s += 3) {
                (segments[s + 2] == 1 ? unitLengths : gapLengths).add(segments[s + 1] - segments[s]);
            }
        }
        if (unitLengths.isEmpty()) {
            return Double.NaN;
        }
        long[] gaps = gapLengths.stream().mapToLong(Long::longValue).sorted().toArray();
        // suffix sums of gap lengths, so "sum over gaps at least l long" is a binary search away
        double[] suffix = new double[gaps.length + 1];
        for (int g = gaps.length - 1; g >= 0; g--) {
            suffix[g] = suffix[g + 1] + gaps[g];
        }
        double units = unitLengths.size();
        double numerator = 0;
        double unitPairs = 0;
        for (long unitLength : unitLengths) {
            double l = unitLength;
            unitPairs += l * (l - 1);
            int first = lowerBound(gaps, unitLength);
            double longGaps = gaps.length - first;
            double fits = suffix[first] - longGaps * (l - 1);
            numerator += (units - 1) * (2 * l * l * l - 3 * l * l + l) / 3 + l * l * fits;
        }
        double ml = observers * length;
        return (2 / length) * numerator / (ml * (ml - 1) - unitPairs);
    }

    private static int lowerBound(long[] sorted, long value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
