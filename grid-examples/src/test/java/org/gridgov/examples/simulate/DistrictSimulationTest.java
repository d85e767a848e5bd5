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
        assertThat(s.matters()).isBetween(900L, 1500L); // 40 a day for 30 days
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

    /** Seed 000's ladder: each step once, the breach before its ladder, no red card without its yellow one. */
    @Test
    void systemEntriesFireOnceEachAndInLadderOrder() {
        long yellowBeforeRed = 0;
        for (MatterHistory h : month.histories()) {
            Set<String> fired = new HashSet<>();
            List<String> order = new ArrayList<>();
            for (Transition t : h.transitions()) {
                if (t.stepIfAny().isEmpty()) {
                    assertThat(t.actor()).isNotEqualTo("system:sla");
                    assertThat(t.action().systemOnly() && t.action() != Action.REHOME)
                            .isFalse();
                    continue;
                }
                SystemStep step = t.stepIfAny().get();
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

    @Test
    void theSameSeedGivesTheSameDistrictAndAnotherSeedAnother() {
        List<String> first = lines(run(11, 4));
        assertThat(lines(run(11, 4))).isEqualTo(first);
        assertThat(lines(run(12, 4))).isNotEqualTo(first);
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
