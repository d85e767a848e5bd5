package org.gridgov.workflow.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.gridgov.workflow.office.OfficeSettings;
import org.gridgov.workflow.testing.Databases;
import org.junit.jupiter.api.Test;

/** Flyway applies the office schema shipped in the jar once; a second start applies nothing. */
class OfficeSchemaTest {

    @Test
    void anEmptyDatabaseGetsTheSchemaOnceAndAStoreWorksOnIt() {
        DataSource db = Databases.empty();

        assertThat(OfficeSchema.migrate(db))
                .as("V1 office, V2 visit warnings, V3 audit")
                .isEqualTo(3);
        assertThat(OfficeSchema.migrate(db)).as("already at the latest version").isZero();

        JdbcOfficeStore store = new JdbcOfficeStore(db);
        assertThat(store.nextId().toString()).isEqualTo("M000001");
        assertThat(store.settings()).isEqualTo(OfficeSettings.initial());
        assertThat(store.outboxStats().pending()).isZero();
    }
}
