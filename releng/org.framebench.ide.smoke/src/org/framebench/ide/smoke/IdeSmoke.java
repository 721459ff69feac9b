package org.framebench.ide.smoke;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.keys.IBindingService;
import org.framebench.core.corpus.CorpusLoader;
import org.framebench.core.document.DocumentStore;
import org.framebench.core.document.Documents;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Role;
import org.framebench.ui.editor.DocumentEditor;

/**
 * Test only. In the IDE-like install (the IDE's own application, Framebench installed from the p2 site), once
 * the workbench is up: a .fbench in a workspace project opened as the Project Explorer does
 * ({@code IDE.openEditor} on the IFile), annotated by selecting a phrase and typing a code key, saved (Ctrl+S's
 * doSave), read back from disk; the Annotate menu, the editor's key context, the IDE's own Ctrl+O and the export
 * wizards looked at. One line per check ("ok ..." / "FAILED ...") in the file named by framebench.smoke.out,
 * then the workbench closes.
 */
public class IdeSmoke implements IStartup {

    private final List<String> lines = new ArrayList<>();

    @Override
    public void earlyStartup() {
        String out = System.getProperty("framebench.smoke.out");
        if (out == null) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.asyncExec(() -> {
            try {
                run(workbench);
            } catch (Throwable e) {
                check(false, "no exception: " + e);
                e.printStackTrace();
            }
            write(Path.of(out));
            if (!Boolean.getBoolean("framebench.smoke.keepOpen")) { // kept open for a screenshot
                workbench.close();
            }
        });
    }

    private void check(boolean ok, String what) {
        lines.add((ok ? "ok   " : "FAILED ") + what);
    }

    private void write(Path out) {
        try {
            Path temp = out.resolveSibling(out.getFileName() + ".tmp");
            Files.write(temp, lines, StandardCharsets.UTF_8);
            Files.move(temp, out, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            e.printStackTrace();
        }
    }

    private static void flush(Display display) {
        while (display.readAndDispatch()) {
            // drain
        }
    }

    private void run(IWorkbench workbench) throws Exception {
        Display display = workbench.getDisplay();
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow() != null ? workbench.getActiveWorkbenchWindow()
                : workbench.getWorkbenchWindows()[0];
        IWorkbenchPage page = window.getActivePage();

        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("course");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        IFile file = project.getFile("ama.fbench");
        Path onDisk = Path.of(project.getLocationURI()).resolve("ama.fbench");
        AnnotationDocument document = Documents.newDocument(CorpusLoader.loadDefault(), Role.STUDENT);
        document.setAnnotatorName("Ama Mensah");
        document.setAnnotatorId("s-101");
        DocumentStore.save(document, onDisk);
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        check(file.exists(), "a .fbench in workspace project 'course'");
        check(DocumentEditor.ID.equals(IDE.getDefaultEditor(file) == null ? null : IDE.getDefaultEditor(file).getId()),
                "the IDE's editor for it is Framebench's (content type " + (file.getContentDescription() == null ? "none"
                        : file.getContentDescription().getContentType().getId()) + ")");

        IEditorPart part = IDE.openEditor(page, file);
        flush(display);
        check(part instanceof DocumentEditor, "IDE.openEditor on the IFile opens DocumentEditor (got "
                + (part == null ? null : part.getClass().getName()) + ")");
        if (!(part instanceof DocumentEditor editor)) {
            return;
        }
        StyledText text = editor.getPanes().get(0).getText();
        String phrase = "Musa Ibrahim";
        int begin = text.getText().indexOf(phrase);
        text.setFocus();
        text.setSelection(begin, begin + phrase.length());
        Event down = new Event();
        down.character = '1';
        down.keyCode = '1';
        text.notifyListeners(SWT.KeyDown, down);
        flush(display);
        check(editor.isDirty() && editor.getDocument().getAnnotations().size() == 1,
                "annotated: '" + phrase + "' with key 1 (" + editor.getDocument().getAnnotations().size() + " annotation)");
        editor.doSave(null);
        flush(display);
        AnnotationDocument saved = DocumentStore.load(onDisk, DocumentStore.Strictness.EDITING);
        check(!editor.isDirty() && saved.getAnnotations().size() == 1
                && phrase.equals(saved.getAnnotations().get(0).getCoveredText()), "saved back to the workspace file, read back: "
                        + saved.getAnnotations().size() + " annotation");
        check(file.isSynchronized(IResource.DEPTH_ZERO), "the workspace was refreshed after the save");

        int annotateMenus = 0;
        boolean link = false;
        for (MenuItem item : window.getShell().getMenuBar().getItems()) {
            if (item.getText().replace("&", "").equals("Annotate") && item.getMenu() != null) {
                annotateMenus++;
                item.getMenu().notifyListeners(SWT.Show, new Event());
                flush(display);
                for (MenuItem entry : item.getMenu().getItems()) {
                    link |= entry.getText().replace("&", "").startsWith("Link to");
                }
            }
        }
        check(annotateMenus == 1 && link, "one Annotate menu in the IDE's menu bar, with Link to\u2026");
        List<String> exportEntries = new ArrayList<>();
        for (MenuItem item : window.getShell().getMenuBar().getItems()) {
            if (item.getText().replace("&", "").equals("File") && item.getMenu() != null) {
                item.getMenu().notifyListeners(SWT.Show, new Event());
                flush(display);
                for (MenuItem entry : item.getMenu().getItems()) {
                    if (entry.getText().replace("&", "").startsWith("Export")) {
                        exportEntries.add(entry.getText().replace("&", "").split("\t")[0]
                                + (entry.getMenu() != null ? " (submenu)" : ""));
                    }
                }
            }
        }
        check(!exportEntries.isEmpty() && exportEntries.stream().noneMatch(e -> e.endsWith("(submenu)")),
                "File menu: the IDE's Export wizards, no second Export submenu " + exportEntries);
        check(workbench.getService(IContextService.class).getActiveContextIds().contains(DocumentEditor.CONTEXT_ID),
                "the editor's key context is active");
        IBindingService bindings = workbench.getService(IBindingService.class);
        var ctrlL = bindings.getPerfectMatch(KeySequence.getInstance("CTRL+L"));
        check(ctrlL != null && "org.framebench.ui.link".equals(ctrlL.getParameterizedCommand().getId()),
                "Ctrl+L is Link to\u2026 in the editor");
        var ctrlO = bindings.getPerfectMatch(KeySequence.getInstance("CTRL+O"));
        check(ctrlO == null || !"org.framebench.ui.openDocument".equals(ctrlO.getParameterizedCommand().getId()),
                "Ctrl+O stays the IDE's (" + (ctrlO == null ? "unbound" : ctrlO.getParameterizedCommand().getId()) + ")");
        check(workbench.getExportWizardRegistry().findWizard("org.framebench.ui.export.wizard.xlsx") != null
                && workbench.getExportWizardRegistry().findWizard("org.framebench.ui.review.wizard.gradeBook") != null,
                "File > Export... has Framebench's workbook and grade book wizards");
        if (!Boolean.getBoolean("framebench.smoke.keepOpen")) {
            page.closeAllEditors(false);
        }
    }
}
