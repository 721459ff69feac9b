package org.framebench.grading.agreement;

/**
 * Fleiss' kappa for a fixed number of raters per subject (Fleiss 1971, "Measuring nominal scale agreement
 * among many raters"): {@code kappa = (P - P_e) / (1 - P_e)}, with P the mean agreement per subject and
 * P_e the agreement expected from the overall category proportions.
 */
public final class FleissKappa {

    private FleissKappa() {
    }

    /**
     * Kappa from {@code counts[subject][category]}: how many raters put each subject in each category.
     * Every subject must have the same number of ratings (at least two).
     *
     * @return kappa; {@code NaN} when chance agreement is 1 (only one category used)
     */
    public static double of(int[][] counts) {
        if (counts.length == 0) {
            return Double.NaN;
        }
        int raters = sum(counts[0]);
        int categories = counts[0].length;
        double[] categoryTotals = new double[categories];
        double agreementSum = 0;
        for (int[] subject : counts) {
            if (sum(subject) != raters || subject.length != categories) {
                throw new IllegalArgumentException("Fleiss' kappa needs the same number of ratings (" + raters
                        + ") and categories for every subject");
            }
            double pairsAgreeing = 0;
            for (int c = 0; c < categories; c++) {
                categoryTotals[c] += subject[c];
                pairsAgreeing += (double) subject[c] * (subject[c] - 1);
            }
            agreementSum += pairsAgreeing / ((double) raters * (raters - 1));
        }
        if (raters < 2) {
            throw new IllegalArgumentException("Fleiss' kappa needs at least two ratings per subject");
        }
        double meanAgreement = agreementSum / counts.length;
        double totalRatings = (double) counts.length * raters;
        double chance = 0;
        for (double total : categoryTotals) {
            double proportion = total / totalRatings;
            chance += proportion * proportion;
        }
        if (chance >= 1) {
            return Double.NaN;
        }
        return (meanAgreement - chance) / (1 - chance);
    }

    /**
     * Kappa of a binary rating (marked or not) by {@code raters} raters of many subjects, given how many
     * marked each subject: character-level data without building a table per character.
     */
    public static double binary(int raters, int[] marked) {
        if (raters < 2 || marked.length == 0) {
            return Double.NaN;
        }
        double agreementSum = 0;
        double markedTotal = 0;
        double pairs = (double) raters * (raters - 1);
        for (int yes : marked) {
            int no = raters - yes;
            agreementSum += ((double) yes * (yes - 1) + (double) no * (no - 1)) / pairs;
            markedTotal += yes;
        }
        double meanAgreement = agreementSum / marked.length;
        double p = markedTotal / ((double) marked.length * raters);
        double chance = p * p + (1 - p) * (1 - p);
        if (chance >= 1) {
            return Double.NaN;
        }
        return (meanAgreement - chance) / (1 - chance);
    }

    private static int sum(int[] values) {
        int total = 0;
        for (int value : values) {
            total += value;
        }
        return total;
    }
}
