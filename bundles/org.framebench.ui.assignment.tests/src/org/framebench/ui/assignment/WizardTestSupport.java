package org.framebench.ui.assignment;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.framebench.ui.testing.UiDriver;

/** Drives the wizard's dialog as a user does; the system's file dialogs are replaced by answers given in advance. */
final class WizardTestSupport {

    /** The file choosers' answers, in order. */
    static final class Answers implements FileChoosers.Chooser {
        final Deque<List<Path>> articles = new ArrayDeque<>();
        final Deque<Path> toOpen = new ArrayDeque<>();
        final Deque<Path> toSave = new ArrayDeque<>();
        final Deque<Path> codebooks = new ArrayDeque<>();
        final List<Path> suggested = new ArrayList<>();

        @Override
        public List<Path> articles(Shell shell) {
            return articles.isEmpty() ? List.of() : articles.pop();
        }

        @Override
        public Path assignmentToOpen(Shell shell) {
            return toOpen.poll();
        }

        @Override
        public Path assignmentToSave(Shell shell, Path suggestion) {
            suggested.add(suggestion);
            return toSave.poll();
        }

        @Override
        public Path codebookToImport(Shell shell) {
            return codebooks.poll();
        }
    }

    private WizardTestSupport() {
    }

    static AssignmentWizardDialog open(Shell parent, AssignmentWizard wizard) {
        AssignmentWizardDialog dialog = new AssignmentWizardDialog(parent, wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        UiDriver.flush();
        return dialog;
    }

    /** Presses the dialog's button labelled {@code label} (mnemonics ignored); fails if it is missing or disabled. */
    static void press(Shell shell, String label) {
        Button button = UiDriver.findButton(shell, label);
        if (button == null) {
            throw new AssertionError("no button '" + label + "' in " + shell.getText());
        }
        if (!button.isEnabled()) {
            throw new AssertionError("button '" + label + "' is disabled");
        }
        button.notifyListeners(SWT.Selection, new Event());
        UiDriver.flush();
    }

    static boolean enabled(Shell shell, String label) {
        Button button = UiDriver.findButton(shell, label);
        return button != null && button.isEnabled();
    }
}
