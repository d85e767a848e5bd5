package org.gridgov.workflow.sla;

import static org.assertj.core.api.Assertions.assertThat;

import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.mode.Mode;
import org.gridgov.workflow.routing.Severity;
import org.gridgov.workflow.sla.testkit.SlaScenario;
import org.junit.jupiter.api.Test;

/**
 * Seed 002 (Huancui), "平+急": in emergency mode "357" tightens resolution to 2 working days with a
 * red card 4 working hours after the breach. Monday 2026-03-02 09:00, all-day calendar.
 */
class EmergencyModeSlaTest {

    @Test
    void aMatterRegisteredInEmergencyModeHasTwoWorkingDays() {
        SlaScenario s = SlaScenario.of(SlaPolicy.the357(), WorkingCalendar.china(), "2026-03-02T09:00+08:00");
        s.switchMode(Mode.EMERGENCY);
        MatterId m = s.report("SANITATION", Severity.LOW);
        s.act(m, Action.REGISTER)
                .expectTarget(m, Metric.RESOLUTION, "2wd")
                .expectDue(m, Metric.RESOLUTION, "2026-03-04T09:00+08:00")
                .advanceTo("2026-03-05T00:00+08:00")
                .expectFired(m, Metric.RESOLUTION, "district-yellow-card", "2026-03-04T09:00+08:00")
                .expectFired(m, Metric.RESOLUTION, "district-red-card", "2026-03-04T13:00+08:00");
    }

    @Test
    void switchingToEmergencyTightensAnOpenMatterAndKeepsTheOldDue() {
        SlaScenario s = SlaScenario.of(SlaPolicy.the357(), WorkingCalendar.china(), "2026-03-02T09:00+08:00");
        MatterId m = s.report("SANITATION", Severity.LOW);
        s.act(m, Action.REGISTER)
                .expectDue(m, Metric.RESOLUTION, "2026-03-09T09:00+08:00")
                .advanceTo("2026-03-03T09:00+08:00")
                .switchMode(Mode.EMERGENCY)
                .expectTarget(m, Metric.RESOLUTION, "2wd")
                .expectDue(m, Metric.RESOLUTION, "2026-03-04T09:00+08:00");
        ClockEntry change =
                s.clock(m, Metric.RESOLUTION).entries(ClockEntry.Kind.RECOMPUTE).get(0);
        assertThat(change.previousDue()).hasToString("2026-03-09T01:00:00Z");
        assertThat(change.at()).hasToString("2026-03-03T01:00:00Z");
        assertThat(change.detail()).contains("REROUTE").contains("EMERGENCY");
    }
}
