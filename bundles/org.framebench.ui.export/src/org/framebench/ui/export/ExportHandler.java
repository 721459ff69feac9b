package org.framebench.ui.export;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.framebench.model.AnnotationDocument;
import org.framebench.ui.editor.DocumentEditor;

/**
 * File → Export → Spreadsheet (xlsx) / CSV for the document of the active editor: asks where to save,
 * then runs an {@link ExportJob}. The format comes from plugin.xml ({@code ExportHandler:xlsx}).
 */
public class ExportHandler extends AbstractHandler implements IExecutableExtension {

    private ExportFormat format = ExportFormat.XLSX;

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        if (data instanceof String name) {
            format = ExportFormat.of(name);
        }
    }

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        IEditorPart editor = HandlerUtil.getActiveEditor(event);
        if (!(editor instanceof DocumentEditor documentEditor) || documentEditor.getDocument() == null) {
            MessageDialog.openInformation(shell, Messages.Failed_title, Messages.Failed_noDocument);
            return null;
        }
        AnnotationDocument document = documentEditor.getDocument();
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(format == ExportFormat.COMPARISON_CSV ? Messages.Dialog_titleComparisonCsv
                : format == ExportFormat.SYNDICATION_CSV ? Messages.Dialog_titleSyndicationCsv
                : format.isCsv() ? Messages.Dialog_titleCsv : Messages.Dialog_titleXlsx);
        dialog.setFilterExtensions(new String[] { "*." + format.extension() });
        dialog.setFilterNames(new String[] { format.isCsv() ? Messages.Dialog_filterCsv : Messages.Dialog_filterXlsx });
        dialog.setFileName(format.suggestedFileName(document));
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return null;
        }
        if (!chosen.toLowerCase(java.util.Locale.ROOT).endsWith("." + format.extension())) {
            chosen += "." + format.extension();
        }
        Path target;
        try {
            target = Path.of(chosen);
        } catch (java.nio.file.InvalidPathException e) {
            // Under a language setting that only knows ASCII (LANG=C), a name with accents.
            MessageDialog.openError(shell, Messages.Failed_title, NLS.bind(Messages.Failed_unreadableName,
                    chosen.replace('\uFFFD', '?'), System.getProperty("sun.jnu.encoding", "?")));
            return null;
        }
        export(shell, document, target, format);
        return null;
    }

    /**
     * Exports {@code document} to {@code target} in the background; then says where the file went (with
     * Open Folder), or why it could not be written. @return the scheduled job
     */
    public static ExportJob export(Shell shell, AnnotationDocument document, Path target, ExportFormat format) {
        Display display = shell.getDisplay();
        ExportJob job = new ExportJob(document, target, format, message -> display.asyncExec(() -> {
            if (!shell.isDisposed()) {
                MessageDialog.openError(shell, Messages.Failed_title, message);
            }
        }), written -> display.asyncExec(() -> {
            if (!shell.isDisposed()) {
                ExportedDialog.open(shell, written);
            }
        }));
        job.schedule();
        return job;
    }
}
