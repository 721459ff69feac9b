package org.framebench.core.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.framebench.core.codebook.BuiltInCodebook;
import org.framebench.core.text.Digests;
import org.framebench.core.text.Utf8;
import org.framebench.model.Article;
import org.framebench.model.Assignment;
import org.framebench.model.FramebenchFactory;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Builds an assignment from a corpus: a {@code manifest.json} naming the assignment and its articles
 * (file, id, outlet, title, notes) beside the article texts (UTF-8). The built-in codebook is attached.
 */
public final class CorpusLoader {

    /** Where the default corpus (the repository's corpus/ folder) sits in this bundle. */
    public static final String BUNDLED_CORPUS = "/corpus/";

    /** Opens a file of the corpus by name. */
    @FunctionalInterface
    public interface Source {
        /** @return the stream, or null if there is no such file */
        InputStream open(String name) throws IOException;
    }

    private CorpusLoader() {
    }

    /** The default assignment: the four articles shipped with Framebench and the built-in codebook. */
    public static Assignment loadDefault() throws CorpusException {
        return load(name -> CorpusLoader.class.getResourceAsStream(BUNDLED_CORPUS + name));
    }

    /** An assignment from a corpus folder on disk. */
    public static Assignment loadDirectory(Path directory) throws CorpusException {
        return load(name -> {
            try {
                return Files.newInputStream(directory.resolve(name));
            } catch (NoSuchFileException e) {
                return null;
            }
        });
    }

    public static Assignment load(Source source) throws CorpusException {
        JsonObject manifest;
        try {
            manifest = JsonParser.parseString(read(source, "manifest.json")).getAsJsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            throw new CorpusException("The corpus manifest (manifest.json) is not valid JSON: " + e.getMessage(), e);
        }
        FramebenchFactory factory = FramebenchFactory.eINSTANCE;
        Assignment assignment = factory.createAssignment();
        JsonObject about = manifest.getAsJsonObject("assignment");
        assignment.setId(string(about, "id"));
        assignment.setTitle(string(about, "title"));
        assignment.setVersion(string(about, "version"));
        assignment.setInstructions(string(about, "instructions"));
        for (JsonElement element : manifest.getAsJsonArray("articles")) {
            JsonObject json = element.getAsJsonObject();
            Article article = factory.createArticle();
            article.setSourceFile(string(json, "file"));
            article.setId(string(json, "id"));
            article.setOutlet(string(json, "outlet"));
            article.setTitle(string(json, "title"));
            article.setNotes(string(json, "notes"));
            // The headline as the outlet shows it (the texts themselves have none); absent: no headline.
            String headline = string(json, "headline");
            article.setHeadline(headline == null || headline.isBlank() ? null : headline.strip());
            String text = read(source, article.getSourceFile());
            article.setText(text);
            article.setSha256(Digests.sha256(text));
            assignment.getArticles().add(article);
        }
        assignment.setCodebook(BuiltInCodebook.load());
        return assignment;
    }

    private static String string(JsonObject json, String member) {
        JsonElement value = json.get(member);
        return value == null || value.isJsonNull() ? null : value.getAsString();
    }

    private static String read(Source source, String name) throws CorpusException {
        try (InputStream in = source.open(name)) {
            if (in == null) {
                throw new CorpusException("The corpus has no file named " + name + ".", null);
            }
            return Utf8.read(in);
        } catch (CharacterCodingException e) {
            throw new CorpusException(name + " is not UTF-8 text.", e);
        } catch (IOException e) {
            throw new CorpusException(name + " could not be read: " + e.getMessage(), e);
        }
    }
}
