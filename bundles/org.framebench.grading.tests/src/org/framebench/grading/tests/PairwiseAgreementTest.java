package org.framebench.grading.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.framebench.grading.agreement.ClassAgreement;
import org.framebench.grading.agreement.CohenKappa;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.Code;
import org.framebench.model.Layer;
import org.framebench.model.Role;
import org.junit.jupiter.api.Test;

/** Cohen's kappa per pair of students, against a count of every (character, code) cell done the long way. */
class PairwiseAgreementTest {

    @Test
    void eachPairsKappaIsCohensKappaOverEveryCharacterAndCode() throws Exception {
        AnnotationDocument ama = Fixtures.document(Role.STUDENT, "Ama", "s1");
        Fixtures.annotate(ama, "cnn", "S1", 100, 140);
        Fixtures.annotate(ama, "cnn", "S1", 120, 160); // overlaps her own: the characters count once
        Fixtures.annotate(ama, "bbc", "F1", 10, 40);
        Fixtures.annotate(ama, "third", "A3", 500, 540);
        AnnotationDocument kofi = Fixtures.document(Role.STUDENT, "Kofi", "s2");
        Fixtures.annotate(kofi, "cnn", "S1", 110, 150);
        Fixtures.annotate(kofi, "bbc", "F2", 10, 40); // the same words, another code: no agreement there
        Fixtures.annotate(kofi, "third", "A3", 520, 600);
        AnnotationDocument esi = Fixtures.document(Role.STUDENT, "Esi", "s3");
        Fixtures.annotate(esi, "cnn", "S1", 100, 140);
        Fixtures.annotate(esi, "cnn", "S1", 120, 160);
        Fixtures.annotate(esi, "bbc", "F1", 10, 40);
        Fixtures.annotate(esi, "third", "A3", 500, 540);
        AnnotationDocument yaw = Fixtures.document(Role.STUDENT, "Yaw", "s4");
        Fixtures.annotate(yaw, "bbc", "A8", 1000, 1100);
        List<AnnotationDocument> students = List.of(ama, kofi, esi, yaw);

        ClassAgreement agreement = ClassAgreement.compute(students, null, Fixtures.assignment());

        assertTrue(agreement.hasPairwise());
        for (int a = 0; a < students.size(); a++) {
            assertEquals(1.0, agreement.pairwiseKappa(a, a), 0);
            for (int b = 0; b < students.size(); b++) {
                assertEquals(agreement.pairwiseKappa(a, b), agreement.pairwiseKappa(b, a), 0, "symmetric");
                if (a != b) {
                    assertEquals(bruteForce(students.get(a), students.get(b)), agreement.pairwiseKappa(a, b), 1e-12,
                            students.get(a).getAnnotatorName() + " and " + students.get(b).getAnnotatorName());
                }
            }
        }
        assertEquals(1.0, agreement.pairwiseKappa(0, 2), 1e-12, "Ama and Esi marked exactly the same");
        double amaKofi = agreement.pairwiseKappa(0, 1);
        assertTrue(amaKofi > 0 && amaKofi < 1, "partly agreeing: " + amaKofi);
        assertTrue(agreement.pairwiseKappa(0, 3) <= 0, "nothing in common: " + agreement.pairwiseKappa(0, 3));
    }

    @Test
    void classesOverTheLimitHaveNoMatrix() throws Exception {
        List<AnnotationDocument> many = new ArrayList<>();
        AnnotationDocument one = Fixtures.document(Role.STUDENT, "One", "s");
        Fixtures.annotate(one, "cnn", "S1", 100, 140);
        for (int i = 0; i <= ClassAgreement.PAIRWISE_LIMIT; i++) {
            many.add(one);
        }

        ClassAgreement agreement = ClassAgreement.compute(many, null, Fixtures.assignment());

        assertFalse(agreement.hasPairwise());
        assertThrows(IllegalStateException.class, () -> agreement.pairwiseKappa(0, 1));
    }

    /** Kappa of two documents over every body character of every article × every code, cell by cell. */
    private static double bruteForce(AnnotationDocument first, AnnotationDocument second) throws Exception {
        long both = 0;
        long firstOnly = 0;
        long secondOnly = 0;
        long neither = 0;
        for (Layer layer : Fixtures.assignment().getCodebook().getLayers()) {
            for (Code code : layer.getCodes()) {
                for (Article article : Fixtures.assignment().getArticles()) {
                    boolean[] x = marks(first, article, code);
                    boolean[] y = marks(second, article, code);
                    for (int c = 0; c < x.length; c++) {
                        if (x[c] && y[c]) {
                            both++;
                        } else if (x[c]) {
                            firstOnly++;
                        } else if (y[c]) {
                            secondOnly++;
                        } else {
                            neither++;
                        }
                    }
                }
            }
        }
        return CohenKappa.binary(both, firstOnly, secondOnly, neither);
    }

    private static boolean[] marks(AnnotationDocument document, Article article, Code code) {
        boolean[] marks = new boolean[article.getText().length()];
        for (Annotation annotation : document.getAnnotations()) {
            if (annotation.getArticle().getId().equals(article.getId()) && annotation.getCode().getId().equals(code.getId())) {
                for (int c = annotation.getBegin(); c < annotation.getEnd(); c++) {
                    marks[c] = true;
                }
            }
        }
        return marks;
    }
}
