package org.framebench.core.tests;

import java.nio.file.Path;

import org.framebench.core.document.DocumentStore;
import org.framebench.model.AnnotationDocument;

/**
 * Run in a child JVM by {@link KillDuringSaveTest}: saves a large document to the file named by its
 * argument over and over (each save a different note), saying {@link #READY} after the first, until killed.
 */
public final class SavingChild {

    static final String READY = "saved once";

    private SavingChild() {
    }

    public static void main(String[] arguments) throws Exception {
        Path file = Path.of(arguments[0]);
        AnnotationDocument document = SampleWork.newDocument("doc-kill");
        SampleWork.firstSteps(document);
        // About 1 MB of notes, so that a save (and the copy into the backup) takes a while.
        for (int i = 0; i < 400; i++) {
            SampleWork.annotate(document, "cnn", "Musa Ibrahim", "S1", "ann-" + i).setNote("note " + i + " ".repeat(2500));
        }
        for (long round = 0; ; round++) {
            document.getAnnotations().get(0).setNote("round " + round);
            DocumentStore.save(document, file);
            if (round == 0) {
                System.out.println(READY);
                System.out.flush();
            }
        }
    }
}
