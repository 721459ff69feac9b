package org.framebench.grading.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.framebench.grading.scoring.AnnotationMatch;
import org.framebench.grading.scoring.LayerScore;
import org.framebench.grading.scoring.MatchStatus;
import org.framebench.grading.scoring.Scorer;
import org.framebench.grading.scoring.ScoringOptions;
import org.framebench.grading.scoring.StudentScore;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Scoring against the key on crafted cases: exact, partial, missed, extra, wrong code, overlapping. */
class ScoringTest {

    private AnnotationDocument key;
    private AnnotationDocument student;

    @BeforeEach
    void setUp() throws Exception {
        key = Fixtures.document(Role.KEY, "Instructor", "key");
        student = Fixtures.document(Role.STUDENT, "Ama", "s1");
    }

    private StudentScore score() {
        return new Scorer(new ScoringOptions()).score(student, key);
    }

    private static AnnotationMatch rowOf(StudentScore score, Annotation annotation) {
        return score.matches().stream().filter(m -> m.student() == annotation || (m.student() == null && m.key() == annotation))
                .findFirst().orElseThrow();
    }

    @Test
    void identicalSpanAndCodeIsMatchedWithFullCredit() {
        Annotation k = Fixtures.annotate(key, "cnn", "S1", 100, 120);
        Annotation s = Fixtures.annotate(student, "cnn", "S1", 100, 120);

        StudentScore score = score();

        AnnotationMatch row = rowOf(score, s);
        assertEquals(MatchStatus.MATCHED, row.status());
        assertSame(k, row.key());
        assertEquals(1.0, row.overlap(), 1e-12);
        assertEquals(1.0, score.layers().get("sourcing").f1(), 1e-12);
        assertEquals(100.0, score.total(), 1e-9, "sourcing, the one assessed layer, is perfect; nothing else to judge");
        assertFalse(score.layers().get("framing").assessed(), "the key has nothing in framing");
    }

    @Test
    void partialOverlapEarnsItsJaccardAsCredit() {
        Fixtures.annotate(key, "cnn", "A2", 100, 120);
        Annotation s = Fixtures.annotate(student, "cnn", "A2", 105, 125); // 15 shared of 25 covered: 0.6

        StudentScore score = score();

        AnnotationMatch row = rowOf(score, s);
        assertEquals(MatchStatus.PARTIAL, row.status());
        assertEquals(0.6, row.overlap(), 1e-12);
        LayerScore attribution = score.layers().get("attribution");
        assertEquals(0.6, attribution.precision(), 1e-12);
        assertEquals(0.6, attribution.recall(), 1e-12);
        assertEquals(0.6, attribution.f1(), 1e-12);
    }

