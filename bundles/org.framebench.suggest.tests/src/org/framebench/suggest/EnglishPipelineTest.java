package org.framebench.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.framebench.core.assignment.Examples;
import org.framebench.model.Article;
import org.junit.jupiter.api.Test;

/**
 * The pipeline's shortcuts (alphanumeric chunks as tokens, greedy tagging, one edit script per lemma, the lemma
 * cache) give what OpenNLP's own decoders give: the same sentences, tokens, tags and lemmas on the four articles of
 * the example and the gold set's development and test stories.
 */
class EnglishPipelineTest {

    @Test
    void theShortcutsGiveWhatOpenNlpsDecodersGive() throws Exception {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Article article : Examples.load(Examples.LIBYA).getArticles()) {
            texts.put(article.getId(), article.getText());
        }
        for (String name : List.of("heldout/ferry-aground.txt", "heldout/plant-closure.txt", "testset/rail-strike.txt",
                "testset/water-alert.txt")) {
            texts.put(name, resource("/resources/gold/" + name));
        }
        EnglishPipeline pipeline = EnglishPipeline.get();
        int tokens = 0;
        for (Map.Entry<String, String> text : texts.entrySet()) {
            // twice: the second time the lemmas come from the cache
            for (int pass = 0; pass < 2; pass++) {
                List<String> fast = show(pipeline.analyse(text.getValue()));
                List<String> reference = show(pipeline.analyseAsOpenNlp(text.getValue()));
                assertEquals(reference, fast, text.getKey() + " pass " + pass);
                tokens += fast.size();
            }
        }
        System.out.println("EnglishPipelineTest: " + tokens + " tokens and sentence marks compared");
        assertTrue(tokens > 7000, "compared " + tokens + " tokens");
    }

    private static List<String> show(List<EnglishPipeline.Sentence> sentences) {
        List<String> out = new ArrayList<>();
        for (EnglishPipeline.Sentence sentence : sentences) {
            out.add("<s " + sentence.begin() + "-" + sentence.end() + ">");
            for (EnglishPipeline.Token token : sentence.tokens()) {
                out.add(token.begin() + "-" + token.end() + " " + token.text() + "/" + token.tag() + "/" + token.lemma());
            }
        }
        return out;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = EnglishPipelineTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " is not in the test fragment");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
