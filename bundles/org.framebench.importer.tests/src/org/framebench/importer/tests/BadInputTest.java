package org.framebench.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.framebench.importer.ArticleImportException;
import org.framebench.importer.ArticleImporter;
import org.framebench.importer.ImportedArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are no article: each refused with a plain message naming the file, none half-read. */
class BadInputTest {

    @TempDir
    Path dir;

    private String refused(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return assertThrows(ArticleImportException.class, () -> ArticleImporter.importFile(p)).getMessage();
    }

    @Test
    void emptyAndBlankFiles() throws Exception {
        assertEquals("empty.txt is empty.", refused("empty.txt", new byte[0]));
        assertEquals("blank.txt is empty.", refused("blank.txt", " \r\n\t\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("empty.html is empty.", refused("empty.html", new byte[0]));
        assertEquals("empty.docx is empty.", refused("empty.docx", new byte[0]));
    }

    @Test
    void binaryFiles() throws Exception {
        byte[] random = new byte[4096];
        new Random(13).nextBytes(random);
        assertEquals("noise.txt is not text: it looks like a binary file.", refused("noise.txt", random));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        assertEquals("photo.txt is not text: it looks like a binary file.", refused("photo.txt", png));
        assertEquals("notes.txt is not text: it looks like a compressed (ZIP) file.",
                refused("notes.txt", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0}));
        assertEquals("old.doc is an old Word document (.doc): save it as .docx or as plain text, then import that.",
                refused("old.doc", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}));
    }

    @Test
    void damagedDocxAndPdf() throws Exception {
        assertEquals("broken.docx is not a readable Word document (.docx): it may be damaged.",
                refused("broken.docx", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0}));
        assertEquals("renamed.docx is not a readable Word document (.docx): it may be damaged.",
                refused("renamed.docx", "just some text".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("cut.pdf is not a readable PDF file: it may be damaged.",
                refused("cut.pdf", "%PDF-1.7\n1 0 obj\n<< /Type /Catalog".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void missingFileAndFolder() throws Exception {
        ArticleImportException missing = assertThrows(ArticleImportException.class,
                () -> ArticleImporter.importFile(dir.resolve("gone.txt")));
        assertTrue(missing.getMessage().startsWith("gone.txt does not exist"), missing.getMessage());
        Path folder = Files.createDirectory(dir.resolve("articles"));
        assertEquals("articles is a folder, not a file.",
                assertThrows(ArticleImportException.class, () -> ArticleImporter.importFile(folder)).getMessage());
    }

    /** A 10 MB plain-text "article" is refused with its size and the limit; a 10 MB page with a normal article works. */
    @Test
    void tenMegabytes() throws Exception {
        String para = "The council voted on Sunday to close the coal plant by 2030, after a debate that lasted six hours.\n";
        Path big = dir.resolve("big.txt");
        try (BufferedWriter w = Files.newBufferedWriter(big)) {
            while (Files.size(big) < 10 * 1024 * 1024) {
                for (int i = 0; i < 1000; i++) {
                    w.write(para);
                }
                w.flush();
            }
        }
        ArticleImportException e = assertThrows(ArticleImportException.class, () -> ArticleImporter.importFile(big));
        assertEquals("The article text in big.txt is too large (10.0 MB; the limit is 2 MB).", e.getMessage());

        Path page = dir.resolve("heavy.html");
        try (BufferedWriter w = Files.newBufferedWriter(page)) {
            w.write("<html><head><title>Heavy page</title><script>");
            for (int i = 0; i < 160_000; i++) {
                w.write("var tracker" + i + " = {id: " + i + ", k: 'abcdefghijklmnopqrstuvwxyz0123456789'};\n");
            }
            w.write("</script></head><body><nav><a href=\"/\">Home</a></nav><article>");
            for (int i = 0; i < 20; i++) {
                w.write("<p>" + para + "</p>");
            }
            w.write("</article></body></html>");
        }
        assertTrue(Files.size(page) > 10 * 1024 * 1024, "the page is over 10 MB");
        ImportedArticle a = ArticleImporter.importFile(page);
        assertEquals(20, a.text().split("\n").length);
        assertEquals("Heavy page", a.headline());
    }

    @Test
    void fileAboveTheReadLimitIsRefusedBeforeReading() throws Exception {
        Path huge = dir.resolve("huge.html");
        try (var ch = java.nio.channels.FileChannel.open(huge, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {'<'}), 60L * 1024 * 1024); // sparse: no 60 MB written
        }
        assertEquals("huge.html is too large (60.0 MB; the limit is 50 MB).",
                assertThrows(ArticleImportException.class, () -> ArticleImporter.importFile(huge)).getMessage());
    }
}
