package org.gridgov.workflow.store.jdbc;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterHistory;
import org.gridgov.workflow.matter.Transition;
import org.gridgov.workflow.office.ClockProblem;
import org.gridgov.workflow.office.MatterChange;
import org.gridgov.workflow.office.OfficeEvent;
import org.gridgov.workflow.sla.Timer;

/**
 * Many {@link MatterChange}s inside one transaction, in a fixed number of statements whatever the
 * batch's size (each statement takes its rows as arrays through {@code unnest}, so it needs no
 * driver setting such as {@code reWriteBatchedInserts}): the new matter rows (an external id or id
 * already taken leaves its row out), the updated matter rows (only those still at their expected
 * version), then the history, timer and outbox rows of the changes whose matter row was written.
 * A change whose matter row was not written writes nothing at all: the rejected item of the batch
 * rule.
 */
final class BatchCommit {
    private static final String VALUES = "area, state, is_open, version, due, problem_reason, problem_since";
    private static final String INSERT = "INSERT INTO office_matter (id, external_id, snapshot, facts, " + VALUES
            + ") SELECT id, ext, snap::jsonb, facts::jsonb, area, state, open, ver, due::timestamptz, pr,"
            + " ps::timestamptz FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
            + " ?::boolean[], ?::bigint[], ?::text[], ?::text[], ?::text[])"
            + " AS u(id, ext, snap, facts, area, state, open, ver, due, pr, ps) ON CONFLICT DO NOTHING RETURNING id";
    private static final String UPDATE = "UPDATE office_matter m SET snapshot = u.snap::jsonb, area = u.area,"
            + " state = u.state, is_open = u.open, version = u.ver, due = u.due::timestamptz, problem_reason = u.pr,"
            + " problem_since = u.ps::timestamptz FROM unnest(?::text[], ?::bigint[], ?::text[], ?::text[],"
            + " ?::text[], ?::boolean[], ?::bigint[], ?::text[], ?::text[], ?::text[])"
            + " AS u(id, expected, snap, area, state, open, ver, due, pr, ps)"
            + " WHERE m.id = u.id AND m.version = u.expected RETURNING m.id";

    private BatchCommit() {}

    static List<Optional<Matter>> of(Connection c, List<MatterChange> changes) throws SQLException {
        List<MatterChange> creations = new ArrayList<>();
        List<MatterChange> updates = new ArrayList<>();
        for (MatterChange change : changes) {
            (change.creates() ? creations : updates).add(change);
        }
        updates.sort(Comparator.comparing(ch -> ch.after().id().toString()));
        Set<String> written = new HashSet<>();
        written.addAll(insert(c, creations));
        written.addAll(update(c, updates));
        List<MatterChange> accepted = new ArrayList<>();
        for (MatterChange change : changes) {
            if (written.contains(change.after().id().toString())) {
                accepted.add(change);
            }
        }
        appendHistory(c, accepted);
        replaceTimers(c, accepted);
        addOutbox(c, accepted);
        Map<String, Matter> taken = taken(c, creations, written);
        List<Optional<Matter>> out = new ArrayList<>(changes.size());
        for (MatterChange change : changes) {
            Matter after = change.after();
            if (written.contains(after.id().toString())) {
                out.add(Optional.of(after));
            } else if (change.creates() && after.report().externalId().isPresent()) {
                out.add(Optional.ofNullable(
                        taken.get(after.report().externalId().get())));
            } else {
                out.add(Optional.empty());
            }
        }
        return out;
    }

    private static List<String> insert(Connection c, List<MatterChange> creations) throws SQLException {
        if (creations.isEmpty()) {
            return List.of();
        }
        int n = creations.size();
        Columns cols = new Columns(c, n);
        String[] ids = new String[n];
        String[] ext = new String[n];
        String[] snap = new String[n];
        String[] facts = new String[n];
        for (int i = 0; i < n; i++) {
            MatterChange ch = creations.get(i);
            Matter after = ch.after();
            ids[i] = after.id().toString();
            ext[i] = after.report().externalId().orElse(null);
            snap[i] = Rows.json(after);
            facts[i] = Rows.json(
                    Facts.of(MatterHistory.of(after.report(), after.area(), after.category(), ch.appended())));
            cols.set(i, ch);
        }
        try (PreparedStatement s = c.prepareStatement(INSERT)) {
            s.setArray(1, c.createArrayOf("text", ids));
            s.setArray(2, c.createArrayOf("text", ext));
            s.setArray(3, c.createArrayOf("text", snap));
            s.setArray(4, c.createArrayOf("text", facts));
            cols.bind(s, 5);
            return ids(s);
        }
    }

