package org.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.gridgov.core.audit.AuditEvent;
import org.gridgov.core.audit.AuditTrail;
import org.gridgov.core.audit.Outcome;
import org.gridgov.core.audit.Purpose;
import org.gridgov.examples.store.OfficeDatabase;
import org.gridgov.workflow.store.jdbc.JdbcAuditStore;
import org.gridgov.workflow.time.ManualClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code grid audit verify --db DIR}: exit 0 on an intact trail, exit 1 naming the first broken
 * entry by sequence after a row is changed or deleted through JDBC, never printing a stored value.
 * Starts embedded PostgreSQL on one folder a few times, some seconds.
 */
class AuditVerifyCommandTest {
    @Test
    void anIntactTrailExitsZeroAndARowChangedThroughJdbcExitsOneNamingItsSequence(@TempDir Path dir)
            throws SQLException {
        Path db = dir.resolve("db");
        try (OfficeDatabase database = OfficeDatabase.open(db.toString())) {
            ManualClock clock = ManualClock.at("2026-12-14T08:00:00.25Z");
            AuditTrail trail =
                    AuditTrail.of(new JdbcAuditStore(database.dataSource()), clock, AuditTrail.DEFAULT_RETENTION);
            for (int i = 1; i <= 6; i++) {
                clock.advance(Duration.ofMinutes(i));
                trail.append(new AuditEvent(
                        "gw-" + i,
                        "REVEAL_VALUE",
                        "M00000" + i,
                        "321102001001001",
                        Purpose.of("matter.handling"),
                        i == 3 ? Outcome.REFUSED : Outcome.ALLOWED));
            }
        }
        CliRun intact = CliRun.of("audit", "verify", "--db", db.toString());
        assertThat(intact.exit()).as(intact.err()).isZero();
        assertThat(intact.out()).contains("intact: 6 entries");

        try (OfficeDatabase database = OfficeDatabase.open(db.toString());
                Connection c = database.dataSource().getConnection();
                Statement s = c.createStatement()) {
            s.execute("ALTER TABLE audit_entry DISABLE TRIGGER USER;"
                    + " UPDATE audit_entry SET outcome = 'ALLOWED', record = 'M999999' WHERE sequence = 3;"
                    + " ALTER TABLE audit_entry ENABLE TRIGGER USER");
        }
        CliRun broken = CliRun.of("audit", "verify", "--db", db.toString());
        assertThat(broken.exit()).as(broken.err()).isEqualTo(Grid.FINDINGS);
        assertThat(broken.out()).contains("broken at entry 3 (tampered)").doesNotContain("M999999", "gw-3");

        try (OfficeDatabase database = OfficeDatabase.open(db.toString());
                Connection c = database.dataSource().getConnection();
                Statement s = c.createStatement()) {
            s.execute("ALTER TABLE audit_entry DISABLE TRIGGER USER;"
                    + " DELETE FROM audit_entry WHERE sequence IN (2, 3);"
                    + " ALTER TABLE audit_entry ENABLE TRIGGER USER");
        }
        CliRun missing = CliRun.of("audit", "verify", "--db", db.toString());
        assertThat(missing.exit()).isEqualTo(Grid.FINDINGS);
        assertThat(missing.out()).contains("broken at entry 2 (missing)");
    }
}
