package org.framebench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.framebench.core.edit.AnnotationCommands;
import org.framebench.ui.views.AnnotationDetailsView;
import org.framebench.suggest.AttributionPart;
import org.framebench.model.Code;
import org.framebench.model.LinkKind;
import org.framebench.model.Link;
import org.framebench.core.codebook.Codebooks;
import org.framebench.core.assignment.Examples;
import org.framebench.core.document.DocumentStore;
import org.framebench.core.document.Documents;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.Assignment;
import org.framebench.model.Role;
import org.framebench.model.TextRegion;
import org.framebench.suggest.AttributionFinder;
import org.framebench.suggest.SuggestedAnnotation;
import org.framebench.ui.InstructorIdentity;
import org.framebench.ui.editor.ArticlePane;
import org.framebench.ui.editor.DocumentEditor;
import org.framebench.ui.editor.DocumentOpener;
import org.framebench.ui.internal.Appearance;
import org.framebench.ui.internal.CodeColours;
import org.framebench.ui.internal.StudentIdentity;
import org.framebench.ui.suggest.NewKeyFromSuggestionsHandler;
import org.framebench.ui.suggest.ShowSuggestionsHandler;
import org.framebench.ui.suggest.SuggestionController;
import org.framebench.ui.suggest.SuggestionLayer;
import org.framebench.ui.suggest.Suggestions;
import org.framebench.ui.suggest.SuggestionsHandler;
import org.framebench.ui.testing.UiDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: the attribution finder's suggestions in the editor, driven through SWT as a user does: dashed outlines,
 * Enter accepts, Backspace dismisses, Undo, the Annotate menu's commands, the toolbar toggle, the teaching control.
 */
class SuggestionsTest {

    private final List<String> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final ILogListener logListener = (status, plugin) -> {
        if (status.getSeverity() == IStatus.ERROR || status.getException() != null) {
            logged.add(status.getMessage() + (status.getException() == null ? "" : ": " + status.getException()));
        }
    };

    @TempDir
    Path folder;

    private IWorkbenchPage page;

    @BeforeEach
    void setUp() {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.closeAllEditors(false);
        StudentIdentity.remember("Ama Mensah", "s1024");
        InstructorIdentity.remember("Dr. Efua Owusu");
        Platform.addLogListener(logListener);
    }

    @AfterEach
    void tearDown() {
        Platform.removeLogListener(logListener);
        page.closeAllEditors(false);
        UiDriver.flush();
    }

    private Path saved(Role role, boolean hintsForStudents) throws Exception {
        Assignment assignment = Examples.load(Examples.LIBYA);
        assignment.setSuggestionsForStudents(hintsForStudents);
        AnnotationDocument document = Documents.newDocument(assignment, role);
        document.setAnnotatorName(role == Role.STUDENT ? "Ama Mensah" : "Dr. Efua Owusu");
        document.setAnnotatorId(role == Role.STUDENT ? "s1024" : "");
        Path file = folder.resolve(role.getLiteral() + (hintsForStudents ? "-hints" : "") + ".fbench");
        DocumentStore.save(document, file);
        return file;
    }

    private DocumentEditor open(Path file) {
        DocumentEditor editor = DocumentOpener.openFile(page, file);
        assertNotNull(editor);
        editor.setLayout(DocumentEditor.Layout.ONE);
        UiDriver.flush();
        return editor;
    }

