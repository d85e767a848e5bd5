package org.gridgov.workflow.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridgov.workflow.engine.StaleVersionException;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterHistory;
import org.gridgov.workflow.matter.Transition;
import org.gridgov.workflow.office.ClockProblem;
import org.gridgov.workflow.office.MatterChange;
import org.gridgov.workflow.office.MatterRecord;
import org.gridgov.workflow.office.OfficeEvent;
import org.gridgov.workflow.sla.Timer;

/**
 * One {@link MatterChange} inside the store's transaction: the matter row (inserted, or updated
 * only at the expected version), the history rows, the timer rows replaced, the outbox rows.
 */
final class Commit {
    private Commit() {}

    static MatterRecord of(Connection c, MatterChange change) throws SQLException {
        Matter after = change.after();
        String id = after.id().toString();
        MatterHistory history;
        if (change.creates()) {
            history = MatterHistory.of(after.report(), after.area(), after.category(), change.appended());
            if (!insert(c, change, Rows.json(Facts.of(history)))) {
                Optional<String> ext = after.report().externalId();
                Optional<MatterRecord> taken = ext.isPresent() ? byExternal(c, ext.get()) : Optional.empty();
                if (taken.isPresent()) {
                    return taken.get(); // idempotent intake: nothing written
                }
                throw new StaleVersionException(after.id(), 0, version(c, id));
            }
        } else {
            MatterHistory before = update(c, change);
            if (before == null) {
                long stored = version(c, id);
                if (stored < 0) {
                    throw JdbcOfficeStore.unknown(after.id());
                }
                throw new StaleVersionException(after.id(), change.expectedVersion(), stored);
            }
            List<Transition> all = new ArrayList<>(before.transitions());
            all.addAll(change.appended());
            history = MatterHistory.of(before.report(), before.area(), before.category(), all);
        }
        appendHistory(c, id, change.appended());
        replaceTimers(c, id, change);
        addOutbox(c, id, change.outbox());
        return new MatterRecord(after, history);
    }

    private static Optional<MatterRecord> byExternal(Connection c, String externalId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM office_matter WHERE external_id = ?")) {
            s.setString(1, externalId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return JdbcOfficeStore.find(c, r.getString(1));
            }
        }
    }

    private static boolean insert(Connection c, MatterChange change, String facts) throws SQLException {
        Matter after = change.after();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO office_matter (id, external_id, snapshot, facts, "
                + JdbcOfficeStore.matterColumns() + ") VALUES (?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT DO NOTHING")) {
            s.setString(1, after.id().toString());
            s.setString(2, after.report().externalId().orElse(null));
            s.setString(3, Rows.json(after));
            s.setString(4, facts);
            matterColumns(s, 5, change);
            return s.executeUpdate() == 1;
        }
    }

    /**
     * Updates the row at the expected version; returns its history before the change (read in the
     * same statement), or null if no row is at it.
     */
    private static MatterHistory update(Connection c, MatterChange change) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE office_matter SET snapshot = ?::jsonb,"
                + " area = ?, state = ?, is_open = ?, version = ?, due = ?, problem_reason = ?, problem_since = ?"
                + " WHERE id = ? AND version = ? RETURNING facts, ARRAY(SELECT t.entry::text"
                + " FROM office_transition t WHERE t.matter = office_matter.id ORDER BY t.version)")) {
            s.setString(1, Rows.json(change.after()));
            matterColumns(s, 2, change);
            s.setString(9, change.after().id().toString());
            s.setLong(10, change.expectedVersion());
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return null;
                }
                Facts f = Rows.facts(r.getString(1));
                return MatterHistory.of(f.report(), f.area(), f.category(), JdbcOfficeStore.entries(r.getArray(2)));
            }
        }
    }

    /** area, state, is_open, version, due, problem_reason, problem_since from {@code i}. */
    private static void matterColumns(PreparedStatement s, int i, MatterChange change) throws SQLException {
        Matter after = change.after();
        ClockProblem p = change.problem();
        s.setString(i, after.area().toString());
        s.setString(i + 1, after.state().name());
        s.setBoolean(i + 2, after.state().isOpen());
        s.setLong(i + 3, after.version());
        Rows.instant(s, i + 4, change.due());
        s.setString(i + 5, p == null ? null : p.reason());
        Rows.instant(s, i + 6, p == null ? null : p.since());
    }

    private static long version(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT version FROM office_matter WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : -1;
            }
        }
    }

    private static void appendHistory(Connection c, String id, List<Transition> appended) throws SQLException {
        if (appended.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO office_transition (matter, version, step_key, entry) VALUES (?, ?, ?, ?::jsonb)")) {
            for (Transition t : appended) {
                s.setString(1, id);
                s.setLong(2, t.version());
                s.setString(3, t.step() == null ? null : t.step().key());
                s.setString(4, Rows.json(t));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void replaceTimers(Connection c, String id, MatterChange change) throws SQLException {
        if (!change.creates()) {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM office_timer WHERE matter = ?")) {
                s.setString(1, id);
                s.executeUpdate();
            }
        }
        if (change.timers().isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO office_timer"
                + " (matter, metric, metric_order, cycle, step, at) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Timer t : change.timers()) {
                s.setString(1, id);
                s.setString(2, t.metric().name());
                s.setInt(3, t.metric().ordinal());
                s.setInt(4, t.cycle());
                s.setInt(5, t.step());
                Rows.instant(s, 6, t.at());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void addOutbox(Connection c, String id, List<OfficeEvent> events) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        try (PreparedStatement s =
                c.prepareStatement("INSERT INTO office_outbox (matter, event) VALUES (?, ?::jsonb)")) {
            for (OfficeEvent e : events) {
                s.setString(1, id);
                s.setString(2, Rows.json(e));
                s.addBatch();
            }
            s.executeBatch();
        }
    }
}
