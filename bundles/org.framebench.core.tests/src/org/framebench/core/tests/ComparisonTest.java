package org.framebench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.framebench.core.codebook.Codebooks;
import org.framebench.core.compare.Comparison;
import org.framebench.core.compare.ComparisonCell;
import org.framebench.core.compare.ComparisonCommands;
import org.framebench.core.compare.ComparisonRow;
import org.framebench.core.compare.OutletSummary;
import org.framebench.core.compare.QuoteType;
import org.framebench.core.compare.SourceKind;
import org.framebench.core.compare.VerbClass;
import org.framebench.core.corpus.CorpusLoader;
import org.framebench.core.document.DocumentStore;
import org.framebench.core.document.Documents;
import org.framebench.core.edit.AnnotationCommands;
import org.framebench.core.text.TextAnchors;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.AttributeValue;
import org.framebench.model.ComparisonNote;
import org.framebench.model.FramebenchFactory;
import org.framebench.model.Link;
import org.framebench.model.LinkKind;
import org.framebench.model.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The statements × outlets table on crafted documents: rows, cells, differences, omissions, summaries, notes. */
class ComparisonTest {

    private AnnotationDocument document;
    private List<Article> articles;
    private int counter;

    @BeforeEach
    void setUp() throws Exception {
        document = Documents.newDocument(CorpusLoader.loadDefault(), Role.STUDENT);
        document.setAnnotatorName("Ama Mensah");
        document.setAnnotatorId("s1024");
        articles = document.getAssignment().getArticles();
        assertEquals(4, articles.size(), "the bundled assignment has four articles");
    }

    @Test
    void linksJoinRowsTransitivelyAndUnlinkedAttributionsAreRowsOfTheirOwn() {
        Annotation a = annotate(0, 0, 20, "A1");
        Annotation b = annotate(1, 0, 20, "A2");
        Annotation c = annotate(2, 0, 20, "S1");
        link(a, b, LinkKind.SAME_STATEMENT);
        link(b, c, LinkKind.SAME_SOURCE);
        Annotation d = annotate(0, 100, 130, "A2");
        Annotation f = annotate(1, 100, 130, "A1");
        link(d, f, LinkKind.CONTRASTING_FRAMING); // does not make a statement
        annotate(3, 50, 60, "S2"); // an unlinked source is no row
        annotate(3, 70, 80, "F6"); // nor an unlinked framing code

        Comparison comparison = Comparison.of(document);

        assertEquals(3, comparison.getRows().size(), "one transitive group and two unlinked attributions");
        ComparisonRow first = comparison.getRows().get(0);
        assertEquals(List.of(a, b, c), first.getAnnotations());
        assertSame(a, first.getCell(0).getAnnotations().get(0));
        assertSame(b, first.getCell(1).getAnnotations().get(0));
        assertSame(c, first.getCell(2).getAnnotations().get(0));
        assertTrue(first.getCell(3).isOmission(), "the fourth article has nothing for the row");
        assertEquals(1, first.getOmissionCount());
        assertEquals(List.of(d), comparison.getRows().get(1).getAnnotations());
        assertEquals(List.of(f), comparison.getRows().get(2).getAnnotations());
        assertEquals(3, comparison.getRows().get(1).getOmissionCount());
        assertSame(first, comparison.rowOf(c));
        assertEquals(articles, comparison.getArticles(), "columns in the assignment's order");
    }

    @Test
    void linksInBothDirectionsAndCyclesMakeOneRow() {
        Annotation a = annotate(0, 0, 10, "A1");
        Annotation b = annotate(1, 0, 10, "A1");
        Annotation c = annotate(2, 0, 10, "A1");
        Annotation d = annotate(3, 0, 10, "A1");
        link(b, a, LinkKind.SAME_STATEMENT);
        link(c, d, LinkKind.SAME_STATEMENT);
        link(d, b, LinkKind.SAME_SOURCE);
        link(a, c, LinkKind.SAME_STATEMENT);
        Comparison comparison = Comparison.of(document);
        assertEquals(1, comparison.getRows().size());
        assertEquals(4, comparison.getRows().get(0).getAnnotations().size());
        assertEquals(0, comparison.getRows().get(0).getOmissionCount());
    }

