package org.framebench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.framebench.core.codebook.BuiltInCodebook;
import org.framebench.core.codebook.CodebookProblem;
import org.framebench.core.codebook.CodebookRules;
import org.framebench.core.codebook.Codebooks;
import org.framebench.model.AttributeDefinition;
import org.framebench.model.AttributeKind;
import org.framebench.model.Code;
import org.framebench.model.Codebook;
import org.framebench.model.FramebenchFactory;
import org.framebench.model.Layer;
import org.junit.jupiter.api.Test;

class CodebookRulesTest {

    private final Codebook codebook = BuiltInCodebook.load();

    private Code code(String id) {
        return Codebooks.findById(codebook, id).orElseThrow();
    }

    private static String messages(List<CodebookProblem> problems) {
        return String.join("\n", problems.stream().map(CodebookProblem::message).toList());
    }

    @Test
    void theBuiltInCodebookHasNoErrorsAndTwoPaleColours() {
        assertEquals(List.of(), CodebookRules.errors(codebook), () -> messages(CodebookRules.errors(codebook)));
        // #DBDB8D (A6) and #FFD700 (F7) are under 1.5:1 against the white page: warned about, not refused
        assertEquals(List.of(code("A6"), code("F7")),
                CodebookRules.check(codebook).stream().map(CodebookProblem::element).toList());
    }

    @Test
    void blankCodebookHasOneEmptyLayerAndNoErrors() {
        Codebook blank = Codebooks.blank();
        assertEquals(1, blank.getLayers().size());
        assertTrue(blank.getLayers().get(0).getCodes().isEmpty());
        assertEquals("1", blank.getVersion());
        assertNotEquals(Codebooks.blank().getId(), blank.getId());
        assertEquals(List.of(), CodebookRules.errors(blank));
    }

    @Test
    void copyAsNewIsDeepWithANewId() {
        Codebook copy = Codebooks.copyAsNew(codebook);
        assertNotEquals(codebook.getId(), copy.getId());
        assertEquals("1", copy.getVersion());
        assertEquals(24, Codebooks.allCodes(copy).size());
        Code copied = Codebooks.findById(copy, "S1").orElseThrow();
        assertNotSame(code("S1"), copied);
        copied.setLabel("Changed");
        assertEquals("Named person", code("S1").getLabel());
        assertEquals(code("S1").getAttributes().size(), copied.getAttributes().size());
        // same content apart from id and version
        copied.setLabel("Named person");
        copy.setId(codebook.getId());
        copy.setVersion(codebook.getVersion());
        assertEquals(Codebooks.digest(codebook), Codebooks.digest(copy));
    }

    @Test
    void duplicateCodeIdIsAnError() {
        code("S2").setId("S1");
        List<CodebookProblem> errors = CodebookRules.errors(codebook);
        assertEquals(1, errors.size(), messages(errors));
        assertTrue(errors.get(0).message().contains("Two codes have the id \"S1\""), errors.get(0).message());
    }

    @Test
    void duplicateLayerIdIsAnError() {
        codebook.getLayers().get(1).setId("sourcing");
        List<CodebookProblem> errors = CodebookRules.errors(codebook);
        assertEquals(1, errors.size(), messages(errors));
        assertTrue(errors.get(0).message().contains("Two layers have the id \"sourcing\""));
        assertSame(codebook.getLayers().get(1), errors.get(0).element());
    }

    @Test
    void duplicateKeyIgnoringCaseIsAnError() {
        String key = code("S1").getShortcutKey();
        code("S2").setShortcutKey(key.toUpperCase());
        List<CodebookProblem> errors = CodebookRules.errors(codebook);
        assertEquals(1, errors.size(), messages(errors));
        assertTrue(errors.get(0).message().contains("same shortcut key"), errors.get(0).message());
        assertTrue(errors.get(0).message().contains("\"S1\""), errors.get(0).message());
    }

