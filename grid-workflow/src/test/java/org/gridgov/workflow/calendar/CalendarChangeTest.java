package org.gridgov.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.gridgov.core.InvalidInputException;
import org.gridgov.workflow.time.TimeLimit;
import org.junit.jupiter.api.Test;

/** Which days a newly loaded notice changes, and which deadlines that touches. */
class CalendarChangeTest {
    private static final WorkingCalendar CHINA = WorkingCalendar.china();
    private static final WorkingCalendar PUBLISHED = CHINA.plus(ProvisionalDeadlineTest.example2027());

    /**
     * The example 2027 notice against the rules: it adds bridge days (02-11, 02-12, 05-05, 10-06,
     * 10-07) and make-up working days (01-02, 02-13, 04-25, 09-26, 10-09); every rest day of the
     * rules is a rest day of the notice too.
     */
    @Test
    void theChangedDaysAreExactlyTheDaysWhoseWorkingStatusDiffers() {
        CalendarChange change = CalendarChange.between(CHINA, PUBLISHED);
        for (LocalDate d = LocalDate.of(2018, 1, 1); d.getYear() <= 2100; d = d.plusDays(1)) {
            assertThat(change.days().contains(d))
                    .as(d.toString())
                    .isEqualTo(CHINA.isWorkingDay(d) != PUBLISHED.isWorkingDay(d));
        }
        assertThat(change.days())
                .contains(
                        LocalDate.of(2027, 1, 2),
                        LocalDate.of(2027, 2, 11),
                        LocalDate.of(2027, 2, 12),
                        LocalDate.of(2027, 2, 13),
                        LocalDate.of(2027, 4, 25),
                        LocalDate.of(2027, 10, 6),
                        LocalDate.of(2027, 10, 9))
                .allSatisfy(d -> assertThat(d.getYear()).isEqualTo(2027));
        assertThat(change.isEmpty()).isFalse();
        assertThat(change)
                .hasToString("CalendarChange[" + change.days().size() + " days 2027-01-02.."
                        + change.days().last() + ", years changing status [2027]]");
    }

    @Test
    void aCalendarAgainstItselfChangesNothing() {
        CalendarChange none = CalendarChange.between(CHINA, CHINA);
        assertThat(none.isEmpty()).isTrue();
        Deadline d =
                CHINA.deadlineOf(OffsetDateTime.parse("2030-02-01T09:00+08:00").toInstant(), TimeLimit.parse("5wd"));
        assertThat(none.affects(d)).isFalse();
    }

    @Test
    void deadlinesAwayFromTheChangedDaysAndYearsStand() {
        CalendarChange change = CalendarChange.between(CHINA, PUBLISHED);
        Deadline in2026 = CHINA.deadlineOf(at("2026-03-02T09:00+08:00"), TimeLimit.parse("5wd"));
        Deadline in2028 = CHINA.deadlineOf(at("2028-03-01T09:00+08:00"), TimeLimit.parse("5wd"));
        Deadline march2027 = CHINA.deadlineOf(at("2027-03-01T09:00+08:00"), TimeLimit.parse("5wd"));
        Deadline clock = CHINA.deadlineOf(at("2027-01-01T09:00+08:00"), TimeLimit.parse("3h"));
        assertThat(change.affects(in2026)).isFalse();
        assertThat(change.affects(in2028))
                .as("2028 is still provisional and unchanged")
                .isFalse();
        assertThat(change.affects(march2027))
                .as("no day changed, but 2027 became official")
                .isTrue();
        assertThat(PUBLISHED.deadlineOf(march2027.start(), march2027.limit()).due())
                .isEqualTo(march2027.due());
        assertThat(change.affects(clock)).isFalse();
    }

    @Test
    void onlyCalendarsThatDifferInTheirFactsCompare() {
        WorkingCalendar hours = CHINA.withWorkingHours(WorkingHours.parse("08:30-12:00,13:30-17:30"));
        assertThatThrownBy(() -> CalendarChange.between(CHINA, hours))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.path()).isEqualTo("after.workingHours"));
        assertThatThrownBy(() -> CalendarChange.between(CHINA, CHINA.withZone(ZoneId.of("UTC"))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.path()).isEqualTo("after.zone"));
    }

    @Test
    void onlyTheCommonlyCoveredYearsAreCompared() {
        WorkingCalendar official = WorkingCalendar.of(HolidaySchedule.chinaOfficial());
        CalendarChange change = CalendarChange.between(official, CHINA);
        assertThat(change.isEmpty()).as("2018-2026 are the same facts").isTrue();
    }

    private static Instant at(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }
}