    @Test
    void cellsCarryKindQuoteVerbAndFramingAndDifferencesAreMarkedAgainstTheMajority() {
        // CNN: a direct quote by a named person, "said" (neutral), a label overlapping the quote.
        Annotation cnnQuote = annotate(0, 200, 260, "A1");
        annotate(0, 190, 199, "S1");
        Annotation cnnSource = annotate(0, 180, 205, "S1");
        annotate(0, 181, 185, "A4");
        annotate(0, 240, 250, "F6");
        // Third outlet: an indirect quote, named source in the group, verb class given as an attribute.
        Annotation thirdQuote = annotate(1, 200, 260, "A2");
        attribute(thirdQuote, "cue_class", "neutral");
        Annotation thirdSource = annotate(1, 150, 160, "S1");
        // BBC: an anonymous individual, "claimed" (distancing).
        Annotation bbcQuote = annotate(2, 200, 260, "A3");
        Annotation bbcSource = annotate(2, 150, 160, "S2");
        Annotation bbcVerb = annotate(2, 170, 178, "A6");
        link(cnnQuote, thirdQuote, LinkKind.SAME_STATEMENT);
        link(thirdQuote, bbcQuote, LinkKind.SAME_STATEMENT);
        link(thirdQuote, thirdSource, LinkKind.SAME_SOURCE);
        link(bbcQuote, bbcSource, LinkKind.SAME_SOURCE);
        link(bbcQuote, bbcVerb, LinkKind.SAME_STATEMENT);
        link(cnnQuote, cnnSource, LinkKind.SAME_SOURCE);

        ComparisonRow row = Comparison.of(document).getRows().get(0);
        ComparisonCell cnn = row.getCell(0);
        ComparisonCell third = row.getCell(1);
        ComparisonCell bbc = row.getCell(2);
        ComparisonCell fourth = row.getCell(3);

        assertEquals(cnnQuote.getCoveredText(), cnn.getWording(), "the wording is the quoted content, not the source");
        assertEquals(SourceKind.NAMED_PERSON, cnn.getSourceKind());
        assertEquals(QuoteType.DIRECT, cnn.getQuoteType());
        assertEquals(VerbClass.NEUTRAL, cnn.getVerbClass(), "the A4 cue overlapping the row's source counts");
        assertEquals(List.of("F6"), cnn.getFraming().stream().map(c -> c.getId()).toList());
        assertEquals(QuoteType.INDIRECT, third.getQuoteType());
        assertEquals(VerbClass.NEUTRAL, third.getVerbClass(), "the Reporting verb attribute gives the class");
        assertNull(third.getVerb(), "no verb annotated in the third article");
        assertEquals(QuoteType.MIXED, bbc.getQuoteType());
        assertEquals(SourceKind.ANONYMOUS_INDIVIDUAL, bbc.getSourceKind());
        assertEquals(VerbClass.DISTANCING, bbc.getVerbClass());
        assertEquals(bbcVerb.getCoveredText(), bbc.getVerb());

        assertEquals(SourceKind.NAMED_PERSON, row.getMajoritySourceKind());
        assertEquals(VerbClass.NEUTRAL, row.getMajorityVerbClass());
        assertFalse(cnn.isDifferent());
        assertFalse(third.isDifferent());
        assertTrue(bbc.isSourceKindDifferent(), "anonymous against a named majority");
        assertTrue(bbc.isVerbClassDifferent(), "distancing against a neutral majority");
        assertTrue(fourth.isOmission());
        assertFalse(fourth.isDifferent(), "an omission is marked as such, not as a difference");
        assertNull(fourth.getRevealTarget());
        assertSame(cnnQuote, cnn.getRevealTarget());
    }

    @Test
    void aTieHasNoMajorityAndMarksBothSides() {
        Annotation a = annotate(0, 0, 10, "S1");
        Annotation b = annotate(1, 0, 10, "S3");
        link(a, b, LinkKind.SAME_SOURCE);
        ComparisonRow row = Comparison.of(document).getRows().get(0);
        assertNull(row.getMajoritySourceKind());
        assertEquals(SourceKind.ANONYMOUS_GROUP, row.getCell(1).getSourceKind());
        assertTrue(row.getCell(0).isSourceKindDifferent());
        assertTrue(row.getCell(1).isSourceKindDifferent());
        assertFalse(row.getCell(0).isVerbClassDifferent(), "no verb class known, nothing to differ");
    }

    @Test
    void theIdentificationAttributeGivesTheKindOfASecondHandSource() {
        Annotation a = annotate(0, 0, 10, "S7");
        attribute(a, "identification", "anonymous");
        Annotation b = annotate(1, 0, 10, "S8");
        link(a, b, LinkKind.SAME_SOURCE);
        ComparisonRow row = Comparison.of(document).getRows().get(0);
        assertEquals(SourceKind.ANONYMOUS_INDIVIDUAL, row.getCell(0).getSourceKind());
        assertEquals(SourceKind.UNATTRIBUTED, row.getCell(1).getSourceKind());
    }

