package org.gridgov.core.audit;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.InvalidInputException;

/**
 * The append-only audit trail: stamps each {@link AuditEvent} with the next sequence number and
 * the time of the injected clock, chains it to the entry before by SHA-256 and hands it to its
 * {@link AuditStore}.
 *
 * <p>Retention: entries older than the retention period are removed by {@link #prune()}; the
 * default is 3 years (PIPL art. 56 keeps processing records at least 3 years), and less than 6
 * months (the Cybersecurity Law's minimum for network logs) is refused. The trail remembers the
 * last sequence pruned and the head it wrote, so {@link #verify()} also finds entries deleted from
 * the start or the end of the store.
 *
 * <p>Thread-safe: appends are serialised on the trail.
 */
public final class AuditTrail {
    /** The default retention: 3 years. */
    public static final Period DEFAULT_RETENTION = Period.ofYears(3);

    /** The shortest retention accepted: 6 months. */
    public static final Period MINIMUM_RETENTION = Period.ofMonths(6);

    private final AuditStore store;
    private final Clock clock;
    private final Period retention;
    private long prunedThrough;
    private AuditEntry head;

    private AuditTrail(AuditStore store, Clock clock, Period retention) {
        this.store = requireNonNull(store, "store");
        this.clock = requireNonNull(clock, "clock");
        this.retention = requireNonNull(retention, "retention");
        Instant now = clock.instant();
        Instant shortest = now.atZone(ZoneOffset.UTC).minus(MINIMUM_RETENTION).toInstant();
        Instant chosen = now.atZone(ZoneOffset.UTC).minus(retention).toInstant();
        if (chosen.isAfter(shortest)) {
            throw new InvalidInputException("retention", "audit entries are kept at least 6 months", retention);
        }
        this.head = store.last().orElse(null);
        List<AuditEntry> kept = store.entries();
        this.prunedThrough = kept.isEmpty() ? 0 : kept.get(0).sequence() - 1;
    }

    /** A trail in memory with the default retention. */
    public static AuditTrail inMemory(Clock clock) {
        return new AuditTrail(AuditStore.inMemory(), clock, DEFAULT_RETENTION);
    }

    /**
     * A trail over {@code store}, continuing its chain.
     *
     * @throws InvalidInputException if {@code retention} is under 6 months
     */
    public static AuditTrail of(AuditStore store, Clock clock, Period retention) {
        return new AuditTrail(store, clock, retention);
    }

    /** The clock entries are stamped with. */
    public Clock clock() {
        return clock;
    }

    /** Stamps, chains and stores {@code event}; returns the entry. */
    public synchronized AuditEntry append(AuditEvent event) {
        requireNonNull(event, "event");
        long sequence = head == null ? prunedThrough + 1 : head.sequence() + 1;
        String previous = head == null ? AuditEntry.GENESIS : head.hash();
        AuditEntry entry = AuditEntry.chain(sequence, clock.instant(), event, previous);
        store.append(entry);
        head = entry;
        return entry;
    }

    /** Every kept entry in sequence order. */
    public List<AuditEntry> entries() {
        return store.entries();
    }

    /** Removes entries older than the retention period; returns how many. */
    public synchronized int prune() {
        Instant cutoff = clock.instant().atZone(ZoneOffset.UTC).minus(retention).toInstant();
        int removed = store.removeBefore(cutoff);
        List<AuditEntry> kept = store.entries();
        prunedThrough = kept.isEmpty()
                ? (head == null ? 0 : head.sequence())
                : kept.get(0).sequence() - 1;
        return removed;
    }

    /**
     * Checks the stored entries against their hashes, their chain, the entries pruned and the head
     * this trail wrote.
     */
    public synchronized AuditReport verify() {
        return AuditCheck.verify(store.entries(), prunedThrough + 1, Optional.ofNullable(head));
    }
}
