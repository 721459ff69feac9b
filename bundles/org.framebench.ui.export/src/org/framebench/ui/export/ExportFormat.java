package org.framebench.ui.export;

import java.nio.file.Path;

import org.framebench.export.xlsx.CsvExporter;
import org.framebench.export.xlsx.ExportException;
import org.framebench.export.xlsx.ExportProgress;
import org.framebench.export.xlsx.XlsxExporter;
import org.framebench.model.AnnotationDocument;

/**
 * The formats of File → Export: the workbook, the Annotations table as CSV, the Comparison table as CSV, the
 * republication differences (the workbook's Syndication sheet) as CSV.
 */
public enum ExportFormat {
    XLSX("xlsx"), CSV("csv"), COMPARISON_CSV("csv"), SYNDICATION_CSV("csv");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The format whose extension is {@code name} (as written after ':' in plugin.xml). */
    public static ExportFormat of(String name) {
        if ("comparison-csv".equalsIgnoreCase(name)) {
            return COMPARISON_CSV;
        }
        if ("syndication-csv".equalsIgnoreCase(name)) {
            return SYNDICATION_CSV;
        }
        return "csv".equalsIgnoreCase(name) ? CSV : XLSX;
    }

    /** Written as CSV (either table). */
    public boolean isCsv() {
        return this != XLSX;
    }

    void export(AnnotationDocument document, Path target, ExportProgress progress) throws ExportException {
        if (this == COMPARISON_CSV) {
            new CsvExporter().progress(progress).exportComparison(java.util.List.of(document), target);
        } else if (this == SYNDICATION_CSV) {
            new CsvExporter().progress(progress).exportSyndication(java.util.List.of(document), target);
        } else if (this == CSV) {
            new CsvExporter().progress(progress).export(document, target);
        } else {
            new XlsxExporter().progress(progress).export(document, target);
        }
    }

    /** A file name to propose: the student's name, else "annotations", with this format's extension. */
    public String suggestedFileName(AnnotationDocument document) {
        String name = document.getAnnotatorName();
        String base = name == null || name.isBlank() ? "annotations" : name.trim().replaceAll("[\\\\/:*?\"<>|]+", "_");
        return base + (this == COMPARISON_CSV ? "-comparison." : this == SYNDICATION_CSV ? "-republication." : ".")
                + extension;
    }
}
