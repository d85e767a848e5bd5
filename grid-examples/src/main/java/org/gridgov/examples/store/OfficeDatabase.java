package org.gridgov.examples.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.gridgov.core.GridException;
import org.gridgov.core.InvalidInputException;
import org.gridgov.workflow.matter.MatterHistory;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.store.jdbc.JdbcOfficeStore;
import org.gridgov.workflow.store.jdbc.OfficeSchema;

/**
 * The database behind {@code --db DIR|JDBC_URL}: a {@code jdbc:postgresql://} URL is a server the
 * host runs; anything else is a folder holding an embedded PostgreSQL (zonky's binaries, the same
 * SQL and locking as production), created on first use and kept between runs. The office schema is
 * applied on open ({@link OfficeSchema#migrate}).
 *
 * <p>A run killed with SIGKILL leaves its embedded server running over the folder (its
 * {@code postmaster.pid} names it); opening the folder again stops that server first, as its owner
 * is gone, and PostgreSQL's own crash recovery makes the folder whole.
 */
public final class OfficeDatabase implements AutoCloseable {
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    /** Held strongly: Flyway's per-run INFO lines are not the tool's output. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    private final HikariDataSource pool;
    private final EmbeddedPostgres server;

    private OfficeDatabase(HikariDataSource pool, EmbeddedPostgres server) {
        this.pool = pool;
        this.server = server;
    }

    /**
     * Opens {@code spec} (a folder or a {@code jdbc:postgresql:} URL) with the office schema in it.
     *
     * @throws InvalidInputException if it is another kind of URL, a file, or cannot be reached
     */
    public static OfficeDatabase open(String spec) {
        FLYWAY_LOG.setLevel(Level.WARNING);
        if (spec.startsWith("jdbc:")) {
            if (!spec.startsWith("jdbc:postgresql:")) {
                throw new InvalidInputException(
                        "--db", "a folder or a jdbc:postgresql:// URL", "a JDBC URL of another kind");
            }
            return migrated(pool(spec, null), null);
        }
        Path dir = Path.of(spec);
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new InvalidInputException("--db", "a folder or a jdbc:postgresql:// URL", "a file");
        }
        EmbeddedPostgres pg;
        try {
            Files.createDirectories(dir);
            stopOrphan(dir);
            pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .start();
        } catch (IOException e) {
            throw new GridException("cannot start the embedded PostgreSQL in " + dir + ": " + e.getMessage(), e);
        }
        return migrated(pool(pg.getJdbcUrl("postgres", "postgres"), pg), pg);
    }

    private static OfficeDatabase migrated(HikariDataSource pool, EmbeddedPostgres pg) {
        OfficeDatabase db = new OfficeDatabase(pool, pg);
        try (Connection c = pool.getConnection()) {
            c.isValid(5);
        } catch (SQLException | RuntimeException e) {
            db.close();
            throw new GridException("cannot connect to the database of --db: " + rootMessage(e), e);
        }
        OfficeSchema.migrate(pool);
        return db;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static HikariDataSource pool(String url, EmbeddedPostgres pg) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        if (pg != null) {
            config.setUsername("postgres");
        }
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(0);
        config.setInitializationFailTimeout(-1);
        config.setConnectionTimeout(10_000);
        return new HikariDataSource(config);
    }

    /** Stops the server a killed run left on {@code dir}, if its process still lives. */
    private static void stopOrphan(Path dir) throws IOException {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> server = lines.isEmpty()
                ? Optional.empty()
                : ProcessHandle.of(Long.parseLong(lines.get(0).strip()));
        Optional<ProcessHandle> postgres = server.filter(
                p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (postgres.isPresent()) {
            ProcessHandle p = postgres.get();
            p.destroy(); // SIGTERM: PostgreSQL's smart shutdown; its clients died with their JVM
            try {
                p.onExit().get(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while stopping the orphaned server " + p.pid(), e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IOException("the orphaned server " + p.pid() + " did not stop", e);
            }
        }
        Files.deleteIfExists(pidFile);
    }

    /**
     * Every matter in the office database {@code db}, in the order they were taken in (ids are
     * numbered in intake order).
     */
    public static List<MatterId> matters(DataSource db) {
        List<MatterId> out = new ArrayList<>();
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT id FROM office_matter ORDER BY length(id), id");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(MatterId.of(r.getString(1)));
            }
            return out;
        } catch (SQLException e) {
            throw new GridException("cannot list the matters in the database of --db: " + e.getMessage(), e);
        }
    }

    /** Every matter's full history, in the order they were taken in. */
    public List<MatterHistory> histories() {
        JdbcOfficeStore store = new JdbcOfficeStore(pool);
        List<MatterHistory> out = new ArrayList<>();
        for (MatterId id : matters(pool)) {
            out.add(store.find(id).orElseThrow().history());
        }
        return out;
    }

    /** The pool on the database, with the office schema. */
    public DataSource dataSource() {
        return pool;
    }

    /** Closes the pool and stops the embedded server, if one was started. */
    @Override
    public void close() {
        pool.close();
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                // the data is committed; a server that does not stop cleanly recovers on next start
            }
        }
    }
}
