package org.framebench.suggest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.framebench.core.assignment.Assignments;
import org.framebench.core.assignment.Examples;
import org.framebench.core.codebook.BuiltInCodebook;
import org.framebench.model.Article;
import org.framebench.model.Assignment;
import org.framebench.model.Codebook;
import org.framebench.model.FramebenchFactory;
import org.framebench.suggest.Attribution;
import org.framebench.suggest.AttributionFinder;
import org.framebench.suggest.AttributionPart;
import org.framebench.suggest.evaluation.AttributionEvaluator;
import org.framebench.suggest.evaluation.AttributionEvaluator.Report;
import org.framebench.suggest.evaluation.GoldSet;
import org.junit.jupiter.api.Test;

/**
 * The finder against the hand-made gold set: the four articles of the bundled assignment (the rules were written
 * looking at them), the development set (two wire stories held out when the rules were first written, then used
 * to make them more general) and the test set (two more wire stories, written and annotated before that work and
 * never looked at while changing the rules). Prints the tables; asserts the figures reached, so a rule change
 * that loses quality fails here.
 */
class AttributionQualityTest {

    private final Codebook codebook = BuiltInCodebook.load();

    @Test
    void bundledAssignmentMeetsTheGoals() throws Exception {
        GoldSet gold = GoldFiles.gold("attributions.json").withoutBoilerplate();
        Assignment assignment = Examples.load(Examples.LIBYA);
        List<Attribution> found = new ArrayList<>();
        for (Article article : assignment.getArticles()) {
            int[] body = body(article);
            for (Attribution attribution : AttributionFinder.get().findAttributions(article, codebook)) {
                int begin = attribution.parts().get(0).begin();
                if (begin >= body[0] && begin < body[1]) {
                    found.add(attribution);
                }
            }
        }
        Report report = new AttributionEvaluator().evaluate(gold, found);
        System.out.println("Attribution finder, bundled assignment (" + gold.all().size() + " gold attributions):");
        System.out.print(report.table());

        assertAtLeast(0.98, report.part(AttributionPart.CUE).f1(), "cue F1");
        assertAtLeast(0.95, report.part(AttributionPart.CONTENT).f1(), "content F1");
        assertAtLeast(0.92, report.code("A1").f1(), "direct quote (A1) F1");
        assertAtLeast(0.97, report.code("A2").f1(), "indirect (A2) F1");
        assertAtLeast(0.95, report.code("A3").f1(), "mixed (A3) F1");
        assertAtLeast(0.95, report.part(AttributionPart.SOURCE).f1(), "source F1");
        assertAtLeast(0.96, report.kindAccuracy(), "source kind accuracy");
    }

    @Test
    void developmentStories() throws Exception {
        Report report = stories("heldout.json", "heldout/", "development set (the two held-out wire stories)");
        // the rules were generalised looking at these two stories (categories of misses, not sentences)
        assertAtLeast(0.94, report.part(AttributionPart.CUE).f1(), "development cue F1");
        assertAtLeast(0.96, report.part(AttributionPart.CONTENT).f1(), "development content F1");
        assertAtLeast(0.97, report.part(AttributionPart.SOURCE).f1(), "development source F1");
        assertAtLeast(0.95, report.kindAccuracy(), "development source kind accuracy");
        assertEquals(1.0, report.code("A8").f1(), 1e-9, "development denials and refusals");
    }

    @Test
    void testStories() throws Exception {
        Report report = stories("testset.json", "testset/", "test set (two wire stories never looked at while "
                + "changing the rules)");
        // measured once the rules were changed on the development set (before: cue 0.897, content 0.897, source
        // 0.676, kind 0.862), with a small margin: a floor against regressions, not a goal
        assertAtLeast(0.95, report.part(AttributionPart.CUE).f1(), "test cue F1");
        assertAtLeast(0.95, report.part(AttributionPart.CONTENT).f1(), "test content F1");
        assertAtLeast(0.80, report.part(AttributionPart.SOURCE).f1(), "test source F1");
        assertAtLeast(0.88, report.kindAccuracy(), "test source kind accuracy");
    }

    private Report stories(String goldFile, String folder, String what) throws Exception {
        GoldSet gold = GoldFiles.gold(goldFile);
        List<Attribution> found = new ArrayList<>();
        for (String name : gold.articles().keySet()) {
            Article article = FramebenchFactory.eINSTANCE.createArticle();
            article.setId(name);
            Assignments.setText(article, GoldFiles.text(folder + name));
            found.addAll(AttributionFinder.get().findAttributions(article, codebook));
        }
        Report report = new AttributionEvaluator().evaluate(gold, found);
        System.out.println("Attribution finder, " + what + " (" + gold.all().size() + " gold attributions):");
        System.out.print(report.table());
        return report;
    }

    /**
     * The article part the gold set covers: the Ghanaian page's boilerplate (its first line, "Audio By
     * Carbonatix", and everything from the first DISCLAIMER on) is left out, as GUIDELINE.md says.
     */
    private static int[] body(Article article) {
        String text = article.getText();
        if (!article.getId().equals("bbc-ghana")) {
            return new int[] { 0, text.length() };
        }
        int disclaimer = text.indexOf("DISCLAIMER");
        return new int[] { text.indexOf('\n') + 1, disclaimer < 0 ? text.length() : disclaimer };
    }

    private static void assertAtLeast(double floor, double value, String what) {
        assertTrue(value >= floor, String.format(Locale.ROOT, "%s is %.3f, below %.2f", what, value, floor));
    }
}
