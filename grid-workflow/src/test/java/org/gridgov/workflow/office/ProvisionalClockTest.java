package org.gridgov.workflow.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.workflow.testing.Jingkou.GRID_1;

import java.time.OffsetDateTime;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.sla.Metric;
import org.gridgov.workflow.sla.SlaClock;
import org.gridgov.workflow.time.ManualClock;
import org.gridgov.workflow.time.TimeLimit;
import org.junit.jupiter.api.Test;

/**
 * Issue 9: every deadline says whether it rests on provisional days. A matter reported Monday
 * 2026-12-28 09:00 on the China calendar (official to 2026, provisional from 2027) gets its 5wd
 * resolution deadline on 2027-01-05 09:00 (Fri 01-01 New Year's Day, 01-02/03 a weekend), and the
 * clock says it rests on the provisional 2027.
 */
class ProvisionalClockTest {
    private final ManualClock clock = ManualClock.at("2026-12-28T09:00:00+08:00");
    private final GridOffice office =
            District.office(clock).calendar(WorkingCalendar.china()).build();

    private SlaClock clockOf(MatterId id, Metric metric) {
        return office.clocks(id).stream()
                .filter(c -> c.metric() == metric)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aResolutionDeadlineIn2027IsMarkedProvisional() {
        MatterId id = office.report(District.sewage(GRID_1), "gw-1").id();

        SlaClock resolution = clockOf(id, Metric.RESOLUTION);
        assertThat(resolution.due())
                .isEqualTo(OffsetDateTime.parse("2027-01-05T09:00+08:00").toInstant());
        assertThat(resolution.provisional()).isTrue();
        assertThat(resolution.provisionalYears()).containsExactly(2027);
        assertThat(resolution.provisionalYears())
                .isEqualTo(WorkingCalendar.china()
                        .deadlineOf(resolution.startedAt(), TimeLimit.parse("5wd"))
                        .provisionalYears());
        assertThat(resolution.toString()).contains("provisionalYears=[2027]");
    }

    @Test
    void aDeadlineInsideTheOfficialYearsIsNotProvisional() {
        clock.set(OffsetDateTime.parse("2026-12-14T09:00+08:00").toInstant());
        MatterId id = office.report(District.sewage(GRID_1), "gw-1").id();

        SlaClock resolution = clockOf(id, Metric.RESOLUTION);
        assertThat(resolution.due())
                .isBefore(OffsetDateTime.parse("2027-01-01T00:00+08:00").toInstant());
        assertThat(resolution.provisional()).isFalse();
        assertThat(resolution.provisionalYears()).isEmpty();
    }

    @Test
    void healthCountsTheRunningClocksThatRestOnProvisionalDays() {
        clock.set(OffsetDateTime.parse("2026-12-14T09:00+08:00").toInstant());
        office.report(District.sewage(GRID_1), "gw-1");
        assertThat(office.health().provisionalClocks()).isZero();
        assertThat(office.health().provisionalYears()).isEmpty();

        clock.set(OffsetDateTime.parse("2026-12-28T09:00+08:00").toInstant());
        MatterId id = office.report(District.sewage(GRID_1), "gw-2").id();

        long expected = office.clocks(id).stream().filter(SlaClock::provisional).count();
        OfficeHealth health = office.health();
        assertThat(expected).isPositive();
        assertThat(health.provisionalClocks()).isEqualTo(expected);
        assertThat(health.provisionalYears()).containsExactly(2027);
        assertThat(health.healthy())
                .as("provisional deadlines are expected, not a fault")
                .isTrue();
    }
}
