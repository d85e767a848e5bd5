package org.gridgov.workflow.sla.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gridgov.core.InvalidInputException;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.routing.Severity;
import org.gridgov.workflow.sla.Metric;
import org.gridgov.workflow.sla.SlaPolicy;
import org.junit.jupiter.api.Test;

/** The kit itself: failed expectations explain themselves, and time only moves forward. */
class SlaScenarioTest {
    private final SlaScenario s = SlaScenario.of(SlaPolicy.the357(), WorkingCalendar.china(), "2026-03-02T09:00+08:00");

    @Test
    void aFailedExpectationShowsExpectedActualAndTheTimeline() {
        MatterId m = s.report("SANITATION", Severity.LOW);
        s.act(m, Action.REGISTER);
        assertThatThrownBy(() -> s.expectDue(m, Metric.RESOLUTION, "2026-03-06T09:00+08:00"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("RESOLUTION: expected due 2026-03-06T09:00+08:00 but was 2026-03-09T09:00+08:00")
                .hasMessageContaining("START cycle 1 rule routine 5wd");
        assertThatThrownBy(() -> s.advance("4h").expectSteps(m, Metric.RESPONSE, "YELLOW"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("expected steps [YELLOW] but was []");
        assertThatThrownBy(() -> s.expectFired(m, Metric.RESOLUTION, "BREACH", "2026-03-09T09:00+08:00"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("BREACH fired once at");
    }

    @Test
    void advancingByWorkingTimeCountsOnTheCalendarAndTimeNeverGoesBack() {
        s.advance("1wd");
        assertThat(s.now()).hasToString("2026-03-03T01:00:00Z");
        s.advanceTo("2026-03-06T12:00+08:00").advance("8wh");
        assertThat(s.now())
                .as("Friday noon + 8 working hours on the all-day calendar: Friday 20:00")
                .hasToString("2026-03-06T12:00:00Z");
        assertThatThrownBy(() -> s.advanceTo("2026-03-01T00:00+08:00"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("moves forward only");
        assertThatThrownBy(() -> s.advanceTo("next monday"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'next monday'");
    }
}
