package org.framebench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.framebench.core.codebook.BuiltInCodebook;
import org.framebench.core.codebook.Codebooks;
import org.framebench.core.compare.CodeMeanings;
import org.framebench.core.compare.QuoteType;
import org.framebench.core.compare.SourceKind;
import org.framebench.core.compare.VerbClass;
import org.framebench.core.document.DocumentChecks;
import org.framebench.core.document.DocumentStore;
import org.framebench.core.edit.AnnotationCommands;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.AttributeDefinition;
import org.framebench.model.AttributeValue;
import org.framebench.model.Code;
import org.framebench.model.Codebook;
import org.framebench.model.FramebenchFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which of the built-in codebook's attributes a code answers itself (the Annotation panel and Help then show
 * the value instead of asking again), and that this is presentation only: the codebook, its fingerprint and
 * what a file holds are unchanged.
 */
class ImpliedAttributesTest {

    /** The built-in codebook's fingerprint before any of this: submissions and keys are checked against it. */
    private static final String BUILT_IN_DIGEST = "f2502961b31c07f72c2f98b86fe232d4497edd1a72414d97fd1a7f48aceb1a91";

    private final Codebook codebook = BuiltInCodebook.load();

    @TempDir
    Path folder;

    private Code code(String id) {
        return Codebooks.findById(codebook, id).orElseThrow();
    }

    @Test
    void theCodeGivesQuoteTypeVerbClassAndIdentification() {
        assertEquals("direct", CodeMeanings.impliedValue(code("A1"), "quote_type"));
        assertEquals("indirect", CodeMeanings.impliedValue(code("A2"), "quote_type"));
        assertEquals("mixed", CodeMeanings.impliedValue(code("A3"), "quote_type"));
        assertNull(CodeMeanings.impliedValue(code("A1"), "cue_class"), "a quote code says nothing of the verb");
        assertEquals("neutral", CodeMeanings.impliedValue(code("A4"), "cue_class"));
        assertEquals("denial/refusal", CodeMeanings.impliedValue(code("A8"), "cue_class"), "the value the attribute allows");
        assertNull(CodeMeanings.impliedValue(code("A4"), "quote_type"), "a cue code says nothing of the quote");
        assertEquals("named", CodeMeanings.impliedValue(code("S1"), "identification"));
        assertEquals("not applicable", CodeMeanings.impliedValue(code("S1"), "anonymity_explanation"));
        assertEquals("anonymous", CodeMeanings.impliedValue(code("S2"), "identification"));
        assertNull(CodeMeanings.impliedValue(code("S2"), "anonymity_explanation"), "an anonymous source's explanation is asked");
        assertEquals("institutional", CodeMeanings.impliedValue(code("S4"), "identification"));
        for (String id : List.of("S5", "S6", "S7", "S8")) {
            assertNull(CodeMeanings.impliedValue(code(id), "identification"), id + " asks who the source is");
            assertNull(CodeMeanings.impliedValue(code(id), "anonymity_explanation"), id);
        }
        for (Code any : Codebooks.allCodes(codebook)) {
            for (AttributeDefinition attribute : any.getAttributes()) {
                String given = CodeMeanings.impliedValue(any, attribute.getId());
                assertTrue(given == null || attribute.getAllowedValues().contains(given), any.getId() + "." + attribute.getId());
            }
        }
    }

    @Test
    void sameEntityAsIsLeftToLinksAndS7StillAsksWhatItMust() {
        assertTrue(CodeMeanings.isImplied(code("S1"), "coreference_id"));
        assertTrue(CodeMeanings.isImplied(code("S7"), "coreference_id"));
        assertNull(CodeMeanings.impliedValue(code("S7"), "coreference_id"), "no value: links say it");
        List<String> asked = new ArrayList<>();
        for (AttributeDefinition attribute : code("S7").getAttributes()) {
            if (!CodeMeanings.isImplied(code("S7"), attribute.getId())) {
                asked.add(attribute.getId());
            }
        }
        assertEquals(List.of("name", "role", "affiliation", "identification", "anonymity_explanation", "imvain_independent",
                "imvain_authoritative", "imvain_verifies"), asked);
        List<String> askedOnA1 = new ArrayList<>();
        for (AttributeDefinition attribute : code("A1").getAttributes()) {
            if (!CodeMeanings.isImplied(code("A1"), attribute.getId())) {
                askedOnA1.add(attribute.getId());
            }
        }
        assertEquals(List.of("cue_class", "speech_act", "channel", "implicit_source"), askedOnA1);
    }

