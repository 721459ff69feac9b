package org.framebench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.framebench.core.text.CodePoints;
import org.framebench.core.text.QuoteAnchors;
import org.framebench.core.text.TextSpan;
import org.junit.jupiter.api.Test;

/** Offsets in code points (W3C TextPositionSelector, brat) against Java's UTF-16, and finding a quote again. */
class CodePointsTest {

    @Test
    void convertsBothWaysAroundCharactersOutsideTheBmp() {
        String text = "a😀b𝐀c";
        CodePoints points = CodePoints.of(text);
        assertEquals(5, points.codePointLength());
        int[] utf16 = { 0, 1, 3, 4, 6, 7 };
        for (int codePoint = 0; codePoint < utf16.length; codePoint++) {
            assertEquals(utf16[codePoint], points.toUtf16(codePoint));
            assertEquals(codePoint, points.toCodePoints(utf16[codePoint]));
            assertEquals(text.codePointCount(0, utf16[codePoint]), points.toCodePoints(utf16[codePoint]));
        }
        // Inside a pair: the pair counts as before it, as String.codePointCount says.
        assertEquals(text.codePointCount(0, 2), points.toCodePoints(2));
        assertEquals(-1, points.toUtf16(6));
        assertEquals(-1, points.toUtf16(-1));
        assertThrows(IndexOutOfBoundsException.class, () -> points.toCodePoints(8));
        CodePoints plain = CodePoints.of("plain");
        assertEquals(3, plain.toUtf16(3));
        assertEquals(3, plain.toCodePoints(3));
    }

    @Test
    void findsAQuoteByItsContextAndRefusesToGuess() {
        String text = "He said \"go\". Then she said \"go\" again, and he said “go”.";
        QuoteAnchors anchors = QuoteAnchors.in(text);
        assertEquals(new TextSpan(29, 31), anchors.locate("go", "Then she said \"", "\" again", 0));
        TextSpan typographic = anchors.locate("“go”", "and he said ", ".", 0);
        assertEquals("“go”", typographic.of(text));
        assertNull(anchors.locate("stop", "", "", 0));
    }
}
