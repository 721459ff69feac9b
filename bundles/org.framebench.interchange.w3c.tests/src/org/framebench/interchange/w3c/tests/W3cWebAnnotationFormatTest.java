package org.framebench.interchange.w3c.tests;

import org.framebench.model.Link;
import org.framebench.model.LinkKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.framebench.core.document.DocumentStore;
import org.framebench.core.interchange.ImportResult;
import org.framebench.core.interchange.InterchangeException;
import org.framebench.core.interchange.InterchangeReport;
import org.framebench.core.text.Digests;
import org.framebench.interchange.testing.LibyaWork;
import org.framebench.interchange.w3c.W3cWebAnnotationFormat;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** W3C Web Annotation out and back in: real files, read back with Gson and with the importer. */
class W3cWebAnnotationFormatTest {

    @TempDir
    Path folder;

    private final W3cWebAnnotationFormat format = new W3cWebAnnotationFormat();

    @Test
    void theLibyaWorkComesBackTheSame() throws Exception {
        AnnotationDocument work = LibyaWork.document();
        Path file = folder.resolve("libya.jsonld");
        InterchangeReport exported = format.exportDocument(work, file);
        assertEquals(11, exported.annotations());
        assertEquals(5, exported.links());
        assertEquals(List.of(), exported.losses());

        JsonObject collection = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
        assertEquals("http://www.w3.org/ns/anno.jsonld", collection.get("@context").getAsString());
        assertEquals("AnnotationCollection", collection.get("type").getAsString());
        JsonArray items = collection.getAsJsonObject("first").getAsJsonArray("items");
        assertEquals(16, items.size());
        assertEquals(16, collection.get("total").getAsInt());
        JsonObject ibrahim = items.get(0).getAsJsonObject();
        assertEquals("urn:uuid:" + work.getAnnotations().get(0).getId(), ibrahim.get("id").getAsString());
        JsonObject target = ibrahim.getAsJsonObject("target");
        assertEquals("urn:framebench:libya-tunis-2011:cnn", target.get("source").getAsString());
        JsonObject quote = selector(target, "TextQuoteSelector");
        assertEquals("Libyan government spokesman Musa Ibrahim", quote.get("exact").getAsString());
        assertEquals(32, quote.get("prefix").getAsString().length());
        assertTrue(quote.get("suffix").getAsString().startsWith(" called Saturday's talks"), quote.toString());
        JsonArray bodies = ibrahim.getAsJsonArray("body");
        JsonObject code = bodies.get(0).getAsJsonObject();
        assertEquals("tagging", code.get("purpose").getAsString());
        assertEquals("S1", code.get("value").getAsString());
        assertEquals("Named person", code.get("label").getAsString());
        List<String> values = new ArrayList<>();
        bodies.forEach(b -> values.add(b.getAsJsonObject().get("purpose").getAsString() + ":"
                + b.getAsJsonObject().get("value").getAsString()));
        assertTrue(values.contains("tagging:affiliation=Libyan government"), values.toString());
        assertTrue(values.contains("commenting:" + work.getAnnotations().get(0).getNote()), values.toString());
        JsonObject headline = items.get(3).getAsJsonObject().getAsJsonObject("target");
        assertEquals("headline", headline.get(W3cWebAnnotationFormat.REGION).getAsString());
        JsonObject link = items.get(11).getAsJsonObject();
        assertEquals("linking", link.get("motivation").getAsString());
        assertEquals(ibrahim.get("id"), link.getAsJsonArray("target").get(0));
        assertEquals("same-source", link.getAsJsonArray("body").get(0).getAsJsonObject().get("value").getAsString());

        AnnotationDocument template = LibyaWork.template();
        ImportResult imported = format.importDocument(file, template);
        assertEquals(List.of(), imported.report().losses());
        assertEquals(LibyaWork.annotations(work), LibyaWork.annotations(imported.document()));
        assertEquals(LibyaWork.links(work), LibyaWork.links(imported.document()));
        assertEquals(work.getAnnotations().get(0).getId(), imported.document().getAnnotations().get(0).getId());
        assertEquals(work.getAnnotations().get(0).getCreated(), imported.document().getAnnotations().get(0).getCreated());
        assertEquals(0, template.getAnnotations().size(), "the template is not changed");
        // What the import made is a document Framebench saves and opens as every other.
        Path saved = folder.resolve("imported.fbench");
        DocumentStore.save(imported.document(), saved);
        assertEquals(LibyaWork.annotations(work), LibyaWork.annotations(DocumentStore.load(saved)));
    }

