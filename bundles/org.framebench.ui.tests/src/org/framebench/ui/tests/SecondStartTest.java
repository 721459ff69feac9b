package org.framebench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.framebench.core.corpus.CorpusLoader;
import org.framebench.core.document.DocumentStore;
import org.framebench.core.document.Documents;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Role;
import org.framebench.ui.editor.DocumentEditor;
import org.framebench.ui.internal.SingleInstance;
import org.framebench.ui.testing.UiDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The running workbench (this test's) holds the workspace lock; a second start (the same code the
 * Application runs first, called again, off the UI thread as a second process would be) hands its file to
 * it: the file opens here, and the second start says so in one line and ends with 0.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecondStartTest {

    @TempDir
    Path folder;

    private IWorkbenchPage page;

    @BeforeEach
    void setUp() {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.closeAllEditors(false);
        UiDriver.flush();
    }

    @AfterEach
    void tearDown() {
        page.closeAllEditors(false);
        UiDriver.flush();
    }

    @Test
    @Order(1) // before any second start below, which would take a lock left free
    void theRunningWorkbenchHoldsTheWorkspaceLockAgainstOtherProcesses() throws Exception {
        Location workspace = Platform.getInstanceLocation();
        assertTrue(workspace.isLocked(), "the workbench locked its workspace at start-up");
        Path lockFile = Path.of(new URL(workspace.getURL(), ".metadata/.lock").toURI());
        // Another process (a second Framebench) cannot take it: an OS lock.
        Path probe = folder.resolve("TryLock.java");
        Files.writeString(probe, """
                public class TryLock {
                    public static void main(String[] args) throws Exception {
                        try (var file = new java.io.RandomAccessFile(args[0], "rw");
                                var lock = file.getChannel().tryLock(0, 1, false)) {
                            System.out.print(lock == null ? "held by another process" : "free");
                        }
                    }
                }
                """);
        Process child = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(), probe.toString(),
                lockFile.toString()).redirectErrorStream(true).start();
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        assertEquals("held by another process", new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void aSecondStartHandsItsFileToTheRunningWorkbenchAndEndsWithZero() throws Exception {
        AnnotationDocument document = Documents.newDocument(CorpusLoader.loadDefault(), Role.STUDENT);
        document.setAnnotatorName("Ama Mensah");
        document.setAnnotatorId("s1024");
        Path file = folder.resolve("ama.fbench");
        DocumentStore.save(document, file);

        SecondStart second = secondStart(List.of(file.toString()));

        assertEquals(0, second.exitCode());
        assertEquals("Framebench is already running; " + file.toAbsolutePath() + " was opened there.", second.said());
        IEditorPart active = page.getActiveEditor();
        assertTrue(active instanceof DocumentEditor, "the file opened in this workbench");
        assertEquals(file.toAbsolutePath(), ((DocumentEditor) active).getFile());
        assertEquals(document.getId(), ((DocumentEditor) active).getDocument().getId());
    }

    @Test
    void aSecondStartWithoutAFileJustSaysFramebenchIsRunning() throws Exception {
        SecondStart second = secondStart(List.of());
        assertEquals(0, second.exitCode());
        assertEquals("Framebench is already running.", second.said());
        assertEquals(0, page.getEditorReferences().length, "nothing was opened");
    }

    @Test
    void aFileTheRunningWorkbenchCannotOpenIsNamed() throws Exception {
        Path missing = folder.resolve("missing.fbench");
        SecondStart[] second = new SecondStart[1];
        UiDriver.answerDialog("Cannot open", "OK", () -> second[0] = secondStart(List.of(missing.toString())));
        assertEquals(1, second[0].exitCode());
        assertEquals("Framebench is already running, but " + missing.toAbsolutePath()
                + " could not be opened: The file missing.fbench does not exist.", second[0].said());
    }

    /** Runs a second start off the UI thread while this (the running) workbench goes on with its events. */
    private static SecondStart secondStart(List<String> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> {
            try (PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8)) {
                return SingleInstance.handOffIfRunning(Platform.getInstanceLocation(), files, print, Duration.ofSeconds(20));
            }
        });
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + 30_000;
        while (!exit.isDone() && System.currentTimeMillis() < deadline) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        UiDriver.flush();
        Integer code = exit.getNow(null);
        assertNotNull(code, "the second start ended (it did not start a second workbench)");
        return new SecondStart(code, out.toString(StandardCharsets.UTF_8).strip());
    }

    private record SecondStart(int exitCode, String said) {
    }
}
