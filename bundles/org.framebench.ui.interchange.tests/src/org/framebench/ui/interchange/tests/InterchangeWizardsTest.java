package org.framebench.ui.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PlatformUI;
import org.framebench.core.assignment.Examples;
import org.framebench.core.codebook.Codebooks;
import org.framebench.core.text.TextAnchors;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.FramebenchFactory;
import org.framebench.ui.editor.DocumentEditor;
import org.framebench.ui.editor.DocumentOpener;
import org.framebench.ui.interchange.AnnotationFormats;
import org.framebench.ui.testing.UiDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonParser;

/**
 * A student's annotations go out through File → Export → Framebench (the export wizard the IDE lists) as W3C Web
 * Annotation and brat, and come back through File → Import → Framebench into a new document, the same spans and
 * codes; a malformed file is explained on the wizard's page and nothing opens or changes.
 */
class InterchangeWizardsTest {

    @TempDir
    Path folder;

    private IWorkbenchPage page;
    private DocumentEditor editor;
    private AnnotationDocument document;

    @BeforeEach
    void openAnnotatedExample() {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.closeAllEditors(false);
        editor = DocumentOpener.openExample(page, Examples.LIBYA);
        document = editor.getDocument();
        annotate("cnn", "Musa Ibrahim", "S1", "the government spokesman");
        annotate("bbc", "Gaddafi", "S4", null);
        annotate("third", "must go", "A1", "a quote");
        UiDriver.flush();
    }

    @AfterEach
    void close() {
        page.closeAllEditors(false);
    }

    @Test
    void annotationsGoOutAsW3cAndBratAndComeBackThroughTheWizards() throws Exception {
        try (LogWatch watch = new LogWatch()) {
            for (String formatId : List.of("w3c", "brat")) {
                int index = indexOf(formatId);
                boolean isFolder = "folder".equals(AnnotationFormats.all().get(index).targetDescription());
                Path target = isFolder ? folder.resolve("brat-out") : folder.resolve("annotations.jsonld");

                page.activate(editor);
                WizardDialog export = open("org.framebench.ui.interchange.exportWizard", true);
                fill(export, index, target.toString());
                screenshot("interchange-export-" + formatId + ".png");
                List<String> told = UiDriver.answerDialog("Export finished", "OK", () -> finish(export));
                assertTrue(String.join(" ", told).contains("3 annotations"), told.toString());
                assertTrue(Files.exists(target), target + " written");
                if (!isFolder) {
                    assertEquals(3, JsonParser.parseString(Files.readString(target)).getAsJsonObject().get("first")
                            .getAsJsonObject().get("items").getAsJsonArray().size(), "one Web Annotation per annotation");
                }

                page.activate(editor);
                WizardDialog importing = open("org.framebench.ui.interchange.importWizard", false);
                fill(importing, index, target.toString());
                screenshot("interchange-import-" + formatId + ".png");
                List<String> read = UiDriver.answerDialog("Import finished", "OK", () -> finish(importing));
                assertTrue(String.join(" ", read).contains("3 annotations"), read.toString());
                DocumentEditor imported = (DocumentEditor) page.getActiveEditor();
                assertNotSame(editor, imported, "the annotations open in a new document");
                assertEquals(spans(document), spans(imported.getDocument()), formatId + " round trip");
                assertTrue(imported.isDirty(), "the new document is unsaved, so closing it asks first");
                assertEquals(3, document.getAnnotations().size(), "the open document is unchanged");
                page.closeEditor(imported, false);
            }
            watch.assertNone();
        }
    }

    @Test
    void aMalformedFileIsExplainedOnThePageAndNothingOpens() throws Exception {
        Path broken = folder.resolve("broken.jsonld");
        Files.writeString(broken, "{\n  \"@context\": \"http://www.w3.org/ns/anno.jsonld\",\n  \"items\": [ {\n");
        int editors = page.getEditorReferences().length;
        try (LogWatch watch = new LogWatch()) {
            WizardDialog importing = open("org.framebench.ui.interchange.importWizard", false);
            fill(importing, indexOf("w3c"), broken.toString());
            finish(importing);
            String error = importing.getCurrentPage() instanceof org.eclipse.jface.wizard.WizardPage wizardPage
                    ? wizardPage.getErrorMessage() : null;
            assertNotNull(error, "the page says what is wrong");
            assertTrue(error.startsWith("Nothing was imported") && error.contains("line"), error);
            assertFalse(importing.getShell().isDisposed(), "the wizard stays open to choose another file");
            importing.close();
            assertEquals(editors, page.getEditorReferences().length, "no document opened");
            assertSame(editor, page.getActiveEditor());
            assertEquals(3, document.getAnnotations().size());
            watch.assertNone();
        }
    }

