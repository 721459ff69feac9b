package org.framebench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.framebench.core.corpus.CorpusException;
import org.framebench.core.corpus.CorpusLoader;
import org.framebench.core.text.Digests;
import org.framebench.model.Article;
import org.framebench.model.Assignment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {

    @Test
    void fourArticlesLoadWithTheirExactLengths() throws CorpusException {
        Assignment assignment = CorpusLoader.loadDefault();
        List<Article> articles = assignment.getArticles();
        assertEquals(4, articles.size());
        assertEquals(List.of(2608, 3160, 4187, 2495), articles.stream().map(a -> a.getText().length()).toList());
        assertEquals(List.of("CNN", "Unnamed outlet (British spelling)", "Multimedia Group (Ghana), republishing BBC News",
                "BBC News"), articles.stream().map(Article::getOutlet).toList());
        assertEquals("libya-tunis-2011", assignment.getId());
        assertNotNull(assignment.getCodebook());
    }

    @Test
    void digestsAreTheSha256OfTheFilesAsShipped() throws Exception {
        Assignment assignment = CorpusLoader.loadDefault();
        List<String> expected = List.of(
                "da6110af86583bce61128d696e3c19ca8ddb489d2a68290e35a5a51f7b300ff0",
                "5b357dee1708860d049a52bcdb558fd379a0fc778d59955fb8cc8d33fce9565d",
                "b3069a4f6879ec9bbbc11a6e699266ff9249886a68e7874461bdbb5c7a1a34b7",
                "a8973987288cc4cb8e5681446d5a7fb5453a732ff4744983c33d0f779604c5a5");
        for (int i = 0; i < 4; i++) {
            Article article = assignment.getArticles().get(i);
            assertEquals(expected.get(i), article.getSha256(), article.getSourceFile());
            try (InputStream in = CorpusLoader.class.getResourceAsStream("/corpus/" + article.getSourceFile())) {
                assertEquals(expected.get(i), Digests.sha256(in.readAllBytes()), "the bundled file is byte for byte");
            }
        }
    }

    @Test
    void typographicQuotesOfTheBbcTextSurvive() throws CorpusException {
        String bbc = CorpusLoader.loadDefault().getArticles().get(3).getText();
        assertTrue(bbc.contains("Col Muammar Gaddafi\u2019s government"), "right single quote U+2019");
        assertTrue(bbc.contains("\u201Crepairing relations\u201D"), "double quotes U+201C/U+201D");
        assertTrue(bbc.contains("\u2018Delivered a message\u2019"), "single quotes U+2018/U+2019");
        assertTrue(bbc.contains(" \u2013 "), "en dash U+2013");
        assertEquals(-1, bbc.indexOf('\uFFFD'), "no replacement characters");
    }

    @Test
    void corpusFolderWithNonUtf8TextIsRefusedWithAClearMessage(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("manifest.json"), """
                {"assignment": {"id": "x", "title": "t", "version": "1", "instructions": ""},
                 "articles": [{"file": "a.txt", "id": "a", "outlet": "A", "title": "A", "notes": ""}]}""");
        Files.write(folder.resolve("a.txt"), new byte[] { 'c', 'a', 'f', (byte) 0xE9 });
        CorpusException error = assertThrows(CorpusException.class, () -> CorpusLoader.loadDirectory(folder));
        assertEquals("a.txt is not UTF-8 text.", error.getMessage());
    }

    @Test
    void missingArticleIsNamed(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("manifest.json"), """
                {"assignment": {"id": "x", "title": "t", "version": "1", "instructions": ""},
                 "articles": [{"file": "gone.txt", "id": "a", "outlet": "A", "title": "A", "notes": ""}]}""");
        CorpusException error = assertThrows(CorpusException.class, () -> CorpusLoader.loadDirectory(folder));
        assertEquals("The corpus has no file named gone.txt.", error.getMessage());
    }
}
