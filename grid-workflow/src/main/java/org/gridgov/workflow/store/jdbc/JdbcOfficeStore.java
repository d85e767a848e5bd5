package org.gridgov.workflow.store.jdbc;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.gridgov.core.UnknownIdException;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.area.AreaLevel;
import org.gridgov.workflow.engine.StaleVersionException;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterHistory;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.matter.Transition;
import org.gridgov.workflow.office.ClockProblem;
import org.gridgov.workflow.office.MatterChange;
import org.gridgov.workflow.office.MatterQuery;
import org.gridgov.workflow.office.MatterRecord;
import org.gridgov.workflow.office.OfficeEvent;
import org.gridgov.workflow.office.OfficeSettings;
import org.gridgov.workflow.office.OfficeStore;
import org.gridgov.workflow.office.OutboxEntry;
import org.gridgov.workflow.office.OutboxStats;
import org.gridgov.workflow.office.StaleSettingsException;
import org.gridgov.workflow.office.VisitWarning;
import org.gridgov.workflow.sla.Metric;
import org.gridgov.workflow.sla.Timer;

/**
 * An {@link org.gridgov.workflow.office.OfficeStore} on PostgreSQL through the host's
 * {@link DataSource}: the schema of {@link OfficeSchema} (apply it first), one SQL transaction per
 * {@link #commit}, so a transition, its history entry, its timers, clock problem, due instant and
 * outbox events are stored together or not at all. Several offices (instances behind a load
 * balancer) may share one database: optimistic versions reject the slower of two writers with
 * {@link StaleVersionException}, a unique index on the external id makes concurrent intake of one
 * work order store it once, a unique index on each fired step key is the last guard against
 * firing a step twice, and claims with a lease split the due timers ({@link #claimDue}) and the
 * outbox ({@link #claimDeliverable}) between them: each event goes to one office's listeners.
 *
 * <pre>{@code
 * OfficeSchema.migrate(dataSource);
 * GridOffice office = GridOffice.builder(clock).store(new JdbcOfficeStore(dataSource))...build();
 * }</pre>
 *
 * <p>Thread-safe (every call takes its own connection). Instants are kept to the microsecond.
 * Database failures surface as {@link StoreFailureException}; nothing of the failed call is
 * committed.
 */
public final class JdbcOfficeStore implements OfficeStore {
    private static final String MATTER_COLUMNS = "area, state, is_open, version, due, problem_reason, problem_since";

    /** Records read per statement where many are read. */
    private static final int CHUNK = 500;

    private final DataSource db;

    /** A store on {@code dataSource}, whose database has the office schema ({@link OfficeSchema#migrate}). */
    public JdbcOfficeStore(DataSource dataSource) {
        this.db = requireNonNull(dataSource, "dataSource");
    }

