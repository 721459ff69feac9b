package org.framebench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.framebench.core.document.DocumentStore;
import org.framebench.model.AnnotationDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 while a child JVM saves over and over, at random moments and (every other time) the moment the
 * backup step begins: after every kill, the file and its backup each open, complete. The hidden files a kill leaves show where it struck: a {@code .bak.tmp}
 * means inside the backup step, a plain {@code .tmp} while the new content was written.
 */
class KillDuringSaveTest {

    /** At least this many kills; more (up to {@link #MOST_KILLS}) until one has struck inside the backup step. */
    private static final int KILLS = 12;
    private static final int MOST_KILLS = 60;

    @TempDir
    Path folder;

    @Test
    void theFileAndItsBackupSurviveKillsAtAnyPointOfASave() throws Exception {
        Random random = new Random(42);
        Path file = folder.resolve("ama.fbench");
        int duringBackup = 0;
        int duringContent = 0;
        int kill = 0;
        java.nio.file.WatchService watcher = folder.getFileSystem().newWatchService();
        folder.register(watcher, java.nio.file.StandardWatchEventKinds.ENTRY_CREATE);
        for (; kill < MOST_KILLS && (kill < KILLS || duringBackup == 0); kill++) {
            Process child = new ProcessBuilder(List.of(
                    ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()),
                    "-cp", CrashRecoveryTest.childClasspath(), SavingChild.class.getName(), file.toString()))
                    .redirectErrorStream(true).start();
            try {
                BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
                String line = output.readLine();
                assertEquals(SavingChild.READY, line, "the child saved once");
                if (kill % 2 == 0) {
                    Thread.sleep(random.nextInt(600));
                } else {
                    // Strike the backup step itself: kill as soon as the child starts the new backup's copy.
                    awaitBackupStep(watcher, 10);
                }
            } finally {
                child.destroyForcibly();
                assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            }
            assertEquals(137, child.exitValue(), "killed by SIGKILL");

            AnnotationDocument saved = DocumentStore.load(file);
            assertEquals(402, saved.getAnnotations().size(), "the file is complete after kill " + kill);
            if (Files.exists(DocumentStore.backupOf(file))) {
                assertEquals(402, DocumentStore.load(DocumentStore.backupOf(file)).getAnnotations().size(),
                        "the backup is complete after kill " + kill);
            }
            try (var left = Files.list(folder)) {
                for (Path leftOver : left.toList()) {
                    String name = leftOver.getFileName().toString();
                    if (name.endsWith(".bak.tmp")) {
                        duringBackup++;
                    } else if (name.endsWith(".tmp")) {
                        duringContent++;
                    }
                    if (name.startsWith(".")) {
                        Files.delete(leftOver);
                    }
                }
            }
        }
        watcher.close();
        assertTrue(Files.exists(DocumentStore.backupOf(file)), "a backup was made");
        assertTrue(duringBackup > 0, "in " + kill + " kills none struck inside the backup step");
        System.out.println("KILL DURING SAVE: " + kill + " kills survived (file and backup complete every time); "
                + duringBackup + " struck inside the backup step, " + duringContent + " while the new content was written");
    }

    /** Returns once a hidden {@code .bak.tmp} is created in the folder (the backup step began), or after a while. */
    private static void awaitBackupStep(java.nio.file.WatchService watcher, int seconds) throws InterruptedException {
        while (watcher.poll() != null) {
            // Events of earlier rounds.
        }
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < until) {
            java.nio.file.WatchKey key = watcher.poll(100, TimeUnit.MILLISECONDS);
            if (key == null) {
                continue;
            }
            boolean backupStarted = key.pollEvents().stream()
                    .anyMatch(event -> String.valueOf(event.context()).endsWith(".bak.tmp"));
            key.reset();
            if (backupStarted) {
                return;
            }
        }
    }
}