    @Test
    void positionsCountCodePointsNotUtf16Units() throws Exception {
        AnnotationDocument work = LibyaWork.document();
        LibyaWork.prefixText(work, "cnn", "😀 𝐀 ");
        Annotation ibrahim = work.getAnnotations().get(0);
        String text = ibrahim.getArticle().getText();
        Path file = folder.resolve("emoji.jsonld");
        format.exportDocument(work, file);
        JsonObject first = items(file).get(0).getAsJsonObject();
        JsonObject position = selector(first.getAsJsonObject("target"), "TextPositionSelector");
        // Two characters outside the BMP before the span: two UTF-16 units more than code points.
        assertEquals(ibrahim.getBegin() - 2, position.get("start").getAsInt());
        assertEquals(text.codePointCount(0, ibrahim.getBegin()), position.get("start").getAsInt());
        assertEquals(text.codePointCount(0, ibrahim.getEnd()), position.get("end").getAsInt());

        AnnotationDocument template = LibyaWork.template();
        LibyaWork.prefixText(template, "cnn", "😀 𝐀 ");
        ImportResult imported = format.importDocument(file, template);
        assertEquals(List.of(), imported.report().losses());
        assertEquals(LibyaWork.annotations(work), LibyaWork.annotations(imported.document()));

        // A position selector in code points places the span even without a quote.
        Path positionsOnly = folder.resolve("positions.json");
        Files.writeString(positionsOnly, "[{\"type\":\"Annotation\",\"body\":{\"type\":\"TextualBody\",\"purpose\":"
                + "\"tagging\",\"value\":\"S1\"},\"target\":{\"source\":\"urn:framebench:libya-tunis-2011:cnn\","
                + "\"selector\":{\"type\":\"TextPositionSelector\",\"start\":" + position.get("start") + ",\"end\":"
                + position.get("end") + "}}}]");
        Annotation placed = format.importDocument(positionsOnly, template).document().getAnnotations().get(0);
        assertEquals("Libyan government spokesman Musa Ibrahim", placed.getCoveredText());
        assertEquals(ibrahim.getBegin(), placed.getBegin());
    }

    @Test
    void annotationsOnAChangedTextFindTheirWordsByTheQuote() throws Exception {
        AnnotationDocument work = LibyaWork.document();
        Path file = folder.resolve("libya.jsonld");
        format.exportDocument(work, file);

        AnnotationDocument changed = LibyaWork.template();
        Article cnn = LibyaWork.article(changed, "cnn");
        String inserted = "Updated at 10:00 with a new first paragraph.\n";
        cnn.setText(inserted + cnn.getText().replace("a U.S. official familiar with the meeting", "an official"));
        cnn.setSha256(Digests.sha256(cnn.getText()));
        ImportResult imported = format.importDocument(file, changed);

        List<String> losses = imported.report().losses();
        assertEquals(2, losses.size(), losses.toString());
        assertTrue(losses.get(0).contains("(S2 on \"a U.S. official familiar with the meetin…\") could not be found in the"
                + " text of cnn"), losses.get(0));
        assertTrue(losses.get(1).startsWith("link 15 ") && losses.get(1).contains("left out"), losses.get(1));
        Annotation ibrahim = imported.document().getAnnotations().get(0);
        assertEquals("Libyan government spokesman Musa Ibrahim", ibrahim.getCoveredText());
        assertEquals(work.getAnnotations().get(0).getBegin() + inserted.length(), ibrahim.getBegin());
        assertEquals(10, imported.report().annotations());
        assertEquals(4, imported.report().links());
    }

