package org.framebench.core.document;

import java.util.Date;
import java.util.UUID;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Assignment;
import org.framebench.model.FramebenchFactory;
import org.framebench.model.Role;

/** Creating annotation documents. */
public final class Documents {

    /** The version written into every document this build saves. */
    public static final String TOOL_VERSION = "Framebench 0.1.0";

    /**
     * The newest document format this build reads and writes. 1: references to articles and codes by
     * position; 2: by id, and the codebook carries its fingerprint; 3: headlines (annotations may lie in an
     * article's headline) and comparison notes. All are read; 3 is written, so a build that knows only 2
     * says it is too old instead of reading a headline annotation as one in the text.
     */
    public static final int FORMAT_VERSION = 3;

    private Documents() {
    }

    /**
     * A new, empty document answering {@code assignment}. The document holds its own copy of the
     * assignment (articles and codebook), so the saved file is self-contained.
     */
    public static AnnotationDocument newDocument(Assignment assignment, Role role) {
        AnnotationDocument document = FramebenchFactory.eINSTANCE.createAnnotationDocument();
        document.setId(UUID.randomUUID().toString());
        document.setFormatVersion(FORMAT_VERSION);
        document.setRole(role);
        Date now = new Date();
        document.setCreated(now);
        document.setModified(now);
        document.setToolVersion(TOOL_VERSION);
        document.setAssignment(EcoreUtil.copy(assignment));
        return document;
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }
}
