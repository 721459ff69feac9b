package org.framebench.ui.editor;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.framebench.core.assignment.AssignmentException;
import org.framebench.core.assignment.AssignmentFiles;
import org.framebench.core.assignment.AssignmentLibrary;
import org.framebench.core.assignment.Examples;
import org.framebench.core.corpus.CorpusException;
import org.framebench.core.corpus.CorpusLoader;
import org.framebench.core.document.DocumentException;
import org.framebench.core.document.DocumentStore;
import org.framebench.core.document.DocumentChecks;
import org.framebench.core.document.Documents;
import org.framebench.core.document.FileFingerprint;
import org.framebench.core.text.ArticleUpdate;
import org.framebench.core.text.ArticleUpdateReport;
import org.framebench.model.Assignment;
import java.util.List;
import java.util.stream.Collectors;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Role;
import org.framebench.ui.Messages;
import org.framebench.ui.internal.FramebenchUiPlugin;

/** Opens documents in the workbench, telling the user in plain words when that fails. */
public final class DocumentOpener {

    private DocumentOpener() {
    }

    /** Opens a new student document on the bundled four-article assignment. */
    public static DocumentEditor openDefaultAssignment(IWorkbenchPage page) {
        try {
            return openAssignment(page, CorpusLoader.loadDefault());
        } catch (CorpusException e) {
            FramebenchUiPlugin.log("default assignment", e);
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), Messages.Open_failedTitle,
                    NLS.bind(Messages.Open_defaultFailed, e.getMessage()));
            return null;
        }
    }

    /**
     * Opens a new, untitled student document for {@code assignment} (any number of articles, in any
     * script): the document holds its own copy of the assignment, so {@code assignment} is not changed.
     */
    public static DocumentEditor openAssignment(IWorkbenchPage page, Assignment assignment) {
        AnnotationDocument document = Documents.newDocument(assignment, Role.STUDENT);
        return open(page, new DocumentEditorInput(document, null));
    }

    /**
     * Opens the saved document named {@code name} (from the command line or a file dialog), like
     * {@link #openFile(IWorkbenchPage, Path)}; a name that cannot be a path (under a language setting
     * such as LANG=C that only knows ASCII, any name with accents) is explained in plain words.
     */
    public static DocumentEditor openFile(IWorkbenchPage page, String name) {
        Path file;
        try {
            file = Path.of(name);
        } catch (InvalidPathException e) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), Messages.Open_failedTitle,
                    NLS.bind(Messages.Open_unreadableName, name.replace('\uFFFD', '?').replace('\0', '?'),
                            System.getProperty("sun.jnu.encoding", "?")));
            return null;
        }
        return openFile(page, file);
    }

    /**
     * Opens a saved document; a file that cannot be read is explained and nothing else changes. If the
     * file's article texts differ from the bundled assignment's (same assignment, another version of a
     * text), its annotations are re-anchored in the current texts; those that cannot be placed are listed
     * and kept. A text edited inside the file (digest mismatch) is pointed out.
     */
    public static DocumentEditor openFile(IWorkbenchPage page, Path file) {
        if (isAssignmentFile(file)) {
            return openAssignmentFile(page, file);
        }
        Loaded loaded;
        try {
            loaded = load(file);
        } catch (DocumentException e) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), Messages.Open_failedTitle, e.getMessage());
            return null;
        }
        return openLoaded(page, file, loaded);
    }

    /** Whether {@code file} is named as an assignment an instructor hands out ({@code .fbassign}). */
    public static boolean isAssignmentFile(Path file) {
        return file.getFileName() != null && file.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
                .endsWith("." + AssignmentFiles.EXTENSION);
    }

    /**
     * Opens a new, untitled student document for the assignment in {@code file} (File → Open
     * Assignment); a file that cannot be read is explained and nothing opens. The assignment is
     * remembered, so that documents made for an older version of it can later be moved to this one.
     */
    public static DocumentEditor openAssignmentFile(IWorkbenchPage page, Path file) {
        Assignment assignment;
        try {
            assignment = AssignmentFiles.load(file);
        } catch (AssignmentException e) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), Messages.Open_failedTitle, e.getMessage());
            return null;
        }
        AssignmentLibrary.remember(assignment);
        return openAssignment(page, assignment);
    }

    /** Opens a new student document for the example assignment {@code exampleId} (File → New from Example). */
    public static DocumentEditor openExample(IWorkbenchPage page, String exampleId) {
        try {
            return openAssignment(page, Examples.load(exampleId));
        } catch (AssignmentException e) {
            FramebenchUiPlugin.log("example " + exampleId, e);
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), Messages.Open_failedTitle, e.getMessage());
            return null;
        }
    }

    /** A document read from a file, with what the file was on disk when it was read. */
    record Loaded(AnnotationDocument document, FileFingerprint onDisk) {
    }

    /**
     * Reads {@code file}. Its fingerprint is taken first: a write by another program between the two
     * makes the next save ask rather than overwrite (never the other way round).
     */
    static Loaded load(Path file) throws DocumentException {
        FileFingerprint onDisk;
        try {
            onDisk = FileFingerprint.of(file);
        } catch (IOException e) {
            onDisk = null; // the load below says what is wrong with the file
        }
        // Editing strictness: annotations that an article update left unplaced are kept, not refused.
        return new Loaded(DocumentStore.load(file, DocumentStore.Strictness.EDITING), onDisk);
    }

    /** Opens a document {@link #load(Path) loaded} from {@code file}, re-anchoring as {@link #openFile} does. */
    static DocumentEditor openLoaded(IWorkbenchPage page, Path file, Loaded loaded) {
        DocumentEditorInput input = prepare(page.getWorkbenchWindow().getShell(), file, loaded);
        if (input == null) {
            return null;
        }
        DocumentEditor opened = open(page, input);
        if (opened != null) {
            org.framebench.ui.internal.RecentFiles.add(file); // File → Open Recent
        }
        return opened;
    }

    /**
     * The editor input for a document {@link #load(Path) loaded} from {@code file}: its annotations
     * re-anchored in the newest known texts of its assignment (the user told what moved), or, when that
     * fails, the document as saved; null (the user told why) when it cannot be read at all.
     */
    static DocumentEditorInput prepare(Shell shell, Path file, Loaded loaded) {
        AnnotationDocument document = loaded.document();
        DocumentEditorInput input = new DocumentEditorInput(document, file.toAbsolutePath());
        input.setOnDisk(loaded.onDisk(), false);
        List<DocumentChecks.DigestProblem> edited = DocumentChecks.digestProblems(document);
        Assignment current = bundledVersionOf(document);
        if (current != null) {
            // A file made before headlines gets them, so they can be annotated (saved with the next save).
            ArticleUpdate.addMissingHeadlines(document, current);
        }
        if (current != null && ArticleUpdate.isNeeded(document, current)) {
            ArticleUpdateReport report;
            try {
                report = ArticleUpdate.apply(document, current);
            } catch (RuntimeException e) {
                // Re-anchoring edits the model in place: after a failure half-way the document is read
                // again, and opened with the texts it was saved with rather than not at all.
                FramebenchUiPlugin.log("re-anchoring " + file, e);
                return withItsOwnTexts(shell, file, Messages.Open_reanchorFailed);
            }
            if (report.isMostlyUnplaced()) {
                // Another text under the same article id, not a new version of it: moving would strand most of the
                // annotations, so the file keeps the texts it was saved with.
                return withItsOwnTexts(shell, file, NLS.bind(Messages.Open_tooDifferent, new Object[] { "{0}",
                        report.unplaced().size(), report.placements().size() }));
            }
            input.setUnsavedChanges(true);
            String message = report.describe();
            if (report.unplaced().isEmpty()) {
                MessageDialog.openInformation(shell, Messages.Open_updatedTitle, message);
            } else {
                MessageDialog.openWarning(shell, Messages.Open_updatedTitle, message);
            }
        } else if (!edited.isEmpty()) {
            MessageDialog.openWarning(shell, Messages.Open_editedTitle,
                    edited.stream().map(DocumentChecks.DigestProblem::message).collect(Collectors.joining("\n")));
        }
        return input;
    }

    /**
     * {@code file} as it is, without moving its annotations to the bundled texts, after that failed
     * (the failure itself is in the log); says so in plain words.
     */
    private static DocumentEditorInput withItsOwnTexts(Shell shell, Path file, String message) {
        AnnotationDocument again;
        try {
            again = DocumentStore.load(file, DocumentStore.Strictness.EDITING);
        } catch (DocumentException e) {
            MessageDialog.openError(shell, Messages.Open_failedTitle, e.getMessage());
            return null;
        }
        MessageDialog.openWarning(shell, Messages.Open_updatedTitle,
                NLS.bind(message, file.getFileName()));
        return new DocumentEditorInput(again, file.toAbsolutePath());
    }

    /**
     * The editor input for a file the IDE hands the editor (Project Explorer, File → Open File): a
     * document, or a new untitled document for an assignment ({@code .fbassign}).
     *
     * @throws PartInitException naming the file and what is wrong with it
     */
    static DocumentEditorInput inputForFile(Shell shell, Path file) throws PartInitException {
        if (isAssignmentFile(file)) {
            try {
                Assignment assignment = AssignmentFiles.load(file);
                AssignmentLibrary.remember(assignment);
                return new DocumentEditorInput(Documents.newDocument(assignment, Role.STUDENT), null);
            } catch (AssignmentException e) {
                throw new PartInitException(e.getMessage(), e);
            }
        }
        Loaded loaded;
        try {
            loaded = load(file);
        } catch (DocumentException e) {
            throw new PartInitException(e.getMessage(), e);
        }
        DocumentEditorInput input = prepare(shell, file, loaded);
        if (input == null) {
            throw new PartInitException(NLS.bind(Messages.Editor_notADocument, file.getFileName()));
        }
        org.framebench.ui.internal.RecentFiles.add(file);
        return input;
    }

    /**
     * The newest version this machine knows of the assignment {@code document} answers (an example, or an
     * assignment opened here before), if it is not older than the document's own; else null.
     */
    private static Assignment bundledVersionOf(AnnotationDocument document) {
        Assignment own = document.getAssignment();
        return AssignmentLibrary.newest(own.getId())
                .filter(known -> own.getVersion() == null || known.getVersion() == null
                        || AssignmentLibrary.compareVersions(known.getVersion(), own.getVersion()) >= 0)
                .orElse(null);
    }

    static DocumentEditor open(IWorkbenchPage page, DocumentEditorInput input) {
        try {
            return (DocumentEditor) page.openEditor(input, DocumentEditor.ID);
        } catch (PartInitException e) {
            FramebenchUiPlugin.log("open editor", e);
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), Messages.Open_failedTitle, e.getMessage());
            return null;
        }
    }
}
