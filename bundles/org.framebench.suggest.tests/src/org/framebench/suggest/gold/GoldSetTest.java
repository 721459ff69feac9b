package org.framebench.suggest.gold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.framebench.core.assignment.Assignments;
import org.framebench.core.assignment.Examples;
import org.framebench.core.text.Utf8;
import org.framebench.model.Article;
import org.framebench.model.Assignment;
import org.framebench.model.Code;
import org.framebench.model.FramebenchFactory;
import org.framebench.model.Layer;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The attribution gold set (resources/gold/attributions.json, resources/gold/heldout.json (the development set),
 * resources/gold/testset.json (the test set); decisions in
 * resources/gold/GUIDELINE.md) fits the texts it annotates: every span's text is the article's text at its
 * offsets (UTF-16, end exclusive, in {@code Article.getText()} of the example assignment, or of a held-out text
 * stored through {@code Assignments.setText}), every code is a code of the built-in codebook in the group its role
 * allows, and ids, nesting and continuation links are consistent.
 */
class GoldSetTest {

    private static final Set<String> SOURCE_CODES = Set.of("S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8");
    private static final Set<String> CONTENT_CODES = Set.of("A1", "A2", "A3");
    private static final Set<String> CUE_CODES = Set.of("A4", "A5", "A6", "A7", "A8");
    private static final Set<String> CHANNEL_CODES = Set.of("S5", "S6");
    private static final List<String> HELD_OUT = List.of("ferry-aground.txt", "plant-closure.txt");
    private static final List<String> TEST_SET = List.of("rail-strike.txt", "water-alert.txt");

    private final Assignment example;
    private final Map<String, Code> codes = new HashMap<>();

    GoldSetTest() throws Exception {
        example = Examples.load(Examples.LIBYA);
        for (Layer layer : example.getCodebook().getLayers()) {
            for (Code code : layer.getCodes()) {
                codes.put(code.getId(), code);
            }
        }
    }

