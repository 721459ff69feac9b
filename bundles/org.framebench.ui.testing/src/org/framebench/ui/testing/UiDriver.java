package org.framebench.ui.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;

/**
 * Drives real SWT widgets the way a user does (SWTBot is not available here). Shared by the UI test
 * fragments; not part of the product.
 */
public final class UiDriver {

    private UiDriver() {
    }

    /** Lets pending layout, paint, async work and short timers (the views refresh 80 ms after a change) run. */
    public static void flush() {
        Display display = dispatchFor(250);
        while (display.readAndDispatch()) {
            // drain what is left
        }
    }

    /**
     * The submenu of {@code parent} whose label (mnemonics left out) starts with {@code name}, shown as a user opening
     * it sees it (its show listeners fill it).
     */
    public static Menu submenu(Menu parent, String name) {
        for (MenuItem item : parent.getItems()) {
            if (item.getText().replace("&", "").startsWith(name) && item.getMenu() != null) {
                Menu menu = item.getMenu();
                menu.notifyListeners(SWT.Show, new Event());
                flush();
                return menu;
            }
        }
        throw new AssertionError("no menu " + name);
    }

    /** Runs the event loop for {@code millis} ms, sleeping while nothing is to be done. @return the display */
    public static Display dispatchFor(long millis) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < deadline) {
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return display;
                }
            }
        }
        return display;
    }

    /** Selects {@code phrase} in {@code text} and types {@code key}, as a student annotating does. */
    public static int selectAndPress(StyledText text, String phrase, char key) {
        int begin = text.getText().indexOf(phrase);
        if (begin < 0) {
            throw new AssertionError("phrase not in the article: " + phrase);
        }
        text.setFocus();
        text.setSelection(begin, begin + phrase.length());
        press(text, key);
        return begin;
    }

    public static void press(Control control, char key) {
        Event event = new Event();
        event.character = key;
        event.keyCode = key;
        control.notifyListeners(SWT.KeyDown, event);
        Event up = new Event();
        up.character = key;
        up.keyCode = key;
        control.notifyListeners(SWT.KeyUp, up);
        flush();
    }

    public static void pressKeyCode(Control control, int keyCode, int stateMask) {
        Event event = new Event();
        event.keyCode = keyCode;
        event.stateMask = stateMask;
        control.notifyListeners(SWT.KeyDown, event);
        flush();
    }

    /** Runs a workbench command through its handler, as the menu item or key binding would. */
    public static void runCommand(String commandId) throws Exception {
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(commandId, null);
        flush();
    }

    public static void select(Control control) {
        control.notifyListeners(SWT.Selection, new Event());
        flush();
    }

    /**
     * Starts {@code blockingAction} (which opens a modal dialog) and, once the dialog titled {@code title}
     * is up, reads its labels and presses its button labelled {@code button}. @return the dialog's texts
     */
    public static List<String> answerDialog(String title, String button, Runnable blockingAction) {
        return answerDialog(title, shell -> { }, button, blockingAction);
    }

    /** Like {@link #answerDialog(String, String, Runnable)}, filling the dialog with {@code fill} first. */
    public static List<String> answerDialog(String title, java.util.function.Consumer<Shell> fill, String button,
            Runnable blockingAction) {
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

    /**
     * Starts {@code blockingAction} (which opens a modal dialog) and, once the dialog titled {@code title}
     * is up, reads its labels and closes it with {@code close} instead of a button (e.g.
     * {@link #pressEscape(Shell)}, or {@link Shell#close()} as the window's close button does).
     * @return the dialog's texts
     */
    public static List<String> dismissDialog(String title, java.util.function.Consumer<Shell> close, Runnable blockingAction) {
        Display display = Display.getCurrent();
        AtomicReference<List<String>> seen = new AtomicReference<>();
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            for (Shell shell : display.getShells()) {
                if (title.equals(shell.getText()) && shell.isVisible()) {
                    List<String> texts = new ArrayList<>();
                    collect(shell, texts);
                    seen.set(texts);
                    close.accept(shell);
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

    /** Presses Escape in {@code shell}, as a user does: the traversal SWT performs for the Esc key. */
    public static void pressEscape(Shell shell) {
        Control focus = shell.getDisplay().getFocusControl();
        Control target = focus != null && focus.getShell() == shell ? focus : shell;
        Event key = new Event();
        key.keyCode = SWT.ESC;
        key.character = SWT.ESC;
        key.detail = SWT.TRAVERSE_ESCAPE;
        key.doit = true;
        target.traverse(SWT.TRAVERSE_ESCAPE, key);
    }

    /**
     * Runs {@code action} while watching for a dialog titled {@code title}; any that appears is closed.
     * @return how many appeared
     */
    public static int countDialogs(String title, Runnable action) {
        Display display = Display.getCurrent();
        int[] count = new int[1];
        boolean[] done = new boolean[1];
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            for (Shell shell : display.getShells()) {
                if (!shell.isDisposed() && title.equals(shell.getText()) && shell.isVisible()) {
                    count[0]++;
                    shell.close();
                }
            }
            if (!done[0]) {
                display.timerExec(50, poll[0]);
            }
        };
        display.timerExec(50, poll[0]);
        try {
            action.run();
        } finally {
            done[0] = true;
        }
        return count[0];
    }

    private static void collect(Composite composite, List<String> texts) {
        for (Control child : composite.getChildren()) {
            if (child instanceof Label label && !label.getText().isEmpty()) {
                texts.add(label.getText());
            }
            if (child instanceof Composite inner) {
                collect(inner, texts);
            }
        }
    }

    public static Button findButton(Composite composite, String text) {
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

/** The text fields one can type in, in creation order. */
    public static List<Text> editableTexts(Composite composite) {
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
}
