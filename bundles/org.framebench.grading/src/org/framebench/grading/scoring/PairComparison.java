package org.framebench.grading.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;

/**
 * Two students' annotations side by side: where they agree and where they differ. The matching is Student vs
 * Key's ({@link Scorer}: same code and overlapping enough, partial credit, another code of the same layer on
 * the same words), with the first student in the key's place; nothing is scored.
 *
 * @param rows one per pair of annotations or annotation of one student alone, in the order Student vs Key lists them
 */
public record PairComparison(List<Row> rows) {

    /** How two students' annotations of one stretch compare. */
    public enum Agreement {
        /** Same code, same words. */
        AGREE,
        /** Same code, overlapping words (Jaccard at least the threshold), not exactly the same. */
        PARTLY,
        /** Only the first student marked it. */
        ONLY_FIRST,
        /** Only the second student marked it. */
        ONLY_SECOND,
        /** Both marked these words, with different codes of one layer. */
        DIFFERENT_CODE;

        /** Whether the two agree on it (fully or partly). */
        public boolean isAgreement() {
            return this == AGREE || this == PARTLY;
        }
    }

    /**
     * One row.
     *
     * @param first the first student's annotation, {@code null} for {@link Agreement#ONLY_SECOND}
     * @param second the second student's, {@code null} for {@link Agreement#ONLY_FIRST}
     * @param overlap Jaccard overlap of the two spans (0 when one is missing)
     */
    public record Row(Agreement agreement, Annotation first, Annotation second, double overlap) {

        /** The annotation the row is about: the first student's when there is one. */
        public Annotation annotation() {
            return first != null ? first : second;
        }
    }

    public PairComparison {
        rows = Collections.unmodifiableList(rows);
    }

    /** Compares {@code first} and {@code second} (two students' documents of one assignment). */
    public static PairComparison of(AnnotationDocument first, AnnotationDocument second, ScoringOptions options) {
        StudentScore score = new Scorer(options).score(second, first);
        List<Row> rows = new ArrayList<>(score.matches().size());
        for (AnnotationMatch match : score.matches()) {
            Agreement agreement = switch (match.status()) {
                case MATCHED -> Agreement.AGREE;
                case PARTIAL -> Agreement.PARTLY;
                case MISSED -> Agreement.ONLY_FIRST;
                case EXTRA -> Agreement.ONLY_SECOND;
                case WRONG_CODE -> Agreement.DIFFERENT_CODE;
            };
            rows.add(new Row(agreement, match.key(), match.student(), match.overlap()));
        }
        return new PairComparison(rows);
    }

    /** How many rows of each kind. */
    public Map<Agreement, Integer> counts() {
        Map<Agreement, Integer> counts = new EnumMap<>(Agreement.class);
        for (Agreement agreement : Agreement.values()) {
            counts.put(agreement, 0);
        }
        rows.forEach(row -> counts.merge(row.agreement(), 1, Integer::sum));
        return counts;
    }
}
