package org.framebench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.framebench.core.codebook.Codebooks;
import org.framebench.core.corpus.CorpusLoader;
import org.framebench.core.document.DocumentStore;
import org.framebench.core.document.Documents;
import org.framebench.core.edit.AnnotationCommands;
import org.framebench.core.text.XmlText;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.Link;
import org.framebench.model.LinkKind;
import org.framebench.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text that XML 1.0 cannot hold never enters a document. */
class XmlTextTest {

    @TempDir
    Path folder;

    @Test
    void everyC0ControlButTabAndNewlinesIsRemoved() {
        for (char c = 0; c < 0x20; c++) {
            String cleaned = XmlText.clean("a" + c + "b");
            if (c == '\t' || c == '\n' || c == '\r') {
                assertEquals("a" + c + "b", cleaned, "kept: U+" + Integer.toHexString(c));
            } else {
                assertEquals("ab", cleaned, "removed: U+" + Integer.toHexString(c));
            }
        }
    }

    @Test
    void nonCharactersAndLoneSurrogatesAreRemovedPairsKept() {
        assertEquals("ab", XmlText.clean("a\uFFFEb"));
        assertEquals("ab", XmlText.clean("a\uFFFFb"));
        assertEquals("ab", XmlText.clean("a\uD83Db"), "a lone high surrogate");
        assertEquals("ab", XmlText.clean("a\uDE00b"), "a lone low surrogate");
        assertEquals("ab", XmlText.clean("ab\uD83D"), "a high surrogate at the end");
        assertEquals("ab", XmlText.clean("\uDE00\uD83Dab"), "a pair in the wrong order");
        assertEquals("smile \uD83D\uDE00!", XmlText.clean("smile \uD83D\uDE00!"), "an emoji stays");
    }

    @Test
    void ordinaryTextIsTheSameInstance() {
        String note = "Named, with role \u2014 \u00E9l\u00E8ve \u4E2D\u6587 \uFFFD \u0085 \u007F\tend\r\n";
        assertSame(note, XmlText.clean(note));
        assertTrue(XmlText.isClean(note));
        assertFalse(XmlText.isClean("a\u000Bb"));
        assertNull(XmlText.clean(null));
        assertEquals("", XmlText.clean("\u0000\u000B\u001F"));
    }

    @Test
    void commandsStoreCleanNotesAndValuesAndTheDocumentSaves() throws Exception {
        AnnotationDocument document = Documents.newDocument(CorpusLoader.loadDefault(), Role.STUDENT);
        document.setAnnotatorName("Ama Mensah");
        document.setAnnotatorId("s1024");
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
                new ComposedAdapterFactory(new ReflectiveItemProviderAdapterFactory()), new BasicCommandStack());
        domain.getResourceSet().createResource(org.eclipse.emf.common.util.URI.createURI("x.fbench"))
                .getContents().add(document);
        Article cnn = document.getAssignment().getArticles().get(0);
        int begin = cnn.getText().indexOf("Musa Ibrahim");
        var create = AnnotationCommands.create(domain, document, cnn, begin, begin + 12,
                Codebooks.findById(document.getAssignment().getCodebook(), "S1").orElseThrow());
        domain.getCommandStack().execute(create);
        Annotation musa = create.getAnnotation();
        var create2 = AnnotationCommands.create(domain, document, cnn, begin + 13, begin + 20,
                Codebooks.findById(document.getAssignment().getCodebook(), "S1").orElseThrow());
        domain.getCommandStack().execute(create2);

        domain.getCommandStack().execute(AnnotationCommands.setNote(domain, musa, "pasted\u000B here\ttab\nline"));
        domain.getCommandStack().execute(AnnotationCommands.setAttribute(domain, musa, "role", "spokes\u0001man\uFFFF"));
        domain.getCommandStack().execute(AnnotationCommands.link(domain, document, musa, create2.getAnnotation(),
                LinkKind.SAME_SOURCE, "same\u001B man"));
        domain.getCommandStack().execute(AnnotationCommands.setNote(domain, create2.getAnnotation(), "\u0000"));

        assertEquals("pasted here\ttab\nline", musa.getNote());
        assertEquals("spokesman", AnnotationCommands.attribute(musa, "role"));
        Link link = document.getLinks().get(0);
        assertEquals("same man", link.getNote());
        assertNull(create2.getAnnotation().getNote(), "nothing left: no note");

        Path file = folder.resolve("clean.fbench");
        DocumentStore.save(document, file);
        assertEquals("pasted here\ttab\nline", DocumentStore.load(file).getAnnotations().get(0).getNote());
    }
}
