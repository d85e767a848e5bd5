package org.gridgov.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.area.AreaCode;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.IllegalTransitionException;
import org.gridgov.workflow.matter.Lifecycle;
import org.gridgov.workflow.matter.Location;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterHistory;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.matter.MatterReport;
import org.gridgov.workflow.matter.SourceChannel;
import org.gridgov.workflow.matter.State;
import org.gridgov.workflow.matter.Taxonomy;
import org.gridgov.workflow.matter.Transition;
import org.gridgov.workflow.mode.Authority;
import org.gridgov.workflow.mode.Mode;
import org.gridgov.workflow.mode.ModePolicy;
import org.gridgov.workflow.responsibility.Assignment;
import org.gridgov.workflow.responsibility.Basis;
import org.gridgov.workflow.responsibility.Responsibility;
import org.gridgov.workflow.routing.Severity;
import org.gridgov.workflow.testing.Jingkou;
import org.gridgov.workflow.testing.Reports;
import org.gridgov.workflow.time.ManualClock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Thousands of random commands from several threads against one engine: no illegal state, no lost
 * update, every accepted command exactly once in its matter's history, replay equals state, and
 * listeners hear every transition once, in order.
 */
class ConcurrentCommandsTest {
    private static final int THREADS = 4;
    /** The states and actions the run must reach to have tested the interesting transitions. */
    private static final Set<State> STATES_TO_REACH =
            EnumSet.of(State.CLOSED, State.SUSPENDED, State.RETURNED, State.RESOLVED);

    private static final Set<Action> ACTIONS_TO_TAKE =
            EnumSet.of(Action.REOPEN, Action.REWORK, Action.ESCALATE, Action.GRANT_EXTENSION);
    /**
     * Each thread goes on until this many of its commands were accepted (stale ones are refused) and
     * the accepted commands together reached every state and action to reach.
     */
    private static final int ACCEPTED_PER_THREAD = 300;
    /** A bound on each thread's attempts: an engine that refuses nearly everything fails the test. */
    private static final int MAX_COMMANDS_PER_THREAD = 20_000;

    private static final int MATTERS = 24;
    private static final String CHIEF = "district:chief";
    private static final List<String> PARTIES = List.of("gw-1", "gw-2", "gw-3", "community:a", "street:b", "dept:c");
    private static final List<AreaCode> GRIDS = List.of(
            Jingkou.GRID_1,
            Jingkou.GRID_2,
            Jingkou.JIUHAIJIE_GRID_1,
            Jingkou.JIANKANGLU_STREET.child(1).child(1));

