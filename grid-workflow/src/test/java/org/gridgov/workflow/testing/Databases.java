package org.gridgov.workflow.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.gridgov.workflow.store.jdbc.OfficeSchema;

/**
 * A real PostgreSQL for tests: one embedded server per test JVM (zonky's binaries, no Docker),
 * started on first use and stopped when the JVM exits. Each {@link #fresh()} store is a new schema
 * of one database with the office schema's SQL run in it (Flyway itself is tested once, in
 * {@code OfficeSchemaTest}), so a test starts empty in milliseconds.
 */
public final class Databases {
    private static final String DATABASE = "offices";
    private static final AtomicInteger NEXT = new AtomicInteger();

    private Databases() {}

    private static final class Server {
        static final EmbeddedPostgres PG = start();

        private static EmbeddedPostgres start() {
            try {
                EmbeddedPostgres pg = EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setServerConfig("max_connections", "200")
                        .start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> close(pg)));
                execute(pg.getPostgresDatabase(), "CREATE DATABASE " + DATABASE);
                return pg;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static void close(EmbeddedPostgres pg) {
            try {
                pg.close();
            } catch (IOException e) {
                // the JVM is exiting; the temporary data directory goes with zonky's cleaner
            }
        }
    }

    /** A data source on a new schema with the office tables and nothing in them. */
    public static DataSource fresh() {
        String schema = "office_" + NEXT.incrementAndGet();
        execute(
                Server.PG.getDatabase("postgres", DATABASE),
                "CREATE SCHEMA " + schema + "; SET search_path TO " + schema + "; " + SQL);
        return pool(Server.PG.getJdbcUrl("postgres", DATABASE) + "&currentSchema=" + schema);
    }

    /** A small pool, as a host would put in front of its database. */
    private static DataSource pool(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("postgres");
        config.setMaximumPoolSize(8);
        config.setMinimumIdle(0);
        config.setIdleTimeout(10_000);
        return new HikariDataSource(config);
    }

    /** The office schema's migrations, read from the jar as a host's own tool would. */
    private static final String SQL = migrations(Integer.MAX_VALUE).stream()
            .map(name -> read(OfficeSchema.LOCATION + "/" + name))
            .collect(Collectors.joining());

    /**
     * The names of the office schema's migration files up to version {@code through}, in version
     * order ({@code V1__office.sql}, ...): every file there is, so a new migration needs no change
     * here.
     */
    public static List<String> migrations(int through) {
        try {
            Path folder = Path.of(OfficeSchema.class
                    .getClassLoader()
                    .getResource(OfficeSchema.LOCATION)
                    .toURI());
            try (Stream<Path> files = Files.list(folder)) {
                return files.map(f -> f.getFileName().toString())
                        .filter(n -> n.matches("V[0-9]+__.*\\.sql") && version(n) <= through)
                        .sorted(Comparator.comparingInt(Databases::version))
                        .toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int version(String migration) {
        return Integer.parseInt(migration.substring(1, migration.indexOf("__")));
    }

    private static String read(String resource) {
        try (InputStream in = OfficeSchema.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new database with nothing in it (no schema). */
    public static DataSource empty() {
        String name = "empty_" + NEXT.incrementAndGet();
        execute(Server.PG.getPostgresDatabase(), "CREATE DATABASE " + name);
        return Server.PG.getDatabase("postgres", name);
    }

    private static void execute(DataSource db, String sql) {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
