package org.framebench.ui.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.framebench.ui.editor.DocumentEditor;
import org.framebench.ui.editor.DocumentOpener;
import org.framebench.ui.export.ExportedDialog;
import org.framebench.ui.testing.UiDriver;
import org.framebench.ui.wizards.TargetFilePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: File → Export… → Framebench (org.eclipse.ui.exportWizards), what an IDE offers instead of the
 * product's File → Export submenu: the workbook wizard writes the open document's annotations (read back with
 * POI); with no document open it says so and Finish stays off.
 */
class ExportWizardTest {

    @TempDir
    Path folder;

    private IWorkbenchWindow window;
    private IWorkbenchPage page;

    @BeforeEach
    void setUp() {
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        page = window.getActivePage();
        page.closeAllEditors(false);
        UiDriver.flush();
    }

    @AfterEach
    void tearDown() {
        ExportedDialog.setFolderOpener(f -> org.eclipse.swt.program.Program.launch(f.toString()));
        page.closeAllEditors(false);
        UiDriver.flush();
    }

    private static IExportWizard wizard(String id) throws Exception {
        IWizardDescriptor descriptor = PlatformUI.getWorkbench().getExportWizardRegistry().findWizard(id);
        assertNotNull(descriptor, id + " is an export wizard");
        assertEquals("Framebench", descriptor.getCategory().getLabel(), "in the Framebench category");
        IExportWizard wizard = (IExportWizard) descriptor.createWizard();
        wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
        return wizard;
    }

    @Test
    void theWorkbookWizardWritesTheOpenDocument() throws Exception {
        DocumentEditor editor = DocumentOpener.openDefaultAssignment(page);
        UiDriver.flush();
        UiDriver.selectAndPress(editor.getPanes().get(0).getText(), "Musa Ibrahim", '1');
        editor.getDocument().setAnnotatorName("Ama Mensah");
        Path target = folder.resolve("ama"); // the extension is added
        List<Path> opened = new ArrayList<>();
        ExportedDialog.setFolderOpener(f -> opened.add(f));
        IExportWizard wizard = wizard("org.framebench.ui.export.wizard.xlsx");
        List<String> told = UiDriver.answerDialog("Export finished", "Open Folder", () -> {
            UiDriver.answerDialog("Export from Framebench",
                    shell -> UiDriver.editableTexts(shell).get(0).setText(target.toString()), "Finish",
                    () -> new WizardDialog(window.getShell(), wizard).open());
            Display display = Display.getCurrent();
            long deadline = System.currentTimeMillis() + 60_000;
            while (opened.isEmpty() && System.currentTimeMillis() < deadline) {
                if (!display.readAndDispatch()) {
                    display.sleep();
                }
            }
        });
        Path written = folder.resolve("ama.xlsx");
        assertTrue(String.join(" ", told).contains("Exported to " + written.toAbsolutePath()), told.toString());
        try (XSSFWorkbook book = new XSSFWorkbook(written.toFile())) {
            Sheet annotations = book.getSheet("Annotations");
            assertNotNull(annotations);
            DataFormatter formatter = new DataFormatter();
            List<String> rows = new ArrayList<>();
            for (Row row : annotations) {
                if (row.getRowNum() > 0) {
                    List<String> cells = new ArrayList<>();
                    row.forEach(cell -> cells.add(formatter.formatCellValue(cell)));
                    rows.add(String.join("|", cells));
                }
            }
            assertEquals(1, rows.size(), rows.toString());
            assertTrue(rows.get(0).contains("Ama Mensah") && rows.get(0).contains("Musa Ibrahim"), rows.get(0));
        }
    }

    @Test
    void withNoDocumentOpenTheWizardSaysSoAndCannotFinish() throws Exception {
        IExportWizard wizard = wizard("org.framebench.ui.export.wizard.csv");
        WizardDialog dialog = new WizardDialog(window.getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            TargetFilePage target = (TargetFilePage) wizard.getPages()[0];
            assertEquals("Open an annotation document first; there is nothing to export.", target.getErrorMessage());
            assertFalse(wizard.canFinish());
        } finally {
            dialog.close();
        }
        assertTrue(Files.list(folder).findAny().isEmpty(), "nothing written");
    }
}
