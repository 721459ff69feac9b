package org.framebench.ui.editor;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
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

    private RecoveryOffer() {
    }

    /** Asks whether to reopen what can be recovered; @return the editors opened (none if nothing or declined) */
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
        int choice = new MessageDialog(page.getWorkbenchWindow().getShell(), Messages.Recovery_title, null,
                NLS.bind(Messages.Recovery_question, items), MessageDialog.QUESTION,
                0, Messages.Recovery_open, Messages.Recovery_discard).open();
        for (RecoverableDocument recoverable : listing.recoverable()) {
            try {
                if (choice == 0) {
                    AnnotationDocument document = store.load(recoverable);
                    DocumentEditorInput input = new DocumentEditorInput(document, recoverable.originalFile());
                    input.setUnsavedChanges(true);
                    DocumentEditor editor = DocumentOpener.open(page, input);
                    if (editor != null) {
                        opened.add(editor);
                    }
                } else {
                    store.discard(recoverable);
                }
            } catch (DocumentException e) {
                FramebenchUiPlugin.log("recovery", e);
                MessageDialog.openError(page.getWorkbenchWindow().getShell(), Messages.Recovery_title, e.getMessage());
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
