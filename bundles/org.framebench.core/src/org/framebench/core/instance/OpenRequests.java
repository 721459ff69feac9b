package org.framebench.core.instance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * How a second start of Framebench hands its files to the one already running on the same workspace,
 * without any network port: it drops a request file ({@code <id>.request}, the absolute paths to open, one
 * per line; none to just bring the window forward) into a folder inside the locked workspace; the running
 * program looks at that folder every half second, opens the files and answers with {@code <id>.reply}
 * (one line per file it could not open, empty if all opened). Every file appears whole (written beside
 * and renamed), so neither side ever reads half of one.
 */
public final class OpenRequests {

    public static final String REQUEST_SUFFIX = ".request";
    public static final String REPLY_SUFFIX = ".reply";

    private static final Duration POLL = Duration.ofMillis(100);

    private final Path folder;

    public OpenRequests(Path folder) {
        this.folder = folder.toAbsolutePath();
    }

    public Path folder() {
        return folder;
    }

    /** Asks the running program to open {@code files} (made absolute here). @return the request's id */
    public String send(List<Path> files) throws IOException {
        String id = UUID.randomUUID().toString();
        StringBuilder text = new StringBuilder();
        for (Path file : files) {
            text.append(file.toAbsolutePath()).append('\n');
        }
        writeWhole(folder.resolve(id + REQUEST_SUFFIX), text.toString());
        return id;
    }

    /**
     * Waits for the answer to request {@code id} and removes it. @return the files that could not be
     * opened, each with why (empty: all opened), or null if no answer came within {@code timeout} (the
     * request is left, so the running program still opens the files when it gets to them)
     */
    public List<String> awaitReply(String id, Duration timeout) throws IOException, InterruptedException {
        Path reply = folder.resolve(id + REPLY_SUFFIX);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                List<String> problems = Files.readAllLines(reply, StandardCharsets.UTF_8).stream()
                        .filter(line -> !line.isBlank()).toList();
                Files.deleteIfExists(reply);
                return problems;
            } catch (NoSuchFileException e) {
                if (System.nanoTime() > deadline) {
                    return null;
                }
                Thread.sleep(POLL.toMillis());
            }
        }
    }

    /** The running side: requests waiting to be answered, oldest first. Never throws. */
    public List<Request> pending() {
        List<Request> requests = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return requests;
        }
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + REQUEST_SUFFIX)) {
            for (Path file : files) {
                if (!file.getFileName().toString().startsWith(".")) {
                    found.add(file);
                }
            }
        } catch (IOException e) {
            return requests;
        }
        found.sort(Comparator.comparing(OpenRequests::modified));
        for (Path file : found) {
            String name = file.getFileName().toString();
            try {
                List<Path> paths = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                        .filter(line -> !line.isBlank()).map(Path::of).toList();
                requests.add(new Request(name.substring(0, name.length() - REQUEST_SUFFIX.length()), paths));
            } catch (IOException | RuntimeException e) {
                // Unreadable or already taken: a request that cannot be read is dropped, not retried forever.
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // nothing more to do
                }
            }
        }
        return requests;
    }

    /**
     * Answers {@code request}: {@code problems} names each file that could not be opened, with why
     * (empty: all opened). The request is removed once the answer is there.
     */
    public void reply(Request request, List<String> problems) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String problem : problems) {
            text.append(problem.replace('\n', ' ')).append('\n');
        }
        writeWhole(folder.resolve(request.id() + REPLY_SUFFIX), text.toString());
        Files.deleteIfExists(folder.resolve(request.id() + REQUEST_SUFFIX));
    }

    /**
     * The running side, at its start: removes answers nobody is waiting for any more (a second start that
     * gave up waiting). Never throws.
     */
    public void forgetReplies() {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + REPLY_SUFFIX)) {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // Left over answers are harmless; they are tried again at the next start.
        }
    }

    private void writeWhole(Path target, String text) throws IOException {
        Files.createDirectories(folder);
        Path temporary = folder.resolve("." + target.getFileName() + ".tmp");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    /** A second start's request: open these files (none: just bring the window forward). */
    public record Request(String id, List<Path> files) {
    }
}
