package org.framebench.nlp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.framebench.nlp.diff.Difference;
import org.framebench.nlp.diff.DifferenceKind;
import org.framebench.nlp.diff.Republication;
import org.framebench.nlp.diff.SummaryRow;
import org.framebench.nlp.diff.SyndicationDiff;
import org.junit.jupiter.api.Test;

/** BBC (corpus/003) against its Ghanaian republication (corpus/002), and crafted pairs. */
class SyndicationDiffTest {

    private final Map<String, String> texts = Corpus.texts();

    @Test
    void theGhanaianArticleIsFoundToRepublishTheBbcAndNoOtherPairIs() {
        List<Republication> found = Republication.find(texts);
        assertEquals(1, found.size(), found.toString());
        assertEquals("bbc", found.get(0).original());
        assertEquals("bbc-ghana", found.get(0).republished());
        assertTrue(found.get(0).overlap() > 0.95, "every 5-word run of the BBC text is in the copy");
        assertFalse(SyndicationDiff.isRepublication(texts.get("cnn"), texts.get("third")), "paraphrases are not copies");
    }

    @Test
    void bbcVsGhanaIsTypographyAndBoilerplateBeforeAndAfterAndNothingElse() {
        String bbc = texts.get("bbc");
        String ghana = texts.get("bbc-ghana");
        SyndicationDiff diff = SyndicationDiff.compare(bbc, ghana);

        List<Difference> before = diff.differences(DifferenceKind.ADDED_BEFORE);
        assertEquals(1, before.size());
        assertEquals("Audio By Carbonatix", before.get(0).republishedText().strip());
        assertEquals(0, before.get(0).republished().begin());

        List<Difference> after = diff.differences(DifferenceKind.ADDED_AFTER);
        assertEquals(1, after.size());
        String added = after.get(0).republishedText();
        assertTrue(added.strip().startsWith("DISCLAIMER: The Views, Comments"), added);
        assertTrue(added.contains("Latest Stories"), added);
        assertEquals(ghana.length(), after.get(0).republished().end(), "everything after the article's last word");
        assertEquals(ghana.indexOf("support role.") + "support role.".length(), after.get(0).republished().begin());

        for (DifferenceKind kind : List.of(DifferenceKind.REMOVED, DifferenceKind.CHANGED, DifferenceKind.ADDED_WITHIN)) {
            assertEquals(List.of(), diff.differences(kind), kind + ": the wording is the BBC's word for word");
        }
        assertTrue(diff.wordingUnchanged());

        List<Difference> typography = diff.differences(DifferenceKind.TYPOGRAPHY);
        Set<String> changes = typography.stream().map(d -> d.originalText().replace("\n\n", "\u00b6") + ">"
                + d.republishedText().replace("\n", "\u00b6")).collect(Collectors.toSet());
        assertEquals(Set.of("\u2019>'", "\u201c>\"", "\u201d>\"", "\u2013>-", "\u00b6>\u00b6", "\u00b6\u2018>\u00b6'",
                "\u2019\u00b6>'\u00b6", "\u00b6\u201c>\u00b6\""), changes,
                "curly quotes and apostrophes straightened, en dashes as hyphens, blank lines between paragraphs dropped");
        long apostrophes = typography.stream().filter(d -> d.originalText().equals("\u2019")).count();
        assertEquals(5, apostrophes, "Gaddafi\u2019s \u00d72, don\u2019t, Libya\u2019s, BBC\u2019s");
        long dashes = typography.stream().filter(d -> d.originalText().equals("\u2013")).count();
        assertEquals(3, dashes);
        for (Difference difference : typography) {
            assertEquals(difference.originalText(), bbc.substring(difference.original().begin(), difference.original().end()));
            assertEquals(difference.republishedText(), ghana.substring(difference.republished().begin(), difference.republished().end()));
        }

        List<SummaryRow> summary = diff.summary();
        assertEquals(DifferenceKind.values().length, summary.size());
        assertEquals(new SummaryRow(DifferenceKind.ADDED_BEFORE, 1, 3), summary.get(DifferenceKind.ADDED_BEFORE.ordinal()));
        assertEquals(0, summary.get(DifferenceKind.REMOVED.ordinal()).count());
        assertTrue(diff.summaryLine().startsWith("Typography only: " + typography.size() + " "), diff.summaryLine());
        assertTrue(diff.summaryLine().contains("Added before the article: 1 (3 words)"), diff.summaryLine());
        assertTrue(diff.summaryLine().contains("Removed: 0"), diff.summaryLine());
    }

    @Test
    void aCutSentenceIsReportedAsRemovedWithItsText() {
        String bbc = texts.get("bbc");
        String cut = "So far, the leader has laughed off suggestions he would leave the country.\n\n";
        assertTrue(bbc.contains(cut));
        String copy = bbc.replace(cut, "").replace('\u2019', '\'');

        SyndicationDiff diff = SyndicationDiff.compare(bbc, copy);
        List<Difference> removed = diff.differences(DifferenceKind.REMOVED);
        assertEquals(1, removed.size(), diff.differences().toString());
        assertEquals(cut.strip(), removed.get(0).originalText().strip());
        assertEquals(bbc.indexOf(cut), removed.get(0).original().begin());
        assertEquals(List.of(), diff.differences(DifferenceKind.CHANGED));
        assertFalse(diff.wordingUnchanged());
        assertTrue(diff.summaryLine().contains("Removed: 1 (13 words)"), diff.summaryLine());
    }

    @Test
    void aChangedWordIsChangedWordingNotTypography() {
        SyndicationDiff diff = SyndicationDiff.compare("Officials said the talks \u201cfailed\u201d on Monday.",
                "Officials said the talks \"collapsed\" on Monday.");
        List<Difference> changed = diff.differences(DifferenceKind.CHANGED);
        assertEquals(1, changed.size());
        assertEquals("failed", changed.get(0).originalText());
        assertEquals("collapsed", changed.get(0).republishedText());
        assertEquals(2, diff.differences(DifferenceKind.TYPOGRAPHY).size(), "the two quotes");
        SyndicationDiff inserted = SyndicationDiff.compare("The talks ended on Monday.", "The talks ended abruptly on Monday.");
        assertEquals(1, inserted.differences(DifferenceKind.ADDED_WITHIN).size());
        assertEquals("abruptly ", inserted.differences(DifferenceKind.ADDED_WITHIN).get(0).republishedText());
    }
}
