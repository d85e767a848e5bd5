package org.gridgov.workflow.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.policy.PolicyJson;
import org.gridgov.workflow.routing.Severity;
import org.gridgov.workflow.sla.testkit.SlaScenario;
import org.junit.jupiter.api.Test;

/**
 * A granted extension (延期) adds its time to the deadline as it stood: 5 working days from Monday
 * 2026-03-02 09:00 (due 03-09), extended by 3 working days, is due Thursday 03-12; a second
 * extension, Tuesday 03-17. All-day calendar, no holidays in March 2026.
 */
class ExtensionTest {
    private static final SlaPolicy POLICY = PolicyJson.read(
            "extension.json",
            "{\"format\":\"grid-sla/1\",\"id\":\"ext\",\"version\":1,"
                    + "\"clocks\":[{\"metric\":\"RESOLUTION\",\"startOn\":[\"REPORT\"],\"pauseOn\":[\"SUSPEND\"],\"resumeOn\":[\"RESUME\"],"
                    + "\"stopOn\":[\"CLOSE\"],\"extendOn\":[\"GRANT_EXTENSION\"]}],"
                    + "\"rules\":[{\"id\":\"all\",\"targets\":[{\"metric\":\"RESOLUTION\",\"limit\":\"5wd\",\"extension\":\"3wd\"}]}]}",
            SlaPolicy.class);

    @Test
    void eachGrantedExtensionMovesTheDeadlineAndIsRecorded() {
        SlaScenario s = SlaScenario.of(POLICY, WorkingCalendar.china(), "2026-03-02T09:00+08:00");
        MatterId m = s.report("SANITATION", Severity.LOW);
        s.act(m, Action.REGISTER)
                .act(m, Action.DISPATCH, Action.ACCEPT, Action.START)
                .expectDue(m, Metric.RESOLUTION, "2026-03-09T09:00+08:00")
                .advanceTo("2026-03-05T09:00+08:00")
                .act(m, Action.REQUEST_EXTENSION)
                .act(m, Action.GRANT_EXTENSION)
                .expectDue(m, Metric.RESOLUTION, "2026-03-12T09:00+08:00")
                // yellow fell due at 60 of 120 working hours, before the grant; it does not fire again.
                // orange: 75% of 192 working hours = 144, Tuesday 03-10 09:00.
                .advanceTo("2026-03-11T00:00+08:00")
                .expectSteps(m, Metric.RESOLUTION, "YELLOW", "ORANGE")
                .expectFired(m, Metric.RESOLUTION, "YELLOW", "2026-03-04T21:00+08:00")
                .expectFired(m, Metric.RESOLUTION, "ORANGE", "2026-03-10T09:00+08:00")
                .act(m, Action.REQUEST_EXTENSION)
                .act(m, Action.GRANT_EXTENSION)
                .expectDue(m, Metric.RESOLUTION, "2026-03-17T09:00+08:00");
        List<ClockEntry> changes = s.clock(m, Metric.RESOLUTION).entries(ClockEntry.Kind.RECOMPUTE);
        assertThat(changes)
                .extracting(ClockEntry::previousDue)
                .extracting(Object::toString)
                .containsExactly("2026-03-09T01:00:00Z", "2026-03-12T01:00:00Z");
        assertThat(changes.get(1).detail()).contains("GRANT_EXTENSION").contains("extension 2 of 3wd");
    }

    @Test
    void under357AGrantedExtensionDoesNotMoveTheDeadline() {
        SlaScenario s = SlaScenario.of(SlaPolicy.the357(), WorkingCalendar.china(), "2026-03-02T09:00+08:00");
        MatterId m = s.report("SANITATION", Severity.LOW);
        s.act(m, Action.REGISTER)
                .act(m, Action.DISPATCH, Action.ACCEPT, Action.START)
                .act(m, Action.REQUEST_EXTENSION)
                .act(m, Action.GRANT_EXTENSION)
                .expectDue(m, Metric.RESOLUTION, "2026-03-09T09:00+08:00");
    }
}