    @Override
    public MatterId nextId() {
        return Sql.read(db, "nextId", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT nextval('office_matter_id')");
                    ResultSet r = s.executeQuery()) {
                r.next();
                return MatterId.numbered(r.getLong(1));
            }
        });
    }

    /**
     * {@inheritDoc}
     *
     * <p>One statement draws them all from the sequence.
     */
    @Override
    public List<MatterId> nextIds(int count) {
        if (count <= 0) {
            return List.of();
        }
        return Sql.read(db, "nextIds", c -> {
            try (PreparedStatement s =
                    c.prepareStatement("SELECT nextval('office_matter_id') FROM generate_series(1, ?)")) {
                s.setInt(1, count);
                List<MatterId> out = new ArrayList<>(count);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(MatterId.numbered(r.getLong(1)));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public Optional<MatterRecord> find(MatterId id) {
        requireNonNull(id, "id");
        return Sql.read(db, "find", c -> find(c, id.toString()));
    }

    static Optional<MatterRecord> find(Connection c, String id) throws SQLException {
        List<MatterRecord> found = findAll(c, new String[] {id});
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Records with their histories in one statement, the history as an array of entries. */
    private static List<MatterRecord> findAll(Connection c, String[] ids) throws SQLException {
        List<MatterRecord> out = new ArrayList<>(ids.length);
        try (PreparedStatement s = c.prepareStatement("SELECT m.snapshot, m.facts, ARRAY(SELECT t.entry::text"
                + " FROM office_transition t WHERE t.matter = m.id ORDER BY t.version)"
                + " FROM unnest(?::text[]) WITH ORDINALITY AS u(id, n) JOIN office_matter m ON m.id = u.id"
                + " ORDER BY u.n")) {
            s.setArray(1, c.createArrayOf("text", ids));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Matter matter = Rows.matter(r.getString(1));
                    Facts facts = Rows.facts(r.getString(2));
                    out.add(new MatterRecord(
                            matter,
                            MatterHistory.of(facts.report(), facts.area(), facts.category(), entries(r.getArray(3)))));
                }
            }
        }
        return out;
    }

    /** The transitions of a {@code text[]} of history entries. */
    static List<Transition> entries(java.sql.Array entries) throws SQLException {
        String[] json = (String[]) entries.getArray();
        List<Transition> all = new ArrayList<>(json.length);
        for (String e : json) {
            all.add(Rows.transition(e));
        }
        return all;
    }

    /**
     * {@inheritDoc}
     *
     * <p>One statement reads every record and its history.
     */
    @Override
    public List<MatterRecord> findAll(List<MatterId> ids) {
        String[] keys = ids.stream().map(MatterId::toString).toArray(String[]::new);
        return keys.length == 0 ? List.of() : Sql.read(db, "findAll", c -> findAll(c, keys));
    }

    @Override
    public Optional<MatterId> byExternalId(String externalId) {
        requireNonNull(externalId, "externalId");
        return Sql.read(db, "byExternalId", c -> byExternalId(c, externalId));
    }

    private static Optional<MatterId> byExternalId(Connection c, String externalId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM office_matter WHERE external_id = ?")) {
            s.setString(1, externalId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(MatterId.of(r.getString(1))) : Optional.empty();
            }
        }
    }

    @Override
    public MatterRecord commit(MatterChange change) {
        requireNonNull(change, "change");
        return Sql.transaction(db, "commit", c -> Commit.of(c, change));
    }

    /**
     * {@inheritDoc}
     *
     * <p>The whole batch is one transaction of a fixed number of statements, whatever its size. If
     * that transaction fails as a whole (a deadlock with another instance's batch, a constraint no
     * version check foresaw), nothing of it is kept and the changes are committed again one by one,
     * so one bad change never takes the others with it: every other change is committed, then the
     * first failure is thrown (later ones suppressed in it).
     */
    @Override
    public List<Optional<Matter>> commitAll(List<MatterChange> changes) {
        MatterChange.requireDistinct(changes);
        if (changes.isEmpty()) {
            return List.of();
        }
        try {
            return Sql.transaction(db, "commitAll", c -> BatchCommit.of(c, changes));
        } catch (StoreFailureException e) {
            return oneByOne(changes);
        }
    }

    private List<Optional<Matter>> oneByOne(List<MatterChange> changes) {
        List<Optional<Matter>> out = new ArrayList<>(changes.size());
        RuntimeException failure = null;
        for (MatterChange change : changes) {
            try {
                out.add(Optional.of(commit(change).matter()));
            } catch (StaleVersionException e) {
                out.add(Optional.empty());
            } catch (RuntimeException e) {
                out.add(Optional.empty());
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
        return out;
    }

    @Override
    public List<Matter> openMatters(MatterQuery query) {
        requireNonNull(query, "query");
        StringBuilder sql = new StringBuilder("SELECT snapshot FROM office_matter WHERE is_open");
        List<Object> args = new ArrayList<>();
        if (query.area() != null) {
            AreaCode a = query.area();
            String digits = a.toString();
            sql.append(" AND area LIKE ?");
            args.add((a.level() == AreaLevel.CITY ? digits.substring(0, 4) : digits) + "%");
        }
        if (query.state() != null) {
            sql.append(" AND state = ?");
            args.add(query.state().name());
        }
        if (query.dueBefore() != null) {
            sql.append(" AND due < ?");
            args.add(query.dueBefore());
        }
        sql.append(" ORDER BY id");
        return Sql.read(db, "openMatters", c -> {
            try (PreparedStatement s = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < args.size(); i++) {
                    if (args.get(i) instanceof Instant at) {
                        Rows.instant(s, i + 1, at);
                    } else {
                        s.setString(i + 1, (String) args.get(i));
                    }
                }
                List<Matter> out = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(Rows.matter(r.getString(1)));
                    }
                }
                return out;
            }
        });
    }

    /**
     * {@inheritDoc}
     *
     * <p>One statement finds the open matters with a {@code SUMMON} entry (the database reads their
     * entries through the history's key); their records are read {@value #CHUNK} at a time.
     */
    @Override
    public List<MatterRecord> summonedOpenMatters() {
        List<String> ids = Sql.read(db, "summonedOpenMatters", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT m.id FROM office_matter m WHERE m.is_open"
                            + " AND EXISTS (SELECT 1 FROM office_transition t"
                            + " WHERE t.matter = m.id AND t.entry->>'action' = 'SUMMON') ORDER BY m.id");
                    ResultSet r = s.executeQuery()) {
                List<String> out = new ArrayList<>();
                while (r.next()) {
                    out.add(r.getString(1));
                }
                return out;
            }
        });
        List<MatterRecord> out = new ArrayList<>(ids.size());
        for (int from = 0; from < ids.size(); from += CHUNK) {
            String[] chunk =
                    ids.subList(from, Math.min(ids.size(), from + CHUNK)).toArray(String[]::new);
            out.addAll(Sql.read(db, "summonedOpenMatters", c -> findAll(c, chunk)));
        }
        return out;
    }

    @Override
    public Optional<Instant> due(MatterId id) {
        requireNonNull(id, "id");
        return Sql.read(db, "due", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT due FROM office_matter WHERE id = ?")) {
                s.setString(1, id.toString());
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.ofNullable(Rows.instant(r, "due")) : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<Timer> dueTimers(Instant now, int limit) {
        requireNonNull(now, "now");
        return Sql.read(db, "dueTimers", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT matter, metric, cycle, step, at FROM office_timer"
                    + " WHERE at <= ? ORDER BY at, matter, metric_order, cycle, step LIMIT ?")) {
                Rows.instant(s, 1, now);
                s.setInt(2, limit);
                return timers(s);
            }
        });
    }

    /**
     * {@inheritDoc}
     *
     * <p>One statement: the due rows no live lease holds are locked {@code FOR UPDATE SKIP LOCKED}
     * (rows another instance is claiming right now are passed over, not waited for) and stamped
     * with the claimant and its lease.
     */
    @Override
    public List<Timer> claimDue(Instant now, String claimant, Instant leaseUntil, int limit) {
        requireNonNull(now, "now");
        requireNonNull(claimant, "claimant");
        requireNonNull(leaseUntil, "leaseUntil");
        List<Timer> claimed = Sql.transaction(db, "claimDue", c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE office_timer t SET claimed_by = ?, lease_until = ?"
                    + " FROM (SELECT matter, metric, cycle, step FROM office_timer"
                    + " WHERE at <= ? AND (lease_until IS NULL OR lease_until <= ?)"
                    + " ORDER BY at, matter, metric_order, cycle, step LIMIT ? FOR UPDATE SKIP LOCKED) due"
                    + " WHERE t.matter = due.matter AND t.metric = due.metric AND t.cycle = due.cycle"
                    + " AND t.step = due.step RETURNING t.matter, t.metric, t.cycle, t.step, t.at")) {
                s.setString(1, claimant);
                Rows.instant(s, 2, leaseUntil);
                Rows.instant(s, 3, now);
                Rows.instant(s, 4, now);
                s.setInt(5, limit);
                return timers(s);
            }
        });
        List<Timer> ordered = new ArrayList<>(claimed);
        ordered.sort(Timer.DUE_ORDER);
        return ordered;
    }

    @Override
    public List<Timer> timers(MatterId id) {
        requireNonNull(id, "id");
        return Sql.read(db, "timers", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT matter, metric, cycle, step, at FROM office_timer"
                    + " WHERE matter = ? ORDER BY at, metric_order, cycle, step")) {
                s.setString(1, id.toString());
                return timers(s);
            }
        });
    }

    static List<Timer> timers(PreparedStatement s) throws SQLException {
        List<Timer> out = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(new Timer(
                        MatterId.of(r.getString("matter")),
                        Metric.valueOf(r.getString("metric")),
                        r.getInt("cycle"),
                        r.getInt("step"),
                        Rows.instant(r, "at")));
            }
        }
        return out;
    }

    @Override
    public List<ClockProblem> clockProblems() {
        return Sql.read(db, "clockProblems", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id, problem_reason, problem_since FROM office_matter"
                            + " WHERE problem_reason IS NOT NULL ORDER BY id");
                    ResultSet r = s.executeQuery()) {
                List<ClockProblem> out = new ArrayList<>();
                while (r.next()) {
                    out.add(new ClockProblem(
                            MatterId.of(r.getString(1)), r.getString(2), Rows.instant(r, "problem_since")));
                }
                return out;
            }
        });
    }

    @Override
    public List<OutboxEntry> deliverable(Instant now, int limit) {
        requireNonNull(now, "now");
        return Outbox.deliverable(db, now, limit);
    }

    /**
     * {@inheritDoc}
     *
     * <p>One statement: the oldest undelivered row of each matter no live lease holds is locked
     * {@code FOR UPDATE SKIP LOCKED} (a matter another instance is claiming right now is passed over,
     * not waited for) and its run is stamped with the claimant and its lease.
     */
    @Override
    public List<OutboxEntry> claimDeliverable(Instant now, String claimant, Instant leaseUntil, int limit) {
        requireNonNull(now, "now");
        requireNonNull(claimant, "claimant");
        requireNonNull(leaseUntil, "leaseUntil");
        return Outbox.claim(db, now, claimant, leaseUntil, limit);
    }

    @Override
    public void delivered(long sequence) {
        Outbox.delivered(db, sequence);
    }

    /**
     * {@inheritDoc}
     *
     * <p>One transaction of two statements: the rows are locked in sequence order (two offices
     * marking overlapping batches wait for each other instead of deadlocking) and deleted, and the
     * delivered count grows by the rows this call deleted.
     */
    @Override
    public void deliveredAll(List<Long> sequences) {
        Outbox.deliveredAll(db, sequences);
    }

    @Override
    public void failed(long sequence, Instant retryAt) {
        requireNonNull(retryAt, "retryAt");
        Outbox.failed(db, sequence, retryAt);
    }

    @Override
    public OutboxStats outboxStats() {
        return Outbox.stats(db);
    }

    @Override
    public boolean warnVisit(VisitWarning warning) {
        requireNonNull(warning, "warning");
        return Sql.transaction(db, "warnVisit", c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO office_visit_warning (key, warning)"
                    + " VALUES (?, ?::jsonb) ON CONFLICT (key) DO NOTHING")) {
                s.setString(1, warning.key());
                s.setString(2, Rows.json(warning));
                if (s.executeUpdate() == 0) {
                    return false;
                }
            }
            try (PreparedStatement s =
                    c.prepareStatement("INSERT INTO office_outbox (matter, event) VALUES (?, ?::jsonb)")) {
                OfficeEvent event = OfficeEvent.visitWarning(warning);
                s.setString(
                        1,
                        warning.matter() == null
                                ? warning.key()
                                : warning.matter().toString());
                s.setString(2, Rows.json(event));
                s.executeUpdate();
            }
            return true;
        });
    }

    @Override
    public List<VisitWarning> visitWarnings() {
        return Sql.read(db, "visitWarnings", c -> {
            try (PreparedStatement s =
                            c.prepareStatement("SELECT warning FROM office_visit_warning ORDER BY sequence");
                    ResultSet r = s.executeQuery()) {
                List<VisitWarning> out = new ArrayList<>();
                while (r.next()) {
                    out.add(Rows.visitWarning(r.getString(1)));
                }
                return out;
            }
        });
    }

    @Override
    public List<MatterId> closedMatters() {
        return Sql.read(db, "closedMatters", c -> {
            try (PreparedStatement s =
                            c.prepareStatement("SELECT id FROM office_matter WHERE state = 'CLOSED' ORDER BY id");
                    ResultSet r = s.executeQuery()) {
                List<MatterId> out = new ArrayList<>();
                while (r.next()) {
                    out.add(MatterId.of(r.getString(1)));
                }
                return out;
            }
        });
    }

    @Override
    public OfficeSettings settings() {
        return Sql.read(db, "settings", JdbcOfficeStore::settings);
    }

    private static OfficeSettings settings(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT settings FROM office_settings WHERE id = 1");
                ResultSet r = s.executeQuery()) {
            return r.next() ? Rows.settings(r.getString(1)) : OfficeSettings.initial();
        }
    }

    @Override
    public void saveSettings(OfficeSettings next) {
        requireNonNull(next, "settings");
        String json = Rows.json(next);
        Sql.transaction(db, "saveSettings", c -> {
            String sql = next.version() == 1
                    ? "INSERT INTO office_settings (version, settings, id) VALUES (?, ?::jsonb, 1)"
                            + " ON CONFLICT DO NOTHING"
                    : "UPDATE office_settings SET version = ?, settings = ?::jsonb WHERE id = 1 AND version = ?";
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setLong(1, next.version());
                s.setString(2, json);
                if (next.version() != 1) {
                    s.setLong(3, next.version() - 1);
                }
                if (s.executeUpdate() != 1) {
                    throw new StaleSettingsException(
                            next.version() - 1, settings(c).version());
                }
            }
            return null;
        });
    }

    /** The columns an update of a matter sets, in {@link Commit}'s order. */
    static String matterColumns() {
        return MATTER_COLUMNS;
    }

    static UnknownIdException unknown(MatterId id) {
        return new UnknownIdException("matter", id.toString());
    }
}
