package org.framebench.ui.review.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;

/** Drives real SWT widgets the way a user does (SWTBot is not available here); after the workbench tests' driver. */
final class UiDriver {

    private UiDriver() {
    }

    /** Lets pending layout, paint and async work run. */
    static void flush() {
        Display display = Display.getCurrent();
        for (int i = 0; i < 5; i++) {
            while (display.readAndDispatch()) {
                // drain
            }
        }
    }

    /** Runs a workbench command through its handler, as the menu item would. */
    static void runCommand(String commandId) throws Exception {
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(commandId, null);
        flush();
    }

    /** Clicks a button (or anything that acts on selection). */
    static void select(Control control) {
        control.notifyListeners(SWT.Selection, new Event());
        flush();
    }

    /**
     * Starts {@code blockingAction} (which opens a modal dialog) and, once the dialog titled {@code title} is
     * up, reads its texts, lets {@code fill} type into it and presses its button {@code button}.
     * @return the dialog's label and message texts
     */
    static List<String> answerDialog(String title, Consumer<Shell> fill, String button, Runnable blockingAction) {
        Display display = Display.getCurrent();
        AtomicReference<List<String>> seen = new AtomicReference<>();
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            for (Shell shell : display.getShells()) {
                if (title.equals(shell.getText()) && shell.isVisible()) {
                    List<String> texts = new ArrayList<>();
                    collect(shell, texts);
                    seen.set(texts);
                    fill.accept(shell);
                    Button target = findButton(shell, button);
                    if (target != null) {
                        target.notifyListeners(SWT.Selection, new Event());
                    } else {
                        shell.close();
                    }
                    return;
                }
            }
            display.timerExec(100, poll[0]);
        };
        display.timerExec(100, poll[0]);
        blockingAction.run();
        if (seen.get() == null) {
            throw new AssertionError("no dialog titled '" + title + "' appeared");
        }
        return seen.get();
    }

    static List<String> answerDialog(String title, String button, Runnable blockingAction) {
        return answerDialog(title, shell -> { }, button, blockingAction);
    }

    /** The text fields one can type in, in creation order. */
    static List<Text> editableTexts(Composite composite) {
        List<Text> found = new ArrayList<>();
        for (Control child : composite.getChildren()) {
            if (child instanceof Text text && (text.getStyle() & SWT.READ_ONLY) == 0) {
                found.add(text);
            }
            if (child instanceof Composite inner) {
                found.addAll(editableTexts(inner));
            }
        }
        return found;
    }

    private static void collect(Composite composite, List<String> texts) {
        for (Control child : composite.getChildren()) {
            if (child instanceof Label label && !label.getText().isEmpty()) {
                texts.add(label.getText());
            }
            if (child instanceof Text text && !text.getText().isEmpty()) {
                texts.add(text.getText());
            }
            if (child instanceof Composite inner) {
                collect(inner, texts);
            }
        }
    }

    static Button findButton(Composite composite, String text) {
        for (Control child : composite.getChildren()) {
            if (child instanceof Button candidate && text.equals(candidate.getText().replace("&", ""))) {
                return candidate;
            }
            if (child instanceof Composite inner) {
                Button found = findButton(inner, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
