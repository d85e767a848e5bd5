package org.gridgov.workflow.sla;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.matter.State;
import org.gridgov.workflow.matter.Transition;
import org.gridgov.workflow.routing.Severity;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One sweep that fires 100,000 due timers, with {@code matters} open matters under "357" (each
 * reported, so each has two running clocks: RESPONSE 3h and RESOLUTION 5wd) on the China calendar.
 * 100,000 matters are reported on Monday 2026-03-02 at 09:00, the rest at 11:00; the sweep runs at
 * 11:00, when exactly the first 100,000 RESPONSE clocks have passed their yellow light (10:30) and
 * nothing else is due. The baseline is the same sweep with no other matters ({@code matters} =
 * 100,000), so the ratio shows what the 900,000 matters that are not due cost the sweep.
 *
 * <p>Every iteration builds a fresh scheduler (setup, not measured) and measures one sweep
 * (single shot). The iteration setup also states the retained heap of the scheduler: heap used
 * after {@code System.gc()} with the scheduler built, minus heap used after {@code System.gc()}
 * before it was built, from {@link Runtime#totalMemory()} minus {@link Runtime#freeMemory()} (the
 * benchmark runs inside the module, which does not read {@code java.management}; printed as
 * {@code retained heap}). The fork runs
 * with {@code -Xmx1g}, so the million matters fit in 1 GB or the setup fails.
 */
@org.openjdk.jmh.annotations.State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx1g", "-Xms1g"})
public class SlaSweepBenchmark {
    private static final int DUE = 100_000;
    private static final Instant EARLY =
            OffsetDateTime.parse("2026-03-02T09:00+08:00").toInstant();
    private static final Instant LATE =
            OffsetDateTime.parse("2026-03-02T11:00+08:00").toInstant();

    @Param({"100000", "1000000"})
    public int matters;

    private SweepClock clock;
    private SlaScheduler scheduler;
    private int fired;

    @Setup(Level.Iteration)
    public void build() {
        scheduler = null;
        long before = usedAfterGc();
        clock = new SweepClock(EARLY);
        scheduler = SlaScheduler.builder(clock)
                .policy(SlaPolicy.the357())
                .calendar(WorkingCalendar.china())
                .build();
        for (int i = 0; i < matters; i++) {
            Instant at = i < DUE ? EARLY : LATE;
            scheduler.observe(
                    "SANITATION",
                    Severity.LOW,
                    new Transition(
                            MatterId.of("M" + i), 1, Action.REPORT, null, State.REPORTED, "gw-1", at, "", null, null));
        }
        clock.now = LATE;
        long after = usedAfterGc();
        System.out.printf(
                "%nretained heap: %,d matters, %,d running clocks: %,d bytes (%.1f MiB, %.0f bytes per matter)%n",
                matters,
                2L * matters,
                after - before,
                (after - before) / 1048576.0,
                (after - before) / (double) matters);
    }

    @Benchmark
    public List<SlaEvent> sweep() {
        List<SlaEvent> events = scheduler.fireDue();
        fired = events.size();
        return events;
    }

    @TearDown(Level.Iteration)
    public void check() {
        if (fired != DUE) {
            throw new IllegalStateException("expected " + DUE + " timers to fire, fired " + fired);
        }
    }

    private static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** A clock the benchmark sets. */
    static final class SweepClock extends java.time.Clock {
        Instant now;

        SweepClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneId.of("Asia/Shanghai");
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
