package org.gridgov.workflow.store.jdbc;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.gridgov.core.audit.AuditEntry;
import org.gridgov.core.audit.AuditEvent;
import org.gridgov.core.audit.AuditStore;
import org.gridgov.core.audit.Outcome;
import org.gridgov.core.audit.Purpose;

/**
 * The audit trail's durable {@link AuditStore} on PostgreSQL: table {@code audit_entry} of
 * migration {@code V3__audit.sql} (applied with the office schema by {@link OfficeSchema#migrate}).
 *
 * <p>Append-only: the library only inserts and reads; the table's trigger refuses every UPDATE,
 * TRUNCATE and any DELETE outside {@link #removeBefore}, the retention job, which marks its own
 * transaction. Entries are stored as written, instant to the nanosecond, so {@link
 * org.gridgov.core.audit.AuditCheck} recomputes the same hashes from the rows. A second writer that
 * appends the same sequence number collides on the primary key and fails with a {@link
 * StoreFailureException}; nothing is overwritten. Thread-safe (one connection per call).
 */
public final class JdbcAuditStore implements AuditStore {
    private static final String COLUMNS =
            "sequence, at, at_nano, actor, action, record, area, purpose, outcome, previous_hash, hash";

    private static final String UNREADABLE = "unreadable";

    private final DataSource db;

    /** A store on {@code dataSource}, whose schema is migrated. */
    public JdbcAuditStore(DataSource dataSource) {
        this.db = requireNonNull(dataSource, "dataSource");
    }

    @Override
    public Optional<AuditEntry> last() {
        return Sql.read(db, "reading the last audit entry", c -> {
            List<AuditEntry> found = query(c, "SELECT " + COLUMNS + " FROM audit_entry ORDER BY sequence DESC LIMIT 1");
            return found.stream().findFirst();
        });
    }

    @Override
    public void append(AuditEntry entry) {
        requireNonNull(entry, "entry");
        Sql.read(db, "appending audit entry " + entry.sequence(), c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO audit_entry (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                AuditEvent e = entry.event();
                s.setLong(1, entry.sequence());
                s.setTimestamp(2, Timestamp.from(entry.at()));
                s.setInt(3, entry.at().getNano());
                s.setString(4, e.actor());
                s.setString(5, e.action());
                s.setString(6, e.record());
                s.setString(7, e.area());
                s.setString(8, e.purpose().code());
                s.setString(9, e.outcome().name());
                s.setString(10, entry.previousHash());
                s.setString(11, entry.hash());
                return s.executeUpdate();
            }
        });
    }

    @Override
    public List<AuditEntry> entries() {
        return Sql.read(
                db,
                "reading the audit trail",
                c -> query(c, "SELECT " + COLUMNS + " FROM audit_entry ORDER BY sequence"));
    }

    /** The retention job: the one DELETE, marked for the table's trigger in its own transaction. */
    @Override
    public int removeBefore(Instant cutoff) {
        requireNonNull(cutoff, "cutoff");
        return Sql.transaction(db, "removing audit entries past retention", c -> {
            Sql.update(c, "SET LOCAL grid.audit_retention = 'on'");
            try (PreparedStatement s = c.prepareStatement("DELETE FROM audit_entry WHERE at < ?")) {
                s.setTimestamp(1, Timestamp.from(cutoff));
                return s.executeUpdate();
            }
        });
    }

    /**
     * A row whose purpose or outcome no longer reads (changed by hand) still becomes an entry, with
     * the purpose {@value #UNREADABLE} or the outcome {@code REFUSED}, so that the verifier reports
     * it by sequence as tampered (its stored hash was computed from other values) instead of the
     * read failing.
     */
    private static Purpose purpose(String code) {
        try {
            return Purpose.of(code);
        } catch (RuntimeException e) {
            return Purpose.of(UNREADABLE);
        }
    }

    private static Outcome outcome(String name) {
        for (Outcome o : Outcome.values()) {
            if (o.name().equals(name)) {
                return o;
            }
        }
        return Outcome.REFUSED;
    }

    private static List<AuditEntry> query(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql);
                ResultSet rs = s.executeQuery()) {
            List<AuditEntry> out = new ArrayList<>();
            while (rs.next()) {
                Instant at =
                        Instant.ofEpochSecond(rs.getTimestamp("at").toInstant().getEpochSecond(), rs.getInt("at_nano"));
                AuditEvent event = new AuditEvent(
                        rs.getString("actor"),
                        rs.getString("action"),
                        rs.getString("record"),
                        rs.getString("area"),
                        purpose(rs.getString("purpose")),
                        outcome(rs.getString("outcome")));
                out.add(new AuditEntry(
                        rs.getLong("sequence"), at, event, rs.getString("previous_hash"), rs.getString("hash")));
            }
            return out;
        }
    }
}
