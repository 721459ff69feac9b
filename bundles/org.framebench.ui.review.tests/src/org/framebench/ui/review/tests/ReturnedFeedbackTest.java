package org.framebench.ui.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.framebench.core.codebook.Codebooks;
import org.framebench.core.corpus.CorpusLoader;
import org.framebench.core.document.DocumentStore;
import org.framebench.core.document.Documents;
import org.framebench.core.text.TextAnchors;
import org.framebench.grading.ClassGrading;
import org.framebench.grading.ClassReport;
import org.framebench.grading.returned.ReturnFeedback;
import org.framebench.grading.review.ReviewStore;
import org.framebench.grading.scoring.ScoringOptions;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Assignment;
import org.framebench.model.FramebenchFactory;
import org.framebench.model.GhostAnnotation;
import org.framebench.model.ReviewDocument;
import org.framebench.model.Role;
import org.framebench.ui.editor.ArticlePane;
import org.framebench.ui.editor.DocumentEditor;
import org.framebench.ui.editor.DocumentOpener;
import org.framebench.ui.feedback.FeedbackView;
import org.framebench.ui.testing.UiDriver;
import org.framebench.ui.testing.UiWatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The returned file in the student's application: it opens in the editor as usual, the Feedback view
 * comes up with the grade and every comment (on an annotation, on a missed key annotation, on the whole
 * submission), the missed key annotation is drawn as a dashed ghost, the hovers name the marks, and a row
 * shows its passage. The file holds nothing of the classmate.
 */
class ReturnedFeedbackTest {

    @TempDir
    Path folder;

    private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    private Assignment assignment;

    @AfterEach
    void close() {
        page.closeAllEditors(false);
        UiDriver.flush();
    }

    private AnnotationDocument document(Role role, String name, String id) throws Exception {
        if (assignment == null) {
            assignment = CorpusLoader.loadDefault();
        }
        AnnotationDocument document = Documents.newDocument(assignment, role);
        document.setAnnotatorName(name);
        document.setAnnotatorId(id);
        return document;
    }

    private static Annotation annotate(AnnotationDocument document, String codeId, int begin, int end) {
        Annotation annotation = FramebenchFactory.eINSTANCE.createAnnotation();
        annotation.setId(Documents.newId());
        TextAnchors.anchor(annotation, document.getAssignment().getArticles().get(0), begin, end);
        annotation.setCode(Codebooks.findById(document.getAssignment().getCodebook(), codeId).orElseThrow());
        document.getAnnotations().add(annotation);
        return annotation;
    }

