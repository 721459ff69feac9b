package org.framebench.export.xlsx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.framebench.core.document.AtomicFiles;
import org.framebench.export.xlsx.ExportException.Kind;

/**
 * Writes an export through core's {@link AtomicFiles} (a hidden temporary file renamed over the target
 * once complete), so a failed or cancelled export never leaves a half-written file and never destroys the
 * previous one; failures are worded for the person exporting.
 */
final class SafeOutput {

    private SafeOutput() {
    }

    static void write(Path target, AtomicFiles.Content<ExportException> content) throws ExportException {
        Path absolute = target.toAbsolutePath();
        String name = absolute.getFileName().toString();
        if (Files.isDirectory(absolute)) {
            throw new ExportException(Kind.WRITE_FAILED,
                    "Could not export to " + name + ": a folder has that name.", null);
        }
        try {
            AtomicFiles.write(absolute, content, false);
        } catch (IOException | RuntimeException e) {
            throw new ExportException(Kind.WRITE_FAILED,
                    "Could not export to " + name + ": " + AtomicFiles.describe(e) + ". Nothing was changed.", e);
        }
    }
}
