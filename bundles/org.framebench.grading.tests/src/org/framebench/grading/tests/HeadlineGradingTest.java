package org.framebench.grading.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.framebench.core.codebook.Codebooks;
import org.framebench.core.document.Documents;
import org.framebench.core.text.TextAnchors;
import org.framebench.grading.key.DraftKey;
import org.framebench.grading.scoring.AnnotationMatch;
import org.framebench.grading.scoring.MatchStatus;
import org.framebench.grading.scoring.Scorer;
import org.framebench.grading.scoring.ScoringOptions;
import org.framebench.grading.scoring.StudentScore;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.FramebenchFactory;
import org.framebench.model.Role;
import org.framebench.model.TextRegion;
import org.junit.jupiter.api.Test;

/** A headline annotation is graded against the key's headline annotations only, never against the body. */
class HeadlineGradingTest {

    private static Annotation inHeadline(AnnotationDocument document, String articleId, String codeId, int begin, int end) {
        Annotation annotation = FramebenchFactory.eINSTANCE.createAnnotation();
        annotation.setId(Documents.newId());
        TextAnchors.anchor(annotation, Fixtures.article(document, articleId), TextRegion.HEADLINE, begin, end);
        annotation.setCode(Codebooks.findById(document.getAssignment().getCodebook(), codeId).orElseThrow());
        document.getAnnotations().add(annotation);
        return annotation;
    }

    private static AnnotationMatch rowOf(StudentScore score, Annotation annotation) {
        return score.matches().stream().filter(m -> m.student() == annotation || (m.student() == null && m.key() == annotation))
                .findFirst().orElseThrow();
    }

    @Test
    void aHeadlineAnnotationMatchesOnlyTheKeysHeadlineAnnotation() throws Exception {
        AnnotationDocument key = Fixtures.document(Role.KEY, "Instructor", "key");
        AnnotationDocument student = Fixtures.document(Role.STUDENT, "Ama", "s1");
        // The same offsets in the body and in the headline: only the headline one is the key's answer.
        Annotation keyBody = Fixtures.annotate(key, "cnn", "F7", 0, 10);
        Annotation keyHeadline = inHeadline(key, "cnn", "F7", 0, 10);
        Annotation studentHeadline = inHeadline(student, "cnn", "F7", 0, 10);

        StudentScore score = new Scorer(new ScoringOptions()).score(student, key);

        AnnotationMatch row = rowOf(score, studentHeadline);
        assertEquals(MatchStatus.MATCHED, row.status());
        assertSame(keyHeadline, row.key());
        assertEquals(MatchStatus.MISSED, rowOf(score, keyBody).status(), "the body stretch was not found");
    }

    @Test
    void aHeadlineAnnotationNeverMatchesABodyAnnotationAtTheSameOffsets() throws Exception {
        AnnotationDocument key = Fixtures.document(Role.KEY, "Instructor", "key");
        AnnotationDocument student = Fixtures.document(Role.STUDENT, "Ama", "s1");
        Annotation keyBody = Fixtures.annotate(key, "cnn", "F7", 0, 10);
        Annotation studentHeadline = inHeadline(student, "cnn", "F7", 0, 10);

        StudentScore score = new Scorer(new ScoringOptions()).score(student, key);

        assertEquals(MatchStatus.EXTRA, rowOf(score, studentHeadline).status());
        assertEquals(MatchStatus.MISSED, rowOf(score, keyBody).status());
    }

    @Test
    void aHeadlineEditedInTheStudentsFileIsNotGradedByItsOffsets() throws Exception {
        AnnotationDocument key = Fixtures.document(Role.KEY, "Instructor", "key");
        AnnotationDocument student = Fixtures.document(Role.STUDENT, "Ama", "s1");
        Annotation keyHeadline = inHeadline(key, "cnn", "F7", 0, 12);
        Annotation studentHeadline = inHeadline(student, "cnn", "F7", 0, 12);
        Fixtures.article(student, "cnn").setHeadline("US and Libya talk");

        StudentScore score = new Scorer(new ScoringOptions()).score(student, key);

        assertEquals(MatchStatus.EXTRA, rowOf(score, studentHeadline).status());
        assertEquals(MatchStatus.MISSED, rowOf(score, keyHeadline).status());
    }

    @Test
    void aDraftKeyKeepsHeadlineAndBodyApartAndAnchorsInTheHeadline() throws Exception {
        AnnotationDocument a = Fixtures.document(Role.STUDENT, "Ama", "s1");
        AnnotationDocument b = Fixtures.document(Role.STUDENT, "Kofi", "s2");
        inHeadline(a, "cnn", "F7", 0, 12); // "US and Libya"
        inHeadline(b, "cnn", "F7", 0, 12);
        Fixtures.annotate(a, "cnn", "F7", 0, 12);
        Fixtures.annotate(b, "cnn", "F7", 0, 12);

        AnnotationDocument draft = new DraftKey(0.5, 0.5, true).draft(List.of(a, b), null).key();

        assertEquals(2, draft.getAnnotations().size(), "one headline and one body annotation, not merged");
        Annotation headline = draft.getAnnotations().stream().filter(TextAnchors::inHeadline).findFirst().orElseThrow();
        assertEquals("US and Libya", headline.getCoveredText());
        assertEquals(TextRegion.HEADLINE, headline.getRegion());
        assertEquals(1, draft.getAnnotations().stream().filter(x -> !TextAnchors.inHeadline(x)).count());
    }
}
