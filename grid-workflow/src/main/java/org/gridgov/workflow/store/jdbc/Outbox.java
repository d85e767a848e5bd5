package org.gridgov.workflow.store.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.sql.DataSource;
import org.gridgov.workflow.office.OutboxEntry;
import org.gridgov.workflow.office.OutboxStats;

/**
 * The outbox table's statements for {@link JdbcOfficeStore}: what may be delivered, the claims of
 * offices sharing the database, what was delivered or failed, the counts. A row's {@code matter}
 * column is its event's order key (the matter, or a visit warning's key). Delivered rows are
 * deleted, so the table holds only pending events.
 *
 * <p>A claim holds a matter's run as a whole, and it is written on one row: the matter's oldest
 * undelivered row, its head. While the head's lease is live no office claims the matter; the run
 * itself is read, not written, so a claim costs one row update per matter, not one per event. The
 * head is the lock two claimers meet on: it is locked {@code FOR UPDATE SKIP LOCKED} (a matter
 * another office is claiming right now is passed over) and read again after a concurrent claim
 * committed (its lease is then live, so the matter is passed over). When the run is marked
 * delivered its rows, the head among them, are deleted, and the matter's next event is a new head
 * that no claim holds.
 */
final class Outbox {
    /**
     * One statement: the heads (oldest rows) of the matters no live lease holds, due at {@code now},
     * are locked; each one's run (up to the matter's first row still in backoff) is read, in sequence
     * order up to the limit (a cut run is delivered from its start, the rest waits behind the claim),
     * and the heads whose runs made the cut are stamped with the claimant and lease. The plan stays on
     * the indexes whatever the outbox holds: the pending rows are walked in sequence order only until
     * the limit's heads are found, each run is read through the (matter, sequence) index, and the
     * heads are updated by their keys.
     */
    private static final String CLAIM = "WITH head AS MATERIALIZED ("
            + "SELECT o.sequence, o.matter FROM office_outbox o"
            + " WHERE (o.not_before IS NULL OR o.not_before <= ?)"
            + " AND (o.lease_until IS NULL OR o.lease_until <= ?)"
            + " AND NOT EXISTS (SELECT 1 FROM office_outbox p WHERE p.matter = o.matter AND p.sequence < o.sequence)"
            + " ORDER BY o.sequence LIMIT ? FOR UPDATE OF o SKIP LOCKED),"
            + " stop AS MATERIALIZED (SELECT h.matter, h.sequence AS first, (SELECT min(w.sequence)"
            + " FROM office_outbox w WHERE w.matter = h.matter AND w.sequence > h.sequence"
            + " AND w.not_before > ?) AS waiting FROM head h),"
            + " run AS MATERIALIZED (SELECT r.sequence FROM stop s CROSS JOIN LATERAL (SELECT sequence"
            + " FROM office_outbox WHERE matter = s.matter AND sequence >= s.first"
            + " AND sequence < coalesce(s.waiting, 9223372036854775807) ORDER BY sequence LIMIT ?) r"
            + " ORDER BY r.sequence LIMIT ?),"
            + " stamped AS (UPDATE office_outbox o SET claimed_by = ?, lease_until = ?"
            + " WHERE o.sequence = ANY(ARRAY(SELECT h.sequence FROM head h JOIN run r ON r.sequence = h.sequence))"
            + " RETURNING o.sequence)"
            + " SELECT o.sequence, o.event, o.attempts, o.not_before FROM office_outbox o"
            + " WHERE o.sequence = ANY(ARRAY(SELECT sequence FROM run))"; // stamped runs once, read or not

    private Outbox() {}

