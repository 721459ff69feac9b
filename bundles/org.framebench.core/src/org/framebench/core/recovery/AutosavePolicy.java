package org.framebench.core.recovery;

import java.time.Duration;
import java.time.Instant;

/**
 * When to write a recovery copy: at most once per interval (30 s by default), and only while the
 * document has changes that are not yet in its file or its last recovery copy. Free of any timer, so the
 * UI decides how often to ask (a Job every few seconds) and tests can pass any clock.
 */
public final class AutosavePolicy {

    /** The product's interval: at most one recovery write every 30 seconds. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(30);

    /** The product's policy. */
    public static final AutosavePolicy DEFAULT = new AutosavePolicy(DEFAULT_INTERVAL);

    private final Duration interval;

    public AutosavePolicy(Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("autosave interval must be positive: " + interval);
        }
        this.interval = interval;
    }

    public Duration interval() {
        return interval;
    }

    /**
     * Whether a recovery copy should be written now.
     *
     * @param now the current time
     * @param lastSave when the document last reached disk (a recovery write, a save, or opening it);
     *        null if never
     * @param dirty whether the document has changes made since {@code lastSave}
     */
    public boolean shouldSave(Instant now, Instant lastSave, boolean dirty) {
        if (!dirty) {
            return false;
        }
        return lastSave == null || !now.isBefore(lastSave.plus(interval));
    }

    /**
     * How long the work must have rested before a due copy is taken: taking it (the whole document serialized on
     * the UI thread, 0.1 s at 10,000 annotations) in the middle of a run of changes would stall one of them.
     */
    public static final Duration PAUSE = Duration.ofSeconds(2);

    /**
     * Whether a due copy waits for a pause in the work: the last change was less than {@link #PAUSE} before
     * {@code now}, and the copy has not waited a whole interval yet (a student who never pauses still gets one
     * at least every two intervals).
     *
     * @param dueSince when the copy was first found due and waiting; null if not yet (it may wait now)
     * @param lastChange when the document last changed; null if unknown (then nothing waits)
     */
    public boolean waitsForPause(Instant now, Instant dueSince, Instant lastChange) {
        if (lastChange == null || !now.isBefore(lastChange.plus(PAUSE))) {
            return false;
        }
        return dueSince == null || now.isBefore(dueSince.plus(interval));
    }

    /**
     * How long after {@code now} a dirty document becomes due (zero if it already is), so a timer can be
     * scheduled exactly instead of polling.
     */
    public Duration untilDue(Instant now, Instant lastSave) {
        if (lastSave == null) {
            return Duration.ZERO;
        }
        Duration remaining = Duration.between(now, lastSave.plus(interval));
        return remaining.isNegative() ? Duration.ZERO : remaining;
    }
}
