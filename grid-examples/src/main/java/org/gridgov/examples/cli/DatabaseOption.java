package org.gridgov.examples.cli;

import org.gridgov.examples.store.OfficeDatabase;
import picocli.CommandLine.Option;

/** The required {@code --db DIR|JDBC_URL} of the commands that read a stored office (a picocli mixin). */
final class DatabaseOption {
    @Option(
            names = "--db",
            required = true,
            paramLabel = "DIR|JDBC_URL",
            description = "the office database: a folder of grid simulate --db, or a jdbc:postgresql:// URL")
    String db;

    /** Opens the database the option names. */
    OfficeDatabase open() {
        return OfficeDatabase.open(db);
    }
}
