package org.framebench.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.framebench.importer.ArticleImporter;
import org.framebench.importer.ImportedArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plain-text articles in the encodings instructors' files come in, and the paragraph convention. */
class TextImportTest {

    static final String P1 = "US officials have held face-to-face talks with representatives of Col Muammar Gaddafi’s government, "
            + "the US state department has confirmed – “a clear and firm message”, said the café’s owner in Tunis.";
    static final String P2 = "The US said the meeting reiterated its demand that Col Gaddafi step down, and involved no negotiations.";
    static final String ARABIC = "قال مسؤولون أمريكيون إنهم التقوا ممثلين عن الحكومة الليبية في تونس.";
    static final String CHINESE = "美国官员周六在突尼斯与利比亚政府代表会面，并重申卡扎菲必须下台的要求。";

    @TempDir
    Path dir;

    private ImportedArticle importBytes(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return ArticleImporter.importFile(p);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    @Test
    void utf8WithAndWithoutBom() throws Exception {
        String text = P1 + "\n" + P2 + "\n";
        ImportedArticle plain = importBytes("a.txt", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(P1 + "\n" + P2, plain.text());
        assertTrue(plain.warnings().isEmpty() || plain.warnings().get(0).contains("words were found"), plain.warnings().toString());
        ImportedArticle bom = importBytes("b.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(P1 + "\n" + P2, bom.text());
        assertNull(bom.headline());
    }

    @Test
    void utf16WithBomBothByteOrders() throws Exception {
        String text = P1 + "\r\n" + ARABIC + "\r\n" + CHINESE + "\r\n";
        // Java's "UTF-16" encoder writes a big-endian BOM; little-endian with its BOM as Windows Notepad saves it.
        ImportedArticle be = importBytes("be.txt", text.getBytes(StandardCharsets.UTF_16));
        assertEquals(P1 + "\n" + ARABIC + "\n" + CHINESE, be.text());
        ImportedArticle le = importBytes("le.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(P1 + "\n" + ARABIC + "\n" + CHINESE, le.text());
    }

    @Test
    void utf16WithoutBomIsRecognisedWithAWarning() throws Exception {
        ImportedArticle a = importBytes("nobom.txt", (P1 + "\n" + P2).getBytes(StandardCharsets.UTF_16LE));
        assertEquals(P1 + "\n" + P2, a.text());
        assertTrue(a.warnings().get(0).contains("UTF-16LE"), a.warnings().toString());
    }

    @Test
    void windows1252IsDetectedAndSaidSo() throws Exception {
        // ’ “ ” – are in windows-1252's 0x80–0x9F range; é in its Latin-1 half.
        ImportedArticle a = importBytes("old.txt", (P1 + "\r\n\r\n" + P2).getBytes(Charset.forName("windows-1252")));
        assertEquals(P1 + "\n" + P2, a.text());
        assertTrue(a.warnings().get(0).contains("windows-1252"), a.warnings().toString());
    }

    @Test
    void iso88591WhenBytesWindows1252LeavesUndefined() throws Exception {
        byte[] b = "Caf\u00e9 au lait in Montr\u00e9al, a long enough sentence \u0081 with a C1 control.".getBytes(StandardCharsets.ISO_8859_1);
        ImportedArticle a = importBytes("latin1.txt", b);
        assertTrue(a.text().startsWith("Café au lait in Montréal"), a.text());
        assertTrue(a.warnings().get(0).contains("ISO-8859-1"), a.warnings().toString());
    }

    @Test
    void arabicAndChineseAreKeptExactly() throws Exception {
        ImportedArticle a = importBytes("world.txt", (ARABIC + "\n\n" + CHINESE + "\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(ARABIC + "\n" + CHINESE, a.text());
    }

    @Test
    void hardWrappedParagraphsAreRejoinedAndBlankLinesDropped() throws Exception {
        String wrapped = """
                The rare meeting between US diplomats and Gaddafi envoys on Saturday
                was held "to deliver a clear and firm message that the only way to
                move forward is for Gaddafi to step down," the official said.


                "This was not a negotiation. It was the delivery of a message," the
                official said in a statement issued in New Delhi.
                """;
        ImportedArticle a = importBytes("wrapped.txt", wrapped.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(
                "The rare meeting between US diplomats and Gaddafi envoys on Saturday was held \"to deliver a clear and firm message that the only way to move forward is for Gaddafi to step down,\" the official said.",
                "\"This was not a negotiation. It was the delivery of a message,\" the official said in a statement issued in New Delhi."),
                List.of(a.text().split("\n")));
    }

    @Test
    void oneParagraphPerLineStaysAsItIs() throws Exception {
        Path corpusLike = dir.resolve("lines.txt");
        String text = P1 + "\n" + P2 + "\n" + "Short line.\n" + P2 + "\n\n\n";
        Files.writeString(corpusLike, text);
        assertEquals(P1 + "\n" + P2 + "\nShort line.\n" + P2, ArticleImporter.importFile(corpusLike).text());
    }

    @Test
    void importTextNormalisesWhitespaceAndControlCharacters() {
        ImportedArticle a = ArticleImporter.importText("  First\u00a0 paragraph\twith\u200b tabs.  \r\n\r\n\u0007Second one.\r\n\n");
        assertEquals("First paragraph with tabs.\nSecond one.", a.text());
        assertTrue(a.warnings().get(0).contains("only 6 words"), a.warnings().toString());
        assertEquals("The text is empty.", ArticleImporter.importText(" \n\t ").warnings().get(0));
    }

    @Test
    void decomposedAccentsBecomeComposed() {
        assertEquals("café", ArticleImporter.importText("cafe\u0301").text());
    }

    @Test
    void supportedExtensions() {
        assertEquals(List.of("txt", "html", "htm", "docx", "pdf"), ArticleImporter.supportedExtensions());
    }
}
