package org.framebench.ui.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.framebench.core.corpus.CorpusLoader;
import org.framebench.core.document.Documents;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Role;
import org.framebench.ui.export.ExportFormat;
import org.framebench.ui.export.ExportHandler;
import org.framebench.ui.export.ExportedDialog;
import org.framebench.ui.testing.UiDriver;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After File → Export the student reads where the file went, "Exported to …", and Open Folder shows that
 * folder (the file chooser before it is the system's own and is not driven here).
 */
class ExportConfirmationTest {

    @TempDir
    Path folder;

    @AfterEach
    void restoreOpener() {
        ExportedDialog.setFolderOpener(f -> org.eclipse.swt.program.Program.launch(f.toString()));
    }

    @Test
    void anExportSaysWhereTheFileWentAndOpenFolderShowsIt() throws Exception {
        List<Path> opened = new ArrayList<>();
        ExportedDialog.setFolderOpener(f -> opened.add(f));
        Path target = folder.resolve("ama.xlsx");
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        AnnotationDocument document = document();
        List<String> told = UiDriver.answerDialog("Export finished", "Open Folder", () -> {
            Job job = ExportHandler.export(shell, document, target, ExportFormat.XLSX);
            waitFor(job);
            // the confirmation comes once the file is written
            Display display = Display.getCurrent();
            long deadline = System.currentTimeMillis() + 30_000;
            while (opened.isEmpty() && System.currentTimeMillis() < deadline) {
                if (!display.readAndDispatch()) {
                    display.sleep();
                }
            }
        });
        assertTrue(Files.isRegularFile(target));
        assertTrue(String.join(" ", told).contains("Exported to " + target.toAbsolutePath()), told.toString());
        assertTrue(String.join(" ", told).contains("Your annotations are unchanged"), told.toString());
        assertEquals(List.of(folder.toAbsolutePath()), opened, "Open Folder opened the export's folder");
    }

    @Test
    void whenTheFolderCannotBeOpenedItIsNamed() throws Exception {
        ExportedDialog.setFolderOpener(f -> false);
        Path target = folder.resolve("ama.csv");
        Files.writeString(target, "x");
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        List<String> second = new ArrayList<>();
        List<String> told = UiDriver.answerDialog("Export finished", "Open Folder",
                () -> second.addAll(UiDriver.answerDialog("Folder not opened", "OK", () -> ExportedDialog.open(shell, target))));
        assertTrue(String.join(" ", told).contains("Exported to"), told.toString());
        assertTrue(String.join(" ", second).contains(folder.toAbsolutePath().toString()), second.toString());
    }

    private static void waitFor(Job job) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + 60_000;
        while (job.getResult() == null && System.currentTimeMillis() < deadline) {
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static AnnotationDocument document() throws Exception {
        AnnotationDocument document = Documents.newDocument(CorpusLoader.loadDefault(), Role.STUDENT);
        document.setAnnotatorName("Ama Mensah");
        document.setAnnotatorId("s-101");
        return document;
    }
}