    private static void waitFor(String what, BooleanSupplier condition) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + 90_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
            }
        }
        UiDriver.flush();
    }

    private static SuggestionLayer waitForSuggestions(DocumentEditor editor) {
        ArticlePane pane = editor.getPanes().get(0);
        SuggestionLayer layer = editor.getSuggestions().layerOf(pane);
        assertNotNull(layer);
        waitFor("the suggestions of " + pane.getArticle().getId(),
                () -> editor.getSuggestions().isFound(pane.getArticle()) && !layer.shown().isEmpty());
        return layer;
    }

    /** A shown suggestion that the caret in its middle picks, outside every annotation, not {@code other}. */
    private static SuggestedAnnotation pickable(SuggestionLayer layer, AnnotationDocument document, Article article,
            SuggestedAnnotation other) {
        for (SuggestedAnnotation suggestion : layer.shown()) {
            int middle = suggestion.begin() + suggestion.length() / 2;
            boolean annotated = document.getAnnotations().stream().anyMatch(a -> a.getArticle() == article
                    && a.getBegin() <= middle && middle < a.getEnd());
            if (layer.at(middle) == suggestion && !annotated && !suggestion.equals(other)
                    && (other == null || !layer.at(other.begin() + other.length() / 2).equals(suggestion))) {
                return suggestion;
            }
        }
        throw new AssertionError("no suggestion to pick among " + layer.shown());
    }

    private static Annotation annotationOf(AnnotationDocument document, Article article, SuggestedAnnotation s) {
        return document.getAnnotations().stream()
                .filter(a -> a.getArticle() == article && a.getRegion() == TextRegion.BODY && a.getBegin() == s.begin()
                        && a.getEnd() == s.end() && a.getCode() != null && a.getCode().getId().equals(s.codeId()))
                .findFirst().orElse(null);
    }

    /** How many pixels along the top edge of {@code bounds} (±1 row) have (nearly) {@code colour}, as the text paints itself. */
    private static int pixelsOfColour(StyledText text, Rectangle bounds, RGB colour) {
        Rectangle area = text.getClientArea();
        Image image = new Image(text.getDisplay(), area.width, area.height);
        GC gc = new GC(image);
        try {
            text.print(gc);
            ImageData data = image.getImageData();
            int count = 0;
            for (int y = Math.max(0, bounds.y - 1); y <= Math.min(area.height - 1, bounds.y + 1); y++) {
                for (int x = Math.max(0, bounds.x); x < Math.min(area.width, bounds.x + bounds.width); x++) {
                    RGB pixel = data.palette.getRGB(data.getPixel(x, y));
                    if (Math.abs(pixel.red - colour.red) <= 8 && Math.abs(pixel.green - colour.green) <= 8
                            && Math.abs(pixel.blue - colour.blue) <= 8) {
                        count++;
                    }
                }
            }
            if (count == 0) {
                org.eclipse.swt.graphics.ImageLoader loader = new org.eclipse.swt.graphics.ImageLoader();
                loader.data = new ImageData[] { data };
                loader.save(System.getProperty("java.io.tmpdir") + "/suggestions-outline.png", SWT.IMAGE_PNG);
            }
            return count;
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    @Test
    void aKeyShowsSuggestionsEnterAcceptsUndoTakesBackBackspaceDismissesForGood() throws Exception {
        Path file = saved(Role.KEY, false);
        DocumentEditor editor = open(file);
        SuggestionLayer layer = waitForSuggestions(editor);
        ArticlePane pane = editor.getPanes().get(0);
        Article article = pane.getArticle();
        AnnotationDocument document = editor.getDocument();
        StyledText text = pane.getText();
        assertEquals(Suggestions.open(document, article, AttributionFinder.get().find(article,
                document.getAssignment().getCodebook())), layer.shown(), "every suggestion of the article is shown");

        // Drawn as a dashed outline in the code's colour.
        SuggestedAnnotation first = pickable(layer, document, article, null);
        text.setTopPixel(0);
        UiDriver.flush();
        Rectangle bounds = text.getTextBounds(first.begin(), first.begin());
        assertTrue(bounds.y >= 2 && bounds.y + bounds.height < text.getClientArea().height,
                "the first suggestion is on screen: " + bounds);
        RGB colour = CodeColours.parse(Appearance.colourOf(Codebooks.findById(document.getAssignment().getCodebook(),
                first.codeId()).orElseThrow()));
        int outline = pixelsOfColour(text, new Rectangle(bounds.x, bounds.y, 40, bounds.height), colour);
        assertTrue(outline >= 4, "the outline's top edge is drawn in the code's colour: " + outline + " pixels");
        int beforeCount = document.getAnnotations().size();

        // Enter with the caret inside it: an annotation with its code and span, marked as from a suggestion.
        text.setFocus();
        editor.select(null);
        text.setCaretOffset(first.begin() + first.length() / 2);
        UiDriver.pressKeyCode(text, SWT.CR, 0);
        Annotation accepted = annotationOf(document, article, first);
        assertNotNull(accepted, "accepted as an annotation");
        assertTrue(accepted.isFromSuggestion());
        assertEquals(article.getText().substring(first.begin(), first.end()), accepted.getCoveredText());
        assertEquals(beforeCount + 1, document.getAnnotations().size(), "just that part");
        assertFalse(layer.shown().contains(first), "an accepted suggestion is no longer drawn");
        assertTrue(editor.isDirty());

        // Undo takes it back, and the suggestion is drawn again.
        UiDriver.runCommand("org.eclipse.ui.edit.undo");
        assertEquals(null, annotationOf(document, article, first));
        assertEquals(beforeCount, document.getAnnotations().size());
        assertTrue(layer.shown().contains(first), "drawn again after Undo");

        // Backspace with the caret in another one dismisses it (no annotation is deleted).
        SuggestedAnnotation second = pickable(layer, document, article, first);
        editor.select(null);
        text.setCaretOffset(second.begin() + second.length() / 2);
        UiDriver.pressKeyCode(text, SWT.BS, 0);
        assertEquals(List.of(Suggestions.key(second)), document.getDismissedSuggestions());
        assertFalse(layer.shown().contains(second));
        assertEquals(beforeCount, document.getAnnotations().size());
        // Undo brings it back; Redo dismisses it again.
        UiDriver.runCommand("org.eclipse.ui.edit.undo");
        assertTrue(document.getDismissedSuggestions().isEmpty());
        assertTrue(layer.shown().contains(second));
        UiDriver.runCommand("org.eclipse.ui.edit.redo");
        assertEquals(List.of(Suggestions.key(second)), document.getDismissedSuggestions());

        // Enter and Backspace outside any suggestion behave as before: nothing happens to the document.
        int outside = outsideEverySuggestion(layer, article);
        text.setCaretOffset(outside);
        UiDriver.pressKeyCode(text, SWT.CR, 0);
        UiDriver.pressKeyCode(text, SWT.BS, 0);
        assertEquals(beforeCount, document.getAnnotations().size());
        assertEquals(1, document.getDismissedSuggestions().size());

        // Saved and opened again: the dismissed one stays gone, the others are drawn.
        assertTrue(editor.saveTo(file));
        page.closeAllEditors(false);
        UiDriver.flush();
        assertEquals(List.of(Suggestions.key(second)), DocumentStore.load(file).getDismissedSuggestions());
        DocumentEditor reopened = open(file);
        SuggestionLayer again = waitForSuggestions(reopened);
        assertFalse(again.shown().contains(second), "a dismissed suggestion is not drawn after reopening");
        assertTrue(again.shown().contains(first));
        assertEquals(List.of(), logged, "nothing went wrong in the log");
    }

    private static int outsideEverySuggestion(SuggestionLayer layer, Article article) {
        for (int offset = 0; offset < article.getText().length(); offset++) {
            if (layer.at(offset) == null) {
                return offset;
            }
        }
        throw new AssertionError("every offset is in a suggestion");
    }

    /** The source, cue and content of one attribution, each picked by the caret in its middle; null if none has all three. */
    private static List<SuggestedAnnotation> threeParts(SuggestionLayer layer) {
        java.util.Map<String, java.util.Map<AttributionPart, SuggestedAnnotation>> groups = new java.util.LinkedHashMap<>();
        for (SuggestedAnnotation suggestion : layer.shown()) {
            if (layer.at(suggestion.begin() + suggestion.length() / 2) == suggestion) {
                groups.computeIfAbsent(suggestion.attribution(), g -> new java.util.EnumMap<>(AttributionPart.class))
                        .putIfAbsent(suggestion.part(), suggestion);
            }
        }
        for (java.util.Map<AttributionPart, SuggestedAnnotation> parts : groups.values()) {
            if (parts.containsKey(AttributionPart.SOURCE) && parts.containsKey(AttributionPart.CUE)
                    && parts.containsKey(AttributionPart.CONTENT)) {
                return List.of(parts.get(AttributionPart.CONTENT), parts.get(AttributionPart.SOURCE),
                        parts.get(AttributionPart.CUE));
            }
        }
        return null;
    }

    private static List<Link> attributionLinks(AnnotationDocument document) {
        return document.getLinks().stream().filter(l -> l.getKind() == LinkKind.ATTRIBUTION).toList();
    }

    private static boolean linked(AnnotationDocument document, Annotation a, Annotation b) {
        return attributionLinks(document).stream().anyMatch(l -> l.getSource() == a && l.getTarget() == b
                || l.getSource() == b && l.getTarget() == a);
    }

    private void accept(DocumentEditor editor, StyledText text, SuggestedAnnotation suggestion) {
        text.setFocus();
        editor.select(null);
        text.setCaretOffset(suggestion.begin() + suggestion.length() / 2);
        UiDriver.pressKeyCode(text, SWT.CR, 0);
        UiDriver.flush();
    }

    @Test
    void acceptingTheThreePartsOfOneAttributionLinksThemAndThePanelMarksThem() throws Exception {
        AnnotationDetailsView details = (AnnotationDetailsView) page.showView(AnnotationDetailsView.ID);
        DocumentEditor editor = open(saved(Role.KEY, false));
        page.activate(editor);
        SuggestionLayer layer = waitForSuggestions(editor);
        ArticlePane pane = editor.getPanes().get(0);
        Article article = pane.getArticle();
        AnnotationDocument document = editor.getDocument();
        StyledText text = pane.getText();
        List<SuggestedAnnotation> parts = threeParts(layer);
        assertNotNull(parts, "an attribution with source, cue and content in " + article.getId());
        SuggestedAnnotation content = parts.get(0);
        SuggestedAnnotation source = parts.get(1);
        SuggestedAnnotation cue = parts.get(2);

        // The content first: nothing of its attribution is accepted yet, so no link.
        accept(editor, text, content);
        Annotation contentAnnotation = annotationOf(document, article, content);
        assertNotNull(contentAnnotation);
        assertTrue(document.getLinks().isEmpty(), "nothing to link to yet: " + document.getLinks());
        // The Annotation panel shows where it came from.
        waitFor("the panel to show the accepted content", () -> editor.getSelectedAnnotation() == contentAnnotation
                && details.originLine() != null && !details.originLine().isDisposed()
                && details.originLine().isVisible());
        assertEquals("From a suggestion (accepted)", details.originLine().getText());
        assertTrue(details.originLine().getSize().y > 0 && details.originLine().getSize().x > 0,
                "laid out, not squeezed to nothing: " + details.originLine().getSize());

        // Then the source: linked to the content (source first).
        accept(editor, text, source);
        Annotation sourceAnnotation = annotationOf(document, article, source);
        assertNotNull(sourceAnnotation);
        assertEquals(1, attributionLinks(document).size());
        Link sourceToContent = attributionLinks(document).get(0);
        assertEquals(sourceAnnotation, sourceToContent.getSource());
        assertEquals(contentAnnotation, sourceToContent.getTarget());

        // Then the cue: linked to both, in the same step as its annotation.
        accept(editor, text, cue);
        Annotation cueAnnotation = annotationOf(document, article, cue);
        assertNotNull(cueAnnotation);
        assertEquals(3, document.getLinks().size(), "every two parts of the attribution are linked");
        assertEquals(3, attributionLinks(document).size(), "all of kind attribution");
        assertTrue(linked(document, cueAnnotation, sourceAnnotation));
        assertTrue(linked(document, cueAnnotation, contentAnnotation));
        assertTrue(attributionLinks(document).stream().filter(l -> l.getSource() == cueAnnotation).count() == 2,
                "the cue is where its links start, as in a draft key");
        waitFor("the panel to show the cue", () -> editor.getSelectedAnnotation() == cueAnnotation
                && details.linksList() != null && !details.linksList().isDisposed()
                && details.linksList().getItemCount() == 2);
        assertTrue(details.originLine().isVisible());
        assertEquals("From a suggestion (accepted)", details.originLine().getText());
        for (org.eclipse.swt.widgets.TableItem row : details.linksList().getItems()) {
            assertTrue(row.getText().contains("One attribution (source, cue, content)"), row.getText());
        }

        // One Undo takes the cue back with its two links; the source-content link stays.
        UiDriver.runCommand("org.eclipse.ui.edit.undo");
        assertEquals(null, annotationOf(document, article, cue));
        assertEquals(List.of(sourceToContent), document.getLinks());
        assertTrue(layer.shown().contains(cue), "the cue is drawn as a suggestion again");
        // Redo links it again.
        UiDriver.runCommand("org.eclipse.ui.edit.redo");
        assertEquals(3, attributionLinks(document).size());
        // Two more Undos: no annotation, no link.
        UiDriver.runCommand("org.eclipse.ui.edit.undo");
        UiDriver.runCommand("org.eclipse.ui.edit.undo");
        assertEquals(List.of(contentAnnotation), List.copyOf(document.getAnnotations()));
        assertTrue(document.getLinks().isEmpty());

        // An annotation made by hand has no such mark.
        Code code = Codebooks.findById(document.getAssignment().getCodebook(), source.codeId()).orElseThrow();
        AnnotationCommands.Create create = AnnotationCommands.create(editor.getEditingDomain(), document, article,
                TextRegion.BODY, source.begin(), source.end(), code);
        editor.execute(create);
        editor.select(create.getAnnotation());
        waitFor("the panel to show the hand-made annotation",
                () -> details.originLine() != null && !details.originLine().isDisposed()
                        && !details.originLine().isVisible() && details.originLine().getText().isEmpty());
        assertFalse(create.getAnnotation().isFromSuggestion());
        assertTrue(document.getLinks().isEmpty(), "a hand-made annotation is not linked by the finder");

        // Saved and read back through EMF, an accepted attribution keeps its links.
        UiDriver.runCommand("org.eclipse.ui.edit.undo");
        accept(editor, text, cue);
        accept(editor, text, source);
        Path file = folder.resolve("linked.fbench");
        assertTrue(editor.saveTo(file));
        AnnotationDocument loaded = DocumentStore.load(file);
        assertEquals(3, loaded.getLinks().size());
        for (Link link : loaded.getLinks()) {
            assertEquals(LinkKind.ATTRIBUTION, link.getKind());
            assertTrue(loaded.getAnnotations().contains(link.getSource()) && loaded.getAnnotations().contains(link.getTarget()));
            assertTrue(link.getSource().isFromSuggestion() && link.getTarget().isFromSuggestion());
        }
        assertEquals(List.of(), logged, "nothing went wrong in the log");
    }

    @Test
    void acceptAllAndDismissAllActOnTheArticleInOneUndoableStep() throws Exception {
        DocumentEditor editor = open(saved(Role.INSTRUCTOR, false));
        SuggestionLayer layer = waitForSuggestions(editor);
        Article article = editor.getPanes().get(0).getArticle();
        AnnotationDocument document = editor.getDocument();
        List<SuggestedAnnotation> open = new ArrayList<>(layer.shown());
        UiDriver.runCommand(SuggestionsHandler.ACCEPT_ALL);
        assertEquals(open.size(), document.getAnnotations().size(), () -> "not accepted: " + open.stream()
                .filter(o -> annotationOf(document, article, o) == null).toList() + " of " + open);
        for (SuggestedAnnotation suggestion : open) {
            Annotation annotation = annotationOf(document, article, suggestion);
            assertNotNull(annotation, suggestion.toString());
            assertTrue(annotation.isFromSuggestion());
        }
        assertTrue(layer.shown().isEmpty(), "none left to draw");
        // Each attribution's parts are linked to each other, with the kind attribution.
        assertFalse(document.getLinks().isEmpty());
        assertEquals(document.getLinks(), attributionLinks(document));
        java.util.Map<String, List<SuggestedAnnotation>> groups = new java.util.LinkedHashMap<>();
        for (SuggestedAnnotation suggestion : AttributionFinder.get().find(article, document.getAssignment().getCodebook())) {
            groups.computeIfAbsent(suggestion.attribution(), g -> new ArrayList<>()).add(suggestion);
        }
        int pairs = 0;
        for (List<SuggestedAnnotation> members : groups.values()) {
            for (SuggestedAnnotation a : members) {
                for (SuggestedAnnotation b : members) {
                    Annotation x = annotationOf(document, article, a);
                    Annotation y = annotationOf(document, article, b);
                    if (x != y && Suggestions.key(a).compareTo(Suggestions.key(b)) < 0) {
                        assertTrue(linked(document, x, y), a + " and " + b + " are linked");
                        pairs++;
                    }
                }
            }
        }
        assertEquals(pairs, document.getLinks().size(), "no other links");
        UiDriver.runCommand("org.eclipse.ui.edit.undo");
        assertEquals(0, document.getAnnotations().size(), "one Undo takes all of them back");
        assertTrue(document.getLinks().isEmpty(), "and their links");
        assertEquals(open, layer.shown());

        UiDriver.runCommand(SuggestionsHandler.DISMISS_ALL);
        assertEquals(open.size(), document.getDismissedSuggestions().size());
        assertTrue(layer.shown().isEmpty());
        assertEquals(0, document.getAnnotations().size());
        UiDriver.runCommand("org.eclipse.ui.edit.undo");
        assertEquals(open, layer.shown());
        assertEquals(List.of(), logged, "nothing went wrong in the log");
    }

    @Test
    void theToolbarToggleHidesAndShowsThem() throws Exception {
        DocumentEditor editor = open(saved(Role.KEY, false));
        SuggestionLayer layer = waitForSuggestions(editor);
        List<SuggestedAnnotation> shown = layer.shown();
        ToolItem toggle = toggleItem();
        waitFor("the toggle enabled", toggle::getEnabled);
        assertTrue(toggle.getSelection(), "on by default");
        try {
            UiDriver.runCommand(ShowSuggestionsHandler.COMMAND_ID);
            assertFalse(SuggestionController.toggleOn());
            assertTrue(layer.shown().isEmpty(), "hidden");
            waitFor("the toggle unchecked", () -> !toggle.getSelection());
            // Hidden: Enter in a suggestion's place does nothing.
            StyledText text = editor.getPanes().get(0).getText();
            text.setCaretOffset(shown.get(0).begin() + shown.get(0).length() / 2);
            UiDriver.pressKeyCode(text, SWT.CR, 0);
            assertEquals(0, editor.getDocument().getAnnotations().size());
        } finally {
            UiDriver.runCommand(ShowSuggestionsHandler.COMMAND_ID);
        }
        assertTrue(SuggestionController.toggleOn());
        assertEquals(shown, layer.shown(), "shown again");
    }

    @Test
    void aStudentSeesNoneUnlessTheInstructorSwitchedHintsOn() throws Exception {
        DocumentEditor editor = open(saved(Role.STUDENT, false));
        ArticlePane pane = editor.getPanes().get(0);
        SuggestionLayer layer = editor.getSuggestions().layerOf(pane);
        UiDriver.flush();
        Thread.sleep(300);
        UiDriver.flush();
        assertFalse(editor.getSuggestions().isShowing());
        assertTrue(layer.shown().isEmpty(), "no suggestions drawn for a student without hints");
        assertFalse(editor.getSuggestions().isFound(pane.getArticle()), "not even looked for");
        ToolItem toggle = toggleItem();
        waitFor("the toggle disabled", () -> !toggle.getEnabled());
        waitFor("the tooltip saying why", () -> toggle.getToolTipText() != null
                && toggle.getToolTipText().contains("instructor has not switched hints on"));
        // Enter anywhere adds nothing.
        StyledText text = pane.getText();
        text.setCaretOffset(text.getText().indexOf("said"));
        UiDriver.pressKeyCode(text, SWT.CR, 0);
        assertEquals(0, editor.getDocument().getAnnotations().size());
        page.closeAllEditors(false);
        UiDriver.flush();

        DocumentEditor hinted = open(saved(Role.STUDENT, true));
        SuggestionLayer shown = waitForSuggestions(hinted);
        assertFalse(shown.shown().isEmpty(), "hints on: the student sees them");
        ToolItem again = toggleItem();
        waitFor("the toggle enabled", again::getEnabled);
        assertEquals(List.of(), logged, "nothing went wrong in the log");
    }

    @Test
    void newKeyFromSuggestionsHoldsEverySuggestionAsAnAnnotation() throws Exception {
        DocumentEditor editor = open(saved(Role.KEY, false));
        Assignment assignment = editor.getDocument().getAssignment();
        AnnotationDocument key = NewKeyFromSuggestionsHandler.newKey(assignment, "Dr. Efua Owusu");
        assertEquals(Role.KEY, key.getRole());
        assertEquals("Dr. Efua Owusu", key.getAnnotatorName());
        java.util.Set<String> distinct = new java.util.HashSet<>();
        for (Article article : assignment.getArticles()) {
            AttributionFinder.get().find(article, assignment.getCodebook()).forEach(f -> distinct.add(Suggestions.key(f)));
        }
        int expected = distinct.size();
        assertTrue(expected > 20, "the example has attributions in every article: " + expected);
        assertEquals(expected, key.getAnnotations().size(), "one annotation per distinct suggested span and code");
        // The parts of each attribution linked, as `framebench key --suggest` links them.
        assertTrue(key.getLinks().size() > expected / 3, "links: " + key.getLinks().size());
        for (Link link : key.getLinks()) {
            assertEquals(LinkKind.ATTRIBUTION, link.getKind());
            assertEquals(link.getSource().getArticle(), link.getTarget().getArticle());
        }
        for (Annotation annotation : key.getAnnotations()) {
            assertTrue(annotation.isFromSuggestion());
            assertTrue(key.getAssignment().getArticles().contains(annotation.getArticle()), "its own copy's articles");
            assertEquals(annotation.getArticle().getText().substring(annotation.getBegin(), annotation.getEnd()),
                    annotation.getCoveredText());
        }
        // Saved and read back, it is a valid key.
        Path out = folder.resolve("suggested-key.fbench");
        DocumentStore.save(key, out);
        assertEquals(expected, DocumentStore.load(out).getAnnotations().size());
        assertEquals(key.getLinks().size(), DocumentStore.load(out).getLinks().size());

        // The command opens it unsaved in the editor, for refining.
        UiDriver.runCommand(NewKeyFromSuggestionsHandler.COMMAND_ID);
        UiDriver.flush();
        DocumentEditor opened = (DocumentEditor) page.getActiveEditor();
        assertTrue(opened != editor, "a new editor");
        assertEquals(Role.KEY, opened.getDocument().getRole());
        assertEquals(expected, opened.getDocument().getAnnotations().size());
        assertTrue(opened.isDirty());
        assertEquals(null, opened.getFile());
        assertEquals(List.of(), logged, "nothing went wrong in the log");
    }

    /** The main toolbar's Show Suggestions item. */
    private ToolItem toggleItem() {
        List<ToolItem> found = new ArrayList<>();
        collect(page.getWorkbenchWindow().getShell(), found);
        assertEquals(1, found.size(), "one Show Suggestions item in the toolbar");
        return found.get(0);
    }

    private static void collect(Control control, List<ToolItem> found) {
        if (control instanceof ToolBar bar) {
            for (ToolItem item : bar.getItems()) {
                if ("Show Suggestions".equals(item.getText())) {
                    found.add(item);
                }
            }
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, found);
            }
        }
    }
}
