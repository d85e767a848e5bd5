package org.gridgov.workflow.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.matter.State;
import org.gridgov.workflow.matter.Transition;
import org.gridgov.workflow.routing.HandlingLevel;
import org.gridgov.workflow.routing.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Firing late, twice, or after a restart never fires a step twice or skips one. For seeded random
 * histories of 25 matters under "357" (reports, registrations, suspensions, resolutions, rework,
 * closure, reopening), a host sweeping every ten minutes is the reference; a host sweeping at random
 * sparse instants, sometimes twice in a row, and restarting once (a new scheduler on the same queue,
 * rebuilding every clock from the transitions so far) must fire exactly the same steps, each once,
 * with the same scheduled instants, and every sweep in due order.
 */
class FiringExactlyOnceTest {
    private static final Instant FROM =
            OffsetDateTime.parse("2026-03-01T00:00+08:00").toInstant();
    private static final WorkingCalendar CAL = WorkingCalendar.china();

    static Stream<Long> seeds() {
        return IntStream.range(0, 40).mapToObj(i -> 7000L + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void lateDoubleAndRebuiltSweepsFireEveryStepExactlyOnce(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Transition> all = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            all.addAll(history(r, MatterId.of("M" + seed + "-" + i)));
        }
        all.sort(Comparator.comparing(Transition::at)
                .thenComparing(Transition::matter)
                .thenComparingLong(Transition::version));
        Instant end = all.get(all.size() - 1).at().plusSeconds(40L * 86_400);

        Map<TimerKey, Instant> reference = new HashMap<>();
        for (List<SlaEvent> sweep : run(all, end, ignored -> 600, -1)) {
            sweep.forEach(e -> assertThat(reference.put(e.key(), e.scheduledAt()))
                    .as("fired twice: %s", e)
                    .isNull());
        }
        assertThat(reference).isNotEmpty();

        SplittableRandom late = new SplittableRandom(seed * 31);
        int restartAt = late.nextInt(all.size());
        Map<TimerKey, Instant> lateFired = new HashMap<>();
        for (List<SlaEvent> sweep :
                run(all, end, now -> late.nextInt(8) == 0 ? 0 : 1 + late.nextInt(3 * 86_400), restartAt)) {
            for (int i = 0; i < sweep.size(); i++) {
                SlaEvent e = sweep.get(i);
                assertThat(lateFired.put(e.key(), e.scheduledAt()))
                        .as("fired twice: %s", e)
                        .isNull();
                if (i > 0) {
                    assertThat(e.scheduledAt())
                            .as("due order within a sweep")
                            .isAfterOrEqualTo(sweep.get(i - 1).scheduledAt());
                }
                assertThat(e.firedAt()).isAfterOrEqualTo(e.scheduledAt());
            }
        }
        assertThat(lateFired).isEqualTo(reference);
    }

    /** Applies the transitions in order, sweeping between them after gaps chosen by {@code gap}. */
    private static List<List<SlaEvent>> run(
            List<Transition> all, Instant end, java.util.function.LongUnaryOperator gap, int restartAt) {
        Scripts.Manual clock = new Scripts.Manual(FROM);
        DueTimerQueue queue = new InMemoryDueTimerQueue();
        SlaScheduler sla = scheduler(clock, queue);
        List<List<SlaEvent>> sweeps = new ArrayList<>();
        Instant nextSweep = FROM;
        for (int i = 0; i <= all.size(); i++) {
            Instant until = i < all.size() ? all.get(i).at() : end;
            while (!nextSweep.isAfter(until)) {
                clock.now = nextSweep;
                sweeps.add(sla.fireDue());
                nextSweep = nextSweep.plusSeconds(gap.applyAsLong(0));
            }
            if (i == all.size()) {
                break;
            }
            clock.now = until;
            if (i == restartAt) {
                sla = scheduler(clock, queue);
                for (Transition t : all.subList(0, i)) {
                    sla.observe("SANITATION", Severity.LOW, t);
                }
            }
            sla.observe("SANITATION", Severity.LOW, all.get(i));
        }
        clock.now = end;
        sweeps.add(sla.fireDue());
        sweeps.add(sla.fireDue());
        assertThat(sweeps.get(sweeps.size() - 1))
                .as("a second sweep at the same instant fires nothing")
                .isEmpty();
        return sweeps;
    }

    private static SlaScheduler scheduler(Scripts.Manual clock, DueTimerQueue queue) {
        return SlaScheduler.builder(clock)
                .policy(SlaPolicy.the357())
                .calendar(CAL)
                .queue(queue)
                .build();
    }

    /** One matter's random history: report, registration (at once or later), then handling with pauses. */
    private static List<Transition> history(SplittableRandom r, MatterId id) {
        List<Transition> out = new ArrayList<>();
        Instant t = FROM.plusSeconds(60L * r.nextInt(30 * 24 * 60));
        long v = 1;
        out.add(Scripts.step(id, v++, Action.REPORT, State.REPORTED, t));
        boolean at0 = r.nextBoolean();
        HandlingLevel level =
                at0 ? HandlingLevel.values()[r.nextInt(HandlingLevel.values().length)] : HandlingLevel.GRID;
        t = at0 ? t : t.plusSeconds(60L * r.nextInt(6 * 60));
        out.add(Scripts.register(id, v++, level, t));
        Set<String> state = new HashSet<>();
        int steps = r.nextInt(8);
        for (int s = 0; s < steps; s++) {
            t = t.plusSeconds(60L * r.nextInt(4 * 24 * 60));
            Action a;
            if (state.contains("closed")) {
                a = Action.REOPEN;
                state.clear();
            } else if (state.contains("suspended")) {
                a = Action.RESUME;
                state.remove("suspended");
            } else if (state.contains("resolved")) {
                a = r.nextBoolean() ? Action.REWORK : Action.VERIFY;
                state.remove("resolved");
                if (a == Action.VERIFY) {
                    state.add("closed");
                }
            } else {
                int pick = r.nextInt(3);
                a = pick == 0 ? Action.SUSPEND : pick == 1 ? Action.RESOLVE : Action.START;
                state.add(pick == 0 ? "suspended" : pick == 1 ? "resolved" : "working");
            }
            out.add(Scripts.step(id, v++, a, State.IN_PROGRESS, t));
        }
        return out;
    }
}
