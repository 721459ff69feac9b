package org.framebench.grading.agreement;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Krippendorff's alpha for nominal data, with missing values (Krippendorff, "Computing Krippendorff's
 * Alpha-Reliability", 2011): {@code alpha = 1 - D_o / D_e}, computed from the coincidence matrix of the
 * values that can be paired within a unit (units with fewer than two values are left out).
 * <p>
 * Two ways in: a reliability-data matrix (observers × units, {@code null} for a missing value), or, for
 * large data such as one unit per character, the counts of each category in each unit.
 */
public final class KrippendorffAlpha {

    private KrippendorffAlpha() {
    }

    /**
     * Nominal alpha of a reliability-data matrix: {@code data[observer][unit]} is the category the observer
     * gave the unit, or {@code null} when missing. Categories are compared with {@code equals}.
     *
     * @return alpha, 1 for perfect agreement, 0 for chance agreement; {@code NaN} when there is no
     *         variation at all (every pairable value the same) or fewer than two pairable values
     */
    public static double nominal(Object[][] data) {
        int units = 0;
        for (Object[] row : data) {
            units = Math.max(units, row.length);
        }
        Map<Object, Integer> categories = new LinkedHashMap<>();
        for (Object[] row : data) {
            for (Object value : row) {
                if (value != null) {
                    categories.putIfAbsent(value, categories.size());
                }
            }
        }
        int[][] counts = new int[units][categories.size()];
        for (Object[] row : data) {
            for (int unit = 0; unit < row.length; unit++) {
                if (row[unit] != null) {
                    counts[unit][categories.get(row[unit])]++;
                }
            }
        }
        return nominalFromCounts(counts);
    }

    /**
     * Nominal alpha from {@code counts[unit][category]}: how many observers put the unit in each category.
     * Missing values are simply not counted, so units may have different numbers of values.
     */
    public static double nominalFromCounts(int[][] counts) {
        int categoryCount = 0;
        for (int[] unit : counts) {
            categoryCount = Math.max(categoryCount, unit.length);
        }
        // Coincidence matrix diagonal and marginals: o_cc and n_c, over pairable values only.
        double[] marginal = new double[categoryCount];
        double observedAgreement = 0;
        double pairable = 0;
        for (int[] unit : counts) {
            int values = 0;
            for (int count : unit) {
                values += count;
            }
            if (values < 2) {
                continue;
            }
            for (int c = 0; c < unit.length; c++) {
                marginal[c] += unit[c];
                observedAgreement += (double) unit[c] * (unit[c] - 1) / (values - 1);
            }
            pairable += values;
        }
        return fromCoincidences(observedAgreement, marginal, pairable);
    }

    /**
     * Nominal alpha of a binary variable given per unit as (values, ones): for character-level data where
     * each of {@code values[u]} observers either marked unit u ({@code ones[u]} of them) or not.
     */
    public static double nominalBinary(int[] values, int[] ones) {
        double[] marginal = new double[2];
        double observedAgreement = 0;
        double pairable = 0;
        for (int u = 0; u < values.length; u++) {
            int n = values[u];
            if (n < 2) {
                continue;
            }
            int marked = ones[u];
            int unmarked = n - marked;
            marginal[0] += unmarked;
            marginal[1] += marked;
            observedAgreement += ((double) marked * (marked - 1) + (double) unmarked * (unmarked - 1)) / (n - 1);
            pairable += n;
        }
        return fromCoincidences(observedAgreement, marginal, pairable);
    }

    private static double fromCoincidences(double observedAgreement, double[] marginal, double n) {
        if (n < 2) {
            return Double.NaN;
        }
        // D_o = 1 - sum_c o_cc / n ; D_e = 1 - sum_c n_c (n_c - 1) / (n (n - 1))
        double observedDisagreement = 1 - observedAgreement / n;
        double expectedAgreement = 0;
        for (double nc : marginal) {
            expectedAgreement += nc * (nc - 1);
        }
        double expectedDisagreement = 1 - expectedAgreement / (n * (n - 1));
        if (expectedDisagreement == 0) {
            return Double.NaN;
        }
        return 1 - observedDisagreement / expectedDisagreement;
    }
}