    private record Accepted(MatterId matter, long expected, long version, Action action, String actor) {}

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1L, 42L, 20261121L})
    void randomCommandsFromSeveralThreadsLoseNothingAndReplayToTheStoredState(long seed) throws Exception {
        ManualClock clock = ManualClock.at("2026-06-01T08:00:00+08:00");
        Map<MatterId, List<Transition>> heard = new ConcurrentHashMap<>();
        MatterEngine engine = MatterEngine.builder(clock)
                .modePolicy(new ModePolicy(List.of(new Authority(Jingkou.DISTRICT, Set.of(CHIEF))), true))
                .listener((m, t) -> heard.computeIfAbsent(
                                t.matter(), k -> Collections.synchronizedList(new ArrayList<>()))
                        .add(t))
                .build();
        SplittableRandom root = new SplittableRandom(seed);
        List<MatterId> ids = new ArrayList<>();
        for (int i = 0; i < MATTERS; i++) {
            ids.add(engine.report(randomReport(root, i), PARTIES.get(root.nextInt(PARTIES.size())))
                    .id());
        }

        Map<String, Accepted> accepted = new ConcurrentHashMap<>();
        Set<String> versionsTaken = ConcurrentHashMap.newKeySet();
        Set<State> reached = ConcurrentHashMap.newKeySet();
        Set<Action> taken = ConcurrentHashMap.newKeySet();
        AtomicInteger duplicates = new AtomicInteger();
        List<Callable<Integer>> workers = new ArrayList<>();
        for (int w = 0; w < THREADS; w++) {
            SplittableRandom random = root.split();
            int worker = w;
            workers.add(() -> {
                int rejected = 0;
                int mine = 0;
                for (int i = 0;
                        (mine < ACCEPTED_PER_THREAD
                                        || !reached.containsAll(STATES_TO_REACH)
                                        || !taken.containsAll(ACTIONS_TO_TAKE))
                                && i < MAX_COMMANDS_PER_THREAD;
                        i++) {
                    clock.advance(Duration.ofSeconds(1 + random.nextInt(600)));
                    if (random.nextInt(200) == 0) {
                        Mode mode = random.nextBoolean() ? Mode.EMERGENCY : Mode.NORMAL;
                        engine.switchMode(Jingkou.ZHENGDONGLU_STREET, mode, CHIEF, "drill " + worker + "-" + i);
                        continue;
                    }
                    MatterId id = ids.get(random.nextInt(ids.size()));
                    String actor = "w" + worker + "-" + i;
                    Command command = randomCommand(random, engine.get(id), actor);
                    try {
                        Matter after = engine.handle(command);
                        accepted.put(
                                actor,
                                new Accepted(id, command.expectedVersion(), after.version(), command.action(), actor));
                        mine++;
                        reached.add(after.state());
                        taken.add(command.action());
                        if (!versionsTaken.add(id + "#" + after.version())) {
                            duplicates.incrementAndGet();
                        }
                    } catch (StaleVersionException | IllegalTransitionException | InvalidInputException e) {
                        rejected++;
                    }
                }
                return rejected;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        int rejected = 0;
        try {
            for (Future<Integer> f : pool.invokeAll(workers)) {
                rejected += f.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(duplicates).as("two accepted commands got the same version").hasValue(0);
        Map<String, Transition> byActor = new HashMap<>();
        Set<Action> actionsSeen = EnumSet.noneOf(Action.class);
        Set<State> statesSeen = EnumSet.noneOf(State.class);
        for (MatterId id : ids) {
            MatterHistory history = engine.history(id);
            Matter stored = engine.get(id);
            assertThat(history.replay()).as("replay of %s", id).isEqualTo(stored);
            Matter step = Lifecycle.start(
                    history.report(),
                    history.area(),
                    history.category(),
                    history.transitions().get(0));
            assertWellFormed(step);
            for (Transition t : history.since(1)) {
                step = Lifecycle.apply(step, t);
                assertWellFormed(step);
            }
            assertThat(history.version()).isEqualTo(stored.version());
            List<Transition> steps = history.transitions();
            for (int v = 0; v < steps.size(); v++) {
                Transition t = steps.get(v);
                assertThat(t.version()).isEqualTo(v + 1L);
                if (v > 0) {
                    assertThat(t.from()).isEqualTo(steps.get(v - 1).to());
                    assertThat(t.at()).isAfterOrEqualTo(steps.get(v - 1).at());
                    assertThat(Lifecycle.target(t.from(), t.action()))
                            .as("%s allowed in %s", t.action(), t.from())
                            .isPresent();
                }
                if (t.action() != Action.REPORT && t.action() != Action.REROUTE) {
                    assertThat(byActor.put(t.actor(), t))
                            .as("command %s twice in history", t.actor())
                            .isNull();
                }
                actionsSeen.add(t.action());
                statesSeen.add(t.to());
            }
            assertThat(heard.get(id)).as("listener heard %s", id).isEqualTo(steps);
        }
        assertThat(byActor.keySet()).isEqualTo(accepted.keySet());
        for (Accepted a : accepted.values()) {
            Transition t = byActor.get(a.actor());
            assertThat(t.matter()).isEqualTo(a.matter());
            assertThat(t.version()).isEqualTo(a.version());
            assertThat(a.version()).as("accepted on the version it saw").isEqualTo(a.expected() + 1);
            assertThat(t.action()).isEqualTo(a.action());
        }
        assertThat(accepted.size() + rejected).isLessThanOrEqualTo(THREADS * MAX_COMMANDS_PER_THREAD);
        // how many commands go stale depends on the interleaving; each thread's quota does not
        assertThat(accepted).as("accepted commands").hasSizeGreaterThanOrEqualTo(THREADS * ACCEPTED_PER_THREAD);
        // the histories hold what the accepted commands reached (the run went on until they had)
        assertThat(statesSeen).containsAll(STATES_TO_REACH);
        assertThat(actionsSeen).containsAll(ACTIONS_TO_TAKE);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7L, 8L})
    void theSameWorkOrderReportedFromSeveralThreadsBecomesOneMatter(long seed) throws Exception {
        ManualClock clock = ManualClock.at("2026-06-01T08:00:00+08:00");
        AtomicInteger reports = new AtomicInteger();
        MatterEngine engine = MatterEngine.builder(clock)
                .listener((m, t) -> reports.incrementAndGet())
                .build();
        SplittableRandom root = new SplittableRandom(seed);
        List<Callable<Set<MatterId>>> workers = new ArrayList<>();
        for (int w = 0; w < THREADS; w++) {
            SplittableRandom random = root.split();
            workers.add(() -> {
                Set<MatterId> seen = new HashSet<>();
                for (int i = 0; i < 200; i++) {
                    String order = "12345-" + random.nextInt(20);
                    MatterReport report = MatterReport.builder()
                            .from(Reports.sewageOverflowInWeChatGroup(Jingkou.GRID_1))
                            .channel(SourceChannel.HOTLINE_12345)
                            .externalId(order)
                            .build();
                    Matter m = engine.report(report, "operator-" + random.nextInt(5));
                    assertThat(m.report().externalId()).contains(order);
                    seen.add(m.id());
                }
                return seen;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        Set<MatterId> all = new HashSet<>();
        try {
            for (Future<Set<MatterId>> f : pool.invokeAll(workers)) {
                all.addAll(f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(all).hasSizeLessThanOrEqualTo(20);
        assertThat(reports).hasValue(all.size());
        for (MatterId id : all) {
            assertThat(engine.history(id).transitions()).hasSize(1);
        }
    }

    /** What every matter must satisfy, whatever happened to it. */
    private static void assertWellFormed(Matter m) {
        State s = m.state();
        assertThat(m.resumeTo().isPresent()).as("%s resumeTo", m.id()).isEqualTo(s == State.SUSPENDED);
        m.resumeTo()
                .ifPresent(back ->
                        assertThat(back).isNotIn(State.SUSPENDED, State.CLOSED, State.REJECTED, State.REPORTED));
        if (m.extensionPending()) {
            assertThat(s).isIn(State.ACCEPTED, State.IN_PROGRESS, State.SUSPENDED);
        }
        assertThat(m.routing().isPresent())
                .as("%s routed", m.id())
                .isEqualTo(s != State.REPORTED && s != State.REJECTED);
        Responsibility r = m.responsibility();
        if (r.basis() == Basis.DESIGNATED || r.basis() == Basis.FALLBACK) {
            assertThat(r.owner()).isEqualTo(r.lead());
        }
        if (s == State.DISPATCHED || s == State.ACCEPTED || s == State.IN_PROGRESS) {
            assertThat(r.designatedLead())
                    .as("%s has a lead while worked on", m.id())
                    .isPresent();
        }
        assertThat(r.coHandlers()).doesNotContainNull();
        if (r.lead() != null) {
            assertThat(r.coHandlers()).doesNotContain(r.lead());
        }
        assertThat(r.sinceVersion()).isBetween(1L, m.version());
    }

    private static MatterReport randomReport(SplittableRandom random, int i) {
        List<String> categories =
                Taxonomy.defaults().categories().stream().map(c -> c.code()).toList();
        MatterReport.Builder b = MatterReport.builder()
                .channel(SourceChannel.values()[random.nextInt(4)])
                .category(categories.get(random.nextInt(categories.size())))
                .location(Location.of(GRIDS.get(random.nextInt(GRIDS.size()))))
                .severity(Severity.values()[random.nextInt(Severity.values().length)])
                .description("matter " + i);
        if (random.nextInt(3) == 0) {
            b.addOtherAreas(GRIDS.get(random.nextInt(GRIDS.size())));
        }
        return b.build();
    }

    private static Command randomCommand(SplittableRandom random, Matter current, String actor) {
        List<Action> allowed = new ArrayList<>(Lifecycle.allowed(current.state()));
        allowed.remove(Action.REROUTE);
        Action action;
        if (!allowed.isEmpty() && random.nextInt(10) < 8) {
            action = allowed.get(random.nextInt(allowed.size()));
        } else {
            List<Action> any = new ArrayList<>(EnumSet.complementOf(EnumSet.of(Action.REPORT, Action.REROUTE)));
            any.removeIf(Action::systemOnly);
            action = any.get(random.nextInt(any.size()));
        }
        long version = random.nextInt(12) == 0 ? current.version() - 1 - random.nextInt(3) : current.version();
        Command c = Command.of(current.id(), version, action, actor);
        if (random.nextInt(8) != 0) {
            c = c.because("reason of " + actor);
        }
        if (action == Action.DISPATCH || action == Action.DESIGNATE || action == Action.HAND_OVER) {
            String lead = PARTIES.get(random.nextInt(PARTIES.size()));
            String co = PARTIES.get(random.nextInt(PARTIES.size()));
            c = c.assigning(
                    action == Action.HAND_OVER || co.equals(lead) ? Assignment.to(lead) : Assignment.to(lead, co));
        }
        return c;
    }
}
