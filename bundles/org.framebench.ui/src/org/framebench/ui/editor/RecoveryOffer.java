package org.framebench.ui.editor;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.framebench.core.document.DocumentException;
import org.framebench.core.recovery.RecoverableDocument;
import org.framebench.core.recovery.RecoveryListing;
import org.framebench.core.recovery.RecoveryProblem;
import org.framebench.core.recovery.RecoveryStore;
import org.framebench.model.AnnotationDocument;
import org.framebench.ui.Messages;
import org.framebench.ui.internal.FramebenchUiPlugin;

/** At start-up: offers the unsaved work that a crash (or a killed program) left in recovery copies. */
public final class RecoveryOffer {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM HH:mm").withZone(ZoneId.systemDefault());

    private static final int OPEN = 0;
    private static final int DISCARD = 2;

    private RecoveryOffer() {
    }

    /** The second question before anything is deleted; its default (and Escape) keeps the work. */
    private static boolean confirmDiscard(Shell shell, int count) {
        return new MessageDialog(shell, Messages.Recovery_discardTitle, null,
                NLS.bind(Messages.Recovery_discardQuestion, count), MessageDialog.WARNING, 1,
                Messages.Recovery_discardConfirm, Messages.Recovery_discardCancel).open() == 0;
    }

    /**
     * Asks whether to reopen what can be recovered: Open (the default), Keep for Later, or Discard (which
     * asks again before deleting). @return the editors opened (none if nothing or not now)
     */
    public static List<DocumentEditor> offer(IWorkbenchPage page, RecoveryStore store) {
        RecoveryListing listing = store.list();
        List<DocumentEditor> opened = new ArrayList<>();
        if (listing.recoverable().isEmpty()) {
            reportProblems(page, store, listing.problems());
            return opened;
        }
        StringBuilder items = new StringBuilder();
        for (RecoverableDocument recoverable : listing.recoverable()) {
            items.append("\n\u2022 ").append(NLS.bind(Messages.Recovery_item, new Object[] {
                    recoverable.annotatorName() == null || recoverable.annotatorName().isBlank() ? Messages.Recovery_noName
                            : recoverable.annotatorName(),
                    recoverable.annotationCount(), TIME.format(recoverable.savedAt()),
                    recoverable.originalFile() == null ? Messages.Recovery_neverSaved : recoverable.originalFile() }));
        }
        Shell shell = page.getWorkbenchWindow().getShell();
        int choice = new MessageDialog(shell, Messages.Recovery_title, null, NLS.bind(Messages.Recovery_question, items),
                MessageDialog.QUESTION, OPEN, Messages.Recovery_open, Messages.Recovery_keep, Messages.Recovery_discard)
                .open();
        // Only an explicit Discard, confirmed, deletes. Escape, the window's close button and Keep for Later
        // leave every copy where it is, to be offered again at the next start.
        if (choice == DISCARD && confirmDiscard(shell, listing.recoverable().size())) {
            for (RecoverableDocument recoverable : listing.recoverable()) {
                try {
                    store.discard(recoverable);
                } catch (DocumentException e) {
                    FramebenchUiPlugin.log("recovery", e);
                    MessageDialog.openError(shell, Messages.Recovery_title, e.getMessage());
                }
            }
        } else if (choice == OPEN) {
            for (RecoverableDocument recoverable : listing.recoverable()) {
                try {
                    AnnotationDocument document = store.load(recoverable);
                    DocumentEditorInput input = new DocumentEditorInput(document, recoverable.originalFile());
                    input.setUnsavedChanges(true);
                    // The editor goes on with the copy it came from: saving or closing it removes that copy.
                    input.setRecoveryId(recoverable.copyId());
                    DocumentEditor editor = DocumentOpener.open(page, input);
                    if (editor != null) {
                        opened.add(editor);
                    }
                } catch (DocumentException e) {
                    FramebenchUiPlugin.log("recovery", e);
                    MessageDialog.openError(shell, Messages.Recovery_title, e.getMessage());
                }
            }
        }
        reportProblems(page, store, listing.problems());
        return opened;
    }

    private static void reportProblems(IWorkbenchPage page, RecoveryStore store, List<RecoveryProblem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        problems.forEach(p -> text.append("\n\u2022 ").append(p.message()));
        MessageDialog.openWarning(page.getWorkbenchWindow().getShell(), Messages.Recovery_title,
                NLS.bind(Messages.Recovery_problems, text, store.folder()));
    }
}
