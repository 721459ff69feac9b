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
     * article's headline) and comparison notes; 4: a copy returned to its student, with the instructor's
     * feedback in it. All are read. 4 is written only into returned copies ({@link #formatVersionFor}), so a
     * student's own file still opens in a build that knows 3.
     */
    public static final int FORMAT_VERSION = 4;

    /** The format of every file that is not a returned copy (annotation documents, keys, class reviews). */
    public static final int PLAIN_FORMAT_VERSION = 3;

    private Documents() {
    }

    /**
     * A new, empty document answering {@code assignment}. The document holds its own copy of the
     * assignment (articles and codebook), so the saved file is self-contained.
     */
    public static AnnotationDocument newDocument(Assignment assignment, Role role) {
        AnnotationDocument document = FramebenchFactory.eINSTANCE.createAnnotationDocument();
        document.setId(UUID.randomUUID().toString());
        document.setFormatVersion(PLAIN_FORMAT_VERSION);
        document.setRole(role);
        Date now = new Date();
        document.setCreated(now);
        document.setModified(now);
        document.setToolVersion(TOOL_VERSION);
        document.setAssignment(EcoreUtil.copy(assignment));
        return document;
    }

    /** The format {@code document} is written in: {@link #FORMAT_VERSION} for a returned copy, else the plain one. */
    public static int formatVersionFor(AnnotationDocument document) {
        return document.getReturnedReview() != null ? FORMAT_VERSION : PLAIN_FORMAT_VERSION;
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }
}