    @Test
    void thresholdIsConfigurable() {
        Fixtures.annotate(key, "cnn", "A2", 100, 120);
        Annotation s = Fixtures.annotate(student, "cnn", "A2", 105, 125);

        StudentScore strict = new Scorer(new ScoringOptions().threshold(0.7)).score(student, key);

        assertEquals(MatchStatus.EXTRA, rowOf(strict, s).status());
        assertEquals(1, strict.count(MatchStatus.MISSED));
        assertEquals(0.0, strict.layers().get("attribution").f1(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> new ScoringOptions().threshold(0));
    }

    @Test
    void missedExtraAndWrongCodeAreTold() {
        Annotation missed = Fixtures.annotate(key, "bbc", "F1", 10, 40);
        Annotation onKeyStretch = Fixtures.annotate(key, "bbc", "F2", 200, 260);
        Annotation extra = Fixtures.annotate(student, "bbc", "F1", 1000, 1030);
        Annotation wrongCode = Fixtures.annotate(student, "bbc", "F3", 205, 260);

        StudentScore score = score();

        assertEquals(MatchStatus.MISSED, rowOf(score, missed).status());
        assertEquals(MatchStatus.EXTRA, rowOf(score, extra).status());
        AnnotationMatch wrong = rowOf(score, wrongCode);
        assertEquals(MatchStatus.WRONG_CODE, wrong.status());
        assertSame(onKeyStretch, wrong.key());
        assertEquals(1, score.count(MatchStatus.MISSED), "the key's F2 stretch is listed once, as wrong code, not also missed");
        double overlap = 55.0 / 60;
        assertEquals(overlap, wrong.overlap(), 1e-12);
        assertEquals(0.5 * overlap, wrong.credit(), 1e-12, "half the span credit by default: F2 and F3 are both framing");
        LayerScore framing = score.layers().get("framing");
        assertEquals(0.5 * overlap / 2, framing.precision(), 1e-12);
        assertEquals(0.5 * overlap / 2, framing.recall(), 1e-12);
        assertEquals(3, score.matches().size(), "two student rows and one missed key row");
    }

    @Test
    void overlappingStudentAnnotationsPairOneToOneBestFirst() {
        Annotation k = Fixtures.annotate(key, "third", "S3", 300, 340);
        Annotation close = Fixtures.annotate(student, "third", "S3", 302, 340); // 38/40 = 0.95
        Annotation looser = Fixtures.annotate(student, "third", "S3", 300, 330); // 30/40 = 0.75

        StudentScore score = score();

        assertEquals(MatchStatus.PARTIAL, rowOf(score, close).status());
        assertSame(k, rowOf(score, close).key());
        assertEquals(MatchStatus.EXTRA, rowOf(score, looser).status(), "one key statement earns credit once");
        LayerScore sourcing = score.layers().get("sourcing");
        assertEquals(0.95 / 2, sourcing.precision(), 1e-12);
        assertEquals(0.95, sourcing.recall(), 1e-12);
    }

    @Test
    void sameSpanOnAnotherArticleDoesNotMatch() {
        Fixtures.annotate(key, "cnn", "S1", 100, 120);
        Annotation elsewhere = Fixtures.annotate(student, "third", "S1", 100, 120);

        assertEquals(MatchStatus.EXTRA, rowOf(score(), elsewhere).status());
    }

    @Test
    void attributeValuesOfMatchedPairsAreCompared() {
        Annotation k = Fixtures.annotate(key, "cnn", "S1", 100, 120);
        Annotation s = Fixtures.annotate(student, "cnn", "S1", 100, 120);
        String choice = choiceAttribute(k);
        Fixtures.attribute(k, choice, "rebels");
        Fixtures.attribute(s, choice, "Rebels");
        Fixtures.attribute(k, "name", "Musa Ibrahim");      // free text: not compared
        Fixtures.attribute(s, "name", "M. Ibrahim");

        StudentScore agreeing = score();
        assertEquals(1, agreeing.attributesCompared());
        assertEquals(1.0, agreeing.attributeAgreement(), 1e-12);

        s.getAttributeValues().get(0).setValue("media");
        StudentScore disagreeing = score();
        assertEquals(0.0, disagreeing.attributeAgreement(), 1e-12);
        // Sourcing perfect (weight 1; the other layers are not assessed), attributes 0 with weight 0.5: 100 * 1 / 1.5
        assertEquals(100 * 1 / 1.5, disagreeing.total(), 1e-9);
    }

    @Test
    void aValueTheCodeGivesCountsForAStudentWhoseFormNoLongerAskedIt() {
        // A key made before the Annotation panel stopped asking what the code says: its A1 records
        // quote_type=direct; the student's A1 (made since) records none, and agrees by its code.
        Annotation k = Fixtures.annotate(key, "cnn", "A1", 100, 120);
        Annotation s = Fixtures.annotate(student, "cnn", "A1", 100, 120);
        Fixtures.attribute(k, "quote_type", "direct");

        StudentScore implied = score();
        assertEquals(1, implied.attributesCompared());
        assertEquals(1.0, implied.attributeAgreement(), 1e-12);

        // A value the student did give is still what is compared.
        Fixtures.attribute(s, "quote_type", "mixed");
        assertEquals(0.0, score().attributeAgreement(), 1e-12);
    }

    @Test
    void linksJoiningTheSameKeyStatementsEarnCredit() {
        Annotation k1 = Fixtures.annotate(key, "cnn", "S1", 100, 120);
        Annotation k2 = Fixtures.annotate(key, "bbc", "S1", 50, 80);
        Annotation k3 = Fixtures.annotate(key, "bbc", "S2", 400, 420);
        Fixtures.link(key, k1, k2);
        Fixtures.link(key, k2, k3);
        Annotation s1 = Fixtures.annotate(student, "cnn", "S1", 101, 120);
        Annotation s2 = Fixtures.annotate(student, "bbc", "S1", 50, 80);
        Annotation s3 = Fixtures.annotate(student, "bbc", "S2", 400, 420);
        Fixtures.link(student, s2, s1);   // reversed direction still joins the same statements
        Fixtures.link(student, s1, s3);   // not a key link

        StudentScore score = score();

        assertEquals(2, score.keyLinks());
        assertEquals(1, score.linksCredited());
        assertEquals(0.5, score.linkCredit(), 1e-12);
        assertEquals(2, score.studentLinks());
    }

    /**
     * A key made from suggestions joins each attribution's parts with ATTRIBUTION links. They earn no credit
     * (the parts already count as annotations); a student without hints, who draws none, is not marked down,
     * and one who draws them gains nothing. Other links still count, term by term.
     */
    @Test
    void linksOfOneAttributionAreNotAssessed() {
        Annotation source = Fixtures.annotate(key, "cnn", "S1", 100, 120);
        Annotation cue = Fixtures.annotate(key, "cnn", "A4", 121, 125);
        Annotation elsewhere = Fixtures.annotate(key, "bbc", "S1", 50, 80);
        Fixtures.link(key, cue, source).setKind(org.framebench.model.LinkKind.ATTRIBUTION);
        Fixtures.annotate(student, "cnn", "S1", 100, 120);
        Fixtures.annotate(student, "cnn", "A4", 121, 125);
        Fixtures.annotate(student, "bbc", "S1", 50, 80);

        // Only attribution links in the key: the link term is not assessed at all, and the student's total is perfect.
        StudentScore onlyAttribution = score();
        assertEquals(0, onlyAttribution.keyLinks());
        assertNull(onlyAttribution.linkCredit());
        assertEquals(100.0, onlyAttribution.total(), 1e-9);

        // Beside a statement link: that one is assessed, the attribution link still is not.
        Fixtures.link(key, source, elsewhere);
        StudentScore withStatement = score();
        assertEquals(1, withStatement.keyLinks());
        assertEquals(0, withStatement.linksCredited());
        assertEquals(0.0, withStatement.linkCredit(), 1e-12);
        Annotation studentSource = student.getAnnotations().get(0);
        Annotation studentElsewhere = student.getAnnotations().get(2);
        Fixtures.link(student, studentSource, studentElsewhere);
        StudentScore linked = score();
        assertEquals(1, linked.linksCredited());
        assertEquals(1.0, linked.linkCredit(), 1e-12);
        assertEquals(100.0, linked.total(), 1e-9);
    }

    @Test
    void layerWeightsChangeTheTotal() {
        Fixtures.annotate(key, "cnn", "S1", 100, 120);
        Fixtures.annotate(key, "cnn", "F1", 300, 320);
        Fixtures.annotate(student, "cnn", "S1", 100, 120);  // sourcing perfect, framing missed

        StudentScore even = score();
        StudentScore sourcingHeavy = new Scorer(new ScoringOptions().layerWeight("sourcing", 3).layerWeight("framing", 1))
                .score(student, key);

        assertNull(even.attributeAgreement());
        assertNull(even.linkCredit());
        assertEquals(100 * 1 / 2.0, even.total(), 1e-9, "sourcing 1, framing 0; attribution not assessed (the key has none)");
        assertEquals(100 * 3 / 4.0, sourcingHeavy.total(), 1e-9);
    }

    private static String choiceAttribute(Annotation annotation) {
        return annotation.getCode().getAttributes().stream()
                .filter(a -> a.getKind() == org.framebench.model.AttributeKind.CHOICE).findFirst().orElseThrow().getId();
    }
}
