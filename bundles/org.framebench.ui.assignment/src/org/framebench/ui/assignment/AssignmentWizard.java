package org.framebench.ui.assignment;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.framebench.core.assignment.AssignmentException;
import org.framebench.core.assignment.AssignmentFiles;
import org.framebench.core.assignment.AssignmentLibrary;
import org.framebench.core.assignment.AssignmentProblem;
import org.framebench.core.assignment.AssignmentChecks;
import org.framebench.core.assignment.Assignments;
import org.framebench.core.codebook.BuiltInCodebook;
import org.framebench.model.Article;
import org.framebench.model.Assignment;

/**
 * New Assignment / Edit Assignment: title and instructions, articles, codebook, check and save. The wizard
 * works on a copy of the assignment; nothing is written until Save (and never with errors). Saving an
 * assignment that was opened from a file (it may have been handed out) writes its next version if anything
 * changed, and says so.
 */
public final class AssignmentWizard extends Wizard {

    /** The most articles one assignment holds (the editor's layouts show up to eight). */
    public static final int MAX_ARTICLES = Assignments.MAX_ARTICLES;

    private final Assignment working;
    /** The assignment as it was read from its file, when editing; null for a new one. */
    private final Assignment handedOut;
    private final Path openedFrom;
    private final Map<Article, Deque<String>> trims = new IdentityHashMap<>();
    private Path savedTo;
    private Assignment saved;
    private boolean openAsStudent;

    DetailsPage detailsPage;
    ArticlesPage articlesPage;
    CodebookPage codebookPage;
    CheckPage checkPage;

    private AssignmentWizard(Assignment working, Assignment handedOut, Path openedFrom) {
        this.working = working;
        this.handedOut = handedOut;
        this.openedFrom = openedFrom;
        setWindowTitle(handedOut == null ? Messages.Wizard_titleNew : Messages.Wizard_titleEdit);
        setNeedsProgressMonitor(true);
        setHelpAvailable(false);
    }

    /** A wizard for a new assignment: no articles yet, the built-in codebook to start from. */
    public static AssignmentWizard forNew() {
        return new AssignmentWizard(Assignments.create("", "", BuiltInCodebook.load()), null, null);
    }

    /** A wizard editing {@code loaded}, read from {@code file}. */
    public static AssignmentWizard forEdit(Assignment loaded, Path file) {
        return new AssignmentWizard(EcoreUtil.copy(loaded), EcoreUtil.copy(loaded), file);
    }

    @Override
    public void addPages() {
        detailsPage = new DetailsPage(this);
        articlesPage = new ArticlesPage(this);
        codebookPage = new CodebookPage(this);
        checkPage = new CheckPage(this);
        addPage(detailsPage);
        addPage(articlesPage);
        addPage(codebookPage);
        addPage(checkPage);
    }

    /** The assignment being made (the pages edit it in place). */
    public Assignment assignment() {
        return working;
    }

    public boolean isEditing() {
        return handedOut != null;
    }

    /** The version the file had when it was opened for editing, or null. */
    public String handedOutVersion() {
        return handedOut == null ? null : handedOut.getVersion();
    }

    /** Where the assignment was last saved in this wizard, or null. */
    public Path savedTo() {
        return savedTo;
    }

    /** What was last saved, or null. */
    public Assignment saved() {
        return saved;
    }

    /** True if Open as a Student was pressed: the caller opens a student document for {@link #savedTo()}. */
    public boolean openAsStudentRequested() {
        return openAsStudent;
    }

    void requestOpenAsStudent() {
        openAsStudent = true;
    }

    /** Undo stack of an article's texts before each trim. */
    Deque<String> trimsOf(Article article) {
        return trims.computeIfAbsent(article, a -> new ArrayDeque<>());
    }

    /** The codebook page's codebook put into the assignment, digests up to date. */
    Assignment current() {
        if (codebookPage != null) {
            codebookPage.applyTo(working);
        }
        Assignments.refreshDigests(working);
        return working;
    }

    /** The problems Save would meet (errors) or report (warnings). */
    List<AssignmentProblem> problems() {
        return AssignmentChecks.check(current());
    }

    /** True if saving writes a new version: editing a saved assignment, changed, version not bumped yet. */
    public boolean savesNewVersion() {
        return handedOut != null && handedOut.getVersion().equals(working.getVersion())
                && !EcoreUtil.equals(handedOut, current());
    }

