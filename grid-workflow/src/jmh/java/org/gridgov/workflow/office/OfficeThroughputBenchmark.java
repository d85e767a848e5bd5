package org.gridgov.workflow.office;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gridgov.core.area.Area;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.plan.GridPlan;
import org.gridgov.core.staff.Person;
import org.gridgov.core.staff.Posting;
import org.gridgov.core.staff.Role;
import org.gridgov.core.staff.Roster;
import org.gridgov.workflow.engine.Command;
import org.gridgov.workflow.engine.MatterEngine;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.Location;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterReport;
import org.gridgov.workflow.matter.Reporter;
import org.gridgov.workflow.matter.SourceChannel;
import org.gridgov.workflow.routing.Severity;
import org.gridgov.workflow.sla.SlaScheduler;
import org.gridgov.workflow.time.ManualClock;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Report-to-close throughput: one operation is a resident's report taken in and moved through the
 * whole loop (register, dispatch, accept, start, resolve, verify, close: eight transitions), on one
 * thread. Three ways side by side in the same run:
 *
 * <ul>
 *   <li>{@code office}: through a {@link GridOffice} with the "357" clocks folded into every
 *       transition, timers, the outbox and the plan and roster checks, on the in-memory store, and
 *       a {@code tick()} after each matter (as a host's timer thread would), which delivers and
 *       empties the outbox;
 *   <li>{@code engineWithSla}: the parts wired by hand as before the office, a {@link MatterEngine}
 *       with a {@link SlaScheduler} as its listener;
 *   <li>{@code bareEngine}: the {@link MatterEngine} alone, no clocks (the baseline).
 * </ul>
 *
 * <p>The clock stands at Monday 2026-03-02 09:00 in Zhenjiang, so no timer falls due: what is
 * measured is the cost of keeping clocks, timers and the outbox with every transition, not of
 * firing steps. Each iteration starts on fresh stores (set-up, not measured); matters accumulate
 * within an iteration as they would in a district.
 *
 * <p><b>Fixed batches</b> ({@code officeBatch}, {@code engineWithSlaBatch}, {@code bareEngineBatch}):
 * the same loop {@value #BATCH} times per invocation, each invocation on fresh stores ({@link
 * FreshBatch}, set up per invocation and not measured; {@link Mode#AverageTime}, time per loop). In the throughput methods the faster side takes in more matters per iteration, so its maps
 * grow larger and it collects more garbage: the sides are not measured on the same store sizes, which
 * handicaps the faster one (the bare engine) and flatters the ratio a little, and the iterations
 * spread with the heap's state. A fixed batch gives every side the same 20,000 matters per shot, so
 * its ratio is the fairer one; the throughput methods stay for comparison with the earlier runs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx4g", "-Xms4g"})
public class OfficeThroughputBenchmark {
    private static final AreaCode DISTRICT = AreaCode.parse("321102");
    private static final AreaCode STREET = DISTRICT.child(1);
    private static final AreaCode COMMUNITY = STREET.child(1);
    private static final AreaCode GRID = COMMUNITY.child(1);
    private static final Instant MONDAY_MORNING =
            OffsetDateTime.parse("2026-03-02T09:00+08:00").toInstant();
    /** Report-to-close loops per shot of the fixed-batch methods. */
    static final int BATCH = 20_000;

    private GridOffice office;
    private MatterEngine engineWithSla;
    private MatterEngine bareEngine;

    @Setup(Level.Iteration)
    public void freshStores() {
        ManualClock clock = ManualClock.of(MONDAY_MORNING, ZoneId.of("Asia/Shanghai"));
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
        office = GridOffice.builder(clock).plan(plan, roster).build();
        engineWithSla = MatterEngine.builder(clock)
                .listener(SlaScheduler.builder(clock).build())
                .build();
        bareEngine = MatterEngine.builder(clock).build();
    }

    @Benchmark
    public Matter office() {
        Matter m = office.report(report(), "gw-1");
        for (Action a : LOOP) {
            m = office.handle(command(m, a));
        }
        office.tick(); // a host ticks: the outbox is delivered and emptied, nothing falls due
        return m;
    }

    @Benchmark
    public Matter engineWithSla() {
        return through(engineWithSla);
    }

    @Benchmark
    public Matter bareEngine() {
        return through(bareEngine);
    }

    /** Fresh stores for every invocation of a fixed-batch method (about 100 ms each: set-up cost is not measured). */
    @State(Scope.Thread)
    public static class FreshBatch {
        final OfficeThroughputBenchmark stores = new OfficeThroughputBenchmark();

        @Setup(Level.Invocation)
        public void fresh() {
            stores.freshStores();
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    @OperationsPerInvocation(BATCH)
    public Matter officeBatch(FreshBatch b) {
        Matter m = null;
        for (int i = 0; i < BATCH; i++) {
            m = b.stores.office();
        }
        return m;
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    @OperationsPerInvocation(BATCH)
    public Matter engineWithSlaBatch(FreshBatch b) {
        return batch(b.stores.engineWithSla);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    @OperationsPerInvocation(BATCH)
    public Matter bareEngineBatch(FreshBatch b) {
        return batch(b.stores.bareEngine);
    }

    private static Matter batch(MatterEngine engine) {
        Matter m = null;
        for (int i = 0; i < BATCH; i++) {
            m = through(engine);
        }
        return m;
    }

    private static Matter through(MatterEngine engine) {
        Matter m = engine.report(report(), "gw-1");
        for (Action a : LOOP) {
            m = engine.handle(command(m, a));
        }
        return m;
    }

    private static final List<Action> LOOP = List.of(
            Action.REGISTER, Action.DISPATCH, Action.ACCEPT, Action.START, Action.RESOLVE, Action.VERIFY, Action.CLOSE);

    private static Command command(Matter m, Action a) {
        Command c =
                Command.on(m, a, a == Action.REGISTER || a == Action.VERIFY || a == Action.CLOSE ? "disp-1" : "gw-1");
        return a == Action.DISPATCH
                ? c.assigning(org.gridgov.workflow.responsibility.Assignment.to("gw-1"))
                : a == Action.RESOLVE ? c.because("疏通管道") : c;
    }

    private static MatterReport report() {
        return MatterReport.builder()
                .channel(SourceChannel.WECHAT_GROUP)
                .category("SANITATION")
                .location(Location.of(GRID))
                .severity(Severity.LOW)
                .reporter(new Reporter("居民", "13800001234"))
                .description("小区污水外溢")
                .build();
    }
}