    private static List<String> update(Connection c, List<MatterChange> updates) throws SQLException {
        if (updates.isEmpty()) {
            return List.of();
        }
        int n = updates.size();
        Columns cols = new Columns(c, n);
        String[] ids = new String[n];
        Long[] expected = new Long[n];
        String[] snap = new String[n];
        for (int i = 0; i < n; i++) {
            MatterChange ch = updates.get(i);
            ids[i] = ch.after().id().toString();
            expected[i] = ch.expectedVersion();
            snap[i] = Rows.json(ch.after());
            cols.set(i, ch);
        }
        // lock the rows first, in id order: two instances' batches over the same matters wait for
        // each other instead of deadlocking (which would cost the deadlock timeout and a retry)
        try (PreparedStatement s =
                c.prepareStatement("SELECT id FROM office_matter WHERE id = ANY(?) ORDER BY id FOR UPDATE")) {
            s.setArray(1, c.createArrayOf("text", ids));
            ids(s);
        }
        try (PreparedStatement s = c.prepareStatement(UPDATE)) {
            s.setArray(1, c.createArrayOf("text", ids));
            s.setArray(2, c.createArrayOf("bigint", expected));
            s.setArray(3, c.createArrayOf("text", snap));
            cols.bind(s, 4);
            return ids(s);
        }
    }

