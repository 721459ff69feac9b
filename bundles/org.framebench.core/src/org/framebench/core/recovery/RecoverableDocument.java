package org.framebench.core.recovery;

import java.nio.file.Path;
import java.time.Instant;

/**
 * Unsaved work that can be recovered: the recovery copy of one document.
 *
 * @param documentId the document's id (two copies may have the same one: a copied file opened twice)
 * @param recoveryFile the recovery copy itself
 * @param originalFile the file the document was opened from or last saved to; null if it was never saved
 * @param savedAt when the recovery copy was written
 * @param annotatorName who annotated (may be null before the first save)
 * @param assignmentTitle the assignment's title (may be null)
 * @param annotationCount how many annotations the copy holds
 * @param copyId names this copy (the editor that wrote it; the document id for copies of the older layout)
 */
public record RecoverableDocument(String documentId, Path recoveryFile, Path originalFile, Instant savedAt,
        String annotatorName, String assignmentTitle, int annotationCount, String copyId) {
}