    @Test
    void theSummaryCountsStatementsAnonymousSourcesVerbsAndOmissionsPerOutlet() {
        Annotation a = annotate(0, 0, 10, "A1");
        Annotation aSource = annotate(0, 0, 4, "S2");
        Annotation b = annotate(1, 0, 10, "A2");
        Annotation bSource = annotate(1, 0, 4, "S1");
        Annotation bVerb = annotate(1, 11, 15, "A8");
        link(a, b, LinkKind.SAME_STATEMENT);
        link(b, bVerb, LinkKind.SAME_STATEMENT);
        annotate(0, 50, 60, "A2"); // CNN only: a second statement, source unknown
        annotate(0, 50, 53, "S3");
        assertNotNull(aSource);
        assertNotNull(bSource);

        Comparison comparison = Comparison.of(document);
        assertEquals(2, comparison.getRows().size());
        OutletSummary cnn = comparison.getSummaries().get(0);
        OutletSummary third = comparison.getSummaries().get(1);
        OutletSummary fourth = comparison.getSummaries().get(3);
        assertEquals(2, cnn.getStatements());
        assertEquals(2, cnn.getAnonymous(), "an anonymous individual and an anonymous group");
        assertEquals(1.0, cnn.getAnonymousShare(), 1e-9);
        assertEquals(0, cnn.getOmissions());
        assertEquals(1, third.getStatements());
        assertEquals(0.0, third.getAnonymousShare(), 1e-9);
        assertEquals(1, third.getVerbs(VerbClass.DENIAL));
        assertEquals(0, third.getVerbs(VerbClass.NEUTRAL));
        assertEquals(1, third.getOmissions(), "the third outlet leaves out CNN's second statement");
        assertEquals(0, fourth.getStatements());
        assertEquals(2, fourth.getOmissions());
        assertTrue(Double.isNaN(fourth.getAnonymousShare()), "no sources: no share");
    }

    @Test
    void aNoteStaysWithItsRowAsAnnotationsAreAddedAndRemovedAndIsSavedWithTheDocument(@TempDir Path dir) throws Exception {
        AdapterFactoryEditingDomain domain = domain();
        Annotation a = annotate(0, 0, 10, "A1");
        Annotation b = annotate(1, 0, 10, "A1");
        link(a, b, LinkKind.SAME_STATEMENT);
        annotate(2, 300, 310, "A2"); // another row, before nothing: must not take the note
        ComparisonRow row = Comparison.of(document).getRows().get(0);
        domain.getCommandStack().execute(ComparisonCommands.setNote(domain, document, row, "CNN quotes, BBC paraphrases"));
        assertEquals(1, document.getComparisonNotes().size());
        assertEquals("CNN quotes, BBC paraphrases", Comparison.of(document).getRows().get(0).getNoteText());

        // A third article joins the row: the note is still the row's.
        Annotation c = annotate(2, 0, 10, "A2");
        link(c, b, LinkKind.SAME_STATEMENT);
        ComparisonRow grown = Comparison.of(document).rowOf(c);
        assertEquals("CNN quotes, BBC paraphrases", grown.getNoteText());

        // The first annotation is deleted: the note lets go of it and stays with the row.
        domain.getCommandStack().execute(AnnotationCommands.delete(domain, document, List.of(a)));
        assertFalse(document.getComparisonNotes().get(0).getAnnotations().contains(a));
        assertEquals("CNN quotes, BBC paraphrases", Comparison.of(document).rowOf(b).getNoteText());
        domain.getCommandStack().undo();
        assertTrue(document.getComparisonNotes().get(0).getAnnotations().contains(a), "undo gives the note its annotation back");

        // Saved and opened again: the note, its text and its annotations come back.
        Path file = dir.resolve("notes.fbench");
        DocumentStore.save(document, file);
        AnnotationDocument loaded = DocumentStore.load(file);
        assertEquals(1, loaded.getComparisonNotes().size());
        ComparisonNote note = loaded.getComparisonNotes().get(0);
        assertEquals("CNN quotes, BBC paraphrases", note.getText());
        assertEquals(List.of(a.getId(), b.getId()), note.getAnnotations().stream().map(Annotation::getId).toList());
        Comparison reloaded = Comparison.of(loaded);
        assertEquals("CNN quotes, BBC paraphrases", reloaded.getRows().get(0).getNoteText());
        assertEquals("", reloaded.getRows().get(1).getNoteText());

        // Editing the note keeps one note; an empty note removes it; undo brings it back.
        ComparisonRow loadedRow = reloaded.getRows().get(0);
        AdapterFactoryEditingDomain loadedDomain = domain();
        loadedDomain.getCommandStack().execute(ComparisonCommands.setNote(loadedDomain, loaded, loadedRow, "changed"));
        assertEquals(1, loaded.getComparisonNotes().size());
        assertEquals("changed", Comparison.of(loaded).getRows().get(0).getNoteText());
        assertEquals(3, loaded.getComparisonNotes().get(0).getAnnotations().size(), "the note now names all the row has");
        loadedDomain.getCommandStack().execute(
                ComparisonCommands.setNote(loadedDomain, loaded, Comparison.of(loaded).getRows().get(0), " "));
        assertTrue(loaded.getComparisonNotes().isEmpty());
        loadedDomain.getCommandStack().undo();
        loadedDomain.getCommandStack().undo();
        assertEquals("CNN quotes, BBC paraphrases", Comparison.of(loaded).getRows().get(0).getNoteText());
    }

