package org.framebench.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The reporting-verb lexicon as shipped, and what a damaged one is told. */
class ReportingVerbsTest {

    @Test
    void theShippedLexiconClassifiesTheTextbookVerbs() {
        ReportingVerbs verbs = ReportingVerbs.get();
        assertEquals("A4", verbs.verb("say").codeId());
        assertEquals("A4", verbs.verb("tell").codeId());
        assertEquals("A5", verbs.verb("confirm").codeId());
        assertEquals("A5", verbs.verb("reveal").codeId());
        assertEquals("A6", verbs.verb("claim").codeId());
        assertEquals("A6", verbs.verb("allege").codeId());
        assertEquals("A7", verbs.verb("insist").codeId());
        assertEquals("A7", verbs.verb("hail").codeId());
        assertEquals("A8", verbs.verb("deny").codeId());
        assertEquals("A8", verbs.verb("reject").codeId());
        ReportingVerbs.Entry according = verbs.phrases().stream().filter(e -> e.cue().equals("according to"))
                .findFirst().orElse(null);
        assertNotNull(according);
        assertEquals("A4", according.codeId());
        assertTrue(verbs.phrases().stream().anyMatch(e -> e.cue().equals("in a statement") && e.kind().equals("noun-frame")));
        assertTrue(verbs.entries().size() > 90, "entries: " + verbs.entries().size());
        for (int i = 1; i < verbs.phrases().size(); i++) {
            assertTrue(verbs.phrases().get(i - 1).words().size() >= verbs.phrases().get(i).words().size(), "longest first");
        }
    }

    @Test
    void aDamagedLexiconNamesTheLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ReportingVerbs(List.of("# header", "say\tA4\tverb\t", "claim\tA9\tverb\t"), "test.tsv"));
        assertEquals("test.tsv line 3: class A9 is not one of A4-A8", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new ReportingVerbs(List.of("say\tA4\tverb", "say\tA4\tverb"), "test.tsv"));
        assertEquals("test.tsv line 2: say is listed twice", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new ReportingVerbs(List.of("say A4 verb"), "t.tsv"));
        assertTrue(e.getMessage().startsWith("t.tsv line 1: expected cue, class and kind separated by tabs"));
    }
}
