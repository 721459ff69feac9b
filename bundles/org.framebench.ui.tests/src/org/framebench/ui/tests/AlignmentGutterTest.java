package org.framebench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.framebench.core.edit.AnnotationCommands;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.LinkKind;
import org.framebench.ui.align.AlignmentGutter;
import org.framebench.ui.align.AlignmentGutter.Band;
import org.framebench.ui.align.AlignmentGutter.Kind;
import org.framebench.ui.editor.DocumentEditor;
import org.framebench.ui.editor.DocumentOpener;
import org.framebench.ui.testing.UiDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The gutter between the two articles of Two side by side draws suggested alignments and links as bands. */
class AlignmentGutterTest {

    private static final String SENTENCE = "A spokesman said the Libyan government supported dialogue";

    private final List<String> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final ILogListener logListener = (status, plugin) -> {
        if (status.getSeverity() == IStatus.ERROR || status.getException() != null) {
            logged.add(status.getMessage() + (status.getException() == null ? "" : ": " + status.getException()));
        }
    };

    private IWorkbenchPage page;
    private DocumentEditor editor;
    private StyledText bbc;
    private StyledText ghana;
    private AlignmentGutter gutter;

    @BeforeEach
    void openBbcBesideItsRepublication() {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        Platform.addLogListener(logListener);
        editor = DocumentOpener.openDefaultAssignment(page);
        UiDriver.flush();
        editor.chooseArticles(3, 2);
        editor.setLayout(DocumentEditor.Layout.TWO);
        UiDriver.flush();
        assertEquals("bbc", editor.getPanes().get(0).getArticle().getId());
        assertEquals("bbc-ghana", editor.getPanes().get(1).getArticle().getId());
        bbc = editor.getPanes().get(0).getText();
        ghana = editor.getPanes().get(1).getText();
        gutter = AlignmentGutter.find(editor.getPanes().get(0).getParent());
        assertNotNull(gutter, "Two side by side has a gutter");
    }

    @AfterEach
    void closeEditors() {
        Platform.removeLogListener(logListener);
        page.closeAllEditors(false);
        UiDriver.flush();
    }

    @Test
    void theGutterSitsBetweenThePanesAndBandsTheVisibleSentencesToTheirCopies() {
        Canvas canvas = gutter.getControl();
        Rectangle gutterBounds = onDisplay(canvas.getBounds(), canvas.getParent().toDisplay(0, 0));
        Rectangle leftBounds = onDisplay(editor.getPanes().get(0).getBounds(), editor.getPanes().get(0).getParent().toDisplay(0, 0));
        Rectangle rightBounds = onDisplay(editor.getPanes().get(1).getBounds(), editor.getPanes().get(1).getParent().toDisplay(0, 0));
        assertTrue(gutterBounds.x >= leftBounds.x + leftBounds.width && gutterBounds.x + gutterBounds.width <= rightBounds.x,
                "between the panes: " + leftBounds + " " + gutterBounds + " " + rightBounds);
        assertTrue(Math.abs(gutterBounds.width - AlignmentGutter.WIDTH) <= 4, "narrow: " + gutterBounds);
        assertTrue(gutterBounds.height > 200, "as tall as the panes: " + gutterBounds);

        List<Band> bands = gutter.paintedBands();
        assertTrue(bands.size() >= 3, "a band per visible sentence: " + bands);
        assertTrue(bands.stream().allMatch(b -> b.kind() == Kind.SUGGESTION), "no links yet: " + bands);
        int height = canvas.getClientArea().height;
        for (Band band : bands) {
            assertTrue(band.leftTop() <= band.leftBottom() && band.rightTop() <= band.rightBottom(), band.toString());
            assertTrue(band.leftTop() >= 0 && band.leftBottom() <= height + 1 && band.rightTop() >= 0
                    && band.rightBottom() <= height + 1, "clipped to the visible area: " + band);
        }
        // The BBC's first sentence is banded to the same sentence in the republication (below its boilerplate).
        var aligner = org.framebench.ui.align.AlignmentSuggestions.aligner(editor.getDocument());
        int first = aligner.sentences("bbc").get(0).begin();
        String opening = bbc.getText().substring(first, first + 30);
        int copy = aligner.sentences("bbc-ghana").stream().mapToInt(s -> s.begin())
                .filter(b -> ghana.getText().startsWith(opening, b)).findFirst().orElse(-1);
        assertTrue(copy >= 0, "the republication has the first sentence: " + opening);
        assertTrue(bands.stream().anyMatch(b -> b.leftTop() == y(bbc, first) && b.rightTop() == y(ghana, copy)),
                "the first sentence's band (tops compared): " + y(bbc, first) + " -> " + y(ghana, copy) + " in " + bands);
        assertEquals(List.of(), logged, "nothing went wrong in the log");
    }

    @Test
    void aLinkIsASolidBandUntilUndone() {
        AnnotationDocument document = editor.getDocument();
        String phrase = "said the Libyan government supported dialogue";
        UiDriver.selectAndPress(bbc, phrase, 'q');
        UiDriver.selectAndPress(ghana, phrase, 'q');
        UiDriver.flush();
        Annotation inBbc = document.getAnnotations().get(0);
        Annotation inGhana = document.getAnnotations().get(1);
        assertEquals("bbc-ghana", inGhana.getArticle().getId());
        bbc.setTopIndex(Math.max(0, bbc.getLineAtOffset(inBbc.getBegin()) - 1));
        UiDriver.flush();
        assertTrue(links().isEmpty(), "no link, no solid band: " + gutter.paintedBands());

        editor.execute(AnnotationCommands.link(editor.getEditingDomain(), document, inBbc, inGhana, LinkKind.SAME_STATEMENT, null));
        UiDriver.flush();
        List<Band> links = links();
        assertEquals(1, links.size(), "one solid band for the link: " + gutter.paintedBands());
        assertEquals(y(bbc, inBbc.getBegin()), links.get(0).leftTop(), "from the BBC annotation's line");
        assertEquals(y(ghana, inGhana.getBegin()), links.get(0).rightTop(), "to the republication's annotation's line");

        editor.getEditingDomain().getCommandStack().undo();
        UiDriver.flush();
        assertTrue(links().isEmpty(), "Undo takes the band away: " + gutter.paintedBands());
        assertFalse(gutter.paintedBands().isEmpty(), "the suggestions stay");
        assertEquals(List.of(), logged, "nothing went wrong in the log");
    }

