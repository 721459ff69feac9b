package org.framebench.ui.export;

import java.nio.file.Path;

import org.framebench.export.xlsx.CsvExporter;
import org.framebench.export.xlsx.ExportException;
import org.framebench.export.xlsx.ExportProgress;
import org.framebench.export.xlsx.XlsxExporter;
import org.framebench.model.AnnotationDocument;

/** The two formats of File → Export. */
public enum ExportFormat {
    XLSX("xlsx"), CSV("csv");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The format whose extension is {@code name} (as written after ':' in plugin.xml). */
    public static ExportFormat of(String name) {
        return "csv".equalsIgnoreCase(name) ? CSV : XLSX;
    }

    void export(AnnotationDocument document, Path target, ExportProgress progress) throws ExportException {
        if (this == CSV) {
            new CsvExporter().progress(progress).export(document, target);
        } else {
            new XlsxExporter().progress(progress).export(document, target);
        }
    }

    /** A file name to propose: the student's name, else "annotations", with this format's extension. */
    public String suggestedFileName(AnnotationDocument document) {
        String name = document.getAnnotatorName();
        String base = name == null || name.isBlank() ? "annotations" : name.trim().replaceAll("[\\\\/:*?\"<>|]+", "_");
        return base + "." + extension;
    }
}
