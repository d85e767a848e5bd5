package org.gridgov.workflow.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.gridgov.core.area.Area;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.plan.GridPlan;
import org.gridgov.core.staff.Person;
import org.gridgov.core.staff.Posting;
import org.gridgov.core.staff.Role;
import org.gridgov.core.staff.Roster;
import org.gridgov.workflow.engine.Command;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.Location;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterReport;
import org.gridgov.workflow.matter.SourceChannel;
import org.gridgov.workflow.office.GridOffice;
import org.gridgov.workflow.office.InMemoryOfficeStore;
import org.gridgov.workflow.office.Intake;
import org.gridgov.workflow.office.OfficeStore;
import org.gridgov.workflow.office.Tick;
import org.gridgov.workflow.routing.Severity;
import org.gridgov.workflow.time.ManualClock;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * The office on its durable store against the in-memory store, in the same run.
 *
 * <ul>
 *   <li>{@code intake} (throughput, 1 and 4 threads): one operation is a resident's report taken in
 *       and registered, two transitions each committed with the matter's "357" clocks, timers and
 *       outbox entries (on PostgreSQL: two transactions), every transition its own commit.
 *   <li>{@code intakeBatched} (throughput per report, 1 and 4 threads): {@value #BATCH} reports taken
 *       in by one {@code reportAll}, each matter's change atomic with its clocks, timers and outbox,
 *       the batch one transaction on PostgreSQL.
 *   <li>{@code sharedTimers} (single shot): {@value #DUE} reported matters whose 3-hour answer
 *       falls due at once (its warnings, breach and ladder steps); two offices on the same database (or one on the in-memory store, which
 *       cannot be shared) tick until nothing is due; each tick fires a claimed batch of matters in
 *       one transaction, and delivers the outbox. Firings per second = the steps fired (printed
 *       after each shot, with the events each office delivered to its listeners) / the time.
 * </ul>
 *
 * <p>PostgreSQL 17 is embedded (zonky) with its default, durable settings (fsync and synchronous
 * commit on), behind a HikariCP pool of 8, as a host would run it.
 */
@State(Scope.Benchmark)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx2g"})
public class DurableOfficeBenchmark {
    static final int DUE = 2_000;
    static final int BATCH = 100;
    private static final AreaCode DISTRICT = AreaCode.parse("321102");
    private static final AreaCode STREET = DISTRICT.child(1);
    private static final AreaCode COMMUNITY = STREET.child(1);
    private static final AreaCode GRID = COMMUNITY.child(1);
    private static final Instant MONDAY_MORNING =
            OffsetDateTime.parse("2026-03-02T09:00+08:00").toInstant();
    private static final AtomicInteger DATABASES = new AtomicInteger();
    /** After the areas: built from them. */
    private static final List<MatterReport> BATCH_REPORTS = Collections.nCopies(BATCH, sewage());

    @Param({"memory", "postgres"})
    public String store;

    private EmbeddedPostgres pg;
    private HikariDataSource pool;
    private ManualClock clock;
    private GridOffice office;
    private GridOffice second;

    @Setup(Level.Trial)
    public void server() throws IOException {
        if (store.equals("postgres")) {
            pg = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "100")
                    .start();
        }
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        if (pg != null) {
            pg.close();
        }
    }

    @Setup(Level.Iteration)
    public void freshOffices() {
        if (pool != null) {
            pool.close();
        }
        clock = ManualClock.of(MONDAY_MORNING, ZoneId.of("Asia/Shanghai"));
        if (store.equals("postgres")) {
            String name = "bench_" + DATABASES.incrementAndGet();
            execute(pg.getPostgresDatabase(), "CREATE DATABASE " + name);
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(pg.getJdbcUrl("postgres", name));
            config.setUsername("postgres");
            config.setMaximumPoolSize(8);
            pool = new HikariDataSource(config);
            OfficeSchema.migrate(pool);
            office = office(new JdbcOfficeStore(pool));
            second = office(new JdbcOfficeStore(pool));
        } else {
            office = office(new InMemoryOfficeStore());
            second = null;
        }
    }

    @TearDown(Level.Iteration)
    public void closeOffices() {
        office.close();
        if (second != null) {
            second.close();
        }
    }

    private GridOffice office(OfficeStore s) {
        GridPlan plan = GridPlan.of(
                1,
                List.of(
                        Area.of(DISTRICT, "京口区"),
                        Area.of(STREET, "正东路街道"),
                        Area.of(COMMUNITY, "贺家弄社区"),
                        Area.of(GRID, "贺家弄第1网格")),
                List.of());
        Roster roster = Roster.of(
                List.of(Person.builder().id("gw-1").name("网格员").build()),
                List.of(Posting.of("gw-1", GRID, Role.FULL_TIME_WORKER)));
        return GridOffice.builder(clock).plan(plan, roster).store(s).build();
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Matter intake() {
        return reportAndRegister(office);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(4)
    public Matter intake4Threads() {
        return reportAndRegister(office);
    }

    /**
     * The batched intake: {@value #BATCH} reports taken in by one {@link GridOffice#reportAll} (one
     * transaction on PostgreSQL), each with its clocks, timers and outbox; the score is per report.
     */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(BATCH)
    public List<Intake> intakeBatched() {
        return office.reportAll(BATCH_REPORTS, "gw-1");
    }

    /** {@link #intakeBatched} from 4 threads at once. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(BATCH)
    @Threads(4)
    public List<Intake> intakeBatched4Threads() {
        return office.reportAll(BATCH_REPORTS, "gw-1");
    }

    /** The state {@code sharedTimers} starts from: {@value #DUE} matters whose answer is due. */
    @State(Scope.Benchmark)
    public static class DueMatters {
        @Setup(Level.Iteration)
        public void registerAndWait(DurableOfficeBenchmark b) {
            // not registered: the 3-hour answer clock runs
            b.office.reportAll(Collections.nCopies(DUE, sewage()), "gw-1");
            b.clock.advance(Duration.ofHours(4)); // past it: the warnings, the breach and its ladder fall due
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int sharedTimers(DueMatters due) throws Exception {
        if (second == null) {
            int[] a = tickUntilQuiet(office);
            System.out.printf("steps fired: %d, events delivered: %d%n", a[0], a[1]);
            return a[0];
        }
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Future<int[]> fa = two.submit(() -> tickUntilQuiet(office));
            Future<int[]> fb = two.submit(() -> tickUntilQuiet(second));
            int[] a = fa.get();
            int[] b = fb.get();
            System.out.printf(
                    "steps fired: %d, events delivered: %d (first office %d, second %d)%n",
                    a[0] + b[0], a[1] + b[1], a[1], b[1]);
            return a[0] + b[0];
        } finally {
            two.shutdownNow();
        }
    }

    /** Ticks until a tick fires nothing; returns {steps fired, events delivered to its listeners}. */
    private static int[] tickUntilQuiet(GridOffice o) {
        int fired = 0;
        int delivered = 0;
        for (Tick t = o.tick(); ; t = o.tick()) {
            fired += t.stepsFired();
            delivered += t.delivered();
            if (t.stepsFired() == 0) {
                return new int[] {fired, delivered};
            }
        }
    }

    private static Matter reportAndRegister(GridOffice o) {
        return o.handle(Command.on(report(o), Action.REGISTER, "disp-1"));
    }

    private static Matter report(GridOffice o) {
        return o.report(sewage(), "gw-1");
    }

    private static MatterReport sewage() {
        return MatterReport.builder()
                .channel(SourceChannel.WECHAT_GROUP)
                .category("SANITATION")
                .location(Location.of(GRID))
                .severity(Severity.LOW)
                .build();
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