    @Test
    void scrollingMovesTheBands() {
        UiDriver.flush();
        List<Band> before = gutter.paintedBands();
        int sentence = bbc.getText().indexOf(SENTENCE);
        bbc.setTopIndex(bbc.getLineAtOffset(sentence));
        UiDriver.flush();
        List<Band> after = gutter.paintedBands();
        assertFalse(after.isEmpty(), "bands for the sentences now in view");
        assertNotEquals(before, after, "the bands follow the scrolled texts");
        assertTrue(after.stream().anyMatch(b -> b.leftTop() == y(bbc, sentence)),
                "a band starts at the sentence now at the top: " + y(bbc, sentence) + " in " + after);
        // Scrolling the second pane alone (aligned scrolling brings the first along) moves them again.
        ghana.setTopIndex(0);
        UiDriver.flush();
        assertNotEquals(after, gutter.paintedBands());
        assertEquals(List.of(), logged, "nothing went wrong in the log");
    }

    @Test
    void aSentencePartlyScrolledOutOfViewIsBandedAsGoingOffTheEdge() {
        // A BBC sentence wrapped over two lines or more, scrolled so that its first line is above the top of the text.
        var aligner = org.framebench.ui.align.AlignmentSuggestions.aligner(editor.getDocument());
        int lineHeight = bbc.getLineHeight();
        var sentence = aligner.sentences("bbc").stream()
                .filter(s -> bbc.getLocationAtOffset(s.end() - 1).y - bbc.getLocationAtOffset(s.begin()).y >= lineHeight)
                .skip(1).findFirst()
                .orElseThrow(() -> new AssertionError("a BBC sentence wrapped over two lines or more"));
        bbc.setTopPixel(bbc.getTopPixel() + bbc.getLocationAtOffset(sentence.begin()).y + lineHeight);
        UiDriver.flush();
        gutter.getControl().redraw();
        gutter.getControl().update();
        UiDriver.flush();

        int visibleTop = gutter.getControl().toControl(bbc.toDisplay(new Point(0, 0))).y;
        Band cut = gutter.paintedBands().stream()
                .filter(b -> b.kind() == Kind.SUGGESTION && b.leftTop() == visibleTop && b.leftBottom() > visibleTop)
                .findFirst().orElseThrow(() -> new AssertionError("a band for the sentence at the top: " + gutter.paintedBands()));
        assertTrue(cut.goesOffEdge(), cut.toString());
        assertTrue(cut.drawnLeftTop() <= visibleTop - lineHeight + 1,
                "drawn from above the edge, where the sentence's first line is: " + cut);
        assertEquals(cut.leftBottom(), cut.drawnLeftBottom(), "its end is in view: drawn where it is");
        // A sentence wholly in view is drawn as it is.
        assertTrue(gutter.paintedBands().stream().anyMatch(b -> !b.goesOffEdge()), gutter.paintedBands().toString());
        int height = gutter.getControl().getClientArea().height;
        int rightTop = gutter.getControl().toControl(ghana.toDisplay(new Point(0, 0))).y;
        int leftBottom = visibleTop + bbc.getClientArea().height;
        int rightBottom = rightTop + ghana.getClientArea().height;
        for (Band band : gutter.paintedBands()) {
            // What is in view is drawn where it is: the drawn band, cut at the visible edges, is the visible band.
            assertEquals(List.of(band.leftTop(), band.leftBottom(), band.rightTop(), band.rightBottom()),
                    List.of(clamp(band.drawnLeftTop(), visibleTop, leftBottom), clamp(band.drawnLeftBottom(), visibleTop, leftBottom),
                            clamp(band.drawnRightTop(), rightTop, rightBottom), clamp(band.drawnRightBottom(), rightTop, rightBottom)),
                    band.toString());
            assertTrue(band.drawnLeftTop() >= -2 * height && band.drawnRightBottom() <= 3 * height,
                    "a passage far away is drawn at most a gutter height beyond the edge: " + band);
        }
        assertEquals(List.of(), logged, "nothing went wrong in the log");
    }

    private static int clamp(int value, int low, int high) {
        return Math.max(low, Math.min(value, high));
    }

    /** The link bands painted last (no redraw forced here: the gutter must repaint by itself on a change). */
    private List<Band> links() {
        UiDriver.flush();
        return gutter.paintedBands().stream().filter(b -> b.kind() == Kind.LINK).toList();
    }

    /** The top of the line holding {@code offset}, in the gutter's coordinates, clipped to the text's view. */
    private int y(StyledText text, int offset) {
        int y = Math.max(0, Math.min(text.getLocationAtOffset(offset).y, text.getClientArea().height));
        return gutter.getControl().toControl(text.toDisplay(new Point(0, y))).y;
    }

    private static Rectangle onDisplay(Rectangle bounds, Point parentOrigin) {
        return new Rectangle(parentOrigin.x + bounds.x, parentOrigin.y + bounds.y, bounds.width, bounds.height);
    }
}
