package org.gridgov.examples.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.MatterHistory;
import org.gridgov.workflow.matter.SystemStep;
import org.gridgov.workflow.matter.Transition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The office's proof end to end: a month of the sample Jingkou district across the new year, run
 * through a {@code GridOffice} on a manual clock.
 */
class DistrictSimulationTest {
    private static final Path SAMPLES = Path.of("samples");
    private static SampleDistrict district;
    private static DistrictSimulation.Result month;

    @BeforeAll
    static void runAMonthAcrossTheNewYear() {
        district = SampleDistrict.read(SAMPLES);
        month = DistrictSimulation.builder(district)
                .start(Instant.parse("2026-12-14T00:00:00Z"))
                .days(30)
                .seed(7)
                .rate(40)
                .build()
                .run();
    }

    @Test
    void aMonthAcrossTheNewYearRunsCleanAndTheLadderActs() {
        SimulationSummary s = month.summary();
        assertThat(s.matters()).isBetween(900L, 2000L); // 40 reports, 5 pushes and 7 fixes a day for 30 days
        assertThat(s.clockProblems())
                .as("every deadline computed, 2027 included")
                .isZero();
        assertThat(s.closed()).isPositive();
        assertThat(s.onTime()).isPositive().isLessThanOrEqualTo(s.closed());
        assertThat(s.closed() + s.open()).isEqualTo(s.matters());
        assertThat(s.warnings()).isPositive();
        assertThat(s.breaches()).isPositive();
        assertThat(s.escalations()).as("neglected matters climb to the street").isPositive();
        assertThat(s.yellowCards()).isPositive();
        assertThat(s.redCards()).isPositive().isLessThanOrEqualTo(s.yellowCards());
        assertThat(s.notificationsDelivered()).isPositive();
        assertThat(s.deliveryFailures())
                .as("the simulated gateway fails sometimes, and is retried")
                .isPositive();
    }

    @Test
    void everyHistoryIsWholeAndReplays() {
        assertThat(month.histories()).hasSize((int) month.summary().matters());
        for (MatterHistory h : month.histories()) {
            List<Transition> steps = h.transitions();
            for (int i = 0; i < steps.size(); i++) {
                assertThat(steps.get(i).version())
                        .as("no holes in %s", h.matterId())
                        .isEqualTo(i + 1);
                if (i > 0) {
                    assertThat(steps.get(i).at())
                            .isAfterOrEqualTo(steps.get(i - 1).at());
                }
            }
            assertThat(h.replay().version()).isEqualTo(steps.size());
        }
    }

    /**
     * Seed 000's ladder: each step once, the breach before its ladder, no red card without its yellow
     * one; the whistle's entries once each too.
     */
    @Test
    void systemEntriesFireOnceEachAndInLadderOrder() {
        long yellowBeforeRed = 0;
        for (MatterHistory h : month.histories()) {
            Set<String> fired = new HashSet<>();
            List<String> order = new ArrayList<>();
            for (Transition t : h.transitions()) {
                if (t.stepIfAny().isEmpty()) {
                    assertThat(t.actor()).isNotEqualTo("system:sla");
                    assertThat(t.action().systemOnly()
                                    && t.action() != Action.REHOME
                                    && t.action() != Action.FIX_ON_THE_SPOT)
                            .isFalse();
                    continue;
                }
                SystemStep step = t.stepIfAny().get();
                if (step.policy().equals("departments")) { // the whistle's entries: summonses, answers, no-shows
                    assertThat(t.actor()).isNotEqualTo("system:sla");
                    assertThat(fired.add(step.key() + "/" + t.action()))
                            .as("%s %s twice in %s", t.action(), step.key(), h.matterId())
                            .isTrue();
                    continue;
                }
                assertThat(t.actor()).isEqualTo("system:sla");
                assertThat(step.key()).matches("(RESPONSE|RESOLUTION)/\\d+/[A-Za-z-]+");
                assertThat(fired.add(step.key()))
                        .as("%s fired twice in %s", step.key(), h.matterId())
                        .isTrue();
                order.add(step.metric() + "/" + step.cycle() + "/" + t.action());
            }
            for (String metricCycle : List.of("RESOLUTION/1/")) {
                int breach = order.indexOf(metricCycle + "BREACH");
                int escalate = order.indexOf(metricCycle + "ESCALATE");
                int yellow = order.indexOf(metricCycle + "YELLOW_CARD");
                int red = order.indexOf(metricCycle + "RED_CARD");
                if (escalate >= 0) {
                    assertThat(breach).isBetween(0, escalate);
                }
                if (red >= 0) {
                    assertThat(yellow)
                            .as("yellow card before red in %s", h.matterId())
                            .isBetween(0, red);
                    yellowBeforeRed++;
                }
            }
        }
        assertThat(yellowBeforeRed).isPositive();
    }

