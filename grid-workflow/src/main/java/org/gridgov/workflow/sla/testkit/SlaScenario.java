package org.gridgov.workflow.sla.testkit;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gridgov.core.area.AreaCode;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.engine.MatterEngine;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.Location;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.matter.MatterReport;
import org.gridgov.workflow.matter.SourceChannel;
import org.gridgov.workflow.mode.Authority;
import org.gridgov.workflow.mode.Mode;
import org.gridgov.workflow.mode.ModePolicy;
import org.gridgov.workflow.routing.Severity;
import org.gridgov.workflow.sla.Metric;
import org.gridgov.workflow.sla.SlaClock;
import org.gridgov.workflow.sla.SlaEvent;
import org.gridgov.workflow.sla.SlaPolicy;
import org.gridgov.workflow.sla.SlaScheduler;
import org.gridgov.workflow.time.ManualClock;
import org.gridgov.workflow.time.TimeLimit;

/**
 * A policy test in a few lines: given a policy and a calendar, report matters, apply lifecycle
 * actions, advance a virtual clock by clock or working time, then check due instants, warnings,
 * breaches and ladder steps.
 *
 * <pre>{@code
 * SlaScenario s = SlaScenario.of(SlaPolicy.the357(), WorkingCalendar.china(), "2026-02-13T16:00+08:00");
 * MatterId m = s.report("SANITATION", Severity.LOW);
 * s.act(m, Action.REGISTER)
 *  .expectDue(m, Metric.RESOLUTION, "2026-02-27T16:00+08:00")
 *  .advance("5wd")
 *  .expectFired(m, Metric.RESOLUTION, "BREACH", "2026-02-27T16:00+08:00");
 * }</pre>
 *
 * <p>Behind it run the real {@link MatterEngine} (default taxonomy and routing, matters in the grid
 * {@link #GRID} of Jingkou district) and a real {@link SlaScheduler}; every advance sweeps the
 * scheduler once, at the new instant, like a host whose timer fires late. Actions get a reason and
 * (for dispatch) an assignment to {@code gw-1} automatically. Expectation failures throw
 * {@link AssertionError} with the clock's timeline, so the kit needs no test library. Times are ISO
 * 8601 with an offset. For tests (depend on grid-workflow in test scope to use it in yours); not
 * thread-safe.
 *
 * <p>This kit tests an SLA policy alone, on the bare scheduler. To test a district's own
 * configuration (categories, routing, admissions, modes and SLA together, as the office runs them)
 * use {@link org.gridgov.workflow.testkit.PolicyKit}; both make their moves (times, clock advances,
 * commands) through the same {@link ScenarioMoves}.
 */
public final class SlaScenario {
    /** The grid matters are reported in: a grid of 和家弄 community, 正东路 street, 京口区. */
    public static final AreaCode GRID = AreaCode.parse("321102001001001");
    /** The actor allowed to switch the district's mode. */
    public static final String DISTRICT_HEAD = "district:head";

    private static final AreaCode DISTRICT = AreaCode.parse("321102");

    private final ManualClock clock;
    private final SlaScheduler scheduler;
    private final MatterEngine engine;
    private final List<SlaEvent> events = new ArrayList<>();

    private SlaScenario(SlaPolicy policy, WorkingCalendar calendar, Instant start) {
        this.clock = ManualClock.of(start, calendar.zone());
        this.scheduler =
                SlaScheduler.builder(clock).policy(policy).calendar(calendar).build();
        this.engine = MatterEngine.builder(clock)
                .modePolicy(new ModePolicy(List.of(new Authority(DISTRICT, Set.of(DISTRICT_HEAD))), true))
                .listener(scheduler)
                .build();
    }

    /** A scenario starting at {@code start} (e.g. {@code 2026-02-13T16:00+08:00}). */
    public static SlaScenario of(SlaPolicy policy, WorkingCalendar calendar, String start) {
        return new SlaScenario(
                requireNonNull(policy, "policy"), requireNonNull(calendar, "calendar"), time("start", start));
    }

    /** Reports a matter now, from a WeChat group, in {@link #GRID}; returns its id. */
    public MatterId report(String category, Severity severity) {
        Matter m = engine.report(
                MatterReport.builder()
                        .channel(SourceChannel.WECHAT_GROUP)
                        .category(category)
                        .location(Location.of(GRID))
                        .severity(severity)
                        .description("test kit matter")
                        .build(),
                "gw-1");
        return m.id();
    }

    /** Applies an action now, by {@code gw-1}, with a reason and (for dispatch) an assignment. */
    public SlaScenario act(MatterId matter, Action action) {
        engine.handle(ScenarioMoves.command(engine.get(matter), action, "gw-1", "test kit"));
        return this;
    }

    /** Applies actions in order, all at the current instant. */
    public SlaScenario act(MatterId matter, Action... actions) {
        for (Action a : actions) {
            act(matter, a);
        }
        return this;
    }

    /** Switches the whole district to {@code mode} now (open matters are re-routed). */
    public SlaScenario switchMode(Mode mode) {
        engine.switchMode(DISTRICT, mode, DISTRICT_HEAD, "test kit");
        return this;
    }

