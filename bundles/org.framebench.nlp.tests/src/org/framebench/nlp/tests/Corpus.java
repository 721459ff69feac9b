package org.framebench.nlp.tests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.framebench.core.corpus.CorpusLoader;
import org.framebench.model.Article;
import org.framebench.nlp.align.Aligner;

/** The bundled assignment's four articles, by id: cnn, third, bbc-ghana, bbc. */
final class Corpus {

    private Corpus() {
    }

    static Map<String, String> texts() {
        try {
            Map<String, String> texts = new LinkedHashMap<>();
            for (Article article : CorpusLoader.loadDefault().getArticles()) {
                texts.put(article.getId(), article.getText());
            }
            return texts;
        } catch (Exception e) {
            throw new AssertionError("the bundled corpus does not load", e);
        }
    }

    static Aligner aligner() {
        List<Aligner.Text> texts = new ArrayList<>();
        texts().forEach((id, text) -> texts.add(new Aligner.Text(id, text)));
        return new Aligner(texts);
    }
}
