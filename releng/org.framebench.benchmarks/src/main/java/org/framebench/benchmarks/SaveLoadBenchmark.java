package org.framebench.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;

import org.framebench.core.document.DocumentStore;
import org.framebench.core.recovery.RecoveryStore;
import org.framebench.model.AnnotationDocument;

/**
 * Issue 3's persistence goal: a synthetic article of 50,000 words with 10,000 annotations is saved and
 * loaded in under 300 ms each.
 */
public final class SaveLoadBenchmark {

    public static void main(String[] args) throws Exception {
        AnnotationDocument document = SyntheticDocuments.largeArticle(50_000, 10_000, 42);
        Path folder = Files.createTempDirectory("framebench-bench");
        Path file = folder.resolve("large.fbench");
        double save = Measure.medianMillis(3, 7, () -> {
            DocumentStore.save(document, file);
            return null;
        });
        long bytes = Files.size(file);
        double load = Measure.medianMillis(3, 7, () -> DocumentStore.load(file));
        org.framebench.model.AnnotationDocument loaded = DocumentStore.load(file);
        byte[] fileBytes = java.nio.file.Files.readAllBytes(file);
        double parse = Measure.medianMillis(3, 7, () -> DocumentStore.parse(fileBytes, org.eclipse.emf.common.util.URI.createFileURI(file.toString()), "x"));
        double read = Measure.medianMillis(3, 7, () -> DocumentStore.readFile(file, DocumentStore.MAX_FILE_BYTES));
        double validation = Measure.medianMillis(3, 7, () -> org.framebench.core.document.DocumentValidator.validate(loaded));
        // Autosave: the snapshot is taken where the model is edited (the UI thread), the write may run elsewhere.
        RecoveryStore recovery = new RecoveryStore(folder.resolve("recovery"));
        double snapshot = Measure.medianMillis(3, 7, () -> recovery.snapshot(document, file));
        RecoveryStore.Snapshot taken = recovery.snapshot(document, file);
        double write = Measure.medianMillis(3, 7, () -> {
            recovery.write(taken);
            return null;
        });
        double list = Measure.medianMillis(3, 7, recovery::list);
        System.out.printf("document: %,d words, %,d characters, %,d annotations, file %,d KB%n", 50_000,
                document.getAssignment().getArticles().get(0).getText().length(), document.getAnnotations().size(),
                bytes / 1024);
        System.out.printf("save (atomic, with backup): median %.1f ms (goal < 300 ms)%n", save);
        System.out.printf("load (parse + checks):       median %.1f ms (goal < 300 ms), of which reading %.1f ms, parsing %.1f ms, validation %.1f ms%n",
                load, read, parse, validation);
        System.out.printf("recovery snapshot (UI thread): median %.1f ms; write: median %.1f ms; list at start-up: median %.1f ms%n",
                snapshot, write, list);
    }
}
