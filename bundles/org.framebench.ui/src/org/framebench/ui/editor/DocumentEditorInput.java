package org.framebench.ui.editor;

import java.nio.file.Path;
import java.util.Objects;
import java.util.UUID;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.framebench.core.document.FileFingerprint;
import org.framebench.model.AnnotationDocument;

/** An annotation document, and the file it was opened from or saved to (null while untitled). */
public class DocumentEditorInput implements IEditorInput {

    private final AnnotationDocument document;
    private Path file;
    private boolean unsavedChanges;
    private String recoveryId = UUID.randomUUID().toString();
    private FileFingerprint onDisk;
    private boolean onDiskSinceSave;

    public DocumentEditorInput(AnnotationDocument document, Path file) {
        this.document = Objects.requireNonNull(document);
        this.file = file;
    }

    /**
     * Names this editor's recovery copy: its own, so another open document with the same document id (a
     * copied file) never overwrites or removes it.
     */
    public String getRecoveryId() {
        return recoveryId;
    }

    /** Recovered work keeps the copy it came from, so saving or closing it removes that copy. */
    void setRecoveryId(String recoveryId) {
        this.recoveryId = Objects.requireNonNull(recoveryId);
    }

    public AnnotationDocument getDocument() {
        return document;
    }

    public Path getFile() {
        return file;
    }

    void setFile(Path file) {
        this.file = file;
    }

    /**
     * What {@link #getFile()} was on disk when the document was read from it or last saved to it (null
     * while unknown), to notice another program writing the file meanwhile.
     */
    public FileFingerprint getOnDisk() {
        return onDisk;
    }

    /** Whether {@link #getOnDisk()} was taken at a save (else when the file was opened). */
    public boolean isOnDiskSinceSave() {
        return onDiskSinceSave;
    }

    /** Remembers what the file is on disk now; {@code atSave}: just saved (else just read). */
    public void setOnDisk(FileFingerprint fingerprint, boolean atSave) {
        this.onDisk = fingerprint;
        this.onDiskSinceSave = atSave;
    }

    /** The document holds changes that are in no saved file (recovered work, re-anchored annotations). */
    public boolean hasUnsavedChanges() {
        return unsavedChanges;
    }

    public void setUnsavedChanges(boolean unsaved) {
        this.unsavedChanges = unsaved;
    }

    @Override
    public boolean exists() {
        return file != null;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return ImageDescriptor.getMissingImageDescriptor();
    }

    @Override
    public String getName() {
        return file != null ? file.getFileName().toString() : assignmentTitle();
    }

    /** The assignment's title, else its id (a file may leave the title out). */
    private String assignmentTitle() {
        String title = document.getAssignment().getTitle();
        return title != null && !title.isBlank() ? title : String.valueOf(document.getAssignment().getId());
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return file != null ? file.toAbsolutePath().toString() : assignmentTitle();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return adapter.isInstance(document) ? adapter.cast(document) : null;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof DocumentEditorInput input)) {
            return false;
        }
        return file != null ? file.equals(input.file) : document == input.document;
    }

    @Override
    public int hashCode() {
        return file != null ? file.hashCode() : System.identityHashCode(document);
    }
}
