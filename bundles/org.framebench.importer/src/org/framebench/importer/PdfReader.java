package org.framebench.importer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/** A PDF article's text: PDFBox's text in reading order, lines re-joined into paragraphs. */
final class PdfReader {

    record Result(List<String> paragraphs, String headline) {
    }

    private static final String PARAGRAPH = "\u2029";

    private PdfReader() {
    }

    static Result read(byte[] bytes, String name) throws ArticleImportException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            stripper.setParagraphStart("");
            stripper.setParagraphEnd(PARAGRAPH);
            stripper.setPageEnd("\n");
            String text = stripper.getText(doc);
            String title = doc.getDocumentInformation() == null ? null : doc.getDocumentInformation().getTitle();
            return new Result(paragraphs(text), title == null || title.isBlank() ? null : Paragraphs.clean(title));
        } catch (InvalidPasswordException e) {
            throw new ArticleImportException(name + " is protected by a password: save an unprotected copy and import that.", e);
        } catch (IOException | RuntimeException e) {
            throw new ArticleImportException(name + " is not a readable PDF file: it may be damaged.", e);
        }
    }

    /**
     * Lines of one PDFBox paragraph are joined; inside it, a line clearly shorter than the longest that ends a
     * sentence also ends a paragraph (PDFBox misses paragraph breaks without indentation or extra spacing).
     * A line ending in a hyphen joins the next without a space, the hyphen kept.
     */
    static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        for (String block : text.split(PARAGRAPH + "|\\n\\s*\\n")) {
            List<String> lines = new ArrayList<>();
            for (String l : block.split("\n")) {
                String c = Paragraphs.clean(l);
                if (!c.isEmpty()) {
                    lines.add(c);
                }
            }
            int max = 0;
            for (String l : lines) {
                max = Math.max(max, l.length());
            }
            StringBuilder para = new StringBuilder();
            for (String l : lines) {
                if (para.length() > 0) {
                    char last = para.charAt(para.length() - 1);
                    if (last == '-' && para.length() > 1 && Character.isLetter(para.charAt(para.length() - 2))) {
                        // keep the hyphen, no space
                    } else {
                        para.append(' ');
                    }
                }
                para.append(l);
                if (l.length() < max * 0.75 && endsSentence(l)) {
                    out.add(para.toString());
                    para.setLength(0);
                }
            }
            if (para.length() > 0) {
                out.add(para.toString());
            }
        }
        return out;
    }

    private static boolean endsSentence(String l) {
        char c = l.charAt(l.length() - 1);
        return ".!?:\"”’»。！？".indexOf(c) >= 0;
    }
}