    @Test
    void theCodebookItselfIsUnchanged() {
        assertEquals(BUILT_IN_DIGEST, codebook.getSha256());
        assertEquals(BUILT_IN_DIGEST, Codebooks.digest(codebook));
        assertTrue(Codebooks.attribute(code("A1"), "quote_type").isPresent(), "A1 still defines Quote type");
        assertTrue(Codebooks.attribute(code("S1"), "coreference_id").isPresent());
    }

    @Test
    void anOldFileWithTheRepeatedValuesLoadsAndKeepsThem() throws Exception {
        AnnotationDocument document = SampleWork.newDocument("doc-old-values");
        Annotation quote = SampleWork.annotate(document, "bbc", "“clear and firm”", "A1", "ann-quote");
        value(quote, "quote_type", "direct");
        value(quote, "cue_class", "neutral");
        Annotation musa = SampleWork.annotate(document, "cnn", "Musa Ibrahim", "S1", "ann-musa");
        value(musa, "identification", "named");
        value(musa, "anonymity_explanation", "not applicable");
        value(musa, "coreference_id", "ibrahim");
        Annotation odd = SampleWork.annotate(document, "cnn", "Libyan and U.S. officials", "A2", "ann-odd");
        value(odd, "quote_type", "mixed"); // contradicts the code: kept as written, not "corrected"
        Path file = folder.resolve("old.fbench");
        DocumentStore.save(document, file);

        AnnotationDocument loaded = DocumentStore.load(file);
        assertTrue(DocumentChecks.digestProblems(loaded).isEmpty(), "the file's codebook is still the built-in one");
        Annotation loadedQuote = loaded.getAnnotations().get(0);
        assertEquals("direct", AnnotationCommands.attribute(loadedQuote, "quote_type"));
        assertEquals("neutral", AnnotationCommands.attribute(loadedQuote, "cue_class"));
        assertEquals(QuoteType.DIRECT, CodeMeanings.quoteType(loadedQuote));
        assertEquals(VerbClass.NEUTRAL, CodeMeanings.verbClass(loadedQuote));
        Annotation loadedMusa = loaded.getAnnotations().get(1);
        assertEquals("named", AnnotationCommands.attribute(loadedMusa, "identification"));
        assertEquals("not applicable", AnnotationCommands.attribute(loadedMusa, "anonymity_explanation"));
        assertEquals("ibrahim", AnnotationCommands.attribute(loadedMusa, "coreference_id"));
        assertEquals(SourceKind.NAMED_PERSON, CodeMeanings.sourceKind(loadedMusa));
        Annotation loadedOdd = loaded.getAnnotations().get(2);
        assertEquals("mixed", AnnotationCommands.attribute(loadedOdd, "quote_type"));
        assertEquals(QuoteType.INDIRECT, CodeMeanings.quoteType(loadedOdd), "the code decides, as before");
        assertFalse(loadedOdd.getAttributeValues().isEmpty());
    }

    @Test
    void anUnattributedClaimsIdentificationStillGivesItsKind() throws Exception {
        AnnotationDocument document = SampleWork.newDocument("doc-s7");
        Annotation hearsay = SampleWork.annotate(document, "cnn", "Musa Ibrahim", "S7", "ann-s7");
        assertEquals(SourceKind.SECOND_HAND, CodeMeanings.sourceKind(hearsay));
        value(hearsay, "identification", "anonymous");
        assertEquals(SourceKind.ANONYMOUS_INDIVIDUAL, CodeMeanings.sourceKind(hearsay));
        hearsay.getAttributeValues().get(0).setValue("institutional");
        assertEquals(SourceKind.INSTITUTION, CodeMeanings.sourceKind(hearsay));
    }

    private static void value(Annotation annotation, String key, String value) {
        AttributeValue attribute = FramebenchFactory.eINSTANCE.createAttributeValue();
        attribute.setKey(key);
        attribute.setValue(value);
        annotation.getAttributeValues().add(attribute);
    }
}
