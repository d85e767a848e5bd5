package org.gridgov.workflow.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.engine.Command;
import org.gridgov.workflow.engine.MatterEngine;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.IllegalTransitionException;
import org.gridgov.workflow.matter.Lifecycle;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.responsibility.Assignment;
import org.gridgov.workflow.testing.Jingkou;
import org.gridgov.workflow.testing.Reports;
import org.gridgov.workflow.time.ManualClock;
import org.junit.jupiter.api.Test;

/**
 * Four threads handle their own matters through one engine whose listener is the scheduler, while a
 * fifth sweeps without pause; between rounds the clock moves on 37 minutes. No step fires twice, and
 * the clocks the scheduler ends with equal those rebuilt from the engine's histories.
 */
class ConcurrentSlaTest {
    private static final int THREADS = 4;
    private static final int ROUNDS = 120;
    private static final List<Action> ACTIONS = List.of(
            Action.REGISTER,
            Action.DISPATCH,
            Action.ACCEPT,
            Action.START,
            Action.SUSPEND,
            Action.RESUME,
            Action.RESOLVE,
            Action.REWORK,
            Action.VERIFY,
            Action.CLOSE,
            Action.REOPEN,
            Action.ESCALATE);

    @Test
    void concurrentTransitionsAndSweepsFireEachStepOnceAndLeaveConsistentClocks() throws Exception {
        ManualClock clock = ManualClock.at("2026-03-02T09:00:00+08:00");
        SlaScheduler sla = SlaScheduler.builder(clock)
                .policy(SlaPolicy.the357())
                .calendar(WorkingCalendar.china())
                .build();
        MatterEngine engine = MatterEngine.builder(clock).listener(sla).build();
        ConcurrentLinkedQueue<SlaEvent> fired = new ConcurrentLinkedQueue<>();
        List<List<MatterId>> owned = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            List<MatterId> mine = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                mine.add(engine.report(Reports.sewageOverflowInWeChatGroup(Jingkou.GRID_1), "gw-" + t)
                        .id());
            }
            owned.add(mine);
        }
        CyclicBarrier start = new CyclicBarrier(THREADS + 1);
        CyclicBarrier end = new CyclicBarrier(THREADS + 1, () -> clock.advance(Duration.ofMinutes(37)));
        AtomicBoolean done = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS + 2);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                List<MatterId> mine = owned.get(t);
                SplittableRandom r = new SplittableRandom(9000 + t);
                work.add(pool.submit(() -> {
                    for (int round = 0; round < ROUNDS; round++) {
                        start.await();
                        MatterId id = mine.get(r.nextInt(mine.size()));
                        Matter m = engine.get(id);
                        Action a = ACTIONS.get(r.nextInt(ACTIONS.size()));
                        if (Lifecycle.target(m.state(), a).isPresent()) {
                            Command c = Command.on(m, a, "gw-1").because("concurrent test");
                            try {
                                engine.handle(a == Action.DISPATCH ? c.assigning(Assignment.to("gw-1")) : c);
                            } catch (IllegalTransitionException refused) {
                                // e.g. escalating a district matter: refused, nothing changes
                            }
                        }
                        end.await();
                    }
                    return null;
                }));
            }
            work.add(pool.submit(() -> {
                for (int round = 0; round < ROUNDS; round++) {
                    start.await();
                    end.await();
                }
                return null;
            }));
            Future<?> sweeper = pool.submit(() -> {
                while (!done.get()) {
                    fired.addAll(sla.fireDue());
                }
                return null;
            });
            for (Future<?> f : work) {
                f.get(60, TimeUnit.SECONDS);
            }
            done.set(true);
            sweeper.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        fired.addAll(sla.fireDue());

        Set<TimerKey> keys = new HashSet<>();
        for (SlaEvent e : fired) {
            assertThat(keys.add(e.key())).as("fired twice: %s", e).isTrue();
        }
        assertThat(fired)
                .as("three days of rounds pass the three-hour response limits")
                .isNotEmpty();
        SlaScheduler rebuilt = SlaScheduler.builder(clock)
                .policy(SlaPolicy.the357())
                .calendar(WorkingCalendar.china())
                .build();
        for (List<MatterId> mine : owned) {
            for (MatterId id : mine) {
                rebuilt.rebuild(engine.history(id));
                List<SlaClock> live = sla.clocks(id);
                List<SlaClock> again = rebuilt.clocks(id);
                assertThat(again).hasSameSizeAs(live);
                for (int i = 0; i < live.size(); i++) {
                    assertThat(again.get(i).due()).isEqualTo(live.get(i).due());
                    assertThat(again.get(i).pauses()).isEqualTo(live.get(i).pauses());
                    assertThat(again.get(i).cycle()).isEqualTo(live.get(i).cycle());
                }
            }
        }
    }
}
