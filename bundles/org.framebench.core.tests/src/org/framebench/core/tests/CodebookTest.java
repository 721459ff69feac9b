package org.framebench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.framebench.core.codebook.BuiltInCodebook;
import org.framebench.core.codebook.Codebooks;
import org.framebench.model.AttributeDefinition;
import org.framebench.model.AttributeKind;
import org.framebench.model.Code;
import org.framebench.model.Codebook;
import org.framebench.model.Layer;
import org.junit.jupiter.api.Test;

class CodebookTest {

    private final Codebook codebook = BuiltInCodebook.load();

    @Test
    void twentyFourCodesInThreeLayers() {
        assertEquals(List.of("sourcing", "attribution", "framing"), codebook.getLayers().stream().map(Layer::getId).toList());
        assertEquals(List.of(8, 8, 8), codebook.getLayers().stream().map(l -> l.getCodes().size()).toList());
        assertEquals(24, Codebooks.allCodes(codebook).size());
        assertEquals("Named person", Codebooks.findById(codebook, "S1").orElseThrow().getLabel());
        assertEquals("attribution", Codebooks.findById(codebook, "A6").orElseThrow().getLayer().getId());
    }

    @Test
    void idsKeysAndColoursAreUnique() {
        Set<String> ids = new HashSet<>();
        Set<String> keys = new HashSet<>();
        Set<String> colours = new HashSet<>();
        for (Code code : Codebooks.allCodes(codebook)) {
            assertTrue(ids.add(code.getId()), "duplicate id " + code.getId());
            assertEquals(1, code.getShortcutKey().length(), code.getId());
            assertTrue(keys.add(code.getShortcutKey().toLowerCase()), "duplicate key " + code.getShortcutKey());
            assertTrue(code.getColour().matches("#[0-9A-F]{6}"), code.getColour());
            assertTrue(colours.add(code.getColour()), "duplicate colour " + code.getColour());
        }
        assertEquals("A6", Codebooks.findByKey(codebook, 'Y').orElseThrow().getId(), "keys are case-insensitive");
    }

    @Test
    void everyCodeHasDefinitionExampleLiteratureAndTypedAttributes() {
        for (Code code : Codebooks.allCodes(codebook)) {
            assertFalse(code.getDefinition().isBlank(), code.getId());
            assertFalse(code.getExample().isBlank(), code.getId());
            assertTrue(code.getExampleSource().endsWith(".txt"), code.getId());
            assertFalse(code.getReferences().isEmpty(), code.getId());
            assertFalse(code.getAttributes().isEmpty(), code.getId());
            for (AttributeDefinition attribute : code.getAttributes()) {
                assertEquals(attribute.getKind() == AttributeKind.CHOICE, !attribute.getAllowedValues().isEmpty(),
                        code.getId() + "." + attribute.getId());
            }
        }
        AttributeDefinition cue = Codebooks.attribute(Codebooks.findById(codebook, "A4").orElseThrow(), "cue_class").orElseThrow();
        assertEquals(List.of("neutral", "validating", "distancing", "evaluative", "denial/refusal"), cue.getAllowedValues());
        assertEquals(AttributeKind.BOOLEAN,
                Codebooks.attribute(Codebooks.findById(codebook, "A1").orElseThrow(), "implicit_source").orElseThrow().getKind());
        assertEquals(AttributeKind.TEXT,
                Codebooks.attribute(Codebooks.findById(codebook, "S1").orElseThrow(), "name").orElseThrow().getKind());
        assertEquals(10, codebook.getReferences().size(), "the literature behind the codes");
    }

    @Test
    void theDigestFollowsEveryChange_evenOfACodebookJustDigested() {
        Codebook codebook = BuiltInCodebook.load();
        String original = Codebooks.digest(codebook);
        assertEquals(original, Codebooks.digest(BuiltInCodebook.load()), "equal content, equal digest");

        Code code = Codebooks.allCodes(codebook).stream().filter(c -> !c.getAttributes().isEmpty()
                && c.getAttributes().get(0).getKind() == AttributeKind.CHOICE).findFirst().orElseThrow();
        String definition = code.getDefinition();
        code.setDefinition(definition + " (edited)");
        String edited = Codebooks.digest(codebook);
        assertFalse(original.equals(edited), "a changed definition changes the digest");
        code.getAttributes().get(0).getAllowedValues().add("another value");
        assertFalse(edited.equals(Codebooks.digest(codebook)), "a new allowed value changes it");

        code.getAttributes().get(0).getAllowedValues().remove("another value");
        code.setDefinition(new String(definition.toCharArray()));
        assertEquals(original, Codebooks.digest(codebook), "the same content again (other string objects): the same digest");
    }
}
