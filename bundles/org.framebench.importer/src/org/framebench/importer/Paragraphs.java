package org.framebench.importer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/** Turns text into the project's convention: one paragraph per line, "\n" between lines, no blank lines. */
final class Paragraphs {

    /** Lines up to this long, followed by more lines in the same block, are taken as hard-wrapped. */
    private static final int WRAP_WIDTH = 100;

    private Paragraphs() {
    }

    /** Cleans one paragraph: NFC, no control characters, runs of white space as one space, trimmed. */
    static String clean(String paragraph) {
        String s = Normalizer.normalize(paragraph, Normalizer.Form.NFC);
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\uFEFF' || c == '\u200B' || c == '\u00AD') {
                continue; // BOM / zero-width space / soft hyphen: invisible, and they break word matching
            }
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || Character.isISOControl(c)) {
                space = b.length() > 0;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            b.append(c);
        }
        return b.toString();
    }

    /** Joins cleaned, non-empty paragraphs with "\n". */
    static String join(List<String> paragraphs) {
        StringBuilder b = new StringBuilder();
        for (String p : paragraphs) {
            String c = clean(p);
            if (c.isEmpty()) {
                continue;
            }
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(c);
        }
        return b.toString();
    }

    /**
     * Plain text to paragraphs. Blank lines separate blocks; a block whose lines (but its last) are all short is
     * hard-wrapped prose and becomes one paragraph, otherwise each of its lines is a paragraph.
     */
    static List<String> fromPlainText(String text) {
        String t = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n').replace('\u2029', '\n')
                .replace('\f', '\n');
        List<String> out = new ArrayList<>();
        List<String> block = new ArrayList<>();
        for (String line : t.split("\n", -1)) {
            if (clean(line).isEmpty()) {
                flush(block, out);
            } else {
                block.add(line);
            }
        }
        flush(block, out);
        return out;
    }

    private static void flush(List<String> block, List<String> out) {
        if (block.isEmpty()) {
            return;
        }
        boolean wrapped = block.size() > 1;
        for (int i = 0; i < block.size() - 1 && wrapped; i++) {
            int len = clean(block.get(i)).length();
            wrapped = len <= WRAP_WIDTH && len >= 20;
        }
        if (wrapped) {
            out.add(String.join(" ", block));
        } else {
            out.addAll(block);
        }
        block.clear();
    }

    static int words(String text) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean w = !Character.isWhitespace(text.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }
}
