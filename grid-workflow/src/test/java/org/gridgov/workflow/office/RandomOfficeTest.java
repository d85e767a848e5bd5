package org.gridgov.workflow.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.workflow.testing.Jingkou.GRID_1;
import static org.gridgov.workflow.testing.Jingkou.GRID_2;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.area.Area;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.area.GridResolver;
import org.gridgov.core.plan.MergeGrids;
import org.gridgov.core.plan.PlanHistory;
import org.gridgov.workflow.engine.Command;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.IllegalTransitionException;
import org.gridgov.workflow.matter.Lifecycle;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterHistory;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.matter.Transition;
import org.gridgov.workflow.responsibility.Assignment;
import org.gridgov.workflow.sla.ClockStatus;
import org.gridgov.workflow.sla.SlaClock;
import org.gridgov.workflow.time.ManualClock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random reports, commands, clock jumps, a re-plan and ticks, seeded: every step that fell due
 * fired exactly once and is in the history; a new office on the same store rebuilds the same
 * clocks and responsibility from the histories and fires nothing again.
 */
class RandomOfficeTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1L, 2L, 3L, 4L, 5L, 6L})
    void everyDueStepFiresOnceAndARestartRebuildsTheSameClocks(long seed) {
        Random random = new Random(seed);
        ManualClock clock = ManualClock.at("2026-03-02T09:00:00+08:00");
        InMemoryOfficeStore store = new InMemoryOfficeStore();
        GridOffice office = District.office(clock).store(store).build();
        List<AreaCode> grids = new ArrayList<>(List.of(GRID_1, GRID_2, District.GRID_3));
        List<MatterId> ids = new ArrayList<>();
        boolean replanned = false;
        for (int step = 0; step < 600; step++) {
            int k = random.nextInt(100);
            if (k < 12 || ids.isEmpty()) {
                AreaCode grid = grids.get(random.nextInt(grids.size()));
                ids.add(office.report(District.sewage(grid), pick(random, District.WORKERS))
                        .id());
            } else if (k < 72) {
                act(office, ids.get(random.nextInt(ids.size())), random);
            } else if (k < 86) {
                clock.advance(Duration.ofMinutes(random.nextInt(3 * 24 * 60)));
            } else if (k < 98 || replanned) {
                office.tick();
            } else {
                PlanHistory history = PlanHistory.start(office.plan(), clock)
                        .apply(
                                new MergeGrids(List.of(GRID_2, District.GRID_3), Area.of(GRID_2, "贺家弄第2网格")),
                                "planner-1",
                                "merge");
                office.revisePlan(history, District.roster(), GridResolver.NONE, "planner-1");
                grids.remove(District.GRID_3);
                replanned = true;
            }
        }
        office.tick();
        Instant now = clock.instant();

        assertThat(store.dueTimers(now, 1)).as("nothing due is left unfired").isEmpty();
        List<String> before = new ArrayList<>();
        int firedTotal = 0;
        for (MatterId id : ids) {
            MatterHistory h = office.history(id);
            assertThat(h.replay()).isEqualTo(office.matter(id));
            Set<String> keys = new HashSet<>();
            Instant last = Instant.MIN;
            for (Transition t : h.transitions()) {
                assertThat(t.at()).isAfterOrEqualTo(last);
                last = t.at();
                if (t.step() != null) {
                    assertThat(keys.add(t.step().key()))
                            .as("%s fired once", t.step().key())
                            .isTrue();
                    firedTotal++;
                    assertThat(t.step().dueAt()).isBeforeOrEqualTo(t.at());
                    assertThat(t.actor()).isEqualTo("system:sla");
                }
            }
            for (SlaClock c : office.clocks(id)) {
                if (c.status() == ClockStatus.RUNNING
                        && c.due() != null
                        && c.due().isBefore(now)) {
                    assertThat(keys).as("%s breached", c.metric()).contains(c.metric() + "/" + c.cycle() + "/BREACH");
                }
            }
            before.add(snapshot(office, id));
        }

        assertThat(firedTotal)
                .as("the run reached deadlines")
                .isGreaterThan(ids.size())
                .isPositive();

        GridOffice restarted = District.office(clock).store(store).build();
        if (replanned) {
            restarted.revisePlan(
                    PlanHistory.start(District.plan(), clock)
                            .apply(
                                    new MergeGrids(List.of(GRID_2, District.GRID_3), Area.of(GRID_2, "贺家弄第2网格")),
                                    "planner-1",
                                    "merge"),
                    District.roster(),
                    GridResolver.NONE,
                    "planner-1");
        }
        List<String> after = new ArrayList<>();
        for (MatterId id : ids) {
            after.add(snapshot(restarted, id));
        }
        assertThat(after).isEqualTo(before);
        assertThat(restarted.tick().stepsFired()).isZero();
        List<String> again = new ArrayList<>();
        for (MatterId id : ids) {
            again.add(snapshot(restarted, id));
        }
        assertThat(again).isEqualTo(before);
    }

    private static void act(GridOffice office, MatterId id, Random random) {
        Matter m = office.matter(id);
        List<Action> allowed = new ArrayList<>(Lifecycle.allowed(m.state()));
        allowed.remove(Action.REROUTE);
        if (allowed.isEmpty()) {
            return;
        }
        Action action = allowed.get(random.nextInt(allowed.size()));
        Command c = Command.on(m, action, pick(random, District.WORKERS)).because("random " + action);
        if (action == Action.DISPATCH || action == Action.DESIGNATE || action == Action.HAND_OVER) {
            c = c.assigning(Assignment.to(pick(random, District.WORKERS)));
        }
        try {
            office.handle(c);
        } catch (IllegalTransitionException | InvalidInputException e) {
            assertThat(office.matter(id)).isEqualTo(m);
        }
    }

    private static String snapshot(GridOffice office, MatterId id) {
        StringBuilder s = new StringBuilder(id.toString())
                .append(" v")
                .append(office.matter(id).version())
                .append(' ')
                .append(office.responsibility(id))
                .append(' ')
                .append(office.timers(id));
        for (SlaClock c : office.clocks(id)) {
            s.append(' ')
                    .append(c.metric())
                    .append('/')
                    .append(c.cycle())
                    .append(' ')
                    .append(c.status())
                    .append(" due ")
                    .append(c.due())
                    .append(" elapsed ")
                    .append(c.elapsed());
        }
        return s.toString();
    }

    private static String pick(Random random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
