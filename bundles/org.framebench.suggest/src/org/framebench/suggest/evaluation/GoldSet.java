package org.framebench.suggest.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * An attribution gold set: {@code {"articles": {"<articleId>": [ {"id", "source", "cue", "content", "channel"?,
 * "boilerplate"?, "debatable"?, ...} ]}}}, each part {@code {"begin", "end", "text", "code"}} or null (UTF-16
 * offsets, end exclusive). Other fields are kept out.
 */
public final class GoldSet {

    /** One part of a gold record. */
    public record Part(int begin, int end, String text, String code) {
    }

    /** One gold attribution. */
    public record Record(String id, String articleId, Part source, Part cue, Part content, Part channel,
            boolean boilerplate, boolean debatable) {
    }

    private final Map<String, List<Record>> articles;

    private GoldSet(Map<String, List<Record>> articles) {
        this.articles = articles;
    }

    /** The records per article id, in file order. */
    public Map<String, List<Record>> articles() {
        return articles;
    }

    /** The records of one article (empty when it has none). */
    public List<Record> records(String articleId) {
        return articles.getOrDefault(articleId, List.of());
    }

    /** All records, article by article. */
    public List<Record> all() {
        List<Record> all = new ArrayList<>();
        articles.values().forEach(all::addAll);
        return all;
    }

    /** This gold set without the records marked {@code boilerplate}. */
    public GoldSet withoutBoilerplate() {
        Map<String, List<Record>> kept = new LinkedHashMap<>();
        articles.forEach((id, records) -> kept.put(id,
                records.stream().filter(record -> !record.boilerplate()).toList()));
        return new GoldSet(Collections.unmodifiableMap(kept));
    }

    /** This gold set with only the given articles. */
    public GoldSet only(Set<String> articleIds) {
        Map<String, List<Record>> kept = new LinkedHashMap<>();
        articles.forEach((id, records) -> {
            if (articleIds.contains(id)) {
                kept.put(id, records);
            }
        });
        return new GoldSet(Collections.unmodifiableMap(kept));
    }

    /**
     * Reads a gold set.
     *
     * @param where names the input in messages
     * @throws IOException when it cannot be read or is not a gold set; the message names the record
     */
    public static GoldSet read(InputStream in, String where) throws IOException {
        JsonObject root;
        try {
            root = JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8)).getAsJsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            throw new IOException(where + " is not a JSON object: " + e.getMessage(), e);
        }
        if (!root.has("articles") || !root.get("articles").isJsonObject()) {
            throw new IOException(where + " has no \"articles\" object");
        }
        Map<String, List<Record>> articles = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> article : root.getAsJsonObject("articles").entrySet()) {
            List<Record> records = new ArrayList<>();
            if (!article.getValue().isJsonArray()) {
                throw new IOException(where + ": article " + article.getKey() + " is not a list of records");
            }
            int index = 0;
            for (JsonElement element : article.getValue().getAsJsonArray()) {
                index++;
                String name = where + ": article " + article.getKey() + ", record " + index;
                try {
                    JsonObject json = element.getAsJsonObject();
                    String id = json.has("id") ? json.get("id").getAsString() : article.getKey() + "-" + index;
                    name = where + ": record " + id;
                    records.add(new Record(id, article.getKey(), part(json, "source"), part(json, "cue"),
                            part(json, "content"), part(json, "channel"), flag(json, "boilerplate"),
                            flag(json, "debatable")));
                } catch (RuntimeException e) {
                    throw new IOException(name + " is not {id, source, cue, content} with parts {begin, end, text, code}: "
                            + e.getMessage(), e);
                }
            }
            articles.put(article.getKey(), List.copyOf(records));
        }
        return new GoldSet(Collections.unmodifiableMap(articles));
    }

    private static Part part(JsonObject record, String name) {
        JsonElement element = record.get(name);
        if (element == null || element.isJsonNull()) {
            return null;
        }
        JsonObject json = element.getAsJsonObject();
        int begin = json.get("begin").getAsInt();
        int end = json.get("end").getAsInt();
        if (begin < 0 || end <= begin) {
            throw new IllegalArgumentException(name + " has the empty or reversed span " + begin + ".." + end);
        }
        return new Part(begin, end, json.has("text") ? json.get("text").getAsString() : null,
                json.get("code").getAsString());
    }

    private static boolean flag(JsonObject record, String name) {
        JsonElement element = record.get(name);
        return element != null && !element.isJsonNull() && element.getAsBoolean();
    }
}