    @Test
    void aNoteFollowsItsRowWhenAnnotationsJoinAndLeaveThroughLinksAndUndoPutsItBack() {
        AdapterFactoryEditingDomain domain = domain();
        Annotation a = annotate(0, 0, 10, "A1");
        Annotation b = annotate(1, 0, 10, "A1");
        link(a, b, LinkKind.SAME_STATEMENT);
        domain.getCommandStack().execute(ComparisonCommands.setNote(domain, document,
                Comparison.of(document).getRows().get(0), "the BBC names him, CNN does not"));
        ComparisonNote note = document.getComparisonNotes().get(0);
        assertEquals(List.of(a, b), note.getAnnotations());

        // Two more outlets join the row through the Link command: the note names them at once, not only once edited.
        Annotation c = annotate(2, 0, 10, "A2");
        Annotation d = annotate(3, 0, 10, "A2");
        domain.getCommandStack().execute(AnnotationCommands.link(domain, document, c, b, LinkKind.SAME_STATEMENT, null));
        assertEquals(List.of(a, b, c), note.getAnnotations(), "the joining annotation is named by the note");
        domain.getCommandStack().execute(AnnotationCommands.link(domain, document, d, c, LinkKind.SAME_SOURCE, null));
        assertEquals(List.of(a, b, c, d), note.getAnnotations());
        Link ab = document.getLinks().get(0);

        // CNN leaves the row (its link removed): the note stays with the three outlets still in the row, not with
        // CNN's annotation on its own (before, the note named only a and b: a tie, and the first row, CNN's, took it).
        domain.getCommandStack().execute(AnnotationCommands.unlink(domain, document, ab));
        Comparison split = Comparison.of(document);
        assertEquals(2, split.getRows().size());
        assertEquals("the BBC names him, CNN does not", split.rowOf(b).getNoteText());
        assertEquals("", split.rowOf(a).getNoteText(), "the annotation that left has no note");
        assertEquals(List.of(b, c, d), note.getAnnotations(), "the note lets go of the annotation that left");

        // Undo brings each step back exactly.
        domain.getCommandStack().undo();
        assertEquals(List.of(a, b, c, d), note.getAnnotations());
        assertEquals(1, Comparison.of(document).getRows().size());
        assertEquals("the BBC names him, CNN does not", Comparison.of(document).rowOf(a).getNoteText());
        domain.getCommandStack().undo();
        domain.getCommandStack().undo();
        assertEquals(List.of(a, b), note.getAnnotations(), "undoing the links takes the joiners out of the note");
        domain.getCommandStack().redo();
        assertEquals(List.of(a, b, c), note.getAnnotations(), "redo puts the joiner back");
    }

    @Test
    void twoNotedRowsLinkedKeepTheirOwnNotesWhenUnlinkedAgain() {
        AdapterFactoryEditingDomain domain = domain();
        Annotation a = annotate(0, 0, 10, "A1");
        Annotation b = annotate(1, 0, 10, "A1");
        domain.getCommandStack().execute(ComparisonCommands.setNote(domain, document, Comparison.of(document).rowOf(a), "CNN"));
        domain.getCommandStack().execute(ComparisonCommands.setNote(domain, document, Comparison.of(document).rowOf(b), "BBC"));
        domain.getCommandStack().execute(AnnotationCommands.link(domain, document, a, b, LinkKind.SAME_STATEMENT, null));
        assertEquals("CNN\n\nBBC", Comparison.of(document).rowOf(a).getNoteText(), "both notes on the joined row");
        domain.getCommandStack().execute(AnnotationCommands.unlink(domain, document, document.getLinks().get(0)));
        assertEquals("CNN", Comparison.of(document).rowOf(a).getNoteText());
        assertEquals("BBC", Comparison.of(document).rowOf(b).getNoteText());
    }