    private void annotate(String articleId, String phrase, String code, String note) {
        Article article = document.getAssignment().getArticles().stream().filter(a -> a.getId().equals(articleId))
                .findFirst().orElseThrow();
        int begin = article.getText().indexOf(phrase);
        assertTrue(begin >= 0, phrase + " in " + articleId);
        Annotation annotation = FramebenchFactory.eINSTANCE.createAnnotation();
        annotation.setId(articleId + "-" + begin);
        TextAnchors.anchor(annotation, article, begin, begin + phrase.length());
        annotation.setCode(Codebooks.findById(document.getAssignment().getCodebook(), code).orElseThrow());
        annotation.setNote(note);
        document.getAnnotations().add(annotation);
    }

    private static List<String> spans(AnnotationDocument document) {
        return document.getAnnotations().stream()
                .map(a -> a.getArticle().getId() + " " + a.getBegin() + "-" + a.getEnd() + " " + a.getCode().getId() + " "
                        + (a.getNote() == null ? "" : a.getNote()))
                .sorted().toList();
    }

    private static int indexOf(String formatId) {
        for (int i = 0; i < AnnotationFormats.all().size(); i++) {
            if (AnnotationFormats.all().get(i).id().equals(formatId)) {
                return i;
            }
        }
        throw new AssertionError("no format " + formatId);
    }

    /** The wizard as File → Export… / Import… → Framebench creates it, from the workbench's wizard registry. */
    private static WizardDialog open(String wizardId, boolean export) throws Exception {
        var registry = export ? PlatformUI.getWorkbench().getExportWizardRegistry()
                : PlatformUI.getWorkbench().getImportWizardRegistry();
        var descriptor = registry.findWizard(wizardId);
        assertNotNull(descriptor, wizardId + " is registered, so File > " + (export ? "Export" : "Import") + " lists it");
        IWorkbenchWizard wizard = descriptor.createWizard();
        wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
        WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        UiDriver.flush();
        return dialog;
    }

    private static void fill(WizardDialog dialog, int formatIndex, String path) {
        Combo combo = find(dialog.getShell(), Combo.class);
        combo.select(formatIndex);
        combo.notifyListeners(SWT.Selection, new Event());
        Text text = UiDriver.editableTexts(dialog.getShell()).get(0);
        text.setText(path);
        UiDriver.flush();
    }

    private static void finish(WizardDialog dialog) {
        Button finish = UiDriver.findButton(dialog.getShell(), "Finish");
        assertNotNull(finish);
        assertTrue(finish.isEnabled(), "Finish is enabled once a format and a path are chosen");
        finish.notifyListeners(SWT.Selection, new Event());
        UiDriver.flush();
    }

    private static <T extends Control> T find(Composite composite, Class<T> type) {
        for (Control child : composite.getChildren()) {
            if (type.isInstance(child)) {
                return type.cast(child);
            }
            if (child instanceof Composite inner) {
                T found = find(inner, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The log during the test: it must gain no error (UiWatch would close the wizard itself, a modal dialog). */
    private static final class LogWatch implements AutoCloseable {
        private final List<String> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
        private final org.eclipse.core.runtime.ILogListener listener = (status, plugin) -> {
            if (status.getSeverity() == org.eclipse.core.runtime.IStatus.ERROR || status.getException() != null) {
                errors.add(status.getMessage() + " " + status.getException());
            }
        };

        LogWatch() {
            org.eclipse.core.runtime.Platform.addLogListener(listener);
        }

        void assertNone() {
            assertEquals(List.of(), errors, "the log gained errors");
        }

        @Override
        public void close() {
            org.eclipse.core.runtime.Platform.removeLogListener(listener);
        }
    }

    /** With FRAMEBENCH_SCREENSHOT_DIR set: the whole screen as it is, for a person to look at. */
    private static void screenshot(String name) {
        String dir = System.getenv("FRAMEBENCH_SCREENSHOT_DIR");
        if (dir == null) {
            return;
        }
        org.eclipse.swt.widgets.Display display = org.eclipse.swt.widgets.Display.getCurrent();
        UiDriver.flush();
        org.eclipse.swt.graphics.Rectangle bounds = display.getBounds();
        org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(display, bounds.width, bounds.height);
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(display);
        try {
            gc.copyArea(image, 0, 0);
            org.eclipse.swt.graphics.ImageLoader loader = new org.eclipse.swt.graphics.ImageLoader();
            loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
            loader.save(Path.of(dir, name).toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
