package org.framebench.core.tests;

import java.io.RandomAccessFile;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.framebench.core.instance.OpenRequests;

/**
 * Run in a child JVM by {@link OpenRequestsTest}: stands for the Framebench that runs first. It locks the
 * workspace the way Equinox's {@code Location.lock()} does (an OS lock on {@code .metadata/.lock}),
 * answers open requests (a file that does not exist is named as not opened), and waits to be killed.
 * Arguments: the workspace folder.
 */
public final class RunningFramebench {

    public static final String READY = "workspace locked";

    private RunningFramebench() {
    }

    public static void main(String[] args) throws Exception {
        Path workspace = Path.of(args[0]);
        Path lockFile = workspace.resolve(".metadata/.lock");
        Files.createDirectories(lockFile.getParent());
        try (RandomAccessFile file = new RandomAccessFile(lockFile.toFile(), "rw");
                FileLock lock = file.getChannel().tryLock(0, 1, false)) {
            if (lock == null) {
                System.out.println("the workspace is locked by another process");
                System.exit(2);
            }
            System.out.println(READY);
            System.out.flush();
            OpenRequests requests = new OpenRequests(workspace.resolve("open-requests"));
            long end = System.currentTimeMillis() + 120_000;
            while (System.currentTimeMillis() < end) {
                for (OpenRequests.Request request : requests.pending()) {
                    List<String> problems = new ArrayList<>();
                    for (Path wanted : request.files()) {
                        if (!Files.isRegularFile(wanted)) {
                            problems.add(wanted + " could not be opened there.");
                        }
                    }
                    requests.reply(request, problems);
                }
                Thread.sleep(100);
            }
        }
        System.exit(3);
    }
}
