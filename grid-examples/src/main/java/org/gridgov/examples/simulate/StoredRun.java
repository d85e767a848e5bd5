package org.gridgov.examples.simulate;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.gridgov.core.GridException;
import org.gridgov.core.InvalidInputException;
import org.gridgov.examples.store.OfficeDatabase;
import org.gridgov.workflow.matter.MatterId;

/**
 * A simulation's progress in the database beside its office: one row with the run's arguments, the
 * steps it finished and its counters, saved after every step. A run started on the database of a
 * crashed one resumes after the last saved step, its clock at that step's end or at the last
 * transition the office committed, whichever is later; a step cut short by the crash is done again,
 * its reports taken in once (by external id) and its moves decided from the stored histories.
 * Counters of the cut step's work done before the crash are lost; the histories are not.
 */
final class StoredRun {
    private final DataSource db;

    /** What a run saved: the arguments, the steps finished and the counters (refused pushes too). */
    record Progress(
            long seed,
            Instant start,
            double rate,
            int steps,
            long refusedReports,
            long refusedPushes,
            long commands,
            long refusedCommands,
            long delivered,
            long failures) {}

    StoredRun(DataSource db) {
        this.db = requireNonNull(db, "db");
        execute("CREATE TABLE IF NOT EXISTS grid_simulation (id int PRIMARY KEY CHECK (id = 1), seed bigint NOT NULL,"
                + " start timestamptz NOT NULL, rate double precision NOT NULL, steps int NOT NULL,"
                + " refused_reports bigint NOT NULL, commands bigint NOT NULL, refused_commands bigint NOT NULL,"
                + " delivered bigint NOT NULL, failures bigint NOT NULL)");
        execute("ALTER TABLE grid_simulation ADD COLUMN IF NOT EXISTS refused_pushes bigint NOT NULL DEFAULT 0");
    }

    /**
     * The progress of the run with these arguments kept here, or empty for a new database.
     *
     * @throws InvalidInputException if the database holds a run with another seed, start or rate
     */
    Optional<Progress> resume(long seed, Instant start, double rate) {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT seed, start, rate, steps, refused_reports,"
                        + " refused_pushes, commands, refused_commands, delivered, failures FROM grid_simulation");
                ResultSet r = s.executeQuery()) {
            if (!r.next()) {
                return Optional.empty();
            }
            Progress p = new Progress(
                    r.getLong(1),
                    r.getTimestamp(2).toInstant(),
                    r.getDouble(3),
                    r.getInt(4),
                    r.getLong(5),
                    r.getLong(6),
                    r.getLong(7),
                    r.getLong(8),
                    r.getLong(9),
                    r.getLong(10));
            if (p.seed() != seed || !p.start().equals(start) || p.rate() != rate) {
                throw new InvalidInputException(
                        "--db",
                        "a new database or one of a run with the same --start, --seed and --rate",
                        "a run with --start " + p.start() + " --seed " + p.seed() + " --rate " + p.rate());
            }
            return Optional.of(p);
        } catch (SQLException e) {
            throw failure("read the simulation's progress", e);
        }
    }

    /** Saves the progress after a finished step. */
    void save(Progress p) {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("INSERT INTO grid_simulation (id, seed, start, rate, steps,"
                        + " refused_reports, refused_pushes, commands, refused_commands, delivered, failures)"
                        + " VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (id) DO UPDATE SET steps = excluded.steps,"
                        + " refused_reports = excluded.refused_reports,"
                        + " refused_pushes = excluded.refused_pushes, commands = excluded.commands,"
                        + " refused_commands = excluded.refused_commands, delivered = excluded.delivered,"
                        + " failures = excluded.failures")) {
            s.setLong(1, p.seed());
            s.setTimestamp(2, Timestamp.from(p.start()));
            s.setDouble(3, p.rate());
            s.setInt(4, p.steps());
            s.setLong(5, p.refusedReports());
            s.setLong(6, p.refusedPushes());
            s.setLong(7, p.commands());
            s.setLong(8, p.refusedCommands());
            s.setLong(9, p.delivered());
            s.setLong(10, p.failures());
            s.executeUpdate();
        } catch (SQLException e) {
            throw failure("save the simulation's progress", e);
        }
    }

    /** The instant of the last transition the office committed, if any. */
    Optional<Instant> lastCommitted() {
        try (Connection c = db.getConnection();
                PreparedStatement s =
                        c.prepareStatement("SELECT max((entry->>'at')::timestamptz) FROM office_transition");
                ResultSet r = s.executeQuery()) {
            r.next();
            Timestamp t = r.getTimestamp(1);
            return t == null ? Optional.empty() : Optional.of(t.toInstant());
        } catch (SQLException e) {
            throw failure("read the last committed instant", e);
        }
    }

    /** Every matter the office holds, in the order they were taken in. */
    List<MatterId> matters() {
        return OfficeDatabase.matters(db);
    }

    private void execute(String sql) {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw failure("create the simulation's progress table", e);
        }
    }

    private static GridException failure(String what, SQLException e) {
        return new GridException("cannot " + what + " in the database of --db: " + e.getMessage(), e);
    }
}
