package org.gridgov.workflow.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.workflow.testing.Jingkou.GRID_1;

import java.time.OffsetDateTime;
import org.gridgov.workflow.calendar.HolidaySchedule;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.sla.Metric;
import org.gridgov.workflow.sla.SlaClock;
import org.gridgov.workflow.time.ManualClock;
import org.junit.jupiter.api.Test;

/**
 * Issue 9: a matter reported 2026-12-28 with a 5-working-day limit needs the 2027 calendar. With a
 * calendar that ends on 2026-12-31 the matter is still taken in, and its resolution clock is
 * committed in an explicit error state that a query lists and the office's health reports; a
 * calendar that covers 2027 clears it and the deadline is computed.
 */
class CalendarEndTest {
    private static final HolidaySchedule Y2026 = HolidaySchedule.parse("""
            {"format": "grid-holidays/1", "source": "test: 2026 only",
             "years": [{"year": 2026, "holidays": [{"name": "元旦", "from": "2026-01-01", "to": "2026-01-03"}],
                        "makeUpWorkdays": []}]}
            """, "cn-2026.json");
    private static final HolidaySchedule Y2027 = HolidaySchedule.parse("""
            {"format": "grid-holidays/1", "source": "test: 2027, New Year's Day only",
             "years": [{"year": 2027, "holidays": [{"name": "元旦", "from": "2027-01-01", "to": "2027-01-01"}],
                        "makeUpWorkdays": []}]}
            """, "cn-2027.json");

    private final ManualClock clock = ManualClock.at("2026-12-28T09:00:00+08:00");
    private final GridOffice office =
            District.office(clock).calendar(WorkingCalendar.of(Y2026)).build();

    @Test
    void aDeadlineBeyondTheCalendarIsAClockProblemListedAndReportedNotALogLine() {
        MatterId id = office.report(District.sewage(GRID_1), "gw-1").id();

        assertThat(office.history(id).transitions()).hasSize(1);
        assertThat(office.clockProblems()).singleElement().satisfies(p -> {
            assertThat(p.matter()).isEqualTo(id);
            assertThat(p.reason()).contains("2027");
        });
        OfficeHealth health = office.health();
        assertThat(health.healthy()).isFalse();
        assertThat(health.clockProblems()).extracting(ClockProblem::matter).containsExactly(id);
        assertThat(office.clocks(id)).extracting(SlaClock::metric).containsExactly(Metric.RESPONSE);
    }

    @Test
    void aCalendarThatCoversTheDeadlineClearsTheProblem() {
        MatterId id = office.report(District.sewage(GRID_1), "gw-1").id();

        office.changeCalendar(WorkingCalendar.of(Y2026.plus(Y2027)), "admin-1", "2027 holidays published");

        assertThat(office.clockProblems()).isEmpty();
        assertThat(office.health().clockProblems()).isEmpty();
        SlaClock resolution = office.clocks(id).stream()
                .filter(c -> c.metric() == Metric.RESOLUTION)
                .findFirst()
                .orElseThrow();
        assertThat(resolution.due())
                .isEqualTo(OffsetDateTime.parse("2027-01-05T09:00+08:00").toInstant());
        assertThat(office.timers(id)).isNotEmpty();
        assertThat(office.settings().policyChanges())
                .singleElement()
                .satisfies(c -> assertThat(c.kind()).isEqualTo("calendar"));
    }
}
