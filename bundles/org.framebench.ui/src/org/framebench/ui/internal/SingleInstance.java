package org.framebench.ui.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.framebench.core.document.DocumentException;
import org.framebench.core.document.DocumentStore;
import org.framebench.core.instance.OpenRequests;
import org.framebench.ui.Messages;
import org.framebench.ui.editor.DocumentOpener;

/**
 * One Framebench per workspace. The first start locks the workspace ({@link Location#lock()}: an OS file
 * lock, which dies with the process, so a crash never leaves a stale lock) and watches a folder in it for
 * {@link OpenRequests}; a second start does not open a second workbench (two would overwrite each other's
 * recovery copies and files) but hands its files to the running one and exits, saying so in one line.
 */
public final class SingleInstance {

    /** How long a second start waits for the running program to answer. */
    public static final Duration ANSWER_WITHIN = Duration.ofSeconds(20);

    /** The folder in the workspace where second starts drop their requests. */
    public static final String REQUESTS_FOLDER = "open-requests";

    private static final int LOOK_EVERY_MS = 500;

    private SingleInstance() {
    }

    /**
     * Called before anything else at start-up. @return null if this start holds the workspace now (start
     * the workbench), else the exit code after the files were handed to the program already running
     */
    public static Integer handOffIfRunning(Location workspace, List<String> files, PrintStream out, Duration timeout) {
        Path folder = folderOf(workspace);
        if (folder == null) {
            return null;
        }
        try {
            if (workspace.lock()) {
                return null;
            }
        } catch (IOException e) {
            // A workspace that cannot be locked (read-only, no locking on this file system): start as before.
            FramebenchUiPlugin.warn("the workspace could not be locked; a second Framebench would not be stopped", e);
            return null;
        }
        List<Path> paths = new ArrayList<>();
        for (String file : files) {
            paths.add(Path.of(file).toAbsolutePath());
        }
        String names = paths.stream().map(Path::toString).collect(Collectors.joining(", "));
        OpenRequests requests = new OpenRequests(folder.resolve(REQUESTS_FOLDER));
        List<String> problems;
        try {
            problems = requests.awaitReply(requests.send(paths), timeout);
        } catch (IOException e) {
            out.println(NLS.bind(Messages.Instance_handOffFailed, paths.isEmpty() ? "the request" : names, e.getMessage()));
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
        if (problems == null && paths.isEmpty()) {
            out.println(Messages.Instance_alreadyRunning);
            return 0;
        }
        if (problems == null) {
            out.println(NLS.bind(Messages.Instance_noAnswer, timeout.toSeconds(), names));
            return 1;
        }
        if (!problems.isEmpty()) {
            out.println(NLS.bind(Messages.Instance_notOpened, String.join(" ", problems)));
            return 1;
        }
        out.println(paths.isEmpty() ? Messages.Instance_alreadyRunning : NLS.bind(Messages.Instance_opened, names));
        return 0;
    }

    /** Lets the next start have the workspace (the OS lock would go with the process anyway). */
    public static void release(Location workspace) {
        if (folderOf(workspace) != null) {
            workspace.release();
        }
    }

    /**
     * In the running program: every half second, opens the files second starts asked for and brings the
     * window forward.
     */
    public static void watch(IWorkbench workbench, Location workspace) {
        Path folder = folderOf(workspace);
        if (folder == null) {
            return;
        }
        OpenRequests requests = new OpenRequests(folder.resolve(REQUESTS_FOLDER));
        requests.forgetReplies();
        Display display = workbench.getDisplay();
        boolean[] busy = new boolean[1];
        Runnable[] look = new Runnable[1];
        look[0] = () -> {
            if (display.isDisposed() || workbench.isClosing()) {
                return;
            }
            // Opening a file may show a dialog whose event loop runs this timer again: one request at a time.
            if (!busy[0]) {
                busy[0] = true;
                try {
                    for (OpenRequests.Request request : requests.pending()) {
                        answer(workbench, requests, request);
                    }
                } finally {
                    busy[0] = false;
                }
            }
            display.timerExec(LOOK_EVERY_MS, look[0]);
        };
        display.timerExec(LOOK_EVERY_MS, look[0]);
    }

    /**
     * Answers first, then opens: opening may ask the student something (a dialog that waits for them), and
     * the second start must not wait for that. Whether each file can be read is known before the answer.
     */
    private static void answer(IWorkbench workbench, OpenRequests requests, OpenRequests.Request request) {
        List<String> problems = new ArrayList<>();
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow() != null ? workbench.getActiveWorkbenchWindow()
                : workbench.getWorkbenchWindowCount() > 0 ? workbench.getWorkbenchWindows()[0] : null;
        if (window == null || window.getActivePage() == null) {
            problems.add(Messages.Instance_noWindow);
        } else {
            for (Path file : request.files()) {
                try {
                    if (DocumentOpener.isAssignmentFile(file)) {
                        org.framebench.core.assignment.AssignmentFiles.load(file);
                    } else {
                        DocumentStore.load(file, DocumentStore.Strictness.EDITING);
                    }
                } catch (DocumentException | org.framebench.core.assignment.AssignmentException e) {
                    problems.add(NLS.bind(Messages.Instance_fileProblem, file, e.getMessage()));
                }
            }
        }
        try {
            requests.reply(request, problems);
        } catch (IOException e) {
            FramebenchUiPlugin.log("answering a second start", e);
        }
        if (window != null && window.getActivePage() != null) {
            Shell shell = window.getShell();
            shell.setMinimized(false);
            shell.forceActive();
            IWorkbenchPage page = window.getActivePage();
            // A file that cannot be read is explained in the window too: a file manager shows no terminal line.
            shell.getDisplay().asyncExec(() -> {
                for (Path file : request.files()) {
                    if (!page.getWorkbenchWindow().getShell().isDisposed()) {
                        DocumentOpener.openFile(page, file);
                    }
                }
            });
        }
    }

    private static Path folderOf(Location workspace) {
        if (workspace == null || !workspace.isSet() || workspace.isReadOnly()) {
            return null;
        }
        try {
            return Path.of(workspace.getURL().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            try {
                return Path.of(workspace.getURL().getPath());
            } catch (RuntimeException again) {
                return null;
            }
        }
    }
}
