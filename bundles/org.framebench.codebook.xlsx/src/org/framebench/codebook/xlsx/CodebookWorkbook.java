package org.framebench.codebook.xlsx;

import java.io.IOException;
import java.nio.file.Path;

import org.framebench.model.Codebook;

/**
 * A codebook as an Excel workbook an instructor can edit: the sheet "Codes" holds one row per code, the sheet
 * "Read me" explains the columns.
 */
public final class CodebookWorkbook {

    private CodebookWorkbook() {
    }

    /** Writes {@code codebook} to {@code file} (replacing it only once the whole workbook is written). */
    public static void write(Codebook codebook, Path file) throws IOException {
        throw new UnsupportedOperationException("API stub");
    }

    /** Reads a codebook written by {@link #write} (or made by hand in the same layout). */
    public static Codebook read(Path file) throws CodebookFormatException {
        throw new CodebookFormatException("API stub");
    }
}
