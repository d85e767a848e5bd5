package org.gridgov.workflow.store.jdbc;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import javax.sql.DataSource;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.area.AreaLevel;
import org.gridgov.workflow.office.VisitBook;
import org.gridgov.workflow.office.VisitLedger;
import org.gridgov.workflow.visit.VisitRecord;

/**
 * The durable {@link VisitLedger} on PostgreSQL: table {@code office_visit} of migration {@code
 * V5__visits.sql} (applied with the office schema by {@link OfficeSchema#migrate}), on the same
 * data source as the {@link JdbcOfficeStore}, so a {@link VisitBook}'s visits survive a restart:
 *
 * <pre>{@code
 * OfficeSchema.migrate(dataSource);
 * VisitBook book = VisitBook.of(clock, trail, register::visitSubjects, new JdbcVisitLedger(dataSource));
 * GridOffice office = GridOffice.builder(clock).store(new JdbcOfficeStore(dataSource)).auditTrail(trail)
 *     .visits(VisitPolicy.seeds(), book, from)...build();
 * }</pre>
 *
 * <p>Like every ledger it has no public reads: the visits (personal data) are read through the
 * book's scope checks and audit. A visit is one row under its id (the primary key): a second
 * record under an id, from a retried call or another instance, inserts nothing and gets the first
 * row back. Instants are kept to the microsecond (the book stamps them so). Database failures
 * surface as {@link StoreFailureException}, whose message names the operation, never a value of
 * the visit. Thread-safe (every call takes its own connection).
 */
public final class JdbcVisitLedger extends VisitLedger {
    private static final String COLUMNS = "grid, visitor, subject, at, outcome, location";

    /** Beyond this, an instant is past PostgreSQL's range: a bound there is infinity. */
    private static final Instant FAR = Instant.parse("+100000-01-01T00:00:00Z");

    /** Every row a statement selects (by grid, then visit). */
    private static final BiPredicate<String, VisitRecord> ALL = (grid, visit) -> true;

    private final DataSource db;

    /** A ledger on {@code dataSource}, whose database has the office schema ({@link OfficeSchema#migrate}). */
    public JdbcVisitLedger(DataSource dataSource) {
        this.db = requireNonNull(dataSource, "dataSource");
    }

    @Override
    protected VisitRecord keep(String id, VisitRecord visit, AreaCode grid) {
        return Sql.read(db, "recording a visit", c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO office_visit (id, " + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING")) {
                s.setString(1, id);
                s.setString(2, grid.toString());
                s.setString(3, visit.visitor());
                s.setString(4, visit.subject());
                Rows.instant(s, 5, visit.at());
                s.setString(6, visit.outcome().name());
                s.setString(7, visit.location());
                if (s.executeUpdate() == 1) {
                    return visit;
                }
            }
            // rows are never deleted: the one that had the id is there
            List<VisitRecord> before = query(c, "SELECT " + COLUMNS + " FROM office_visit WHERE id = ?", ALL, id);
            return before.get(0);
        });
    }

    @Override
    protected List<VisitRecord> inArea(AreaCode area, Instant from, Instant to) {
        // The prefix narrows (a city holds the codes of its first four digits); contains decides.
        String code = area.toString();
        String prefix = area.level() == AreaLevel.CITY ? code.substring(0, 4) : code;
        return Sql.read(
                db,
                "listing an area's visits",
                c -> query(
                        c,
                        "SELECT " + COLUMNS + " FROM office_visit WHERE grid LIKE ? AND at >= ? AND at < ?"
                                + " ORDER BY sequence",
                        (g, v) -> area.contains(AreaCode.parse(g)) && within(v.at(), from, to),
                        prefix + "%",
                        lower(from),
                        upper(to)));
    }

    @Override
    protected List<VisitRecord> ofSubject(String subject) {
        return Sql.read(
                db,
                "listing a subject's visits",
                c -> query(
                        c,
                        "SELECT " + COLUMNS + " FROM office_visit WHERE subject = ? ORDER BY sequence",
                        ALL,
                        subject));
    }

    @Override
    protected List<VisitRecord> between(Instant from, Instant to) {
        return Sql.read(
                db,
                "reading the visits of days",
                c -> query(
                        c,
                        "SELECT " + COLUMNS + " FROM office_visit WHERE at >= ? AND at < ? ORDER BY sequence",
                        (g, v) -> within(v.at(), from, to),
                        lower(from),
                        upper(to)));
    }

    /** A bound at or before {@code at} that the database holds exactly (microseconds). */
    private static Instant lower(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    /** A bound after {@code at} that the database holds exactly; infinity far out. */
    private static Instant upper(Instant at) {
        return at.isAfter(FAR) ? Instant.MAX : at.truncatedTo(ChronoUnit.MICROS).plus(1, ChronoUnit.MICROS);
    }

    private static boolean within(Instant at, Instant from, Instant to) {
        return !at.isBefore(from) && at.isBefore(to);
    }

    private static List<VisitRecord> query(
            Connection c, String sql, BiPredicate<String, VisitRecord> keep, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                if (args[i] instanceof Instant at) {
                    Rows.instant(s, i + 1, at);
                } else {
                    s.setString(i + 1, (String) args[i]);
                }
            }
            List<VisitRecord> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    VisitRecord v = new VisitRecord(
                            r.getString("visitor"),
                            r.getString("subject"),
                            Rows.instant(r, "at"),
                            outcome(r.getString("outcome")),
                            r.getString("location"));
                    if (keep.test(r.getString("grid"), v)) {
                        out.add(v);
                    }
                }
            }
            return out;
        }
    }

    private static VisitRecord.Outcome outcome(String name) {
        try {
            return VisitRecord.Outcome.valueOf(name);
        } catch (IllegalArgumentException e) {
            // a newer writer's outcome that this version cannot read; the value is a code, not personal
            throw new IllegalStateException("a stored visit's outcome does not read: " + name, e);
        }
    }
}
