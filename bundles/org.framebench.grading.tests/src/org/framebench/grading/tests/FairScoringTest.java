package org.framebench.grading.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.framebench.grading.scoring.MatchStatus;
import org.framebench.grading.scoring.Scorer;
import org.framebench.grading.scoring.ScoringOptions;
import org.framebench.grading.scoring.StudentScore;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.AttributeKind;
import org.framebench.model.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Scores an instructor can hand out, on the extreme cases: an empty submission, a perfect one, a perfect
 * one with more in a layer the key leaves empty, one right of many, half the key, the right spans with the
 * wrong codes. The key: 40 annotations in sourcing and attribution (none in framing), each with a choice
 * value, and 10 links.
 */
class FairScoringTest {

    private static final String[] CODES = { "S1", "S2", "A1", "A2" };
    private static final String[] ARTICLES = { "cnn", "bbc", "third", "bbc-ghana" };

    private AnnotationDocument key;
    private AnnotationDocument student;
    private final List<Annotation> keyAnnotations = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        key = Fixtures.document(Role.KEY, "Instructor", "key");
        student = Fixtures.document(Role.STUDENT, "Ama", "s1");
        for (int i = 0; i < 40; i++) {
            Annotation annotation = Fixtures.annotate(key, ARTICLES[i % 4], CODES[i % 4], 60 + i * 40, 80 + i * 40);
            Fixtures.attribute(annotation, choiceOf(annotation), firstChoice(annotation));
            keyAnnotations.add(annotation);
        }
        for (int i = 0; i + 4 < 40; i += 4) {
            Fixtures.link(key, keyAnnotations.get(i), keyAnnotations.get(i + 4));
        }
        assertEquals(9, key.getLinks().size());
    }

    private StudentScore score() {
        return new Scorer(new ScoringOptions()).score(student, key);
    }

    /** The student marks key annotation {@code i} exactly, with the key's code and value. */
    private Annotation copy(int i) {
        Annotation k = keyAnnotations.get(i);
        Annotation s = Fixtures.annotate(student, k.getArticle().getId(), k.getCode().getId(), k.getBegin(), k.getEnd());
        Fixtures.attribute(s, choiceOf(k), firstChoice(k));
        return s;
    }

    private void copyLinks() {
        for (int i = 0; i + 4 < 40; i += 4) {
            Fixtures.link(student, student.getAnnotations().get(i), student.getAnnotations().get(i + 4));
        }
    }

    @Test
    void anEmptySubmissionScoresZero() {
        StudentScore score = score();
        assertEquals(0.0, score.total(), 1e-9);
        assertEquals(0.0, score.attributeAgreement(), 1e-12, "every key value counts, found or not");
        assertEquals(40, score.count(MatchStatus.MISSED));
    }

    @Test
    void aPerfectSubmissionScoresHundred_andMoreInALayerTheKeyLeavesEmptyChangesNothing() {
        for (int i = 0; i < 40; i++) {
            copy(i);
        }
        copyLinks();
        assertEquals(100.0, score().total(), 1e-9);

        Fixtures.annotate(student, "cnn", "F1", 1000, 1040);
        Fixtures.annotate(student, "bbc", "F4", 300, 330);
        StudentScore withFraming = score();
        assertFalse(withFraming.layers().get("framing").assessed());
        assertEquals(100.0, withFraming.total(), 1e-9, "framing is not assessed: neither rewarded nor penalised");
    }

    @Test
    void oneRightOfManyScoresBelowTen() {
        copy(0);
        StudentScore score = score();
        assertTrue(score.total() < 10, "one of 40: " + score.total());
        assertEquals(1.0 / 40, score.attributeAgreement(), 1e-12, "attribute agreement cannot exceed what was found");
    }

    @Test
    void halfOfTheKeyScoresBetween35And65() {
        for (int i = 0; i < 40; i += 2) {
            copy(i);
        }
        StudentScore score = score();
        assertTrue(score.total() >= 35 && score.total() <= 65, "half of the key: " + score.total());
        assertEquals(0.5, score.attributeAgreement(), 1e-12);
    }

    @Test
    void rightSpansWithWrongCodesEarnTheConfiguredShare() {
        for (Annotation k : keyAnnotations) {
            // S1 <-> S2 and A1 <-> A2: the right stretch, another code of the same layer.
            String other = switch (k.getCode().getId()) {
            case "S1" -> "S2";
            case "S2" -> "S1";
            case "A1" -> "A2";
            default -> "A1";
            };
            Fixtures.annotate(student, k.getArticle().getId(), other, k.getBegin(), k.getEnd());
        }
        StudentScore half = score();
        assertEquals(40, half.count(MatchStatus.WRONG_CODE));
        assertEquals(0, half.count(MatchStatus.MISSED), "each key annotation is listed once, as wrong code");
        assertEquals(0.5, half.layers().get("sourcing").f1(), 1e-12);
        assertEquals(0.5, half.layers().get("attribution").f1(), 1e-12);
        // Layers 0.5 each (weight 1 + 1), attributes 0 (0.5), links 0 (0.5): 100 * 1 / 3.
        assertEquals(100.0 / 3, half.total(), 1e-9);

        StudentScore quarter = new Scorer(new ScoringOptions().wrongCodeCredit(0.25)).score(student, key);
        assertEquals(0.25, quarter.layers().get("sourcing").f1(), 1e-12);
        StudentScore none = new Scorer(new ScoringOptions().wrongCodeCredit(0)).score(student, key);
        assertEquals(0.0, none.total(), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> new ScoringOptions().wrongCodeCredit(1.5));
    }

    @Test
    void aWrongCodeFromAnotherLayerIsListedButEarnsNothing() {
        Annotation k = keyAnnotations.get(0); // S1
        Annotation s = Fixtures.annotate(student, k.getArticle().getId(), "F1", k.getBegin(), k.getEnd());
        StudentScore score = score();
        var row = score.matches().stream().filter(m -> m.student() == s).findFirst().orElseThrow();
        assertEquals(MatchStatus.WRONG_CODE, row.status());
        assertEquals(0.0, row.credit(), 1e-12);
        assertEquals(0.0, score.total(), 1e-9);
    }

    @Test
    void aKeyStretchEarnsCreditOnce_evenWhenAlsoMarkedWithAWrongCode() {
        copy(0);
        Annotation k = keyAnnotations.get(0);
        Annotation wrong = Fixtures.annotate(student, k.getArticle().getId(), "S2", k.getBegin(), k.getEnd());
        StudentScore score = score();
        var row = score.matches().stream().filter(m -> m.student() == wrong).findFirst().orElseThrow();
        assertEquals(MatchStatus.EXTRA, row.status(), "the stretch is already found with its own code");
        assertEquals(0.0, row.credit(), 1e-12);
    }

    private static String choiceOf(Annotation annotation) {
        return annotation.getCode().getAttributes().stream().filter(a -> a.getKind() == AttributeKind.CHOICE).findFirst()
                .orElseThrow(() -> new IllegalStateException(annotation.getCode().getId() + " has no choice attribute")).getId();
    }

    private static String firstChoice(Annotation annotation) {
        return annotation.getCode().getAttributes().stream().filter(a -> a.getKind() == AttributeKind.CHOICE).findFirst()
                .orElseThrow().getAllowedValues().get(0);
    }
}