    @Test
    void everyArticleOfTheExampleHasGoldAndEverySpanMatchesItsText() throws IOException {
        JsonObject gold = json("/resources/gold/attributions.json");
        assertEquals("GUIDELINE.md", gold.get("guideline").getAsString());
        JsonObject articles = gold.getAsJsonObject("articles");
        Map<String, String> texts = new LinkedHashMap<>();
        for (Article article : example.getArticles()) {
            texts.put(article.getId(), article.getText());
        }
        assertEquals(new TreeSet<>(texts.keySet()), new TreeSet<>(articles.keySet()), "one gold list per example article");
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> text : texts.entrySet()) {
            List<JsonObject> records = records(articles, text.getKey());
            assertTrue(records.size() >= 10, text.getKey() + " has " + records.size() + " attributions");
            check(text.getKey(), text.getValue(), records, problems);
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void heldOutTextsHaveGoldAndEverySpanMatchesItsText() throws IOException {
        JsonObject articles = json("/resources/gold/heldout.json").getAsJsonObject("articles");
        assertEquals(new TreeSet<>(HELD_OUT), new TreeSet<>(articles.keySet()));
        List<String> problems = new ArrayList<>();
        for (String name : HELD_OUT) {
            Article article = FramebenchFactory.eINSTANCE.createArticle();
            try (InputStream in = resource("/resources/gold/heldout/" + name)) {
                Assignments.setText(article, Utf8.read(in));
            }
            String text = article.getText();
            int words = text.trim().split("\\s+").length;
            assertTrue(words >= 150 && words <= 300, name + " has " + words + " words");
            List<JsonObject> records = records(articles, name);
            assertTrue(records.size() >= 10, name + " has " + records.size() + " attributions");
            check(name.substring(0, name.length() - ".txt".length()), text, records, problems);
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void testSetTextsHaveGoldAndEverySpanMatchesItsText() throws IOException {
        JsonObject articles = json("/resources/gold/testset.json").getAsJsonObject("articles");
        assertEquals(new TreeSet<>(TEST_SET), new TreeSet<>(articles.keySet()));
        List<String> problems = new ArrayList<>();
        for (String name : TEST_SET) {
            Article article = FramebenchFactory.eINSTANCE.createArticle();
            try (InputStream in = resource("/resources/gold/testset/" + name)) {
                Assignments.setText(article, Utf8.read(in));
            }
            String text = article.getText();
            int words = text.trim().split("\\s+").length;
            assertTrue(words >= 350 && words <= 600, name + " has " + words + " words");
            List<JsonObject> records = records(articles, name);
            assertTrue(records.size() >= 20, name + " has " + records.size() + " attributions");
            check(name.substring(0, name.length() - ".txt".length()), text, records, problems);
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theCodeGroupsAreThoseOfTheBuiltInCodebook() {
        for (String id : SOURCE_CODES) {
            assertEquals("sourcing", layerOf(id), id);
        }
        for (String id : CONTENT_CODES) {
            assertEquals("attribution", layerOf(id), id);
            assertFalse(codes.get(id).getLabel().startsWith("Cue"), id + " is a kind of content");
        }
        for (String id : CUE_CODES) {
            assertEquals("attribution", layerOf(id), id);
            assertTrue(codes.get(id).getLabel().startsWith("Cue"), id + " is a kind of cue");
        }
    }

    private String layerOf(String codeId) {
        Code code = codes.get(codeId);
        assertNotNull(code, codeId + " is in the built-in codebook");
        return code.getLayer().getId();
    }

    private void check(String prefix, String text, List<JsonObject> records, List<String> problems) {
        Map<String, JsonObject> byId = new HashMap<>();
        for (JsonObject record : records) {
            String id = record.get("id").getAsString();
            if (!id.matches(java.util.regex.Pattern.quote(prefix) + "-\\d+")) {
                problems.add(id + ": an id of " + prefix + " is " + prefix + "-N");
            }
            if (byId.put(id, record) != null) {
                problems.add(id + ": used twice");
            }
        }
        for (JsonObject record : records) {
            String id = record.get("id").getAsString();
            boolean any = false;
            any |= span(id, "source", record, text, SOURCE_CODES, problems);
            any |= span(id, "cue", record, text, CUE_CODES, problems);
            any |= span(id, "content", record, text, CONTENT_CODES, problems);
            span(id, "channel", record, text, CHANNEL_CODES, problems);
            if (!any) {
                problems.add(id + ": no source, cue or content");
            }
            JsonElement implicit = record.get("implicitSource");
            if (implicit != null && (!isNull(record, "source") || !SOURCE_CODES.contains(implicit.getAsString()))) {
                problems.add(id + ": implicitSource is a source code, given only when there is no source span");
            }
            for (String link : List.of("nestedIn", "continues")) {
                JsonElement target = record.get(link);
                if (target != null && !byId.containsKey(target.getAsString())) {
                    problems.add(id + ": " + link + " names no record of " + prefix + ": " + target);
                }
            }
            JsonElement continues = record.get("continues");
            if (continues != null && byId.containsKey(continues.getAsString())) {
                JsonObject previous = byId.get(continues.getAsString());
                if (!String.valueOf(previous.get("source")).equals(String.valueOf(record.get("source")))
                        || !String.valueOf(previous.get("cue")).equals(String.valueOf(record.get("cue")))) {
                    problems.add(id + ": a continuation shares the source and cue of " + continues.getAsString());
                }
            }
            JsonElement nestedIn = record.get("nestedIn");
            if (nestedIn != null && byId.containsKey(nestedIn.getAsString()) && !isNull(record, "content")) {
                JsonObject outer = byId.get(nestedIn.getAsString());
                if (isNull(outer, "content") || begin(record, "content") < begin(outer, "content")
                        || end(record, "content") > end(outer, "content")) {
                    problems.add(id + ": its content lies outside the content of " + nestedIn.getAsString());
                }
            }
        }
    }

    /** @return whether the record has this span */
    private boolean span(String id, String role, JsonObject record, String text, Set<String> allowed,
            List<String> problems) {
        if (isNull(record, role)) {
            return false;
        }
        JsonObject span = record.getAsJsonObject(role);
        int begin = span.get("begin").getAsInt();
        int end = span.get("end").getAsInt();
        String expected = span.get("text").getAsString();
        if (begin < 0 || begin >= end || end > text.length()) {
            problems.add(id + " " + role + ": offsets " + begin + ".." + end + " outside the text (" + text.length() + ")");
        } else if (!text.substring(begin, end).equals(expected)) {
            problems.add(id + " " + role + ": \"" + expected + "\" but the text has \"" + text.substring(begin, end)
                    + "\" at " + begin + ".." + end);
        }
        String code = span.has("code") ? span.get("code").getAsString() : null;
        if (code == null || !allowed.contains(code) || !codes.containsKey(code)) {
            problems.add(id + " " + role + ": code " + code + " is not one of " + new TreeSet<>(allowed));
        }
        return true;
    }

    private static boolean isNull(JsonObject record, String member) {
        return !record.has(member) || record.get(member).isJsonNull();
    }

    private static int begin(JsonObject record, String role) {
        return record.getAsJsonObject(role).get("begin").getAsInt();
    }

    private static int end(JsonObject record, String role) {
        return record.getAsJsonObject(role).get("end").getAsInt();
    }

    private static List<JsonObject> records(JsonObject articles, String key) {
        List<JsonObject> records = new ArrayList<>();
        for (JsonElement element : articles.getAsJsonArray(key)) {
            records.add(element.getAsJsonObject());
        }
        return records;
    }

    private static JsonObject json(String path) throws IOException {
        try (InputStream in = resource(path)) {
            return JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
        }
    }

    private static InputStream resource(String path) {
        InputStream in = GoldSetTest.class.getResourceAsStream(path);
        assertNotNull(in, path + " is in the test fragment (build.properties bin.includes resources/)");
        return in;
    }
}
