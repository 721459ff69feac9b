package org.framebench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.part.FileEditorInput;
import org.framebench.core.document.DocumentStore;
import org.framebench.model.AnnotationDocument;
import org.framebench.ui.editor.DocumentEditor;
import org.framebench.ui.editor.DocumentOpener;
import org.framebench.ui.editor.FileInputs;
import org.framebench.ui.internal.StudentIdentity;
import org.framebench.ui.testing.UiDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: Framebench in an Eclipse IDE. The editor opens the IDE's file inputs (a workspace file from
 * the Project Explorer: FileEditorInput through IDE.openEditor and the .fbench content type; a file outside
 * the workspace from File → Open File: FileStoreEditorInput), is annotated and saves back to that file (the
 * workspace told); its keys are in its own context; the Annotate menu is contributed once. The test runtime
 * has org.eclipse.ui.ide and org.eclipse.core.resources (the UI harness needs them), the workbench is the
 * product's.
 */
class IdeInputsTest {

    @TempDir
    Path folder;

    private IWorkbenchWindow window;
    private IWorkbenchPage page;
    private IProject project;

    @BeforeEach
    void setUp() throws Exception {
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        page = window.getActivePage();
        page.closeAllEditors(false);
        StudentIdentity.remember("Ama Mensah", "s1024");
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("course-" + System.nanoTime());
        project.create(null);
        project.open(null);
        UiDriver.flush();
    }

    @AfterEach
    void tearDown() throws Exception {
        page.closeAllEditors(false);
        UiDriver.flush();
        project.delete(true, true, null);
    }

    /** A student document with one annotation, saved to {@code file}; the editor closed. */
    private void saveOneAnnotation(Path file) throws Exception {
        DocumentEditor editor = DocumentOpener.openDefaultAssignment(page);
        UiDriver.flush();
        UiDriver.selectAndPress(editor.getPanes().get(0).getText(), "Musa Ibrahim", '1');
        assertTrue(editor.saveTo(file));
        page.closeAllEditors(false);
        UiDriver.flush();
    }

    @Test
    void aWorkspaceFileOpensFromTheProjectExplorerIsAnnotatedAndSavedBackToThatFile() throws Exception {
        IFile file = project.getFile("ama.fbench");
        Path onDisk = Path.of(file.getLocationURI());
        saveOneAnnotation(onDisk);
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        IContentType type = ResourcesPlugin.getWorkspace().getRoot().getFile(file.getFullPath()).getContentDescription()
                .getContentType();
        assertEquals("org.framebench.ui.contentType.document", type.getId(), "the .fbench content type");
        assertEquals(DocumentEditor.ID, IDE.getDefaultEditor(file).getId(), "the editor the IDE picks for it");

        // What the Project Explorer's double-click does.
        IEditorPart part = IDE.openEditor(page, file);
        UiDriver.flush();
        DocumentEditor editor = assertInstanceOf(DocumentEditor.class, part);
        assertEquals(onDisk.toAbsolutePath(), editor.getFile());
        assertEquals(1, editor.getDocument().getAnnotations().size());
        assertEquals("ama.fbench", editor.getTitle());

        // Its keys are in its context, active while it is.
        assertTrue(PlatformUI.getWorkbench().getService(IContextService.class).getActiveContextIds()
                .contains(DocumentEditor.CONTEXT_ID), "the editor's key context is active");
        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        var link = bindings.getPerfectMatch(KeySequence.getInstance("CTRL+L"));
        assertNotNull(link, "Ctrl+L is bound while the editor is active");
        assertEquals("org.framebench.ui.link", link.getParameterizedCommand().getId());
        assertEquals(DocumentEditor.CONTEXT_ID, bindingContext(bindings, "org.framebench.ui.link"));
        assertEquals(DocumentEditor.CONTEXT_ID, bindingContext(bindings, "org.framebench.ui.nextArticle"));

        // Annotated and saved (Ctrl+S): to that file, and the workspace knows.
        UiDriver.selectAndPress(editor.getPanes().get(1).getText(), "Gaddafi", '1');
        assertTrue(editor.isDirty());
        editor.doSave(null);
        UiDriver.flush();
        assertFalse(editor.isDirty());
        assertTrue(file.isSynchronized(IResource.DEPTH_ZERO), "the workspace was refreshed after the save");
        AnnotationDocument saved = DocumentStore.load(onDisk, DocumentStore.Strictness.EDITING);
        assertEquals(2, saved.getAnnotations().size(), "saved back to the workspace file");

        // Opened again from the Project Explorer: the same editor, not a second one.
        assertSame(editor, IDE.openEditor(page, file));
        assertSame(editor, page.openEditor(new FileEditorInput(file), DocumentEditor.ID));
        assertEquals(1, page.getEditorReferences().length);
    }

