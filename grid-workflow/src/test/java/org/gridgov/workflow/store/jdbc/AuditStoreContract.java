package org.gridgov.workflow.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Random;
import org.gridgov.core.audit.AuditCheck;
import org.gridgov.core.audit.AuditEntry;
import org.gridgov.core.audit.AuditEvent;
import org.gridgov.core.audit.AuditStore;
import org.gridgov.core.audit.AuditTrail;
import org.gridgov.core.audit.Outcome;
import org.gridgov.core.audit.Purpose;
import org.gridgov.workflow.time.ManualClock;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AuditStore} must do, run against the in-memory store and PostgreSQL: keep
 * entries exactly as written (to the nanosecond) in sequence order, so the core verifier finds the
 * chain intact; let a new trail continue the chain; remove only entries past retention.
 */
abstract class AuditStoreContract {
    /** A new, empty store. */
    protected abstract AuditStore newStore();

    private final ManualClock clock = ManualClock.at("2026-12-02T09:00:00.123456789Z");

    @Test
    void anEmptyStoreHasNoEntries() {
        AuditStore store = newStore();
        assertThat(store.last()).isEmpty();
        assertThat(store.entries()).isEmpty();
    }

    @Test
    void entriesComeBackExactlyAsWrittenAndTheChainVerifies() {
        AuditStore store = newStore();
        AuditTrail trail = AuditTrail.of(store, clock, AuditTrail.DEFAULT_RETENTION);
        List<AuditEntry> written = new java.util.ArrayList<>();
        Random random = new Random(14);
        for (int i = 0; i < 40; i++) {
            clock.advance(Duration.ofNanos(1 + random.nextInt(1_000_000_000)));
            written.add(trail.append(event(random)));
        }
        assertThat(store.entries()).containsExactlyElementsOf(written);
        assertThat(store.last()).contains(written.get(written.size() - 1));
        assertThat(AuditCheck.verify(store.entries()).intact()).isTrue();
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void aNewTrailOnTheSameStoreContinuesTheChain() {
        AuditStore store = newStore();
        AuditTrail first = AuditTrail.of(store, clock, AuditTrail.DEFAULT_RETENTION);
        first.append(event(new Random(1)));
        first.append(event(new Random(2)));
        clock.advance(Duration.ofMinutes(1));
        AuditTrail second = AuditTrail.of(store, clock, AuditTrail.DEFAULT_RETENTION);
        AuditEntry third = second.append(event(new Random(3)));
        assertThat(third.sequence()).isEqualTo(3);
        assertThat(third.previousHash()).isEqualTo(store.entries().get(1).hash());
        assertThat(second.verify().intact()).isTrue();
        assertThat(AuditCheck.verify(store.entries()).checked()).isEqualTo(3);
    }

    @Test
    void retentionRemovesOnlyEntriesPastItAndTheRestStillVerifies() {
        AuditStore store = newStore();
        AuditTrail trail = AuditTrail.of(store, clock, Period.ofMonths(6));
        trail.append(event(new Random(1)));
        trail.append(event(new Random(2)));
        clock.advance(Duration.ofDays(200));
        trail.append(event(new Random(3)));
        clock.advance(Duration.ofDays(10));
        assertThat(trail.prune()).isEqualTo(2);
        assertThat(store.entries()).extracting(AuditEntry::sequence).containsExactly(3L);
        assertThat(trail.verify().intact()).isTrue();
        assertThat(AuditCheck.verify(store.entries()).intact()).isTrue();
        assertThat(store.removeBefore(Instant.parse("2000-01-01T00:00:00Z"))).isZero();
    }

    static AuditEvent event(Random random) {
        return new AuditEvent(
                "gw-" + random.nextInt(100),
                random.nextBoolean() ? "REVEAL_VALUE" : "READ_RECORD",
                "M" + String.format("%06d", random.nextInt(1_000_000)),
                "3211020010010" + (1 + random.nextInt(9)),
                Purpose.of("matter.handling"),
                random.nextInt(4) == 0 ? Outcome.REFUSED : Outcome.ALLOWED);
    }
}
