package org.framebench.core.interchange;

import org.framebench.model.AnnotationDocument;

/** A document built from another tool's file, and the report of what came across and what did not. */
public record ImportResult(AnnotationDocument document, InterchangeReport report) {
}