    @Test
    void whatCannotBeAnchoredOrHasAnUnknownCodeIsReported() throws Exception {
        AnnotationDocument template = LibyaWork.template();
        LibyaWork.article(template, "bbc").setUrl("https://www.bbc.co.uk/news/world-africa-14084218");
        // As Hypothesis writes it: a target list, the web address, tags by label, a comment without purpose.
        Path file = folder.resolve("hypothesis.json");
        Files.writeString(file, """
                [
                  {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation", "id": "https://hyp.is/a1",
                   "body": [{"type": "TextualBody", "value": "the BBC quotes only the words"},
                            {"type": "TextualBody", "purpose": "tagging", "value": "direct quote"}],
                   "target": [{"source": "http://bbc.co.uk/news/world-africa-14084218/",
                               "selector": [{"type": "TextQuoteSelector", "exact": "“clear and firm”",
                                             "prefix": "representatives of Col Gaddafi a ", "suffix": " message"}]}]},
                  {"type": "Annotation", "id": "https://hyp.is/a2",
                   "body": {"type": "TextualBody", "purpose": "tagging", "value": "Z9"},
                   "target": {"source": "urn:framebench:libya-tunis-2011:cnn",
                              "selector": {"type": "TextQuoteSelector", "exact": "Musa Ibrahim"}}},
                  {"type": "Annotation", "id": "https://hyp.is/a3",
                   "body": {"type": "TextualBody", "purpose": "tagging", "value": "S1"},
                   "target": {"source": "https://example.org/another-article",
                              "selector": {"type": "TextQuoteSelector", "exact": "Musa Ibrahim"}}},
                  {"type": "Annotation", "id": "https://hyp.is/a4",
                   "body": {"type": "TextualBody", "purpose": "tagging", "value": "S1"},
                   "target": "urn:framebench:libya-tunis-2011:cnn"},
                  {"type": "Annotation", "id": "https://hyp.is/a5",
                   "body": [{"type": "TextualBody", "purpose": "tagging", "value": "S1"},
                            {"type": "TextualBody", "purpose": "tagging", "value": "affiliation=martians"}],
                   "target": {"source": "urn:framebench:libya-tunis-2011:cnn",
                              "selector": {"type": "TextQuoteSelector", "exact": "words nowhere in the article"}}}
                ]
                """);
        ImportResult imported = format.importDocument(file, template);
        List<String> losses = imported.report().losses();
        assertEquals(4, losses.size(), losses.toString());
        assertTrue(losses.get(0).startsWith("annotation 2 (https://hyp.is/a2) names no code of the codebook (its tags: Z9)"),
                losses.get(0));
        assertTrue(losses.get(1).contains("is on https://example.org/another-article, which is none of the assignment's"
                + " articles"), losses.get(1));
        assertTrue(losses.get(2).contains("points at a whole resource"), losses.get(2));
        assertTrue(losses.get(3).contains("could not be found in the text of cnn"), losses.get(3));
        assertEquals(1, imported.document().getAnnotations().size());
        Annotation quote = imported.document().getAnnotations().get(0);
        assertEquals("A1", quote.getCode().getId());
        assertEquals("bbc", quote.getArticle().getId());
        assertEquals("“clear and firm”", quote.getCoveredText());
        assertEquals("the BBC quotes only the words", quote.getNote());
    }

    @Test
    void aCollectionOverTwoPagesWithAByteOrderMarkIsRead() throws Exception {
        AnnotationDocument work = LibyaWork.document();
        Path file = folder.resolve("libya.jsonld");
        format.exportDocument(work, file);
        JsonObject collection = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
        JsonObject first = collection.getAsJsonObject("first");
        JsonArray all = first.getAsJsonArray("items");
        JsonArray firstItems = new JsonArray();
        JsonArray nextItems = new JsonArray();
        for (int i = 0; i < all.size(); i++) {
            (i < 5 ? firstItems : nextItems).add(all.get(i));
        }
        first.add("items", firstItems);
        JsonObject next = new JsonObject();
        next.addProperty("type", "AnnotationPage");
        next.addProperty("startIndex", 5);
        next.add("items", nextItems);
        first.add("next", next);
        Path paged = folder.resolve("paged.jsonld");
        Files.writeString(paged, "\uFEFF" + collection, StandardCharsets.UTF_8);
        ImportResult imported = format.importDocument(paged, LibyaWork.template());
        assertEquals(List.of(), imported.report().losses());
        assertEquals(LibyaWork.annotations(work), LibyaWork.annotations(imported.document()));
        assertEquals(LibyaWork.links(work), LibyaWork.links(imported.document()));

        next.addProperty("next", "https://example.org/annotations?page=3");
        Files.writeString(paged, collection.toString());
        InterchangeException elsewhere = assertThrows(InterchangeException.class,
                () -> format.importDocument(paged, LibyaWork.template()));
        assertEquals("paged.jsonld: the collection goes on on a separate page (https://example.org/annotations?page=3);"
                + " save that page too and import it on its own.", elsewhere.getMessage());
    }

