package org.gridgov.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gridgov.core.InvalidInputException;
import org.gridgov.examples.store.OfficeDatabase;
import picocli.CommandLine.Option;

/**
 * The required {@code --db DIR|JDBC_URL} of the commands that read a stored office (a picocli
 * mixin). Unlike {@code grid simulate --db}, which creates its folder, a reading command refuses a
 * folder that holds no database (missing, or without PostgreSQL's {@code PG_VERSION}): reading an
 * empty new database would report a clean export or an intact audit trail of nothing.
 */
final class DatabaseOption {
    @Option(
            names = "--db",
            required = true,
            paramLabel = "DIR|JDBC_URL",
            description = "the office database: a folder of grid simulate --db, or a jdbc:postgresql:// URL")
    String db;

    /**
     * Opens the database the option names.
     *
     * @throws InvalidInputException naming {@code --db} and the path if it is a file, or a folder
     *     that does not exist or holds no database
     */
    OfficeDatabase open() {
        if (!db.startsWith("jdbc:")) {
            Path dir = Path.of(db);
            String rule = "a folder written by grid simulate --db, or a jdbc:postgresql:// URL";
            if (!Files.exists(dir)) {
                throw new InvalidInputException("--db", rule + " (no such folder)", db);
            }
            if (!Files.isDirectory(dir)) {
                throw new InvalidInputException("--db", rule + " (a file)", db);
            }
            if (!Files.isRegularFile(dir.resolve("PG_VERSION"))) {
                throw new InvalidInputException("--db", rule + " (this folder holds no database)", db);
            }
        }
        return OfficeDatabase.open(db);
    }
}