    @Test
    void aFileOutsideTheWorkspaceOpensFromFileOpenFile() throws Exception {
        Path outside = folder.resolve("outside.fbench");
        saveOneAnnotation(outside);
        // What File > Open File does: IDE.openEditor on the file's URI, a FileStoreEditorInput (IURIEditorInput).
        IEditorPart part = IDE.openEditor(page, outside.toUri(), DocumentEditor.ID, true);
        UiDriver.flush();
        DocumentEditor editor = assertInstanceOf(DocumentEditor.class, part);
        assertEquals(outside.toAbsolutePath(), editor.getFile());
        UiDriver.selectAndPress(editor.getPanes().get(0).getText(), "Libya", '1');
        assertTrue(editor.saveTo(editor.getFile()));
        assertEquals(2, DocumentStore.load(outside, DocumentStore.Strictness.EDITING).getAnnotations().size());
        assertSame(editor, IDE.openEditor(page, outside.toUri(), DocumentEditor.ID, true), "the same editor again");
    }

    @Test
    void aDamagedWorkspaceFileIsRefusedNamingTheFile() throws Exception {
        IFile file = project.getFile("broken.fbench");
        file.create(new ByteArrayInputStream("<not a document".getBytes(StandardCharsets.UTF_8)), true, null);
        PartInitException refused = assertThrows(PartInitException.class,
                () -> FileInputs.toDocumentInput(window.getShell(), new FileEditorInput(file)));
        // Opened from the Project Explorer: the workbench shows that message in place of the editor.
        assertFalse(IDE.openEditor(page, file) instanceof DocumentEditor);
        assertTrue(refused.getMessage().contains("broken.fbench"), refused.getMessage());
        assertTrue(Files.exists(Path.of(file.getLocationURI())), "nothing deleted");
    }

    @Test
    void theAnnotateMenuIsContributedOnceWithLinkAndSnap() {
        DocumentOpener.openDefaultAssignment(page);
        UiDriver.flush();
        List<MenuItem> annotate = new ArrayList<>();
        for (MenuItem item : window.getShell().getMenuBar().getItems()) {
            if (item.getText().replace("&", "").equals("Annotate")) {
                annotate.add(item);
            }
        }
        assertEquals(1, annotate.size(), "one Annotate menu");
        Menu menu = annotate.get(0).getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        UiDriver.flush();
        List<String> labels = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            labels.add(item.getText().replace("&", "").split("\t")[0]);
        }
        assertTrue(labels.contains("Link to\u2026"), labels.toString());
        assertTrue(labels.contains("Snap to Whole Words"), labels.toString());
        List<String> bar = new ArrayList<>();
        for (MenuItem item : window.getShell().getMenuBar().getItems()) {
            bar.add(item.getText().replace("&", ""));
        }
        assertTrue(bar.indexOf("Annotate") == bar.indexOf("Edit") + 1, "after Edit, as before: " + bar);
    }

    private static String bindingContext(IBindingService bindings, String commandId) {
        for (var binding : bindings.getBindings()) {
            if (binding.getParameterizedCommand() != null && commandId.equals(binding.getParameterizedCommand().getId())) {
                return binding.getContextId();
            }
        }
        return null;
    }
}
