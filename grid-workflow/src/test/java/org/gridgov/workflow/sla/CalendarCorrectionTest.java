package org.gridgov.workflow.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gridgov.workflow.calendar.HolidaySchedule;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.routing.Severity;
import org.gridgov.workflow.sla.testkit.SlaScenario;
import org.junit.jupiter.api.Test;

/**
 * A calendar correction: on Tuesday 2026-03-03 the district learns that Thursday 03-05 is a rest day
 * (an example correction, not a real notice). Open deadlines move one working day later and the old
 * due instant is kept; a closed matter's record is left as it was.
 */
class CalendarCorrectionTest {
    private static final String CORRECTED_2026 = "{\"format\":\"grid-holidays/1\",\"source\":\"example correction\","
            + "\"years\":[{\"year\":2026,\"holidays\":["
            + "{\"name\":\"元旦\",\"from\":\"2026-01-01\",\"to\":\"2026-01-03\"},"
            + "{\"name\":\"春节\",\"from\":\"2026-02-15\",\"to\":\"2026-02-23\"},"
            + "{\"name\":\"台风停工\",\"from\":\"2026-03-05\",\"to\":\"2026-03-05\"},"
            + "{\"name\":\"清明\",\"from\":\"2026-04-04\",\"to\":\"2026-04-06\"},"
            + "{\"name\":\"劳动节\",\"from\":\"2026-05-01\",\"to\":\"2026-05-05\"},"
            + "{\"name\":\"端午\",\"from\":\"2026-06-19\",\"to\":\"2026-06-21\"},"
            + "{\"name\":\"中秋\",\"from\":\"2026-09-25\",\"to\":\"2026-09-27\"},"
            + "{\"name\":\"国庆节\",\"from\":\"2026-10-01\",\"to\":\"2026-10-07\"}],"
            + "\"makeUpWorkdays\":[{\"name\":\"元旦\",\"date\":\"2026-01-04\"},{\"name\":\"春节\",\"date\":\"2026-02-14\"},"
            + "{\"name\":\"春节\",\"date\":\"2026-02-28\"},{\"name\":\"劳动节\",\"date\":\"2026-05-09\"},"
            + "{\"name\":\"国庆节\",\"date\":\"2026-09-20\"},{\"name\":\"国庆节\",\"date\":\"2026-10-10\"}]}]}";

