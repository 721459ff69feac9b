package org.framebench.ui.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArticleTrimTest {

    private static final String PAGE = "Menu\n\nFirst paragraph.\nSecond paragraph.  \n\nFooter";

    @Test
    void keepOnlyKeepsTheSelectionTidied() {
        int begin = PAGE.indexOf("First");
        int end = PAGE.indexOf("Second paragraph.") + "Second paragraph.".length();
        assertEquals("First paragraph.\nSecond paragraph.", ArticleTrim.keepOnly(PAGE, begin - 2, end + 3));
    }

    @Test
    void deleteBeforeAndAfter() {
        assertEquals("First paragraph.\nSecond paragraph.\nFooter", ArticleTrim.deleteBefore(PAGE, PAGE.indexOf("First")));
        assertEquals("Menu\nFirst paragraph.", ArticleTrim.deleteAfter(PAGE, PAGE.indexOf("First paragraph.") + 16));
    }

    @Test
    void nothingLeftIsNull() {
        assertNull(ArticleTrim.keepOnly(PAGE, 4, 6));
        assertNull(ArticleTrim.deleteAfter(PAGE, 0));
    }

    @Test
    void rightToLeftIsDetected() {
        assertTrue(ArticleTrim.isMostlyRightToLeft("قال المتحدث باسم الوزارة إن المحادثات ستستمر"));
        assertFalse(ArticleTrim.isMostlyRightToLeft("The ministry said talks would go on (قال)."));
    }
}
