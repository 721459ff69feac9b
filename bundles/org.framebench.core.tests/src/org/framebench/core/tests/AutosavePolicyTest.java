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
}