    /**
     * Advances the clock by a limit: clock time ({@code 3h}) is added, working time ({@code 4wh},
     * {@code 2wd}) is counted on the scheduler's calendar from now; then sweeps once.
     */
    public SlaScenario advance(String limit) {
        return advanceTo(ScenarioMoves.after(clock, limit, scheduler.calendar()));
    }

    /** Advances the clock to {@code time} (ISO 8601) and sweeps once. */
    public SlaScenario advanceTo(String time) {
        return advanceTo(time("time", time));
    }

    private SlaScenario advanceTo(Instant next) {
        ScenarioMoves.moveTo(clock, next);
        return sweep();
    }

    /** Sweeps the scheduler now (again), as a host calling twice would. */
    public SlaScenario sweep() {
        events.addAll(scheduler.fireDue());
        return this;
    }

    /** Replaces the calendar (a correction), recomputing open deadlines. */
    public SlaScenario correctCalendar(WorkingCalendar corrected, String reason) {
        scheduler.changeCalendar(corrected, reason);
        return this;
    }

    /** Replaces the policy (a new version), recomputing open deadlines. */
    public SlaScenario changePolicy(SlaPolicy next, String reason) {
        scheduler.changePolicy(next, reason);
        return this;
    }

    /** The current instant. */
    public Instant now() {
        return clock.instant();
    }

    /** A snapshot of one clock now. */
    public SlaClock clock(MatterId matter, Metric metric) {
        return scheduler
                .clock(matter, metric)
                .orElseThrow(() -> new AssertionError(matter + " has no " + metric + " clock"));
    }

    /** Every event fired so far, in firing order. */
    public List<SlaEvent> events() {
        return List.copyOf(events);
    }

    /** The events of one clock, in firing order. */
    public List<SlaEvent> events(MatterId matter, Metric metric) {
        return events.stream()
                .filter(e -> e.matter().equals(matter) && e.metric() == metric)
                .toList();
    }

    /** The scheduler, for checks the kit does not offer. */
    public SlaScheduler scheduler() {
        return scheduler;
    }

    /** The engine, for actions the kit does not offer. */
    public MatterEngine engine() {
        return engine;
    }

    /** Expects the clock's due instant. */
    public SlaScenario expectDue(MatterId matter, Metric metric, String time) {
        SlaClock c = clock(matter, metric);
        Instant expected = time("expected due", time);
        if (!expected.equals(c.due())) {
            throw failure(c, "due " + time, c.due() == null ? "unknown (paused)" : local(c.due()));
        }
        return this;
    }

    /** Expects the clock's current target (e.g. {@code 7wd}). */
    public SlaScenario expectTarget(MatterId matter, Metric metric, String limit) {
        SlaClock c = clock(matter, metric);
        if (!c.target().equals(TimeLimit.parse(limit))) {
            throw failure(c, "target " + limit, c.target() + " by rule " + c.rule());
        }
        return this;
    }

    /** Expects that step {@code step} ({@code YELLOW}, {@code BREACH}, a ladder step id) fired once, scheduled at {@code time}. */
    public SlaScenario expectFired(MatterId matter, Metric metric, String step, String time) {
        List<SlaEvent> hits = events(matter, metric).stream()
                .filter(e -> e.step().equals(step))
                .toList();
        Instant expected = time("expected time", time);
        if (hits.size() != 1 || !hits.get(0).scheduledAt().equals(expected)) {
            throw failure(
                    clock(matter, metric),
                    step + " fired once at " + time,
                    hits.stream().map(e -> local(e.scheduledAt())).toList() + "");
        }
        return this;
    }

    /** Expects that step {@code step} has not fired. */
    public SlaScenario expectNotFired(MatterId matter, Metric metric, String step) {
        List<SlaEvent> hits = events(matter, metric).stream()
                .filter(e -> e.step().equals(step))
                .toList();
        if (!hits.isEmpty()) {
            throw failure(
                    clock(matter, metric),
                    step + " not fired",
                    "fired at " + local(hits.get(0).scheduledAt()));
        }
        return this;
    }

    /** Expects exactly these steps, in this order, to have fired for the clock. */
    public SlaScenario expectSteps(MatterId matter, Metric metric, String... steps) {
        List<String> fired = events(matter, metric).stream().map(SlaEvent::step).toList();
        if (!fired.equals(List.of(steps))) {
            throw failure(clock(matter, metric), "steps " + List.of(steps), fired.toString());
        }
        return this;
    }

    private AssertionError failure(SlaClock c, String expected, String actual) {
        StringBuilder s = new StringBuilder()
                .append(c.matter())
                .append(' ')
                .append(c.metric())
                .append(": expected ")
                .append(expected)
                .append(" but was ")
                .append(actual)
                .append("\nnow ")
                .append(local(now()))
                .append("; timeline:");
        c.timeline().forEach(e -> s.append("\n  ").append(e));
        return new AssertionError(s.toString());
    }

    private String local(Instant t) {
        return t.atZone(scheduler.calendar().zone()).toOffsetDateTime().toString();
    }

    private static Instant time(String what, String text) {
        return ScenarioMoves.time(what, text);
    }
}
