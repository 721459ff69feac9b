package org.framebench.ui.benchmarks;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.framebench.core.codebook.Codebooks;
import org.framebench.core.corpus.CorpusLoader;
import org.framebench.core.document.Documents;
import org.framebench.core.text.Digests;
import org.framebench.core.text.TextAnchors;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.Assignment;
import org.framebench.model.Code;
import org.framebench.model.FramebenchFactory;
import org.framebench.model.Role;
import org.framebench.ui.editor.DocumentEditor;
import org.framebench.ui.editor.DocumentEditorInput;
import org.junit.jupiter.api.Test;

/**
 * Issue 3's editor goals, measured in the real workbench under Xvfb: a synthetic article of 50,000 words
 * with 10,000 annotations opens in the editor in under 1 s; adding or removing one annotation, repaint
 * included, takes under 50 ms. Prints figures; asserts nothing (it is a measurement, not a test). Run:
 * {@code xvfb-run -a ./mvnw -B verify -Pbenchmark}.
 */
class EditorBenchmark {

    @Test
    void measure() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.closeAllEditors(false);
        double[] open = new double[5];
        DocumentEditor editor = null;
        for (int run = 0; run < open.length; run++) {
            AnnotationDocument document = largeDocument(50_000, 10_000, 42 + run);
            page.closeAllEditors(false);
            idle();
            long start = System.nanoTime();
            editor = (DocumentEditor) page.openEditor(new DocumentEditorInput(document, null), DocumentEditor.ID);
            paint(editor);
            open[run] = (System.nanoTime() - start) / 1e6;
        }
        StyledText text = editor.getPanes().get(0).getText();
        Code code = Codebooks.allCodes(editor.getDocument().getAssignment().getCodebook()).get(0);
        Random random = new Random(7);
        double[] add = new double[30];
        double[] remove = new double[30];
        for (int i = 0; i < add.length; i++) {
            int begin = random.nextInt(text.getCharCount() - 100);
            text.setSelection(begin, begin + 40);
            long start = System.nanoTime();
            editor.applyCode(editor.getPanes().get(0), code);
            paint(editor);
            add[i] = (System.nanoTime() - start) / 1e6;
            start = System.nanoTime();
            editor.deleteSelected();
            paint(editor);
            remove[i] = (System.nanoTime() - start) / 1e6;
        }
        int styles = text.getStyleRanges().length;
        System.out.printf("%nEDITOR BENCHMARK: 50,000 words (%,d characters), 10,000 annotations, %,d style ranges%n",
                text.getCharCount(), styles);
        System.out.printf("open in editor, painted: median %.0f ms, max %.0f ms over %d runs (goal < 1000 ms)%n",
                median(open), max(open), open.length);
        System.out.printf("add one annotation + repaint: median %.1f ms, max %.1f ms over %d (goal < 50 ms)%n",
                median(add), max(add), add.length);
        System.out.printf("remove one annotation + repaint: median %.1f ms, max %.1f ms over %d (goal < 50 ms)%n%n",
                median(remove), max(remove), remove.length);
        page.closeAllEditors(false);
    }

    /** Runs the event loop until the editor's async refresh and the paint have happened. */
    private static void paint(DocumentEditor editor) {
        idle();
        for (var pane : editor.getPanes()) {
            pane.getText().redraw();
            pane.getText().update();
        }
        idle();
    }

    private static void idle() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // drain pending events
        }
    }

    private static AnnotationDocument largeDocument(int words, int annotations, long seed) throws Exception {
        Assignment assignment = CorpusLoader.loadDefault();
        String[] vocabulary = assignment.getArticles().get(0).getText().split("\\s+");
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder(words * 7);
        for (int i = 0; i < words; i++) {
            text.append(vocabulary[random.nextInt(vocabulary.length)]).append(i % 40 == 39 ? '\n' : ' ');
        }
        Article article = assignment.getArticles().get(0);
        article.setText(text.toString());
        article.setSha256(Digests.sha256(article.getText()));
        assignment.getArticles().retainAll(List.of(article));
        AnnotationDocument document = Documents.newDocument(assignment, Role.STUDENT);
        Article copy = document.getAssignment().getArticles().get(0);
        List<Code> codes = Codebooks.allCodes(document.getAssignment().getCodebook());
        for (int i = 0; i < annotations; i++) {
            int begin = random.nextInt(copy.getText().length() - 200);
            Annotation annotation = FramebenchFactory.eINSTANCE.createAnnotation();
            annotation.setId(Documents.newId());
            TextAnchors.anchor(annotation, copy, begin, begin + 5 + random.nextInt(150));
            annotation.setCode(codes.get(random.nextInt(codes.size())));
            document.getAnnotations().add(annotation);
        }
        return document;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }
}
