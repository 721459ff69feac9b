package org.framebench.nlp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.framebench.nlp.text.Sentences;
import org.framebench.nlp.text.Span;
import org.framebench.nlp.text.Words;
import org.junit.jupiter.api.Test;

/** The rule-based sentence splitter and word keys on the kinds of text the articles hold. */
class SentencesTest {

    private static List<String> split(String text) {
        return Sentences.split(text).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void initialsAndTitlesDoNotEndASentence() {
        assertEquals(List.of("The U.S. Embassy in Tripoli was shuttered.", "Col. Gaddafi stayed."),
                split("The U.S. Embassy in Tripoli was shuttered. Col. Gaddafi stayed."));
    }

    @Test
    void aStopInsideQuotesEndsTheSentenceAfterTheQuote() {
        assertEquals(List.of("\u201cThis was not a negotiation.\u201d", "It was a message."),
                split("\u201cThis was not a negotiation.\u201d It was a message."));
        assertEquals(List.of("He said \"go.\"", "Then he left."), split("He said \"go.\" Then he left."));
    }

    @Test
    void lineBreaksEndSentencesAndBlankLinesGiveNone() {
        String text = "\u2018Delivered a message\u2019\n\nSo far, the leader has laughed.\n";
        assertEquals(List.of("\u2018Delivered a message\u2019", "So far, the leader has laughed."), split(text));
        Span first = Sentences.split(text).get(0);
        assertEquals(0, first.begin());
        assertEquals(21, first.end(), "UTF-16 offsets, end exclusive");
    }

    @Test
    void aLowerCaseWordAfterAStopIsNotANewSentence() {
        assertEquals(List.of("They met at 5 p.m. on Saturday in Tunis."), split("They met at 5 p.m. on Saturday in Tunis."));
    }

    @Test
    void spellingVariantsAndInflectionsShareAKey() {
        assertEquals(Words.key("Gaddafi"), Words.key("Gadhafi's"));
        assertEquals(Words.key("Gaddafi"), Words.key("Gaddafi\u2019s"));
        assertEquals(Words.key("Muammar"), Words.key("Moammar"));
        assertEquals(Words.key("US"), Words.key("U.S."));
        assertEquals(Words.key("recognise"), Words.key("recognized"));
        assertEquals(Words.key("talks"), Words.key("talk"));
        assertEquals(List.of("U.S.", "officials", "don't", "1,500"),
                Words.tokens("U.S. officials don't: 1,500.").stream().map(t -> t.text()).toList());
    }
}
