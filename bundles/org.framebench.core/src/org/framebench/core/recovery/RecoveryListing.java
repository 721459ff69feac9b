package org.framebench.core.recovery;

import java.util.List;

/**
 * What a start-up finds in the recovery folder.
 *
 * @param recoverable work that can be recovered, newest first
 * @param inUse copies kept up to date by another Framebench that is still running (not offered, since
 *        that program still has the work open)
 * @param problems copies that could not be read, each with a plain-words message
 */
public record RecoveryListing(List<RecoverableDocument> recoverable, List<RecoverableDocument> inUse,
        List<RecoveryProblem> problems) {

    public boolean isEmpty() {
        return recoverable.isEmpty() && problems.isEmpty();
    }
}
