package org.framebench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.framebench.core.corpus.CorpusLoader;
import org.framebench.core.document.DocumentStore;
import org.framebench.core.document.Documents;
import org.framebench.core.edit.AnnotationCommands;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.AttributeValue;
import org.framebench.model.FramebenchFactory;
import org.framebench.model.LinkKind;
import org.framebench.model.Role;
import org.framebench.ui.editor.DocumentEditor;
import org.framebench.ui.editor.DocumentOpener;
import org.framebench.ui.internal.DropDown;
import org.framebench.ui.internal.StudentIdentity;
import org.framebench.ui.testing.UiDriver;
import org.framebench.ui.testing.UiWatch;
import org.framebench.ui.views.AnnotationDetailsView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/**
 * Issue 11's compact Annotation panel at 1280 x 800: the attributes a code answers itself are not asked again
 * (one line shows the value), old files keep such values, the note and the links show without scrolling,
 * and each link shows its note.
 */
class CompactPanelTest {

    @TempDir
    Path folder;

    private IWorkbenchPage page;
    private Shell shell;
    private Point size;
    private DocumentEditor editor;
    private AnnotationDetailsView details;

    @BeforeEach
    void setUp() throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.closeAllEditors(false);
        StudentIdentity.remember("Ama Mensah", "s1024");
        shell = page.getWorkbenchWindow().getShell();
        size = shell.getSize();
        shell.setSize(1280, 800);
        page.resetPerspective(); // the layout a student starts with
        editor = DocumentOpener.openDefaultAssignment(page);
        details = (AnnotationDetailsView) page.showView(AnnotationDetailsView.ID);
        page.activate(editor);
        UiDriver.flush();
    }

    @AfterEach
    void tearDown() {
        page.closeAllEditors(false);
        shell.setSize(size);
        UiDriver.flush();
    }

    @Test
    void aDirectQuoteDoesNotAskItsQuoteTypeButShowsIt() {
        try (UiWatch watch = UiWatch.start()) {
            UiDriver.selectAndPress(editor.getPanes().get(3).getText(), "clear and firm", 'q');
            Annotation quote = editor.getDocument().getAnnotations().get(0);
            assertEquals("A1", quote.getCode().getId());
            UiDriver.flush();
            assertNull(details.attributeField("quote_type"), "no Quote type field on A1");
            assertInstanceOf(DropDown.class, details.attributeField("cue_class"), "the verb is still asked");
            assertTrue(details.impliedLine().isVisible());
            assertEquals("Quote type: direct (from the code)", details.impliedLine().getText());
            assertTrue(visibleIn(details.impliedLine(), details.scroller()), "the implied value is on screen");
            assertNull(AnnotationCommands.attribute(quote, "quote_type"), "nothing is written into the file for it");

            // A cue code: the verb's class is the code's, the quote type is asked.
            editor.execute(AnnotationCommands.changeCode(editor.getEditingDomain(), quote,
                    org.framebench.core.codebook.Codebooks.findById(editor.getDocument().getAssignment().getCodebook(), "A6").orElseThrow()));
            UiDriver.flush();
            assertNull(details.attributeField("cue_class"));
            assertInstanceOf(DropDown.class, details.attributeField("quote_type"));
            assertEquals("Reporting verb: distancing (from the code)", details.impliedLine().getText());
            watch.assertNone();
        }
    }

    @Test
    void aNamedPersonDoesNotAskNamedOrAnonymityOrSameEntityButS7AsksWhatItMust() {
        try (UiWatch watch = UiWatch.start()) {
            UiDriver.selectAndPress(editor.getPanes().get(0).getText(), "Musa Ibrahim", '1');
            UiDriver.flush();
            assertNull(details.attributeField("identification"));
            assertNull(details.attributeField("anonymity_explanation"));
            assertNull(details.attributeField("coreference_id"), "links say which mentions are one source");
            assertInstanceOf(DropDown.class, details.attributeField("affiliation"));
            assertEquals("Identification: named (from the code)\nAnonymity explained: not applicable (from the code)",
                    details.impliedLine().getText());

            UiDriver.selectAndPress(editor.getPanes().get(3).getText(), "has been told", '7');
            assertEquals("S7", editor.getSelectedAnnotation().getCode().getId());
            UiDriver.flush();
            assertInstanceOf(DropDown.class, details.attributeField("identification"), "second-hand: who is it?");
            assertInstanceOf(DropDown.class, details.attributeField("anonymity_explanation"));
            assertNull(details.attributeField("coreference_id"));
            assertFalse(details.impliedLine().isVisible(), "S7 implies nothing: no line");
            watch.assertNone();
        }
    }

    @Test
    void anOldFileWithRepeatedValuesOpensShowsThemAndKeepsThemWhenSaved() throws Exception {
        AnnotationDocument document = Documents.newDocument(CorpusLoader.loadDefault(), Role.STUDENT);
        document.setAnnotatorName("Ama Mensah");
        document.setAnnotatorId("s1024");
        Annotation quote = LongNoteTest.annotate(document, document.getAssignment().getArticles().get(3), "clear and firm", "A1");
        value(quote, "quote_type", "direct");
        Annotation paraphrase = LongNoteTest.annotate(document, document.getAssignment().getArticles().get(0),
                "Libyan and U.S. officials say", "A2");
        value(paraphrase, "quote_type", "mixed");
        Annotation musa = LongNoteTest.annotate(document, document.getAssignment().getArticles().get(0), "Musa Ibrahim", "S1");
        value(musa, "coreference_id", "ibrahim");
        Path file = folder.resolve("old.fbench");
        DocumentStore.save(document, file);

        try (UiWatch watch = UiWatch.start()) {
            page.closeAllEditors(false);
            editor = DocumentOpener.openFile(page, file);
            UiDriver.flush();
            Annotation[] opened = editor.getDocument().getAnnotations().toArray(Annotation[]::new);
            editor.reveal(opened[0]);
            UiDriver.flush();
            assertNull(details.attributeField("quote_type"));
            assertEquals("Quote type: direct (from the code)", details.impliedLine().getText());
            editor.reveal(opened[1]);
            UiDriver.flush();
            assertEquals("Quote type: mixed (in the file; the code says indirect)", details.impliedLine().getText(),
                    "a value that differs from the code is shown, not hidden");
            editor.reveal(opened[2]);
            UiDriver.flush();
            assertTrue(details.impliedLine().getText().endsWith("Same entity as: ibrahim (kept from the file; links say this now)"),
                    details.impliedLine().getText());

            // The student works on and saves: every value is still there.
            details.noteField().setFocus();
            details.noteField().setText("named, with his role");
            details.commitPending();
            NullProgressMonitor monitor = new NullProgressMonitor();
            editor.doSave(monitor);
            assertFalse(monitor.isCanceled());
            watch.assertNone();
        }
        AnnotationDocument saved = DocumentStore.load(file);
        assertEquals("direct", AnnotationCommands.attribute(saved.getAnnotations().get(0), "quote_type"));
        assertEquals("mixed", AnnotationCommands.attribute(saved.getAnnotations().get(1), "quote_type"));
        assertEquals("ibrahim", AnnotationCommands.attribute(saved.getAnnotations().get(2), "coreference_id"));
        assertEquals("named, with his role", saved.getAnnotations().get(2).getNote());
    }

    @Test
    void at1280x800TheNoteAndTheLinksShowWithoutScrollingAndEachLinkShowsItsNote() {
        try (UiWatch watch = UiWatch.start()) {
            assertEquals(new Point(1280, 800), shell.getSize());
            UiDriver.selectAndPress(editor.getPanes().get(3).getText(), "Moussa Ibrahim", '1');
            Annotation moussa = editor.getSelectedAnnotation();
            UiDriver.selectAndPress(editor.getPanes().get(0).getText(), "Musa Ibrahim", '1');
            Annotation musa = editor.getSelectedAnnotation();
            details.link(moussa, LinkKind.SAME_SOURCE, "Musa = Moussa: the BBC spells him the French way");
            UiDriver.flush();

            ScrolledComposite scroller = details.scroller();
            assertEquals(0, scroller.getOrigin().y);
            assertTrue(visibleIn(details.noteField(), scroller), "the note field is wholly in the panel: "
                    + details.noteField().getBounds() + " in " + scroller.getClientArea());
            Table links = details.linksList();
            assertTrue(visibleIn(links, scroller), "the links are wholly in the panel: " + links.getBounds() + " in "
                    + scroller.getClientArea());

            assertEquals(1, links.getItemCount());
            assertTrue(links.getItem(0).getText().contains("BBC News"), links.getItem(0).getText());
            assertEquals("Musa = Moussa: the BBC spells him the French way", details.linkNoteLine(0));
            GC gc = new GC(links);
            int line = gc.textExtent("Ag").y;
            gc.dispose();
            assertTrue(links.getItemHeight() >= 2 * line, "a row has room for two lines: " + links.getItemHeight());
            Rectangle row = links.getItem(0).getBounds();
            Rectangle secondLine = new Rectangle(row.x, row.y + line + 2, Math.min(row.width, 200), line);
            int drawn = inkPixels(links, secondLine);
            assertTrue(drawn > 40, "the note is drawn on the row's second line: " + drawn + " pixels of text");

            // On the other end the same link and its note.
            editor.reveal(moussa);
            UiDriver.flush();
            assertTrue(links.getItem(0).getText().contains("CNN"), links.getItem(0).getText());
            assertEquals("Musa = Moussa: the BBC spells him the French way", details.linkNoteLine(0));
            assertEquals(musa, editor.getDocument().getLinks().get(0).getSource());

            // A quote (A1) and a framing code fit too.
            for (char key : new char[] { 'q', 'a' }) {
                UiDriver.selectAndPress(editor.getPanes().get(3).getText(), "clear and firm", key);
                UiDriver.flush();
                assertTrue(visibleIn(details.noteField(), scroller) && visibleIn(details.linksList(), scroller),
                        "code " + editor.getSelectedAnnotation().getCode().getId() + ": note and links in the panel");
            }
            watch.assertNone();
        }
    }

    /** True when {@code control} lies wholly inside {@code scroller}'s visible client area. */
    private static boolean visibleIn(Control control, ScrolledComposite scroller) {
        Rectangle bounds = control.getBounds();
        Point topLeft = scroller.toControl(control.getParent().toDisplay(bounds.x, bounds.y));
        Rectangle area = scroller.getClientArea();
        return topLeft.y >= 0 && topLeft.x >= 0 && topLeft.y + bounds.height <= area.height
                && topLeft.x + bounds.width <= area.width + 1;
    }

    /** Pixels in {@code area} of {@code control} on screen that are much darker than the table's background. */
    private static int inkPixels(Control control, Rectangle area) {
        Display display = control.getDisplay();
        Point origin = control.toDisplay(area.x, area.y);
        Image image = new Image(display, area.width, area.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, origin.x, origin.y);
        } finally {
            gc.dispose();
        }
        ImageData data = image.getImageData();
        image.dispose();
        RGB background = control.getBackground().getRGB();
        int count = 0;
        for (int y = 0; y < data.height; y++) {
            for (int x = 0; x < data.width; x++) {
                RGB rgb = data.palette.getRGB(data.getPixel(x, y));
                int difference = Math.abs(rgb.red - background.red) + Math.abs(rgb.green - background.green)
                        + Math.abs(rgb.blue - background.blue);
                if (difference > 150) {
                    count++;
                }
            }
        }
        return count;
    }

    private static void value(Annotation annotation, String key, String value) {
        AttributeValue attribute = FramebenchFactory.eINSTANCE.createAttributeValue();
        attribute.setKey(key);
        attribute.setValue(value);
        annotation.getAttributeValues().add(attribute);
    }
}
