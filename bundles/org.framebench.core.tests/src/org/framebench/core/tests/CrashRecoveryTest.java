package org.framebench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.framebench.core.recovery.RecoverableDocument;
import org.framebench.core.recovery.RecoveryListing;
import org.framebench.core.recovery.RecoveryStore;
import org.framebench.model.AnnotationDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unsaved work survives a crash: a child JVM annotates and writes recovery copies, then is killed with
 * SIGKILL ({@link Process#destroyForcibly()} on Linux), so no shutdown hook or finally block runs. A
 * fresh store on the same folder then offers the work, and it loads equal to what was annotated.
 */
class CrashRecoveryTest {

    private static final String DOCUMENT_ID = "0b6f1c52-3d7e-4a38-9f4a-5c1d2e3f4a5b";

    @TempDir
    Path folder;

    @Test
    void workIsRecoveredAfterTheProgramIsKilled() throws Exception {
        Path recovery = folder.resolve("recovery");
        Path original = folder.resolve("ama.fbench");
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.add("-cp");
        command.add(childClasspath());
        command.add(CrashingAnnotator.class.getName());
        command.add(recovery.toString());
        command.add(DOCUMENT_ID);
        command.add(original.toString());
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            CompletableFuture<String> ready = CompletableFuture.supplyAsync(() -> awaitReady(output));
            String said = ready.get(60, TimeUnit.SECONDS);
            assertEquals(CrashingAnnotator.READY, said, "the child wrote its recovery copy");

            RecoveryListing whileRunning = new RecoveryStore(recovery).list();
            assertTrue(whileRunning.recoverable().isEmpty(), "work still open in a running program is not offered");
            assertEquals(List.of(DOCUMENT_ID), whileRunning.inUse().stream().map(RecoverableDocument::documentId).toList());

            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child died");
            assertEquals(137, child.exitValue(), "killed by SIGKILL (128 + 9), not a clean exit");
        } finally {
            child.destroyForcibly();
        }

        RecoveryStore afterRestart = new RecoveryStore(recovery);
        RecoveryListing listing = afterRestart.list();
        assertTrue(listing.problems().isEmpty(), () -> listing.problems().toString());
        assertEquals(1, listing.recoverable().size());
        RecoverableDocument offered = listing.recoverable().get(0);
        assertEquals(DOCUMENT_ID, offered.documentId());
        assertEquals(original.toAbsolutePath(), offered.originalFile());
        assertEquals("Ama Mensah", offered.annotatorName());
        assertEquals(3, offered.annotationCount(), "the latest copy, written after the later steps");

        AnnotationDocument recovered = afterRestart.load(offered);
        AnnotationDocument expected = SampleWork.newDocument(DOCUMENT_ID);
        SampleWork.firstSteps(expected);
        SampleWork.laterSteps(expected);
        assertEquals(3, recovered.getAnnotations().size());
        for (int i = 0; i < 3; i++) {
            assertTrue(EcoreUtil.equals(expected.getAnnotations().get(i), recovered.getAnnotations().get(i)),
                    "annotation " + expected.getAnnotations().get(i).getId() + " is recovered as it was");
        }
        assertTrue(EcoreUtil.equals(expected.getLinks(), recovered.getLinks()), "the link is recovered");
        assertEquals("named, and speaks for the government", recovered.getAnnotations().get(0).getNote());
        assertEquals(1, recovered.getAnnotations().get(0).getAttributeValues().size());
        assertFalse(Files.exists(original), "the child never saved: only the recovery copy holds the work");

        assertTrue(afterRestart.remove(DOCUMENT_ID));
        assertTrue(new RecoveryStore(recovery).list().isEmpty(), "once saved or discarded it is not offered again");
    }

    private static String awaitReady(BufferedReader output) {
        try {
            StringBuilder seen = new StringBuilder();
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                if (line.equals(CrashingAnnotator.READY)) {
                    return line;
                }
                seen.append(line).append('\n');
            }
            return "child ended without writing its copy:\n" + seen;
        } catch (java.io.IOException e) {
            return "could not read the child's output: " + e;
        }
    }

    /**
     * A plain classpath for the child JVM, from where the OSGi runtime loaded each bundle it needs: this
     * test fragment, core (its host), model, EMF and gson. A bundle is a jar, or (for bundles of the
     * reactor in some Tycho setups) a project folder whose classes are in target/classes.
     */
    static String childClasspath() throws URISyntaxException {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> type : new Class<?>[] { CrashingAnnotator.class, RecoveryStore.class,
                org.framebench.model.FramebenchPackage.class, org.eclipse.emf.ecore.EObject.class,
                org.eclipse.emf.ecore.xmi.XMIResource.class, org.eclipse.emf.common.util.URI.class,
                com.google.gson.Gson.class }) {
            entries.add(classpathEntry(type).toString());
        }
        return String.join(File.pathSeparator, entries);
    }

    static Path classpathEntry(Class<?> type) throws URISyntaxException {
        var source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            fail("the OSGi runtime gives no location for " + type.getName());
        }
        Path location = Path.of(source.getLocation().toURI());
        if (Files.isDirectory(location)) {
            String classFile = type.getName().replace('.', '/') + ".class";
            for (Path candidate : List.of(location, location.resolve("target/classes"), location.resolve("bin"))) {
                if (Files.isRegularFile(candidate.resolve(classFile))) {
                    return candidate;
                }
            }
            fail("no " + classFile + " under " + location);
        }
        return location;
    }
}
