package org.framebench.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Decodes the bytes of a plain-text file: BOM, else strict UTF-8, else windows-1252 or ISO-8859-1; refuses binary. */
final class TextDecoder {

    record Decoded(String text, String charset, String warning) {
    }

    private TextDecoder() {
    }

    static Decoded decode(byte[] b, String name) throws ArticleImportException {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return strict(b, 3, StandardCharsets.UTF_8, name);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return strict(b, 2, StandardCharsets.UTF_16LE, name);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return strict(b, 2, StandardCharsets.UTF_16BE, name);
        }
        Charset utf16 = utf16WithoutBom(b);
        if (utf16 != null) {
            Decoded d = strict(b, 0, utf16, name);
            return new Decoded(d.text(), d.charset(), "Read " + name + " as " + utf16.name() + " (it has no byte order mark).");
        }
        if (looksBinary(b)) {
            throw new ArticleImportException(name + " is not text: it looks like a binary file.");
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
            return new Decoded(s, "UTF-8", null);
        } catch (CharacterCodingException e) {
            // not UTF-8: an older Western encoding
        }
        boolean cp1252 = true;
        for (byte x : b) {
            int v = x & 0xFF;
            if (v == 0x81 || v == 0x8D || v == 0x8F || v == 0x90 || v == 0x9D) {
                cp1252 = false; // bytes windows-1252 leaves undefined
                break;
            }
        }
        Charset cs = cp1252 ? Charset.forName("windows-1252") : StandardCharsets.ISO_8859_1;
        String s = new String(b, cs);
        return new Decoded(s, cs.name(),
                name + " is not UTF-8; it was read as " + cs.name() + " (Western European). Check accented letters and quotation marks.");
    }

    private static Decoded strict(byte[] b, int offset, Charset cs, String name) throws ArticleImportException {
        try {
            String s = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, offset, b.length - offset)).toString();
            if (controlShare(s) > 0.01) {
                throw new ArticleImportException(name + " is not text: it looks like a binary file.");
            }
            return new Decoded(s, cs.name(), null);
        } catch (CharacterCodingException e) {
            throw new ArticleImportException(name + " says it is " + cs.name() + " text but it is not: it may be damaged or binary.");
        }
    }

    /** UTF-16 without a BOM: nearly every other byte is zero (Latin text), on one side only. */
    private static Charset utf16WithoutBom(byte[] b) {
        int n = Math.min(b.length, 4096) & ~1;
        if (n < 4) {
            return null;
        }
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) {
                evenZero++;
            }
            if (b[i + 1] == 0) {
                oddZero++;
            }
        }
        int pairs = n / 2;
        if (oddZero > pairs * 0.6 && evenZero == 0) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZero > pairs * 0.6 && oddZero == 0) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static final List<byte[]> MAGIC = List.of(new byte[] {'P', 'K', 3, 4}, new byte[] {'%', 'P', 'D', 'F'},
            new byte[] {(byte) 0x89, 'P', 'N', 'G'}, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            new byte[] {'G', 'I', 'F', '8'}, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0},
            new byte[] {0x7F, 'E', 'L', 'F'}, new byte[] {0x1F, (byte) 0x8B});

    static boolean looksBinary(byte[] b) {
        for (byte[] m : MAGIC) {
            if (startsWith(b, m)) {
                return true;
            }
        }
        int n = Math.min(b.length, 65536);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int v = b[i] & 0xFF;
            if (v == 0) {
                return true;
            }
            if (v < 0x20 && v != '\n' && v != '\r' && v != '\t' && v != '\f') {
                control++;
            }
        }
        return n > 0 && control > n * 0.01;
    }

    static boolean startsWith(byte[] b, byte[] m) {
        if (b.length < m.length) {
            return false;
        }
        for (int i = 0; i < m.length; i++) {
            if (b[i] != m[i]) {
                return false;
            }
        }
        return true;
    }

    private static double controlShare(String s) {
        int n = Math.min(s.length(), 65536);
        int c = 0;
        for (int i = 0; i < n; i++) {
            char ch = s.charAt(i);
            if ((ch < 0x20 && ch != '\n' && ch != '\r' && ch != '\t' && ch != '\f') || ch == 0xFFFD) {
                c++;
            }
        }
        return n == 0 ? 0 : (double) c / n;
    }
}
