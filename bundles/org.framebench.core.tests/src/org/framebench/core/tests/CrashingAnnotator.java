package org.framebench.core.tests;

import java.nio.file.Path;

import org.framebench.core.recovery.RecoveryStore;
import org.framebench.model.AnnotationDocument;

/**
 * Run in a child JVM by {@link CrashRecoveryTest}: annotates, writes recovery copies as the product's
 * autosave would, says so on stdout, then waits to be killed.
 * Arguments: recovery folder, document id, original file.
 */
public final class CrashingAnnotator {

    public static final String READY = "recovery copy written";

    private CrashingAnnotator() {
    }

    public static void main(String[] args) throws Exception {
        RecoveryStore store = new RecoveryStore(Path.of(args[0]));
        AnnotationDocument document = SampleWork.newDocument(args[1]);
        Path original = Path.of(args[2]);
        SampleWork.firstSteps(document);
        store.save(document, original);
        SampleWork.laterSteps(document);
        store.save(document, original);
        System.out.println(READY);
        System.out.flush();
        // Unsaved work stays open until the test kills this process with SIGKILL.
        Thread.sleep(120_000);
        System.exit(3);
    }
}
