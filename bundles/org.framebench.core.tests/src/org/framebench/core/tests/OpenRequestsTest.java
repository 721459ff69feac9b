package org.framebench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.framebench.core.instance.OpenRequests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second start hands its files to the Framebench already running on the workspace: the running one is a
 * child JVM ({@link RunningFramebench}) holding the workspace lock; this test is the second start. When
 * the running one is killed (SIGKILL), its lock goes with it and does not block the next start.
 */
class OpenRequestsTest {

    @TempDir
    Path folder;

    @Test
    void aSecondStartHandsItsFilesOverAndAKilledInstanceLeavesNoLock() throws Exception {
        Path workspace = folder.resolve("workspace");
        Path lockFile = workspace.resolve(".metadata/.lock");
        Path essay = Files.writeString(folder.resolve("essay.fbench"), "<xmi/>");
        Process child = new ProcessBuilder(
                ProcessHandle.current().info().command().orElse(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString()),
                "-cp", String.join(File.pathSeparator,
                        CrashRecoveryTest.classpathEntry(RunningFramebench.class).toString(),
                        CrashRecoveryTest.classpathEntry(OpenRequests.class).toString()),
                RunningFramebench.class.getName(), workspace.toString()).redirectErrorStream(true).start();
        OpenRequests requests = new OpenRequests(workspace.resolve("open-requests"));
        try {
            BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertEquals(RunningFramebench.READY, CompletableFuture.supplyAsync(() -> firstLine(output)).get(60, TimeUnit.SECONDS));

            try (RandomAccessFile file = new RandomAccessFile(lockFile.toFile(), "rw");
                    FileLock lock = file.getChannel().tryLock(0, 1, false)) {
                assertNull(lock, "the running instance holds the workspace lock: a second start cannot take it");
            }

            List<String> answer = requests.awaitReply(requests.send(List.of(essay)), Duration.ofSeconds(20));
            assertEquals(List.of(), answer, "the running instance answered: the file was opened there");
            Path missing = folder.resolve("missing.fbench");
            List<String> refused = requests.awaitReply(requests.send(List.of(missing)), Duration.ofSeconds(20));
            assertEquals(List.of(missing.toAbsolutePath() + " could not be opened there."), refused);
            assertEquals(List.of(), requests.awaitReply(requests.send(List.of()), Duration.ofSeconds(20)),
                    "a start without a file is answered too (the window comes forward)");
            try (var left = Files.list(requests.folder())) {
                assertEquals(0, left.count(), "requests and replies are cleaned up");
            }

            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            assertEquals(137, child.exitValue(), "killed by SIGKILL, no clean-up ran");
        } finally {
            child.destroyForcibly();
        }

        try (RandomAccessFile file = new RandomAccessFile(lockFile.toFile(), "rw");
                FileLock lock = file.getChannel().tryLock(0, 1, false)) {
            assertNotNull(lock, "the crashed instance's lock died with it: the next start gets the workspace");
        }
        String unanswered = requests.send(List.of(essay));
        assertNull(requests.awaitReply(unanswered, Duration.ofMillis(500)), "nobody runs: no answer");
        assertEquals(1, requests.pending().size(), "the request waits for the next Framebench to open it");
        assertEquals(List.of(essay.toAbsolutePath()), requests.pending().get(0).files());
    }

    private static String firstLine(BufferedReader output) {
        try {
            String line = output.readLine();
            return line == null ? "child ended without a word" : line;
        } catch (java.io.IOException e) {
            return "could not read the child's output: " + e;
        }
    }
}
