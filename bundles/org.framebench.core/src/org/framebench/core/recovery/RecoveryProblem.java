package org.framebench.core.recovery;

import java.nio.file.Path;

/**
 * A recovery copy that could not be read. It is left where it is (nothing is deleted behind the user's
 * back) and reported once per start-up in plain words.
 *
 * @param file the unreadable recovery copy
 * @param message what is wrong, in plain words, for the user
 */
public record RecoveryProblem(Path file, String message) {
}
