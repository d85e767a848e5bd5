package org.gridgov.workflow.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.routing.Severity;
import org.gridgov.workflow.sla.testkit.SlaScenario;
import org.junit.jupiter.api.Test;

/**
 * A suspended (挂起) matter: the two working days it waits do not count, so resolution falls due two
 * working days later than it would have. Received Monday 2026-03-02 09:00 (no holidays that month),
 * all-day calendar: 5wd is due Monday 03-09 09:00, 120 working hours.
 */
class PausedMatterTest {

    @Test
    void suspensionAddsThePausedWorkingTimeAndNoMore() {
        SlaScenario s = SlaScenario.of(SlaPolicy.the357(), WorkingCalendar.china(), "2026-03-02T09:00+08:00");
        MatterId m = s.report("SANITATION", Severity.LOW);
        s.act(m, Action.REGISTER)
                .act(m, Action.DISPATCH, Action.ACCEPT, Action.START)
                .expectDue(m, Metric.RESOLUTION, "2026-03-09T09:00+08:00")
                .advanceTo("2026-03-03T09:00+08:00")
                .act(m, Action.SUSPEND);
        SlaClock paused = s.clock(m, Metric.RESOLUTION);
        assertThat(paused.status()).isEqualTo(ClockStatus.PAUSED);
        assertThat(paused.due()).isNull();
        assertThat(paused.elapsed()).isEqualTo(Duration.ofHours(24));
        assertThat(paused.remaining()).isEqualTo(Duration.ofHours(96));

        s.advanceTo("2026-03-05T09:00+08:00")
                .expectNotFired(m, Metric.RESOLUTION, "YELLOW")
                .act(m, Action.RESUME)
                // 96 hours left from Thursday 09:00: 15 + 24 (Fri) + weekend + 24 (Mon) + 24 (Tue) + 9 (Wed).
                .expectDue(m, Metric.RESOLUTION, "2026-03-11T09:00+08:00")
                .advanceTo("2026-03-07T00:00+08:00")
                // yellow at 60 hours: 24 before the pause, 36 after: 15 on the 5th, 21 on the 6th.
                .expectFired(m, Metric.RESOLUTION, "YELLOW", "2026-03-06T21:00+08:00");
        SlaClock resumed = s.clock(m, Metric.RESOLUTION);
        assertThat(resumed.pauses()).hasSize(1);
        assertThat(resumed.allowed()).isEqualTo(Duration.ofHours(120));
        assertThat(resumed.entries(ClockEntry.Kind.PAUSE)).hasSize(1);
        assertThat(resumed.entries(ClockEntry.Kind.RESUME).get(0).due()).hasToString("2026-03-11T01:00:00Z");
    }
}
