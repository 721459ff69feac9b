package org.framebench.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads an article from a plain-text, HTML, Word (.docx) or PDF file into the project's text convention (one
 * paragraph per line, "\n" between lines, no blank lines). The kind is told by the file's content first (a PDF
 * named .txt is still read as a PDF), then by its extension. Never fetches anything from the network: an HTML
 * page's links, images and scripts are not followed.
 */
public final class ArticleImporter {

    /** Files above this are refused before they are read. */
    public static final int MAX_FILE_MB = 50;
    /** Article text (UTF-8) above this is refused: it would be no lesson, and slow in every view. */
    public static final int MAX_TEXT_MB = 2;
    /** Fewer words than this earn a warning that the import may have missed the article. */
    static final int FEW_WORDS = 50;

    private static final long MB = 1024L * 1024L;

    private ArticleImporter() {
    }

    /** The file name extensions {@link #importFile} reads, lower case, without the dot. */
    public static List<String> supportedExtensions() {
        return List.of("txt", "html", "htm", "docx", "pdf");
    }

    /** Imports one article file, chosen by its content and extension. */
    public static ImportedArticle importFile(Path file) throws ArticleImportException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes = read(file, name);
        String ext = extension(name);
        if (TextDecoder.startsWith(bytes, new byte[] {'%', 'P', 'D', 'F', '-'})) {
            PdfReader.Result r = PdfReader.read(bytes, name);
            return finish(name, Paragraphs.join(r.paragraphs()), r.headline(), null, null, null, null, new ArrayList<>(),
                    " (a scanned PDF holds pictures of the pages, not their text)");
        }
        if (TextDecoder.startsWith(bytes, new byte[] {'P', 'K', 3, 4})) {
            if (ext.equals("docx") || ext.equals("docm") || ext.equals("dotx")) {
                DocxReader.Result r = DocxReader.read(bytes, name);
                return finish(name, Paragraphs.join(r.paragraphs()), r.headline(), null, null, null, null, new ArrayList<>(), "");
            }
            throw new ArticleImportException(name + " is not text: it looks like a compressed (ZIP) file"
                    + (ext.equals("odt") ? " from LibreOffice Writer: save it as .docx or as plain text" : "") + ".");
        }
        if (TextDecoder.startsWith(bytes, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0})) {
            throw new ArticleImportException(ext.equals("doc")
                    ? name + " is an old Word document (.doc): save it as .docx or as plain text, then import that."
                    : name + " is not text: it looks like a binary file.");
        }
        if (ext.equals("docx")) {
            throw new ArticleImportException(name + " is not a readable Word document (.docx): it may be damaged.");
        }
        if (ext.equals("pdf")) {
            throw new ArticleImportException(name + " is not a readable PDF file: it may be damaged.");
        }
        TextDecoder.Decoded decoded = null;
        boolean html = ext.equals("html") || ext.equals("htm") || ext.equals("xhtml");
        if (!html) {
            decoded = TextDecoder.decode(bytes, name);
            html = looksLikeHtml(decoded.text());
        }
        if (html) {
            return html(bytes, name);
        }
        List<String> warnings = new ArrayList<>();
        if (decoded.warning() != null) {
            warnings.add(decoded.warning());
        }
        return finish(name, Paragraphs.join(Paragraphs.fromPlainText(decoded.text())), null, null, null, null, null, warnings, "");
    }

    /** Text already read or pasted, in the project's convention; nothing guessed about headline or byline. */
    public static ImportedArticle importText(String text) {
        String t = Paragraphs.join(Paragraphs.fromPlainText(text == null ? "" : text));
        List<String> warnings = new ArrayList<>();
        int words = Paragraphs.words(t);
        if (t.isEmpty()) {
            warnings.add("The text is empty.");
        } else if (words < FEW_WORDS) {
            warnings.add("The text has only " + words + (words == 1 ? " word." : " words."));
        }
        return new ImportedArticle(t, null, null, null, null, null, warnings);
    }

    private static ImportedArticle html(byte[] bytes, String name) throws ArticleImportException {
        Document doc;
        try {
            // The charset comes from the BOM or the page's <meta charset>, else UTF-8. No base URI: nothing resolves.
            doc = Jsoup.parse(new java.io.ByteArrayInputStream(bytes), null, "");
        } catch (IOException | RuntimeException e) {
            throw new ArticleImportException(name + " could not be read as a web page: " + e.getMessage(), e);
        }
        HtmlExtractor.Result r = HtmlExtractor.extract(doc);
        List<String> warnings = new ArrayList<>();
        return finish(name, Paragraphs.join(r.paragraphs()), r.headline(), r.byline(), r.published(), r.url(), r.outlet(),
                warnings, ": it has no paragraphs of prose (menus, adverts and scripts are left out)");
    }

    private static ImportedArticle finish(String name, String text, String headline, String byline, String published, String url,
            String outlet, List<String> warnings, String whyEmpty) throws ArticleImportException {
        if (text.isEmpty()) {
            throw new ArticleImportException("No article text found in " + name + whyEmpty + ".");
        }
        long size = text.getBytes(StandardCharsets.UTF_8).length;
        if (size > MAX_TEXT_MB * MB) {
            throw new ArticleImportException("The article text in " + name + " is too large (" + mb(size) + " MB; the limit is "
                    + MAX_TEXT_MB + " MB).");
        }
        int words = Paragraphs.words(text);
        if (words < FEW_WORDS) {
            warnings.add("Only " + words + (words == 1 ? " word was" : " words were") + " found in " + name
                    + ": check that this is the whole article.");
        }
        return new ImportedArticle(text, headline, byline, published, url, outlet, warnings);
    }

    private static byte[] read(Path file, String name) throws ArticleImportException {
        try {
            if (Files.isDirectory(file)) {
                throw new ArticleImportException(name + " is a folder, not a file.");
            }
            long size = Files.size(file);
            if (size > MAX_FILE_MB * MB) {
                throw new ArticleImportException(name + " is too large (" + mb(size) + " MB; the limit is " + MAX_FILE_MB + " MB).");
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length == 0 || new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1).isBlank()
                    && isBlank(bytes)) {
                throw new ArticleImportException(name + " is empty.");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new ArticleImportException(name + " does not exist (" + file.toAbsolutePath() + ").", e);
        } catch (AccessDeniedException e) {
            throw new ArticleImportException(name + " cannot be read: permission denied.", e);
        } catch (IOException e) {
            throw new ArticleImportException(name + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                return false;
            }
        }
        return true;
    }

    private static boolean looksLikeHtml(String text) {
        String head = text.substring(0, Math.min(text.length(), 1024)).stripLeading().replace("\uFEFF", "")
                .toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml") && head.contains("<html");
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (double) MB);
    }
}