    /** True if there is something Save would write that is not saved yet. */
    boolean hasUnsavedWork() {
        Assignment now = current();
        if (saved != null) {
            return !EcoreUtil.equals(saved, now);
        }
        if (handedOut != null) {
            return !EcoreUtil.equals(handedOut, now);
        }
        return !now.getArticles().isEmpty() || !blank(now.getTitle()) || !blank(now.getInstructions());
    }

    /** The file Save suggests: where it was saved or opened from, else one named after the title. */
    Path suggestedFile() {
        if (savedTo != null) {
            return savedTo;
        }
        if (openedFrom != null) {
            return openedFrom;
        }
        String name = working.getTitle() == null ? "" : working.getTitle().strip()
                .replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "").replaceAll("\\s+", "-");
        if (name.length() > 60) {
            name = name.substring(0, 60);
        }
        return Path.of(System.getProperty("user.home"), (name.isEmpty() ? "assignment" : name) + "." + AssignmentFiles.EXTENSION);
    }

    /**
     * Saves to {@code file} (the next version if {@link #savesNewVersion()}), remembering both versions on
     * this machine so students' documents for either can be re-anchored. Nothing is written when the
     * assignment has errors. @return what was saved
     */
    public Assignment save(Path file) throws AssignmentException {
        Assignment now = current();
        boolean bump = savesNewVersion();
        Assignment toWrite = bump ? Assignments.nextVersion(now) : EcoreUtil.copy(now);
        AssignmentFiles.save(toWrite, file);
        if (bump) {
            working.setVersion(toWrite.getVersion());
            rememberQuietly(handedOut);
        }
        rememberQuietly(toWrite);
        saved = EcoreUtil.copy(working);
        savedTo = file;
        return toWrite;
    }

    /**
     * Asks where to save (unless {@code file} is given), saves, and says what was written; errors are
     * shown in plain words. @return true if saved
     */
    boolean saveInteractively(Path file) {
        List<AssignmentProblem> errors = AssignmentChecks.errors(current());
        if (!errors.isEmpty()) {
            MessageDialog.openError(getShell(), Messages.Save_failedTitle,
                    NLS.bind(Messages.Save_hasErrors, join(errors)));
            return false;
        }
        Path target = file != null ? file : FileChoosers.get().assignmentToSave(getShell(), suggestedFile());
        if (target == null) {
            return false;
        }
        boolean bump = savesNewVersion();
        String oldVersion = working.getVersion();
        try {
            Assignment written = save(target);
            if (bump) {
                MessageDialog.openInformation(getShell(), Messages.Save_newVersionTitle,
                        NLS.bind(Messages.Save_newVersion, new Object[] { target, written.getVersion(), oldVersion }));
            }
            if (checkPage != null) {
                checkPage.refresh();
            }
            return true;
        } catch (AssignmentException e) {
            MessageDialog.openError(getShell(), Messages.Save_failedTitle, e.getMessage());
            return false;
        } catch (RuntimeException e) {
            log("saving " + target, e);
            MessageDialog.openError(getShell(), Messages.Save_failedTitle,
                    NLS.bind(Messages.Save_unexpected, target, String.valueOf(e.getMessage())));
            return false;
        }
    }

    @Override
    public boolean canFinish() {
        return AssignmentChecks.errors(current()).isEmpty();
    }

    @Override
    public boolean performFinish() {
        if (saved != null && !hasUnsavedWork()) {
            return true;
        }
        return saveInteractively(savedTo);
    }

    @Override
    public boolean performCancel() {
        if (!hasUnsavedWork()) {
            return true;
        }
        return MessageDialog.openQuestion(getShell(), Messages.Cancel_title, Messages.Cancel_message);
    }

    static String join(List<AssignmentProblem> problems) {
        StringBuilder text = new StringBuilder();
        for (AssignmentProblem problem : problems) {
            text.append(text.length() == 0 ? "" : "\n").append("\u2022 ").append(problem.message());
        }
        return text.toString();
    }

    private static void rememberQuietly(Assignment assignment) {
        try {
            AssignmentLibrary.remember(assignment);
        } catch (RuntimeException e) {
            log("remembering assignment " + assignment.getId(), e);
        }
    }

    static void log(String message, Throwable error) {
        ILog.of(AssignmentWizard.class).log(new Status(IStatus.ERROR, "org.framebench.ui.assignment", message, error));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