    private static List<String> ids(PreparedStatement s) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }

    /** The matters already stored under the external ids of creations left out. */
    private static Map<String, Matter> taken(Connection c, List<MatterChange> creations, Set<String> written)
            throws SQLException {
        List<String> wanted = new ArrayList<>();
        for (MatterChange ch : creations) {
            if (!written.contains(ch.after().id().toString())) {
                ch.after().report().externalId().ifPresent(wanted::add);
            }
        }
        Map<String, Matter> out = new HashMap<>();
        if (wanted.isEmpty()) {
            return out;
        }
        try (PreparedStatement s =
                c.prepareStatement("SELECT external_id, snapshot FROM office_matter WHERE external_id = ANY(?)")) {
            s.setArray(1, c.createArrayOf("text", wanted.toArray(String[]::new)));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.put(r.getString(1), Rows.matter(r.getString(2)));
                }
            }
        }
        return out;
    }

    private static void appendHistory(Connection c, List<MatterChange> accepted) throws SQLException {
        List<String> matter = new ArrayList<>();
        List<Long> version = new ArrayList<>();
        List<String> key = new ArrayList<>();
        List<String> entry = new ArrayList<>();
        for (MatterChange ch : accepted) {
            for (Transition t : ch.appended()) {
                matter.add(ch.after().id().toString());
                version.add(t.version());
                key.add(t.step() == null ? null : t.step().key());
                entry.add(Rows.json(t));
            }
        }
        if (matter.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO office_transition (matter, version, step_key, entry)"
                        + " SELECT m, v, k, e::jsonb FROM unnest(?::text[], ?::bigint[], ?::text[], ?::text[]) AS u(m, v, k, e)")) {
            s.setArray(1, c.createArrayOf("text", matter.toArray(String[]::new)));
            s.setArray(2, c.createArrayOf("bigint", version.toArray(Long[]::new)));
            s.setArray(3, c.createArrayOf("text", key.toArray(String[]::new)));
            s.setArray(4, c.createArrayOf("text", entry.toArray(String[]::new)));
            s.executeUpdate();
        }
    }

    private static void replaceTimers(Connection c, List<MatterChange> accepted) throws SQLException {
        List<String> replaced = new ArrayList<>();
        List<Timer> timers = new ArrayList<>();
        for (MatterChange ch : accepted) {
            if (!ch.creates()) {
                replaced.add(ch.after().id().toString());
            }
            timers.addAll(ch.timers());
        }
        if (!replaced.isEmpty()) {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM office_timer WHERE matter = ANY(?)")) {
                s.setArray(1, c.createArrayOf("text", replaced.toArray(String[]::new)));
                s.executeUpdate();
            }
        }
        if (timers.isEmpty()) {
            return;
        }
        int n = timers.size();
        String[] matter = new String[n];
        String[] metric = new String[n];
        Integer[] order = new Integer[n];
        Integer[] cycle = new Integer[n];
        Integer[] step = new Integer[n];
        String[] at = new String[n];
        for (int i = 0; i < n; i++) {
            Timer t = timers.get(i);
            matter[i] = t.matter().toString();
            metric[i] = t.metric().name();
            order[i] = t.metric().ordinal();
            cycle[i] = t.cycle();
            step[i] = t.step();
            at[i] = Rows.text(t.at());
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO office_timer"
                        + " (matter, metric, metric_order, cycle, step, at) SELECT m, k, o, c, s, a::timestamptz"
                        + " FROM unnest(?::text[], ?::text[], ?::int[], ?::int[], ?::int[], ?::text[]) AS u(m, k, o, c, s, a)")) {
            s.setArray(1, c.createArrayOf("text", matter));
            s.setArray(2, c.createArrayOf("text", metric));
            s.setArray(3, c.createArrayOf("int4", order));
            s.setArray(4, c.createArrayOf("int4", cycle));
            s.setArray(5, c.createArrayOf("int4", step));
            s.setArray(6, c.createArrayOf("text", at));
            s.executeUpdate();
        }
    }

    private static void addOutbox(Connection c, List<MatterChange> accepted) throws SQLException {
        List<String> matter = new ArrayList<>();
        List<String> event = new ArrayList<>();
        for (MatterChange ch : accepted) {
            for (OfficeEvent e : ch.outbox()) {
                matter.add(ch.after().id().toString());
                event.add(Rows.json(e));
            }
        }
        if (matter.isEmpty()) {
            return;
        }
        // sequences are drawn in the batch's order: each matter's events keep theirs
        try (PreparedStatement s = c.prepareStatement("INSERT INTO office_outbox (matter, event)"
                + " SELECT m, e::jsonb FROM unnest(?::text[], ?::text[]) WITH ORDINALITY AS u(m, e, n) ORDER BY n")) {
            s.setArray(1, c.createArrayOf("text", matter.toArray(String[]::new)));
            s.setArray(2, c.createArrayOf("text", event.toArray(String[]::new)));
            s.executeUpdate();
        }
    }

    /** The indexed columns of a batch's matter rows: {@code area} to {@code problem_since}, as arrays. */
    private static final class Columns {
        private final Connection c;
        private final String[] area;
        private final String[] state;
        private final Boolean[] open;
        private final Long[] version;
        private final String[] due;
        private final String[] reason;
        private final String[] since;

        Columns(Connection c, int n) {
            this.c = c;
            area = new String[n];
            state = new String[n];
            open = new Boolean[n];
            version = new Long[n];
            due = new String[n];
            reason = new String[n];
            since = new String[n];
        }

        void set(int i, MatterChange ch) {
            Matter after = ch.after();
            ClockProblem p = ch.problem();
            area[i] = after.area().toString();
            state[i] = after.state().name();
            open[i] = after.state().isOpen();
            version[i] = after.version();
            due[i] = Rows.text(ch.due());
            reason[i] = p == null ? null : p.reason();
            since[i] = p == null ? null : Rows.text(p.since());
        }

        void bind(PreparedStatement s, int from) throws SQLException {
            Array[] arrays = {
                c.createArrayOf("text", area),
                c.createArrayOf("text", state),
                c.createArrayOf("bool", open),
                c.createArrayOf("bigint", version),
                c.createArrayOf("text", due),
                c.createArrayOf("text", reason),
                c.createArrayOf("text", since)
            };
            for (int i = 0; i < arrays.length; i++) {
                s.setArray(from + i, arrays[i]);
            }
        }
    }
}