    @Test
    void malformedJsonIsExplainedWithItsLineAndColumn() throws Exception {
        AnnotationDocument template = LibyaWork.template();
        Path file = folder.resolve("broken.jsonld");
        Files.writeString(file, "{\n  \"type\": \"AnnotationPage\",\n  \"items\": [ {\"id\": \"a\" \"type\": \"Annotation\"} ]\n}\n");
        InterchangeException error = assertThrows(InterchangeException.class, () -> format.importDocument(file, template));
        assertTrue(error.getMessage().startsWith("broken.jsonld is not valid JSON (line 3, column "), error.getMessage());
        assertFalse(error.getMessage().contains("http"), error.getMessage());

        Files.writeString(file, "[{\"type\": \"Annotation\", \"body\": [");
        InterchangeException cut = assertThrows(InterchangeException.class, () -> format.importDocument(file, template));
        assertTrue(cut.getMessage().startsWith("broken.jsonld is not valid JSON"), cut.getMessage());

        Files.writeString(file, "{\"rows\": []}");
        InterchangeException foreign = assertThrows(InterchangeException.class, () -> format.importDocument(file, template));
        assertEquals("broken.jsonld is JSON but not a W3C Web Annotation file: it holds neither annotations nor an"
                + " annotation collection or page.", foreign.getMessage());
        assertEquals(0, template.getAnnotations().size());
    }

    @Test
    void anAnnotationWithoutTargetIsAnError() throws Exception {
        AnnotationDocument template = LibyaWork.template();
        Path file = folder.resolve("no-target.jsonld");
        Files.writeString(file, "[{\"type\": \"Annotation\", \"id\": \"urn:x:1\", \"target\": \"urn:framebench:libya-tunis-2011:cnn\"},"
                + " {\"type\": \"Annotation\", \"id\": \"urn:x:2\", \"body\": []}]");
        InterchangeException error = assertThrows(InterchangeException.class, () -> format.importDocument(file, template));
        assertEquals("no-target.jsonld: annotation 2 (urn:x:2) has no target, so it says nothing about what it annotates.",
                error.getMessage());
        assertEquals(0, template.getAnnotations().size(), "the template is not changed");
    }

    @Test
    void aFailedExportLeavesThePreviousFile() throws Exception {
        Path file = folder.resolve("kept.jsonld");
        Files.writeString(file, "previous");
        AnnotationDocument noAssignment = LibyaWork.document();
        noAssignment.setAssignment(null);
        assertThrows(InterchangeException.class, () -> format.exportDocument(noAssignment, file));
        assertEquals("previous", Files.readString(file));
        try (var listing = Files.list(folder)) {
            assertEquals(1, listing.count(), "no temporary file left behind");
        }
    }

    private static JsonArray items(Path file) throws Exception {
        return JsonParser.parseString(Files.readString(file)).getAsJsonObject().getAsJsonObject("first").getAsJsonArray("items");
    }

    private static JsonObject selector(JsonObject target, String type) {
        for (JsonElement selector : target.getAsJsonArray("selector")) {
            if (type.equals(selector.getAsJsonObject().get("type").getAsString())) {
                return selector.getAsJsonObject();
            }
        }
        assertNotNull(null, "no " + type + " in " + target);
        return null;
    }

    @Test
    void anAttributionLinkComesBackAsOne() throws Exception {
        AnnotationDocument work = LibyaWork.document();
        LibyaWork.linkAttribution(work);
        Path file = folder.resolve("attribution.jsonld");
        assertEquals(6, format.exportDocument(work, file).links());
        assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("\"attribution\""));

        ImportResult result = format.importDocument(file, LibyaWork.template());
        assertEquals(List.of(), result.report().losses());
        AnnotationDocument imported = result.document();
        List<Link> links = LibyaWork.linksFrom(imported, "third", LibyaWork.FELTMAN, LibyaWork.CLEAR_FIRM);
        assertEquals(1, links.size(), "the source-to-content link is back, once");
        assertEquals(LinkKind.ATTRIBUTION, links.get(0).getKind());
        assertEquals("who said it, and what", links.get(0).getNote());
    }
}