    @Test
    void deletingEveryAnnotationOfANoteRemovesTheNoteUndoably() {
        AdapterFactoryEditingDomain domain = domain();
        Annotation a = annotate(0, 0, 10, "A1");
        ComparisonRow row = Comparison.of(document).getRows().get(0);
        domain.getCommandStack().execute(ComparisonCommands.setNote(domain, document, row, "only CNN has it"));
        domain.getCommandStack().execute(AnnotationCommands.delete(domain, document, List.of(a)));
        assertTrue(document.getComparisonNotes().isEmpty(), "no dangling note left to break the file");
        domain.getCommandStack().undo();
        assertEquals("only CNN has it", Comparison.of(document).getRows().get(0).getNoteText());
    }

    @Test
    void recordingAnOmissionAddsALinkedOmissionAnnotationThatOneUndoRemoves() {
        AdapterFactoryEditingDomain domain = domain();
        Annotation a = annotate(0, 0, 10, "A1");
        Annotation b = annotate(1, 0, 10, "A1");
        link(a, b, LinkKind.SAME_STATEMENT);
        ComparisonRow row = Comparison.of(document).getRows().get(0);
        int annotations = document.getAnnotations().size();
        int links = document.getLinks().size();

        ComparisonCommands.RecordOmission command = ComparisonCommands.recordOmission(domain, document, row,
                articles.get(3), "the republication cut the quote");
        assertNotNull(command);
        domain.getCommandStack().execute(command);

        Annotation omission = command.getAnnotation();
        assertEquals(annotations + 1, document.getAnnotations().size());
        assertEquals("F8", omission.getCode().getId());
        assertSame(articles.get(3), omission.getArticle());
        assertTrue(TextAnchors.isAnchored(omission), "the omission sits on real text of the article");
        assertEquals("the republication cut the quote", omission.getNote());
        assertEquals(articles.get(0).getOutlet() + ", " + articles.get(1).getOutlet(),
                AnnotationCommands.attribute(omission, "present_in"));
        assertEquals(links + 1, document.getLinks().size());
        Link link = document.getLinks().get(links);
        assertEquals(LinkKind.OMISSION, link.getKind());
        assertSame(omission, link.getSource());
        Comparison after = Comparison.of(document);
        assertEquals(1, after.getRows().size(), "the omission joins its row, it makes no row of its own");
        ComparisonCell cell = after.getRows().get(0).getCell(3);
        assertTrue(cell.isOmission());
        assertTrue(cell.isOmissionRecorded());
        assertSame(omission, cell.getRevealTarget());
        assertFalse(after.getRows().get(0).getCell(2).isOmissionRecorded());

        domain.getCommandStack().undo();
        assertEquals(annotations, document.getAnnotations().size());
        assertEquals(links, document.getLinks().size());
        assertFalse(Comparison.of(document).getRows().get(0).getCell(3).isOmissionRecorded());
    }

    private AdapterFactoryEditingDomain domain() {
        return new AdapterFactoryEditingDomain(new ComposedAdapterFactory(new ReflectiveItemProviderAdapterFactory()),
                new BasicCommandStack());
    }

    private Annotation annotate(int article, int begin, int end, String codeId) {
        Annotation annotation = FramebenchFactory.eINSTANCE.createAnnotation();
        annotation.setId("ann-" + (++counter));
        TextAnchors.anchor(annotation, articles.get(article), begin, end);
        annotation.setCode(Codebooks.findById(document.getAssignment().getCodebook(), codeId).orElseThrow());
        annotation.setCreated(new Date(1_700_000_000_000L));
        annotation.setModified(new Date(1_700_000_000_000L));
        document.getAnnotations().add(annotation);
        return annotation;
    }

    private static void attribute(Annotation annotation, String key, String value) {
        AttributeValue attribute = FramebenchFactory.eINSTANCE.createAttributeValue();
        attribute.setKey(key);
        attribute.setValue(value);
        annotation.getAttributeValues().add(attribute);
    }

    private void link(Annotation source, Annotation target, LinkKind kind) {
        Link link = FramebenchFactory.eINSTANCE.createLink();
        link.setId("link-" + (++counter));
        link.setSource(source);
        link.setTarget(target);
        link.setKind(kind);
        link.setCreated(new Date(1_700_000_000_000L));
        document.getLinks().add(link);
    }
}
