package org.framebench.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.framebench.importer.ArticleImportException;
import org.framebench.importer.ArticleImporter;
import org.framebench.importer.ImportedArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Word and PDF articles made here with POI and PDFBox, read back. */
class DocxPdfImportTest {

    static final String P1 = "US officials have held face-to-face talks with representatives of Col Muammar Gaddafi's government, "
            + "the US state department has confirmed.";
    static final String P2 = "The US said the meeting reiterated its demand that Col Gaddafi step down, and involved no negotiations. "
            + "A spokesman said the Libyan government supported dialogue with the US but only if it was free from preconditions.";
    static final String P3 = "On Monday, rebels said they had pushed government troops westwards after seizing back most of the town of Brega.";
    static final String ARABIC = "قال مسؤولون أمريكيون إنهم التقوا ممثلين عن الحكومة الليبية في تونس.";
    static final String CHINESE = "美国官员周六在突尼斯与利比亚政府代表会面。";

    @TempDir
    Path dir;

    @Test
    void docxParagraphsWithTitleAsHeadline() throws Exception {
        Path file = dir.resolve("article.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            XWPFParagraph title = doc.createParagraph();
            title.setStyle("Title");
            title.createRun().setText("US and Libya hold talks in Tunisia");
            doc.createParagraph(); // an empty paragraph, as Word users leave them
            doc.createParagraph().createRun().setText(P1);
            XWPFParagraph two = doc.createParagraph();
            two.createRun().setText("The US said the meeting reiterated its demand that Col Gaddafi step down, ");
            two.createRun().setText("and involved no negotiations.");
            two.getRuns().get(1).addBreak(); // Shift+Enter: a new line in the same Word paragraph
            two.getRuns().get(1).setText("A second line of the same Word paragraph, here a paragraph of its own.", 1);
            doc.createParagraph().createRun().setText(ARABIC);
            doc.createParagraph().createRun().setText(CHINESE);
            XWPFTable table = doc.createTable(1, 1);
            table.getRow(0).getCell(0).setText("A fact box in a table cell, kept as a paragraph.");
            doc.write(out);
        }
        ImportedArticle a = ArticleImporter.importFile(file);
        assertEquals("US and Libya hold talks in Tunisia", a.headline());
        assertEquals(List.of(P1, "The US said the meeting reiterated its demand that Col Gaddafi step down, and involved no negotiations.",
                "A second line of the same Word paragraph, here a paragraph of its own.", ARABIC, CHINESE,
                "A fact box in a table cell, kept as a paragraph."), Arrays.asList(a.text().split("\n")));
    }

    @Test
    void docxWithoutTitleKeepsItsFirstParagraph() throws Exception {
        Path file = dir.resolve("plain.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText(P1);
            doc.createParagraph().createRun().setText(P3);
            doc.write(out);
        }
        ImportedArticle a = ArticleImporter.importFile(file);
        assertNull(a.headline());
        assertEquals(P1 + "\n" + P3, a.text());
    }

    /** Writes the paragraphs wrapped at {@code width} points, one line per 14 points, a blank line between paragraphs. */
    static void writePdf(Path file, String title, List<String> paragraphs, float gap, String password) throws Exception {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
        float size = 11;
        float width = 400;
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float y = 780;
                for (String p : paragraphs) {
                    StringBuilder line = new StringBuilder();
                    for (String word : p.split(" ")) {
                        String tryLine = line.length() == 0 ? word : line + " " + word;
                        if (font.getStringWidth(tryLine) / 1000 * size > width && line.length() > 0) {
                            y = show(cs, font, size, y, line.toString());
                            line.setLength(0);
                            line.append(word);
                        } else {
                            line.setLength(0);
                            line.append(tryLine);
                        }
                    }
                    y = show(cs, font, size, y, line.toString());
                    y -= gap;
                }
            }
            if (title != null) {
                PDDocumentInformation info = new PDDocumentInformation();
                info.setTitle(title);
                doc.setDocumentInformation(info);
            }
            if (password != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", password, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(file.toFile());
        }
    }

    private static float show(PDPageContentStream cs, PDType1Font font, float size, float y, String line) throws Exception {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(72, y);
        cs.showText(line);
        cs.endText();
        return y - 14;
    }

    @Test
    void pdfLinesAreRejoinedIntoParagraphs() throws Exception {
        Path file = dir.resolve("article.pdf");
        writePdf(file, "US and Libya hold talks", List.of(P1, P2, P3), 10, null);
        ImportedArticle a = ArticleImporter.importFile(file);
        assertEquals(P1 + "\n" + P2 + "\n" + P3, a.text());
        assertEquals("US and Libya hold talks", a.headline());
    }

    @Test
    void pdfWithoutParagraphSpacingSplitsAtShortSentenceEndingLines() throws Exception {
        Path file = dir.resolve("tight.pdf");
        writePdf(file, null, List.of(P1, P2, P3), 0, null);
        ImportedArticle a = ArticleImporter.importFile(file);
        assertEquals(P1 + "\n" + P2 + "\n" + P3, a.text());
    }

    @Test
    void pdfWithAPasswordIsRefusedInPlainWords() throws Exception {
        Path file = dir.resolve("locked.pdf");
        writePdf(file, null, List.of(P1), 10, "secret");
        ArticleImportException e = assertThrows(ArticleImportException.class, () -> ArticleImporter.importFile(file));
        assertEquals("locked.pdf is protected by a password: save an unprotected copy and import that.", e.getMessage());
    }

    @Test
    void pdfWithNoTextSaysSo() throws Exception {
        Path file = dir.resolve("scan.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(file.toFile());
        }
        ArticleImportException e = assertThrows(ArticleImportException.class, () -> ArticleImporter.importFile(file));
        assertTrue(e.getMessage().startsWith("No article text found in scan.pdf (a scanned PDF"), e.getMessage());
    }
}
