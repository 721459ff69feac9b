package org.framebench.core.key;

import java.util.Date;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.framebench.core.document.Documents;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Link;
import org.framebench.model.Role;

/** Making an answer key out of an annotated document (an instructor's own, or a student's to start from). UI-free. */
public final class Keys {

    /** The name written as a key's annotator when none is given. */
    public static final String DEFAULT_AUTHOR = "Instructor";

    private Keys() {
    }

    /**
     * A copy of {@code source} as a key: role key, a new document id, {@code author} as annotator (no
     * student id), new annotation and link ids (so feedback given on the student's annotations never
     * attaches to the key's), no feedback, and this build's tool version. {@code source} is not changed.
     */
    public static AnnotationDocument asKey(AnnotationDocument source, String author) {
        AnnotationDocument key = EcoreUtil.copy(source);
        key.setId(Documents.newId());
        key.setRole(Role.KEY);
        key.setAnnotatorName(author == null || author.isBlank() ? DEFAULT_AUTHOR : author.strip());
        key.setAnnotatorId("");
        key.setFormatVersion(Documents.PLAIN_FORMAT_VERSION);
        key.setToolVersion(Documents.TOOL_VERSION);
        Date now = new Date();
        key.setCreated(now);
        key.setModified(now);
        key.getFeedback().clear();
        for (Annotation annotation : key.getAnnotations()) {
            annotation.setId(Documents.newId());
        }
        for (Link link : key.getLinks()) {
            link.setId(Documents.newId());
        }
        return key;
    }
}
