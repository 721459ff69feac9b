package org.framebench.core.assignment;

/** Something wrong with an assignment: an error keeps it from being saved, a warning does not. */
public record AssignmentProblem(boolean error, String message) {
}
