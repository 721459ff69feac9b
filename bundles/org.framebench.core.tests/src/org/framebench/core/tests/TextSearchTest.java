package org.framebench.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.framebench.core.text.TextSearch;
import org.junit.jupiter.api.Test;

class TextSearchTest {

    @Test
    void findsEveryOccurrenceIgnoringCaseWithTheTextsOwnOffsets() {
        String text = "Gaddafi said. GADDAFI\u2019s envoys met; gaddafi's aides";
        String folded = TextSearch.fold(text);
        assertEquals(text.length(), folded.length());
        assertArrayEquals(new int[] { 0, 14, 36 }, TextSearch.findAll(folded, "gaddafi"));
        // A plain apostrophe finds the typographic one, and the other way round.
        assertArrayEquals(new int[] { 14, 36 }, TextSearch.findAll(folded, "Gaddafi's"));
        assertArrayEquals(new int[] { 14, 36 }, TextSearch.findAll(folded, "Gaddafi\u2019s"));
        assertEquals("GADDAFI\u2019s", text.substring(14, 14 + "Gaddafi's".length()));
    }

    @Test
    void nothingForAnEmptyQueryOrNoMatchAndNoOverlaps() {
        String folded = TextSearch.fold("aaaa");
        assertArrayEquals(new int[0], TextSearch.findAll(folded, ""));
        assertArrayEquals(new int[0], TextSearch.findAll(folded, null));
        assertArrayEquals(new int[0], TextSearch.findAll(folded, "b"));
        assertArrayEquals(new int[] { 0, 2 }, TextSearch.findAll(folded, "aa"));
    }

    @Test
    void quotesAndDashesFold() {
        String folded = TextSearch.fold("\u201Cmust go\u201D \u2013 said");
        assertArrayEquals(new int[] { 0 }, TextSearch.findAll(folded, "\"must go\" - said"));
    }
}