    @Test
    void badKeysAreErrors() {
        code("S1").setShortcutKey("ab");
        code("S2").setShortcutKey(";");
        code("S3").setShortcutKey(" ");
        code("S4").setShortcutKey("");
        String all = messages(CodebookRules.errors(codebook));
        assertEquals(3, CodebookRules.errors(codebook).size(), all);
        assertTrue(all.contains("\"ab\" is not one letter or digit"), all);
        assertTrue(all.contains("\";\" is not a letter or digit"), all);
        assertTrue(all.contains("reserved"), all);
    }

    @Test
    void emptyLabelsAndChoiceWithoutValuesAreErrors() {
        code("S1").setLabel(" ");
        codebook.getLayers().get(2).setLabel("");
        AttributeDefinition choice = FramebenchFactory.eINSTANCE.createAttributeDefinition();
        choice.setId("tone");
        choice.setLabel("Tone");
        choice.setKind(AttributeKind.CHOICE);
        code("A1").getAttributes().add(choice);
        String all = messages(CodebookRules.errors(codebook));
        assertEquals(3, CodebookRules.errors(codebook).size(), all);
        assertTrue(all.contains("Code \"S1\" has no label"), all);
        assertTrue(all.contains("Layer \"framing\" has no label"), all);
        assertTrue(all.contains("attribute \"tone\" is a choice but has no values"), all);
        choice.getAllowedValues().add("neutral");
        assertEquals(2, CodebookRules.errors(codebook).size());
    }

    @Test
    void colourMustBeHexAndReadable() {
        code("S1").setColour("red");
        code("S2").setColour("#FFFFF0"); // nearly white: a warning, not an error
        code("A6").setColour("#808000");
        code("F7").setColour("#B8860B");
        List<CodebookProblem> problems = CodebookRules.check(codebook);
        assertEquals(2, problems.size(), messages(problems));
        assertTrue(problems.get(0).error());
        assertTrue(problems.get(0).message().contains("#RRGGBB"), problems.get(0).message());
        assertFalse(problems.get(1).error());
        assertTrue(problems.get(1).message().contains("hard to tell from the white page"), problems.get(1).message());
    }

    @Test
    void contrastRatioFollowsWcag() {
        assertEquals(21.0, CodebookRules.contrastRatio("#000000", "#FFFFFF"), 1e-9);
        assertEquals(1.0, CodebookRules.contrastRatio("#777777", "#777777"), 1e-9);
        // WCAG's worked figure: #767676 on white is 4.54:1
        assertEquals(4.54, CodebookRules.contrastRatio("#767676", "#ffffff"), 0.01);
        assertEquals(CodebookRules.contrastRatio("#FF0000", "#FFFFFF"), CodebookRules.contrastRatio("#ffffff", "#ff0000"));
        assertEquals(4.0, CodebookRules.contrastRatio("#FF0000", "#FFFFFF"), 0.01);
    }

    @Test
    void keyConflictNamesTheOtherCode() {
        Code s1 = code("S1");
        Code s2 = code("S2");
        assertNull(CodebookRules.keyConflict(codebook, s1, s1.getShortcutKey()));
        assertNull(CodebookRules.keyConflict(codebook, s1, ""));
        String message = CodebookRules.keyConflict(codebook, s1, s2.getShortcutKey().toUpperCase());
        assertTrue(message.contains(s2.getLabel()) && message.contains("S2"), message);
        assertTrue(CodebookRules.keyConflict(codebook, s1, "%").contains("not a letter or digit"));
        assertNull(CodebookRules.keyConflict(codebook, s1, "z"));
    }

    @Test
    void emptyCodebookIsAnError() {
        Codebook none = FramebenchFactory.eINSTANCE.createCodebook();
        assertTrue(messages(CodebookRules.errors(none)).contains("no layers"));
        Layer layer = FramebenchFactory.eINSTANCE.createLayer();
        none.getLayers().add(layer);
        assertTrue(messages(CodebookRules.errors(none)).contains("Layer 1 has no id"));
    }
}
