package org.framebench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.framebench.core.corpus.CorpusLoader;
import org.framebench.core.text.TextSnapping;
import org.framebench.core.text.TextSpan;
import org.framebench.model.Assignment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Snapping and span editing on the real corpus texts, including the BBC's typographic quotes. */
class TextSnappingTest {

    private static String cnn;
    private static String bbc;

    @BeforeAll
    static void loadCorpus() throws Exception {
        Assignment assignment = CorpusLoader.loadDefault();
        cnn = text(assignment, "cnn");
        bbc = text(assignment, "bbc");
    }

    @Test
    void partialWordsGrowToWholeWords() {
        assertEquals("Gaddafi’s", snap(bbc, "Gaddafi’s government", 2, 5), "inside the word, across the curly apostrophe");
        assertEquals("Gaddafi’s government", snap(bbc, "Gaddafi’s government", 3, 14));
        assertEquals("face-to-face", snap(bbc, "face-to-face", 5, 7), "hyphenated words are one word");
        assertEquals("1973", snap(bbc, "1973", 1, 3));
        assertEquals("U.S.", snap(cnn, "U.S. officials", 0, 1), "an abbreviation keeps its points");
        assertEquals("Musa Ibrahim", snap(cnn, "Musa Ibrahim", 0, 12), "whole words stay as they are");
    }

    @Test
    void whitespaceIsTrimmedAndNeighbouringWordsAreNotTaken() {
        // " Musa " with the spaces either side selected: the spaces go, "spokesman" and "Ibrahim" stay out.
        int musa = cnn.indexOf(" Musa Ibrahim");
        TextSpan span = TextSnapping.snapToWords(cnn, musa, musa + 6);
        assertEquals("Musa", span.of(cnn));
        assertEquals("unambiguous – Gaddafi", snap(bbc, "unambiguous – Gaddafi", 8, 16), "an en dash is not part of a word");
        int paragraph = bbc.indexOf("\n\n");
        assertTrue(TextSnapping.snapToWords(bbc, paragraph, paragraph + 2).isEmpty(), "only whitespace selected");
        assertEquals("spokesman", snap(bbc, "spokesman said", 0, 10), "selection ending on the space after a word");
    }

    @Test
    void quotationMarksOpenedInTheSelectionAreClosed() {
        assertEquals("“clear and firm”", snap(bbc, "“clear and firm”", 0, 13), "typographic quotes");
        assertEquals("“clear and firm”", snap(bbc, "“clear and firm”", 4, 16), "closing mark selected, opening taken");
        assertEquals("clear and firm", snap(bbc, "“clear and firm”", 1, 13), "no quote selected, none added");
        assertEquals("\"a first step,\"", snap(cnn, "\"a first step,\"", 0, 10),
                "straight quotes, with the comma news style puts inside them");
        assertEquals("\"must go.\"", snap(cnn, "\"must go.\"", 0, 7));
        assertEquals("(United)", snap(cnn, "(United)", 0, 4), "brackets too");
    }

    @Test
    void edgesMoveOneWordAtATime() {
        int at = bbc.indexOf("clear and firm");
        int and = at + "clear ".length();
        TextSpan word = new TextSpan(and, and + 3);
        assertEquals("clear and", TextSnapping.widenStart(bbc, word.begin(), word.end()).of(bbc));
        assertEquals("and firm", TextSnapping.widenEnd(bbc, word.begin(), word.end()).of(bbc));
        assertEquals("and firm” message", widenEndTwice(bbc, word), "punctuation between words is crossed");
        assertEquals(word, TextSnapping.narrowStart(bbc, word.begin(), word.end()), "a single word is not narrowed away");
        assertEquals(word, TextSnapping.narrowEnd(bbc, word.begin(), word.end()));

        TextSpan quote = new TextSpan(at - 1, at + "clear and firm”".length());
        assertEquals("and firm”", TextSnapping.narrowStart(bbc, quote.begin(), quote.end()).of(bbc));
        assertEquals("“clear and", TextSnapping.narrowEnd(bbc, quote.begin(), quote.end()).of(bbc));

        assertEquals(new TextSpan(0, 2), TextSnapping.widenStart(bbc, 0, 2), "nothing before the first word");
        int last = bbc.stripTrailing().length();
        TextSpan end = TextSnapping.snapToWords(bbc, last - 3, last - 2);
        assertEquals(end, TextSnapping.widenEnd(bbc, end.begin(), end.end()), "nothing after the last word");
    }

    private static String widenEndTwice(String text, TextSpan span) {
        TextSpan once = TextSnapping.widenEnd(text, span.begin(), span.end());
        return TextSnapping.widenEnd(text, once.begin(), once.end()).of(text);
    }

    /** Snaps the selection [from, to) inside the first occurrence of {@code phrase}; returns the snapped text. */
    private static String snap(String text, String phrase, int from, int to) {
        int at = text.indexOf(phrase);
        assertTrue(at >= 0, phrase + " is in the article");
        return TextSnapping.snapToWords(text, at + from, at + to).of(text);
    }

    static String text(Assignment assignment, String articleId) {
        return assignment.getArticles().stream().filter(a -> a.getId().equals(articleId)).findFirst().orElseThrow().getText();
    }
}
