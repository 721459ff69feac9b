package org.framebench.ui.review.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.framebench.ui.review.ReviewPerspective;
import org.framebench.ui.testing.UiDriver;
import org.framebench.ui.testing.UiWatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The instructor's commands live in the Review perspective: a student annotating does not meet Open Class…,
 * Export Grade Book…, Scoring Options… or the review views in the menus; in Review they are there and work.
 * Read from the window's real menu bar, as it is shown.
 */
class MenusByRoleTest {

    private static final String ANNOTATE = "org.framebench.ui.perspective";
    private static final List<String> INSTRUCTOR_FILE = List.of("Open Class\u2026", "Export Grade Book\u2026", "Return Feedback\u2026",
            "Scoring Options\u2026");
    private static final List<String> INSTRUCTOR_WINDOW = List.of("Class", "Student vs Key", "Class Overlay", "Student vs Student");

    private final IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();

    @AfterEach
    void backToAnnotating() throws Exception {
        window.getWorkbench().showPerspective(ANNOTATE, window);
        UiDriver.flush();
    }

    @Test
    void theStudentsMenusHaveNoInstructorCommandsAndReviewHasThemWorking() throws Exception {
        try (UiWatch watch = UiWatch.start()) {
            window.getWorkbench().showPerspective(ANNOTATE, window);
            UiDriver.flush();
            List<String> file = items("File");
            List<String> windowMenu = items("Window");
            for (String command : INSTRUCTOR_FILE) {
                assertFalse(file.contains(command), "Annotate's File menu has no " + command + ": " + file);
            }
            for (String view : INSTRUCTOR_WINDOW) {
                assertFalse(windowMenu.contains(view), "Annotate's Window menu has no " + view + ": " + windowMenu);
            }
            assertTrue(windowMenu.contains("Review Perspective"), "the way to Review stays: " + windowMenu);
            assertTrue(file.stream().anyMatch(item -> item.startsWith("Open")), "the student's Open is there: " + file);

            window.getWorkbench().showPerspective(ReviewPerspective.ID, window);
            UiDriver.flush();
            file = items("File");
            windowMenu = items("Window");
            assertTrue(file.containsAll(INSTRUCTOR_FILE), "Review's File menu: " + file);
            assertTrue(windowMenu.containsAll(INSTRUCTOR_WINDOW), "Review's Window menu: " + windowMenu);
            watch.assertNone();
        }
        // The command works from Review's menu: File → Open Class… opens its dialog.
        List<String> seen = UiDriver.answerDialog("Open Class", "Cancel", () -> {
            MenuItem openClass = item("File", "Open Class\u2026");
            openClass.notifyListeners(SWT.Selection, new Event());
        });
        assertFalse(seen.isEmpty());
    }

    /** The items of the top-level menu {@code name} as the user sees them when opening it. */
    private List<String> items(String name) {
        List<String> texts = new ArrayList<>();
        Menu menu = open(name);
        for (MenuItem item : menu.getItems()) {
            if ((item.getStyle() & SWT.SEPARATOR) == 0) {
                texts.add(plain(item.getText()));
            }
        }
        menu.notifyListeners(SWT.Hide, new Event());
        UiDriver.flush();
        return texts;
    }

    private MenuItem item(String menuName, String itemText) {
        Menu menu = open(menuName);
        for (MenuItem item : menu.getItems()) {
            if (itemText.equals(plain(item.getText()))) {
                return item;
            }
        }
        throw new AssertionError("no " + itemText + " in " + menuName);
    }

    private Menu open(String name) {
        for (MenuItem top : window.getShell().getMenuBar().getItems()) {
            if (name.equals(plain(top.getText()))) {
                Menu menu = top.getMenu();
                menu.notifyListeners(SWT.Show, new Event());
                UiDriver.flush();
                return menu;
            }
        }
        throw new AssertionError("no menu " + name);
    }

    private static String plain(String text) {
        int tab = text.indexOf('\t');
        return (tab < 0 ? text : text.substring(0, tab)).replace("&", "").strip();
    }
}