    /** Each matter's oldest undelivered entry, once its backoff has passed; claims are not looked at. */
    static List<OutboxEntry> deliverable(DataSource db, Instant now, int limit) {
        return Sql.read(db, "deliverable", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT o.sequence, o.event, o.attempts, o.not_before"
                    + " FROM office_outbox o WHERE (o.not_before IS NULL OR o.not_before <= ?)"
                    + " AND NOT EXISTS (SELECT 1 FROM office_outbox p"
                    + " WHERE p.matter = o.matter AND p.sequence < o.sequence)"
                    + " ORDER BY o.sequence LIMIT ?")) {
                Rows.instant(s, 1, now);
                s.setInt(2, limit);
                return entries(s);
            }
        });
    }

    /** Claims runs for {@code claimant} until {@code leaseUntil}; see {@link #CLAIM}. */
    static List<OutboxEntry> claim(DataSource db, Instant now, String claimant, Instant leaseUntil, int limit) {
        if (limit < 1) {
            return List.of();
        }
        List<OutboxEntry> claimed = Sql.transaction(db, "claimDeliverable", c -> {
            try (PreparedStatement s = c.prepareStatement(CLAIM)) {
                Rows.instant(s, 1, now);
                Rows.instant(s, 2, now);
                s.setInt(3, limit);
                Rows.instant(s, 4, now);
                s.setInt(5, limit);
                s.setInt(6, limit);
                s.setString(7, claimant);
                Rows.instant(s, 8, leaseUntil);
                return entries(s);
            }
        });
        List<OutboxEntry> ordered = new ArrayList<>(claimed);
        ordered.sort(Comparator.comparingLong(OutboxEntry::sequence));
        return ordered;
    }

    private static List<OutboxEntry> entries(PreparedStatement s) throws SQLException {
        List<OutboxEntry> out = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                Instant notBefore = Rows.instant(r, "not_before");
                out.add(new OutboxEntry(
                        r.getLong("sequence"),
                        Rows.event(r.getString("event")),
                        r.getInt("attempts"),
                        notBefore == null ? Instant.MIN : notBefore));
            }
        }
        return out;
    }

    static void delivered(DataSource db, long sequence) {
        Sql.transaction(db, "delivered", c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM office_outbox WHERE sequence = ?")) {
                s.setLong(1, sequence);
                if (s.executeUpdate() == 1) {
                    Sql.update(c, "UPDATE office_outbox_stats SET delivered = delivered + 1");
                }
            }
            return null;
        });
    }

    /**
     * One transaction of two statements: the rows are locked in sequence order (two offices marking
     * overlapping batches wait for each other instead of deadlocking) and deleted, which ends their
     * claims, and the delivered count grows by the rows this call deleted.
     */
    static void deliveredAll(DataSource db, List<Long> sequences) {
        if (sequences.isEmpty()) {
            return;
        }
        Long[] keys = sequences.toArray(Long[]::new);
        Sql.transaction(db, "deliveredAll", c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM office_outbox WHERE sequence IN"
                    + " (SELECT sequence FROM office_outbox WHERE sequence = ANY(?) ORDER BY sequence FOR UPDATE)")) {
                s.setArray(1, c.createArrayOf("bigint", keys));
                int deleted = s.executeUpdate();
                if (deleted > 0) {
                    try (PreparedStatement u =
                            c.prepareStatement("UPDATE office_outbox_stats SET delivered = delivered + ?")) {
                        u.setLong(1, deleted);
                        u.executeUpdate();
                    }
                }
            }
            return null;
        });
    }

    /**
     * One transaction: the entry counts an attempt and waits until {@code retryAt}. If it is its
     * matter's head, its claim ends with it; otherwise the entries before it were delivered, and the
     * head among them holds the matter until they are marked, so no other office delivers them again.
     */
    static void failed(DataSource db, long sequence, Instant retryAt) {
        Sql.transaction(db, "failed", c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE office_outbox SET attempts = attempts + 1,"
                    + " not_before = ?, claimed_by = NULL, lease_until = NULL WHERE sequence = ?")) {
                Rows.instant(s, 1, retryAt);
                s.setLong(2, sequence);
                if (s.executeUpdate() == 0) {
                    return null; // no longer in the outbox
                }
            }
            Sql.update(c, "UPDATE office_outbox_stats SET failures = failures + 1");
            return null;
        });
    }

    static OutboxStats stats(DataSource db) {
        return Sql.read(db, "outboxStats", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT (SELECT count(*) FROM office_outbox),"
                            + " delivered, failures FROM office_outbox_stats");
                    ResultSet r = s.executeQuery()) {
                r.next();
                return new OutboxStats(r.getLong(1), r.getLong(2), r.getLong(3));
            }
        });
    }
}
