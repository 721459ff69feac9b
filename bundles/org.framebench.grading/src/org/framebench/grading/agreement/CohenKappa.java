package org.framebench.grading.agreement;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Cohen's kappa for two raters who each put the same items in nominal categories (Cohen 1960):
 * {@code kappa = (p_o - p_e) / (1 - p_e)}, with {@code p_e} from each rater's own category proportions.
 */
public final class CohenKappa {

    private CohenKappa() {
    }

    /**
     * Kappa of two ratings of the same items ({@code first[i]} and {@code second[i]} rate item i; items
     * that either rater left {@code null} are skipped).
     *
     * @return kappa; {@code NaN} when chance agreement is already 1 (both raters used one category only)
     */
    public static double of(Object[] first, Object[] second) {
        if (first.length != second.length) {
            throw new IllegalArgumentException("both raters must rate the same items: " + first.length + " and "
                    + second.length + " ratings");
        }
        Map<Object, Integer> categories = new LinkedHashMap<>();
        for (int i = 0; i < first.length; i++) {
            if (first[i] != null && second[i] != null) {
                categories.putIfAbsent(first[i], categories.size());
                categories.putIfAbsent(second[i], categories.size());
            }
        }
        long[][] table = new long[categories.size()][categories.size()];
        for (int i = 0; i < first.length; i++) {
            if (first[i] != null && second[i] != null) {
                table[categories.get(first[i])][categories.get(second[i])]++;
            }
        }
        return fromTable(table);
    }

    /**
     * Kappa from a square contingency table: {@code table[a][b]} counts the items the first rater put in
     * category a and the second in category b.
     */
    public static double fromTable(long[][] table) {
        int k = table.length;
        double total = 0;
        double agreed = 0;
        double[] rows = new double[k];
        double[] columns = new double[k];
        for (int a = 0; a < k; a++) {
            if (table[a].length != k) {
                throw new IllegalArgumentException("the contingency table must be square");
            }
            for (int b = 0; b < k; b++) {
                total += table[a][b];
                rows[a] += table[a][b];
                columns[b] += table[a][b];
            }
            agreed += table[a][a];
        }
        if (total == 0) {
            return Double.NaN;
        }
        double observed = agreed / total;
        double chance = 0;
        for (int c = 0; c < k; c++) {
            chance += (rows[c] / total) * (columns[c] / total);
        }
        if (chance >= 1) {
            return Double.NaN;
        }
        return (observed - chance) / (1 - chance);
    }

    /** Kappa of two binary ratings given as the four cell counts (both yes, only first, only second, neither). */
    public static double binary(long both, long firstOnly, long secondOnly, long neither) {
        return fromTable(new long[][] { { both, firstOnly }, { secondOnly, neither } });
    }
}
