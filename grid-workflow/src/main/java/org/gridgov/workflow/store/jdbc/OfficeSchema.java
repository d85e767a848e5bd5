package org.gridgov.workflow.store.jdbc;

import static java.util.Objects.requireNonNull;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The durable office store's schema: versioned SQL in the jar under {@value #LOCATION}
 * ({@code V1__office.sql}, ...), applied by Flyway with its own history table
 * {@value #HISTORY_TABLE}, so the host's own migrations (Flyway's default {@code db/migration})
 * are not mixed in. A host that applies SQL with its own tool (Liquibase, a DBA's script) runs the
 * same files in version order and skips {@link #migrate}.
 */
public final class OfficeSchema {
    /** Where the migrations are on the class path. */
    public static final String LOCATION = "db/grid-office";

    /** Flyway's history table for the office schema. */
    public static final String HISTORY_TABLE = "grid_office_schema_history";

    private OfficeSchema() {}

    /**
     * Brings the database of {@code dataSource} (its default schema) to the latest office schema;
     * does nothing if it is there. Safe to call on every start of every instance: Flyway takes a
     * lock while it migrates.
     *
     * @return the number of migrations applied
     */
    public static int migrate(DataSource dataSource) {
        requireNonNull(dataSource, "dataSource");
        return Flyway.configure(OfficeSchema.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:" + LOCATION)
                .table(HISTORY_TABLE)
                .baselineOnMigrate(false)
                .load()
                .migrate()
                .migrationsExecuted;
    }
}
