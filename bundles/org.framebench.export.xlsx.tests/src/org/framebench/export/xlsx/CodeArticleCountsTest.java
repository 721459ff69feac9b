package org.framebench.export.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.framebench.export.xlsx.XlsxExporter.CodeArticleCounts;
import org.junit.jupiter.api.Test;

/** The Summary's cached counts match cells as COUNTIFS does: ignoring case, with its wildcards. */
class CodeArticleCountsTest {

    @Test
    void countsLikeCountifsOverTheCellsWritten() {
        CodeArticleCounts counts = new CodeArticleCounts();
        counts.add("Code id", "Article id");
        counts.add("S1", "cnn");
        counts.add("S1", "cnn");
        counts.add("s1", "CNN");
        counts.add("S12", "cnn");
        counts.add("S*", "bbc");
        counts.add("S1", "bbc-ghana");
        counts.add(null, "cnn");
        counts.add("S1", null);
        counts.add("", "cnn");

        assertEquals(3, counts.count("S1", "cnn"), "case is ignored");
        assertEquals(3, counts.count("s1", "Cnn"));
        assertEquals(0, counts.count("S1", "bbc"));
        assertEquals(1, counts.count("S1", "bbc-ghana"), "the whole cell must match");
        assertEquals(4, counts.count("S*", "cnn"), "* stands for any text");
        assertEquals(1, counts.count("S*", "bbc"));
        assertEquals(3, counts.count("?1", "cnn"), "? for one character");
        assertEquals(1, counts.count("S~*", "bbc"), "~ makes a wildcard plain");
        assertEquals(0, counts.count("S~*", "cnn"));
        assertEquals(3, counts.count("=S1", "cnn"), "a leading = means equal to");
        assertEquals(1, counts.count("Code id", "Article id"), "the header row is in the whole-column range");
        assertEquals(0, counts.count("S9", "cnn"));
        assertEquals(0, counts.count(null, "cnn"));
    }
}
