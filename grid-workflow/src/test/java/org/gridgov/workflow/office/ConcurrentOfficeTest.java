package org.gridgov.workflow.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.workflow.testing.Jingkou.GRID_1;
import static org.gridgov.workflow.testing.Jingkou.GRID_2;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gridgov.core.InvalidInputException;
import org.gridgov.workflow.engine.Command;
import org.gridgov.workflow.engine.StaleVersionException;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.IllegalTransitionException;
import org.gridgov.workflow.matter.Lifecycle;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.matter.Transition;
import org.gridgov.workflow.responsibility.Assignment;
import org.gridgov.workflow.time.ManualClock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Commands, clock moves and ticks from several threads at once on one office (per-matter locks,
 * no global lock): no step fires twice, nothing due is left, and every history replays to its
 * matter.
 */
class ConcurrentOfficeTest {
    private static final int THREADS = 4;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11L, 12L, 13L})
    void commandsAndTicksFromSeveralThreadsFireEachStepOnce(long seed) throws Exception {
        ManualClock clock = ManualClock.at("2026-04-01T09:00:00+08:00");
        InMemoryOfficeStore store = new InMemoryOfficeStore();
        GridOffice office = District.office(clock).store(store).build();
        List<MatterId> ids = new ArrayList<>();
        Random root = new Random(seed);
        for (int i = 0; i < 40; i++) {
            ids.add(office.report(District.sewage(i % 2 == 0 ? GRID_1 : GRID_2), "gw-1")
                    .id());
        }
        List<Callable<Integer>> workers = new ArrayList<>();
        for (int w = 0; w < THREADS; w++) {
            Random random = new Random(root.nextLong());
            boolean timekeeper = w == 0;
            workers.add(() -> {
                int done = 0;
                for (int i = 0; i < 400; i++) {
                    if (timekeeper && random.nextInt(10) == 0) {
                        clock.advance(Duration.ofMinutes(random.nextInt(24 * 60)));
                    } else if (random.nextInt(8) == 0) {
                        office.tick();
                    } else {
                        done += act(office, ids.get(random.nextInt(ids.size())), random) ? 1 : 0;
                    }
                }
                return done;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        int accepted = 0;
        try {
            for (Future<Integer> f : pool.invokeAll(workers)) {
                accepted += f.get();
            }
        } finally {
            pool.shutdown();
        }
        office.tick();

        assertThat(accepted).isPositive();
        int fired = 0;
        for (MatterId id : ids) {
            Set<String> keys = new HashSet<>();
            for (Transition t : office.history(id).transitions()) {
                if (t.step() != null) {
                    assertThat(keys.add(t.step().key()))
                            .as("%s %s once", id, t.step().key())
                            .isTrue();
                    fired++;
                }
            }
            assertThat(office.history(id).replay()).isEqualTo(office.matter(id));
        }
        assertThat(fired).isPositive();
        assertThat(store.dueTimers(clock.instant(), 1))
                .as("nothing due is left")
                .isEmpty();
        assertThat(office.health().outbox().pending()).isZero();
    }

    private static boolean act(GridOffice office, MatterId id, Random random) {
        Matter m = office.matter(id);
        List<Action> allowed = new ArrayList<>(Lifecycle.allowed(m.state()));
        allowed.remove(Action.REROUTE);
        if (allowed.isEmpty()) {
            return false;
        }
        Action action = allowed.get(random.nextInt(allowed.size()));
        Command c = Command.on(m, action, "gw-2").because("concurrent " + action);
        if (action == Action.DISPATCH || action == Action.DESIGNATE || action == Action.HAND_OVER) {
            c = c.assigning(Assignment.to(District.WORKERS.get(random.nextInt(District.WORKERS.size()))));
        }
        try {
            office.handle(c);
            return true;
        } catch (StaleVersionException | IllegalTransitionException | InvalidInputException e) {
            return false;
        }
    }
}