    @Test
    void aCorrectedCalendarRecomputesOpenDeadlinesAndKeepsTheOldOnes() {
        WorkingCalendar corrected = WorkingCalendar.of(
                HolidaySchedule.china().plus(HolidaySchedule.parse(CORRECTED_2026, "cn-2026-corrected.json")));
        SlaScenario s = SlaScenario.of(SlaPolicy.the357(), WorkingCalendar.china(), "2026-03-02T09:00+08:00");
        MatterId open = s.report("SANITATION", Severity.LOW);
        MatterId closed = s.report("SANITATION", Severity.LOW);
        s.act(open, Action.REGISTER)
                .act(closed, Action.REGISTER)
                .act(closed, Action.DISPATCH, Action.ACCEPT, Action.START, Action.RESOLVE, Action.VERIFY)
                .expectDue(open, Metric.RESOLUTION, "2026-03-09T09:00+08:00")
                .advanceTo("2026-03-03T10:00+08:00")
                .correctCalendar(corrected, "03-05 declared a rest day")
                .expectDue(open, Metric.RESOLUTION, "2026-03-10T09:00+08:00")
                .expectDue(closed, Metric.RESOLUTION, "2026-03-09T09:00+08:00");

        List<ClockEntry> changes = s.clock(open, Metric.RESOLUTION).entries(ClockEntry.Kind.RECOMPUTE);
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).previousDue()).hasToString("2026-03-09T01:00:00Z");
        assertThat(changes.get(0).due()).hasToString("2026-03-10T01:00:00Z");
        assertThat(changes.get(0).at()).hasToString("2026-03-03T02:00:00Z");
        assertThat(changes.get(0).detail()).contains("03-05 declared a rest day");
        assertThat(s.clock(closed, Metric.RESOLUTION).entries(ClockEntry.Kind.RECOMPUTE))
                .isEmpty();
    }

    /**
     * A recomputation is the clock as it would have been on the new calendar all along: for seeded
     * random histories, correcting the calendar (here: adding office hours) gives every open clock the
     * due instant a scheduler built on the new calendar computes from the same transitions.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "seed {0}")
    @org.junit.jupiter.params.provider.ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void aRecomputedClockEqualsOneThatRanOnTheNewCalendarAllAlong(long seed) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        WorkingCalendar office = WorkingCalendar.china()
                .withWorkingHours(org.gridgov.workflow.calendar.WorkingHours.parse("08:30-12:00,13:30-17:30"));
        java.time.Instant start =
                java.time.OffsetDateTime.parse("2026-04-01T00:00+08:00").toInstant();
        Scripts.Manual clock = new Scripts.Manual(start);
        SlaScheduler corrected = SlaScheduler.builder(clock)
                .policy(SlaPolicy.the357())
                .calendar(WorkingCalendar.china())
                .build();
        SlaScheduler allAlong = SlaScheduler.builder(clock)
                .policy(SlaPolicy.the357())
                .calendar(office)
                .build();
        List<MatterId> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            MatterId id = MatterId.of("C" + seed + "-" + i);
            ids.add(id);
            java.time.Instant t = start.plusSeconds(60L * r.nextInt(20 * 24 * 60));
            List<org.gridgov.workflow.matter.Transition> ts = new java.util.ArrayList<>();
            ts.add(Scripts.step(id, 1, Action.REPORT, org.gridgov.workflow.matter.State.REPORTED, t));
            t = t.plusSeconds(60L * r.nextInt(600));
            ts.add(Scripts.register(id, 2, org.gridgov.workflow.routing.HandlingLevel.values()[r.nextInt(4)], t));
            if (r.nextBoolean()) {
                t = t.plusSeconds(60L * r.nextInt(3 * 24 * 60));
                ts.add(Scripts.step(id, 3, Action.SUSPEND, org.gridgov.workflow.matter.State.SUSPENDED, t));
                t = t.plusSeconds(60L * r.nextInt(3 * 24 * 60));
                ts.add(Scripts.step(id, 4, Action.RESUME, org.gridgov.workflow.matter.State.IN_PROGRESS, t));
            }
            for (var tr : ts) {
                corrected.observe("SANITATION", Severity.LOW, tr);
                allAlong.observe("SANITATION", Severity.LOW, tr);
            }
        }
        clock.now = start.plusSeconds(30L * 86_400);
        java.util.Map<MatterId, SlaClock> before = new java.util.HashMap<>();
        ids.forEach(id -> before.put(id, corrected.clock(id, Metric.RESOLUTION).orElseThrow()));
        corrected.changeCalendar(office, "office hours from now on");
        for (MatterId id : ids) {
            SlaClock a = corrected.clock(id, Metric.RESOLUTION).orElseThrow();
            SlaClock b = allAlong.clock(id, Metric.RESOLUTION).orElseThrow();
            assertThat(a.due()).as("%s", id).isEqualTo(b.due());
            assertThat(a.allowed()).isEqualTo(b.allowed());
            List<ClockEntry> changes = a.entries(ClockEntry.Kind.RECOMPUTE).stream()
                    .filter(e -> e.detail().startsWith("calendar"))
                    .toList();
            SlaClock old = before.get(id);
            if (old.due() != null && !old.due().equals(a.due())) {
                assertThat(changes)
                        .as("a moved due instant is recorded with the old one")
                        .hasSize(1);
                assertThat(changes.get(0).previousDue()).isEqualTo(old.due());
                assertThat(changes.get(0).due()).isEqualTo(a.due());
            } else {
                assertThat(changes).isEmpty();
            }
        }
    }

    @Test
    void aPolicyChangeRecordsTheNewVersionOnOpenClocks() {
        SlaScenario s = SlaScenario.of(SlaPolicy.the357(), WorkingCalendar.china(), "2026-03-02T09:00+08:00");
        MatterId m = s.report("SANITATION", Severity.LOW);
        s.act(m, Action.REGISTER);
        assertThat(s.clock(m, Metric.RESOLUTION).policyVersion()).isEqualTo(1);
        SlaPolicy v2 = Policies.the357WithRoutine("4wd", 2);
        s.advance("1h")
                .changePolicy(v2, "district notice: routine matters in 4 working days")
                .expectTarget(m, Metric.RESOLUTION, "4wd")
                .expectDue(m, Metric.RESOLUTION, "2026-03-06T09:00+08:00");
        SlaClock c = s.clock(m, Metric.RESOLUTION);
        assertThat(c.policyVersion()).isEqualTo(2);
        assertThat(c.entries(ClockEntry.Kind.RECOMPUTE).get(0).previousDue()).hasToString("2026-03-09T01:00:00Z");
    }
}
