package org.gridgov.workflow.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.gridgov.workflow.office.OfficeSettings;
import org.gridgov.workflow.testing.Databases;
import org.junit.jupiter.api.Test;

/**
 * Flyway applies the office schema shipped in the jar once; a second start applies nothing; a
 * database an earlier release left at V3 (before the outbox claims of V4 and the visits of V5) is
 * brought to the latest version, whatever order those two migrations were added in.
 */
class OfficeSchemaTest {

    @Test
    void anEmptyDatabaseGetsTheSchemaOnceAndAStoreWorksOnIt() {
        DataSource db = Databases.empty();

        assertThat(OfficeSchema.migrate(db))
                .as("V1 office, V2 visit warnings, V3 audit, V4 outbox claims, V5 visits")
                .isEqualTo(Databases.migrations(Integer.MAX_VALUE).size())
                .isGreaterThanOrEqualTo(5);
        assertThat(OfficeSchema.migrate(db)).as("already at the latest version").isZero();

        JdbcOfficeStore store = new JdbcOfficeStore(db);
        assertThat(store.nextId().toString()).isEqualTo("M000001");
        assertThat(store.settings()).isEqualTo(OfficeSettings.initial());
        assertThat(store.outboxStats().pending()).isZero();
    }

    @Test
    void aDatabaseAtV3GetsTheLaterMigrationsInOrderAndKeepsItsRows() throws SQLException {
        DataSource db = Databases.empty();
        Flyway.configure(OfficeSchema.class.getClassLoader())
                .dataSource(db)
                .locations("classpath:" + OfficeSchema.LOCATION)
                .table(OfficeSchema.HISTORY_TABLE)
                .target("3")
                .load()
                .migrate();
        assertThat(versions(db)).containsExactly("1", "2", "3");
        new JdbcOfficeStore(db).nextId();

        int later = Databases.migrations(Integer.MAX_VALUE).size()
                - Databases.migrations(3).size();
        assertThat(OfficeSchema.migrate(db)).isEqualTo(later).isPositive();

        assertThat(versions(db)).as("applied in version order, none failed").endsWith("5");
        assertThat(new JdbcOfficeStore(db).nextId().toString())
                .as("the matter sequence of V1 carries on")
                .isEqualTo("M000002");
        assertThat(count(db, "SELECT count(*) FROM office_visit")).isZero();
        assertThat(count(db, "SELECT count(*) FROM " + OfficeSchema.HISTORY_TABLE + " WHERE NOT success"))
                .isZero();
    }

    private static List<String> versions(DataSource db) throws SQLException {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT version FROM " + OfficeSchema.HISTORY_TABLE
                        + " WHERE version IS NOT NULL ORDER BY installed_rank")) {
            List<String> out = new ArrayList<>();
            while (r.next()) {
                out.add(r.getString(1));
            }
            return out;
        }
    }

    private static long count(DataSource db, String sql) throws SQLException {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