    @Test
    void theReturnedFileShowsFeedbackMarksAndGhostsInTheStudentsApplication() throws Exception {
        Path classFolder = Files.createDirectories(folder.resolve("class"));
        AnnotationDocument key = document(Role.KEY, "Instructor", "");
        annotate(key, "S1", 10, 30);
        Annotation missed = annotate(key, "F1", 200, 260);
        AnnotationDocument ann = document(Role.STUDENT, "Ann Archer", "s001");
        Annotation matched = annotate(ann, "S1", 10, 30);
        annotate(ann, "S2", 400, 420);
        AnnotationDocument ben = document(Role.STUDENT, "Ben Baker", "s002");
        Annotation bens = annotate(ben, "S1", 10, 30);
        DocumentStore.save(key, classFolder.resolve("key.fbench"));
        DocumentStore.save(ann, classFolder.resolve("ann.fbench"));
        DocumentStore.save(ben, classFolder.resolve("ben.fbench"));
        ReviewDocument review = ReviewStore.newReview(key.getAssignment().getId(), "Dr Asante");
        ReviewStore.addFeedback(review, ann, matched, "Dr Asante", "Exactly the source.", 1.0);
        ReviewStore.addFeedback(review, ann, missed, "Dr Asante", "This sentence frames the talks as a conflict.", null);
        ReviewStore.addWholeFeedback(review, ann, "Dr Asante", "A careful first reading.", null);
        ReviewStore.addFeedback(review, ben, bens, "Dr Asante", "Ben's private remark.", null);
        ReviewStore.save(review, ReviewStore.reviewFileOf(classFolder));
        ClassReport report = ClassGrading.grade(classFolder, classFolder.resolve("key.fbench"), new ScoringOptions());
        ReturnFeedback.writeAll(report, folder.resolve("out"), "Dr Asante");
        Path returned = folder.resolve("out").resolve("Ann-Archer" + ReturnFeedback.COPY_SUFFIX);
        String bytes = Files.readString(returned);
        for (String classmate : List.of("Ben Baker", "Baker", "s002", ben.getId(), bens.getId(), "private remark")) {
            assertFalse(bytes.contains(classmate), classmate + " is in Ann's returned file");
        }

        try (UiWatch watch = UiWatch.start()) {
            DocumentEditor editor = DocumentOpener.openFile(page, returned);
            assertNotNull(editor);
            UiDriver.flush();
            assertEquals(List.of(matched.getId(), ann.getAnnotations().get(1).getId()),
                    editor.getDocument().getAnnotations().stream().map(Annotation::getId).toList(), "her own annotations");

            FeedbackView view = (FeedbackView) page.findView(FeedbackView.ID);
            assertNotNull(view, "a returned file brings up the Feedback view");
            double grade = report.scores().stream().filter(g -> g.submission().studentName().equals("Ann Archer"))
                    .findFirst().orElseThrow().grade();
            assertEquals("Grade " + String.format(Locale.ROOT, "%.1f", grade) + " / 100, reviewed by Dr Asante", view.getGradeText());
            Table table = view.getViewer().getTable();
            List<String> where = new ArrayList<>();
            List<String> comments = new ArrayList<>();
            for (int i = 0; i < table.getItemCount(); i++) {
                where.add(table.getItem(i).getText(0));
                comments.add(table.getItem(i).getText(2));
            }
            assertEquals(List.of("A careful first reading.", "Exactly the source.", "This sentence frames the talks as a conflict."),
                    comments);
            assertEquals("Whole submission", where.get(0));
            assertTrue(where.get(1).startsWith("\u2713 matched S1"), where.get(1));
            assertTrue(where.get(2).startsWith("\u25CB missed: F1"), where.get(2));
            assertEquals("+1.0", table.getItem(1).getText(3));

            ArticlePane pane = editor.getPanes().get(0);
            List<GhostAnnotation> ghosts = pane.ghosts();
            assertEquals(1, ghosts.size(), "the missed key annotation, as a ghost");
            assertEquals(200, ghosts.get(0).getBegin());
            assertTrue(editor.getDocument().getAnnotations().stream().noneMatch(a -> a.getBegin() == 200),
                    "a ghost is not an annotation: nothing to select or edit");
            StyledText text = pane.getText();
            assertTrue(hoverAt(text, 230).contains("Missed: the key has F1"), hoverAt(text, 230));
            assertTrue(hoverAt(text, 20).contains("\u2713 matched"), hoverAt(text, 20));
            assertTrue(hoverAt(text, 410).contains("+ extra"), hoverAt(text, 410));
            assertTrue(dashedFrameAbove(text, 200, 260) > 3, "the ghost is framed with a dashed line");

            // A row shows its passage: the missed one is selected in the article.
            view.getViewer().setSelection(new StructuredSelection(view.getViewer().getElementAt(2)), true);
            UiDriver.flush();
            assertEquals(new Point(200, 260), text.getSelection());
            watch.assertNone();
        }
    }

    private static String hoverAt(StyledText text, int offset) {
        text.setTopIndex(Math.max(0, text.getLineAtOffset(offset) - 1));
        UiDriver.flush();
        Rectangle bounds = text.getTextBounds(offset, offset);
        Event event = new Event();
        event.x = bounds.x + 1;
        event.y = bounds.y + bounds.height / 2;
        text.notifyListeners(SWT.MouseHover, event);
        String tip = text.getToolTipText();
        return tip == null ? "" : tip;
    }

    /** Grey pixels on the rows just above the span's first line, as the widget paints itself. */
    private static int dashedFrameAbove(StyledText text, int begin, int end) {
        text.setTopIndex(Math.max(0, text.getLineAtOffset(begin) - 1));
        UiDriver.flush();
        Rectangle first = text.getTextBounds(begin, begin);
        int line = text.getLineAtOffset(begin);
        int lineEnd = Math.min(end, line + 1 < text.getLineCount() ? text.getOffsetAtLine(line + 1) - 1 : end);
        Rectangle span = text.getTextBounds(begin, Math.max(begin, lineEnd - 1));
        Point size = text.getSize();
        Image image = new Image(text.getDisplay(), size.x, size.y);
        GC gc = new GC(image);
        try {
            text.print(gc);
        } finally {
            gc.dispose();
        }
        ImageData data = image.getImageData();
        image.dispose();
        int grey = 0;
        for (int y = Math.max(0, first.y - 2); y <= first.y; y++) {
            for (int x = span.x; x < Math.min(data.width, span.x + Math.min(span.width, 200)); x++) {
                RGB rgb = data.palette.getRGB(data.getPixel(x, y));
                if (Math.abs(rgb.red - rgb.green) < 12 && Math.abs(rgb.green - rgb.blue) < 12 && rgb.red < 200 && rgb.red > 40) {
                    grey++;
                }
            }
        }
        return grey;
    }
}
