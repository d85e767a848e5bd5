package org.gridgov.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.gridgov.workflow.time.TimeLimit;
import org.junit.jupiter.api.Test;

/**
 * Working hours that span the hour the clocks skip. Israel moves its clocks forward on the Friday
 * before the last Sunday of March at 02:00 (2026-03-27, a working day on the China schedule), so a
 * district office there with a night shift 00:00-02:30 loses the half hour 02:00-02:30 that day.
 */
class DaylightSavingTest {
    private static final ZoneId JERUSALEM = ZoneId.of("Asia/Jerusalem");
    private static final WorkingCalendar NIGHT_SHIFT =
            WorkingCalendar.china().withZone(JERUSALEM).withWorkingHours(WorkingHours.parse("00:00-02:30"));
    private static final Instant SPRING_FORWARD =
            ZonedDateTime.of(LocalDateTime.of(2026, 3, 27, 3, 0), JERUSALEM).toInstant();

    @Test
    void aDeadlineInTheSkippedHourFallsDueAtTheChangeNotAfterIt() {
        Instant start = at(2026, 3, 27, 1, 0);

        Instant due = NIGHT_SHIFT.deadline(start, TimeLimit.parse("90wm"));

        assertThat(due).isEqualTo(SPRING_FORWARD);
        assertThat(NIGHT_SHIFT.isWorkingTime(due.minusNanos(1))).isTrue();
    }

    @Test
    void aDeadlineUsingUpTheHourBeforeTheGapIsThatSameInstant() {
        assertThat(NIGHT_SHIFT.deadline(at(2026, 3, 27, 1, 0), TimeLimit.parse("1wh")))
                .isEqualTo(SPRING_FORWARD);
    }

    @Test
    void daysWithoutAChangeKeepTheirWholeShift() {
        Instant start = at(2026, 3, 26, 1, 0);

        Instant due = NIGHT_SHIFT.deadline(start, TimeLimit.parse("90wm"));

        assertThat(due).isEqualTo(at(2026, 3, 26, 2, 30));
    }

    private static Instant at(int y, int m, int d, int h, int min) {
        return ZonedDateTime.of(LocalDateTime.of(y, m, d, h, min), JERUSALEM).toInstant();
    }
}
