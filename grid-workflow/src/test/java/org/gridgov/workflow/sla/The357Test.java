package org.gridgov.workflow.sla;

import static org.assertj.core.api.Assertions.assertThat;

import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.calendar.WorkingHours;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.routing.Severity;
import org.gridgov.workflow.sla.testkit.SlaScenario;
import org.junit.jupiter.api.Test;

/**
 * Seed 000 (Jingkou), "357": answer a resident within 3 hours, resolve within 5 working days, hard
 * matters within 7. A matter received on Friday 2026-02-13 at 16:00, the eve of the Spring Festival
 * (holiday 02-15..23; make-up working Saturdays 02-14 and 02-28, State Council notice). Expected
 * instants worked by hand from those facts.
 */
class The357Test {
    private static final WorkingCalendar ALL_DAY = WorkingCalendar.china();
    private static final WorkingCalendar OFFICE_HOURS =
            WorkingCalendar.china().withWorkingHours(WorkingHours.parse("08:30-12:00,13:30-17:30"));

    @Test
    void aResidentIsAnsweredWithinThreeClockHoursOrTheCommunityHeadIsTold() {
        SlaScenario s = SlaScenario.of(SlaPolicy.the357(), ALL_DAY, "2026-02-13T16:00+08:00");
        MatterId m = s.report("SANITATION", Severity.LOW);
        s.expectDue(m, Metric.RESPONSE, "2026-02-13T19:00+08:00")
                .advance("4h")
                .expectSteps(m, Metric.RESPONSE, "YELLOW", "ORANGE", "RED", "BREACH", "notify-community-head")
                .expectFired(m, Metric.RESPONSE, "YELLOW", "2026-02-13T17:30+08:00")
                .expectFired(m, Metric.RESPONSE, "ORANGE", "2026-02-13T18:15+08:00")
                .expectFired(m, Metric.RESPONSE, "BREACH", "2026-02-13T19:00+08:00");
        assertThat(s.events(m, Metric.RESPONSE).get(4).role()).isEqualTo("community-head");
    }

    @Test
    void registeringWithinThreeHoursStopsTheResponseClockBeforeAnyLight() {
        SlaScenario s = SlaScenario.of(SlaPolicy.the357(), ALL_DAY, "2026-02-13T16:00+08:00");
        MatterId m = s.report("SANITATION", Severity.LOW);
        s.advance("1h").act(m, Action.REGISTER).advance("6h").expectSteps(m, Metric.RESPONSE);
        assertThat(s.clock(m, Metric.RESPONSE).status()).isEqualTo(ClockStatus.STOPPED);
    }

    @Test
    void fiveWorkingDaysSkipTheSpringFestivalAndCountTheMakeUpSaturday() {
        SlaScenario s = SlaScenario.of(SlaPolicy.the357(), ALL_DAY, "2026-02-13T16:00+08:00");
        MatterId m = s.report("SANITATION", Severity.LOW);
        s.act(m, Action.REGISTER)
                .expectTarget(m, Metric.RESOLUTION, "5wd")
                .expectDue(m, Metric.RESOLUTION, "2026-02-27T16:00+08:00")
                // 120 working hours: 8 (13th) + 24 (14th) + 24 x 3 (24th-26th) + 16 (27th); half is 60.
                .advanceTo("2026-02-25T03:59+08:00")
                .expectNotFired(m, Metric.RESOLUTION, "YELLOW")
                .advanceTo("2026-02-27T12:00+08:00")
                .expectFired(m, Metric.RESOLUTION, "YELLOW", "2026-02-25T04:00+08:00")
                .expectFired(m, Metric.RESOLUTION, "ORANGE", "2026-02-26T10:00+08:00")
                .expectNotFired(m, Metric.RESOLUTION, "BREACH");
    }

    @Test
    void withOfficeHoursFiveWorkingDaysEndAtTheCloseOfTheFifthDay() {
        SlaScenario s = SlaScenario.of(SlaPolicy.the357(), OFFICE_HOURS, "2026-02-13T16:00+08:00");
        MatterId m = s.report("SANITATION", Severity.LOW);
        s.act(m, Action.REGISTER).expectDue(m, Metric.RESOLUTION, "2026-02-27T17:30+08:00");
    }

    @Test
    void aToughMatterGetsSevenWorkingDaysAndTheRecomputationIsRecorded() {
        SlaScenario s = SlaScenario.of(SlaPolicy.the357(), OFFICE_HOURS, "2026-02-13T16:00+08:00");
        MatterId m = s.report("SANITATION", Severity.CRITICAL);
        s.expectDue(m, Metric.RESOLUTION, "2026-02-27T17:30+08:00")
                .advance("30m")
                .act(m, Action.REGISTER)
                .expectTarget(m, Metric.RESOLUTION, "7wd")
                .expectDue(m, Metric.RESOLUTION, "2026-03-02T17:30+08:00");
        ClockEntry change =
                s.clock(m, Metric.RESOLUTION).entries(ClockEntry.Kind.RECOMPUTE).get(0);
        assertThat(change.previousDue()).hasToString("2026-02-27T09:30:00Z");
        assertThat(change.due()).hasToString("2026-03-02T09:30:00Z");
        assertThat(change.detail()).contains("TOUGH").contains("rule tough");
    }
}
