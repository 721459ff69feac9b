package org.framebench.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** A Word .docx article: its paragraphs (tables' too, cell by cell); the first Title or Heading 1 is the headline. */
final class DocxReader {

    record Result(List<String> paragraphs, String headline) {
    }

    private DocxReader() {
    }

    static Result read(byte[] bytes, String name) throws ArticleImportException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> paragraphs = new ArrayList<>();
            String headline = null;
            for (IBodyElement el : doc.getBodyElements()) {
                if (el instanceof XWPFParagraph p) {
                    String t = Paragraphs.clean(p.getText());
                    if (t.isEmpty()) {
                        continue;
                    }
                    if (headline == null && paragraphs.isEmpty() && isTitle(doc, p)) {
                        headline = t;
                        continue;
                    }
                    paragraphs.addAll(splitLines(p.getText()));
                } else if (el instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            for (XWPFParagraph p : cell.getParagraphs()) {
                                paragraphs.addAll(splitLines(p.getText()));
                            }
                        }
                    }
                }
            }
            if (headline == null) {
                String title = doc.getProperties().getCoreProperties().getTitle();
                headline = title == null || title.isBlank() ? null : Paragraphs.clean(title);
            }
            return new Result(paragraphs, headline);
        } catch (IOException | RuntimeException e) {
            throw new ArticleImportException(name + " is not a readable Word document (.docx): it may be damaged.", e);
        }
    }

    /** A paragraph's manual line breaks (Shift+Enter) become paragraph breaks too. */
    private static List<String> splitLines(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("[\\n\\r\\u000B]")) {
            String t = Paragraphs.clean(line);
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static boolean isTitle(XWPFDocument doc, XWPFParagraph p) {
        String id = p.getStyleID();
        if (id == null) {
            return false;
        }
        String name = id;
        if (doc.getStyles() != null) {
            XWPFStyle style = doc.getStyles().getStyle(id);
            if (style != null && style.getName() != null) {
                name = style.getName();
            }
        }
        String n = name.toLowerCase(Locale.ROOT).replace(" ", "");
        String i = id.toLowerCase(Locale.ROOT).replace(" ", "");
        return n.equals("title") || n.equals("heading1") || i.equals("title") || i.equals("heading1");
    }
}
