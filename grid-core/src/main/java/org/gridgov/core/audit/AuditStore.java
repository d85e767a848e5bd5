package org.gridgov.core.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where an {@link AuditTrail} keeps its entries: the one thing a host implements to make the trail
 * durable. {@link #inMemory()} is the built-in store.
 *
 * <p>A durable store (a JDBC table {@code audit_entry(sequence bigint primary key, at timestamptz,
 * actor, action, record, area, purpose, outcome, previous_hash char(64), hash char(64))}) inserts
 * only: the application's database user has no UPDATE or DELETE on the table, except the
 * retention job's {@link #removeBefore}. {@link AuditTrail} serialises appends, so one trail per
 * store; a store shared by several processes must take the last entry and insert in one
 * transaction (e.g. {@code SELECT ... FOR UPDATE} on the head row).
 */
public interface AuditStore {
    /** The newest entry, if any. */
    Optional<AuditEntry> last();

    /** Appends {@code entry}, whose sequence is one more than {@link #last()}'s. */
    void append(AuditEntry entry);

    /** Every kept entry in sequence order. */
    List<AuditEntry> entries();

    /** Removes entries stamped before {@code cutoff} (retention); returns how many. */
    int removeBefore(Instant cutoff);

    /** A new, empty, thread-safe store in memory. */
    static AuditStore inMemory() {
        return new InMemoryAuditStore();
    }
}
