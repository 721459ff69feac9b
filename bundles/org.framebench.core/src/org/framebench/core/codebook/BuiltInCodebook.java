package org.framebench.core.codebook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.framebench.core.text.Utf8;
import org.framebench.model.AttributeDefinition;
import org.framebench.model.AttributeKind;
import org.framebench.model.Code;
import org.framebench.model.Codebook;
import org.framebench.model.FramebenchFactory;
import org.framebench.model.Layer;
import org.framebench.model.Reference;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The journalism codebook shipped with Framebench: the 24 codes of {@code codebook/journalism-codebook.json}
 * (as proposed, with definitions, examples and literature) dressed by
 * {@code codebook/journalism-codebook-presentation.json} (layers, a colour and a key per code, typed attributes).
 */
public final class BuiltInCodebook {

    private static final String CODES = "/codebook/journalism-codebook.json";
    private static final String PRESENTATION = "/codebook/journalism-codebook-presentation.json";

    private BuiltInCodebook() {
    }

    /** A new copy of the built-in codebook. */
    public static Codebook load() {
        JsonObject codes = readJson(CODES);
        JsonObject presentation = readJson(PRESENTATION);
        FramebenchFactory factory = FramebenchFactory.eINSTANCE;

        Codebook codebook = factory.createCodebook();
        codebook.setId(presentation.get("id").getAsString());
        codebook.setName(presentation.get("name").getAsString());
        codebook.setVersion(presentation.get("version").getAsString());

        Map<String, Layer> layers = new HashMap<>();
        for (JsonElement element : presentation.getAsJsonArray("layers")) {
            JsonObject json = element.getAsJsonObject();
            Layer layer = factory.createLayer();
            layer.setId(json.get("id").getAsString());
            layer.setLabel(json.get("label").getAsString());
            layer.setDescription(json.get("description").getAsString());
            codebook.getLayers().add(layer);
            layers.put(layer.getId(), layer);
        }

        JsonObject attributeSets = presentation.getAsJsonObject("attributeSets");
        JsonObject looks = presentation.getAsJsonObject("codes");
        for (JsonElement element : codes.getAsJsonArray("codes")) {
            JsonObject json = element.getAsJsonObject();
            Code code = factory.createCode();
            code.setId(json.get("id").getAsString());
            code.setLabel(json.get("label").getAsString());
            code.setDefinition(json.get("definition").getAsString());
            JsonObject example = json.getAsJsonObject("example");
            code.setExample(example.get("text").getAsString());
            code.setExampleSource(example.get("file").getAsString());
            for (JsonElement ref : json.getAsJsonArray("refs")) {
                code.getReferences().add(ref.getAsString());
            }
            JsonObject look = looks.getAsJsonObject(code.getId());
            if (look == null) {
                throw new IllegalStateException("no colour and key for code " + code.getId() + " in " + PRESENTATION);
            }
            code.setColour(look.get("colour").getAsString());
            code.setShortcutKey(look.get("key").getAsString());
            for (JsonElement set : look.getAsJsonArray("attributes")) {
                addAttributes(code, attributeSets.getAsJsonArray(set.getAsString()));
            }
            Layer layer = layers.get(json.get("layer").getAsString());
            if (layer == null) {
                throw new IllegalStateException("code " + code.getId() + " names an unknown layer");
            }
            layer.getCodes().add(code);
        }

        for (Map.Entry<String, JsonElement> ref : codes.getAsJsonObject("references").entrySet()) {
            Reference reference = factory.createReference();
            reference.setKey(ref.getKey());
            reference.setCitation(ref.getValue().getAsString());
            codebook.getReferences().add(reference);
        }
        codebook.setSha256(Codebooks.digest(codebook));
        return codebook;
    }

    private static void addAttributes(Code code, JsonArray definitions) {
        for (JsonElement element : definitions) {
            JsonObject json = element.getAsJsonObject();
            AttributeDefinition definition = FramebenchFactory.eINSTANCE.createAttributeDefinition();
            definition.setId(json.get("id").getAsString());
            definition.setLabel(json.get("label").getAsString());
            definition.setKind(AttributeKind.get(json.get("kind").getAsString()));
            if (json.has("description")) {
                definition.setDescription(json.get("description").getAsString());
            }
            if (json.has("values")) {
                for (JsonElement value : json.getAsJsonArray("values")) {
                    definition.getAllowedValues().add(value.getAsString());
                }
            }
            code.getAttributes().add(definition);
        }
    }

    private static JsonObject readJson(String resource) {
        try (InputStream in = BuiltInCodebook.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource + " in bundle org.framebench.core");
            }
            return JsonParser.parseString(Utf8.read(in)).getAsJsonObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
