package org.framebench.grading.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import org.framebench.core.document.DocumentStore;
import org.framebench.core.text.Digests;
import org.framebench.grading.ClassGrading;
import org.framebench.grading.ClassReport;
import org.framebench.grading.Problem;
import org.framebench.grading.Submission;
import org.framebench.grading.scoring.MatchStatus;
import org.framebench.grading.scoring.ScoringOptions;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An instructor edits a handed-out assignment (its version goes 1 → 2) and grades the class against a key for
 * version 2: every file is graded, each says which version it answers, and files of version 1 are re-anchored
 * onto the new texts, with a warning that names both versions.
 */
class AssignmentVersionTest {

    private static final String ADDED = " (Updated with the minister's reply.)";

    @TempDir
    Path folder;

    @Test
    void submissionsOfAnEarlierVersionAreGradedAndSayWhichVersionTheyAnswer() throws Exception {
        AnnotationDocument key = Fixtures.document(Role.KEY, "Instructor", "");
        key.getAssignment().setVersion("2");
        Article keyCnn = Fixtures.article(key, "cnn");
        keyCnn.setText(ADDED + keyCnn.getText());
        keyCnn.setSha256(Digests.sha256(keyCnn.getText()));
        int shift = ADDED.length();
        Fixtures.annotate(key, "cnn", "S1", 100 + shift, 120 + shift);
        DocumentStore.save(key, folder.resolve("key.fbench"));

        AnnotationDocument early = Fixtures.document(Role.STUDENT, "Early", "s1");
        early.getAssignment().setVersion("1");
        Fixtures.annotate(early, "cnn", "S1", 100, 120);
        DocumentStore.save(early, folder.resolve("early.fbench"));

        AnnotationDocument late = Fixtures.document(Role.STUDENT, "Late", "s2");
        late.getAssignment().setVersion("2");
        Article lateCnn = Fixtures.article(late, "cnn");
        lateCnn.setText(keyCnn.getText());
        lateCnn.setSha256(keyCnn.getSha256());
        Fixtures.annotate(late, "cnn", "S1", 100 + shift, 120 + shift);
        DocumentStore.save(late, folder.resolve("late.fbench"));

        ClassReport report = ClassGrading.grade(folder, null, new ScoringOptions());

        Map<String, ClassReport.GradedSubmission> byName = report.scores().stream()
                .collect(Collectors.toMap(g -> g.submission().studentName(), g -> g));
        assertEquals(2, byName.size(), "both students are graded: " + report.submissions().files());
        Submission earlyGraded = byName.get("Early").submission();
        String warning = earlyGraded.problems().stream().filter(p -> p.kind() == Problem.Kind.OTHER_VERSION)
                .map(Problem::message).findFirst().orElseThrow(() -> new AssertionError(earlyGraded.problems()));
        assertTrue(warning.contains("version 1") && warning.contains("version 2"), warning);
        assertTrue(earlyGraded.hasProblem(Problem.Kind.REANCHORED), "moved onto version 2's text");
        assertTrue(earlyGraded.statusText(report.submissions().key()).contains("Warning: This file answers version 1"),
                earlyGraded.statusText(report.submissions().key()));
        assertEquals(1, byName.get("Early").score().count(MatchStatus.MATCHED), "its S1 found on the new text");

        Submission lateGraded = byName.get("Late").submission();
        assertFalse(lateGraded.hasProblem(Problem.Kind.OTHER_VERSION), lateGraded.problems().toString());
        assertEquals(1, byName.get("Late").score().count(MatchStatus.MATCHED));
    }
}