    /**
     * The seeds' practices in the month, counted from the histories: "网格吹哨、部门报到" (seed 002),
     * pushes through the admission gate (seed 001), on-the-spot fixes (即知即改, seed 000), and the
     * supervisors' reveals of reporters (issue 14).
     */
    @Test
    void theSeedsPracticesRunAndTheSummaryCountsThem() {
        SimulationSummary s = month.summary();
        long[] entries = new long[Action.values().length];
        long fixedInOneCall = 0;
        long escalatedOrSupervised = 0;
        for (MatterHistory h : month.histories()) {
            List<Transition> ts = h.transitions();
            escalatedOrSupervised += ts.stream()
                            .anyMatch(t -> t.action() == Action.ESCALATE
                                    || t.action() == Action.YELLOW_CARD
                                    || t.action() == Action.DECLINE_SUMMONS
                                    || t.action() == Action.NO_SHOW)
                    ? 1
                    : 0;
            ts.forEach(t -> entries[t.action().ordinal()]++);
            if (ts.size() == 2 && ts.get(1).action() == Action.FIX_ON_THE_SPOT) {
                fixedInOneCall++;
            }
        }
        assertThat(s.whistles()).isPositive().isLessThanOrEqualTo(s.summonses());
        assertThat(s.summonses()).isEqualTo(entries[Action.SUMMON.ordinal()]);
        assertThat(s.checkIns()).isPositive().isEqualTo(entries[Action.CHECK_IN.ordinal()]);
        assertThat(s.refusals()).isPositive().isEqualTo(entries[Action.DECLINE_SUMMONS.ordinal()]);
        assertThat(s.noShows()).isPositive().isEqualTo(entries[Action.NO_SHOW.ordinal()]);
        assertThat(s.checkIns() + s.refusals() + s.noShows()).isLessThanOrEqualTo(s.summonses());
        assertThat(s.noShowEscalations()).as("a no-show escalates").isPositive().isLessThanOrEqualTo(s.noShows());
        assertThat(s.pushes()).isGreaterThan(s.pushesRefused());
        assertThat(s.pushesRefused()).as("the gate refuses some pushes").isPositive();
        assertThat(s.onTheSpotFixes()).as("closed in one call").isPositive().isEqualTo(fixedInOneCall);
        assertThat(s.reveals())
                .as("supervisors call back reporters of escalated, supervised or failed matters, once each")
                .isPositive()
                .isLessThanOrEqualTo(escalatedOrSupervised);
    }

    @Test
    void theSameSeedGivesTheSameDistrictAndAnotherSeedAnother() {
        DistrictSimulation.Result once = run(11, 4);
        DistrictSimulation.Result again = run(11, 4);
        assertThat(lines(again)).isEqualTo(lines(once));
        assertThat(again.summary()).isEqualTo(once.summary());
        assertThat(once.summary().whistles()
                        + once.summary().pushes()
                        + once.summary().onTheSpotFixes())
                .isPositive();
        assertThat(lines(run(12, 4))).isNotEqualTo(lines(once));
    }

    private static DistrictSimulation.Result run(long seed, int days) {
        return DistrictSimulation.builder(district)
                .start(Instant.parse("2026-03-02T00:00:00Z"))
                .days(days)
                .seed(seed)
                .build()
                .run();
    }

    private static List<String> lines(DistrictSimulation.Result r) {
        return r.histories().stream().map(HistoryLines::line).toList();
    }
}
