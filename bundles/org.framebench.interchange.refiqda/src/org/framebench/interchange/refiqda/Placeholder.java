package org.framebench.interchange.refiqda;

/** REFI-QDA. */
final class Placeholder {
}
