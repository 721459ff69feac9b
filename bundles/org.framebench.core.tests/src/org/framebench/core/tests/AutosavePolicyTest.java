package org.framebench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.framebench.core.recovery.AutosavePolicy;
import org.junit.jupiter.api.Test;

class AutosavePolicyTest {

    private static final Instant LAST = Instant.parse("2025-03-01T12:00:00Z");

    @Test
    void savesAtMostEveryThirtySecondsWhileDirty() {
        AutosavePolicy policy = AutosavePolicy.DEFAULT;
        assertEquals(Duration.ofSeconds(30), policy.interval());
        assertFalse(policy.shouldSave(LAST.plusSeconds(29), LAST, true), "too soon after the last write");
        assertFalse(policy.shouldSave(LAST.plusMillis(29_999), LAST, true));
        assertTrue(policy.shouldSave(LAST.plusSeconds(30), LAST, true));
        assertTrue(policy.shouldSave(LAST.plusSeconds(300), LAST, true));
        assertTrue(policy.shouldSave(LAST, null, true), "dirty and never written: save now");
    }

    @Test
    void neverSavesACleanDocument() {
        assertFalse(AutosavePolicy.DEFAULT.shouldSave(LAST.plusSeconds(3600), LAST, false));
        assertFalse(AutosavePolicy.DEFAULT.shouldSave(LAST, null, false));
    }

    @Test
    void tellsHowLongUntilTheNextSaveIsDue() {
        AutosavePolicy policy = new AutosavePolicy(Duration.ofSeconds(10));
        assertEquals(Duration.ofSeconds(7), policy.untilDue(LAST.plusSeconds(3), LAST));
        assertEquals(Duration.ZERO, policy.untilDue(LAST.plusSeconds(11), LAST));
        assertEquals(Duration.ZERO, policy.untilDue(LAST, null));
        assertThrows(IllegalArgumentException.class, () -> new AutosavePolicy(Duration.ZERO));
    }

    @Test
    void aDueCopyWaitsForAPauseInTheWorkButNotForever() {
        AutosavePolicy policy = AutosavePolicy.DEFAULT;
        Instant due = LAST.plusSeconds(31);
        assertTrue(policy.waitsForPause(due, null, due.minusMillis(500)), "changed half a second ago: wait");
        assertTrue(policy.waitsForPause(due, null, due.minusMillis(1_999)));
        assertFalse(policy.waitsForPause(due, null, due.minus(AutosavePolicy.PAUSE)), "two seconds of rest: take it");
        assertFalse(policy.waitsForPause(due, null, null), "no change known: nothing to wait for");
        // A student who never pauses: after waiting a whole interval, the copy is taken in the middle of the work.
        Instant later = due.plus(policy.interval());
        assertTrue(policy.waitsForPause(later.minusMillis(1), due, later.minusMillis(100)));
        assertFalse(policy.waitsForPause(later, due, later.minusMillis(100)));
    }
}
