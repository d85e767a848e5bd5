package org.gridgov.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.function.Consumer;
import org.gridgov.workflow.time.TimeLimit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped mainland-China calendar against the facts of grid-examples/data/README.md (the State Council notices). */
class ChinaCalendarTest {
    private static final WorkingCalendar CHINA = WorkingCalendar.china();

    @ParameterizedTest
    @ValueSource(ints = {2025, 2026})
    void has248WorkingDays(int year) {
        int count = 0;
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            count += CHINA.isWorkingDay(d) ? 1 : 0;
        }
        assertThat(count).isEqualTo(248);
    }

    @ParameterizedTest(name = "{0} to {1} is a holiday ({2})")
    @CsvSource({
        "2026-01-01,2026-01-03,New Year", "2026-02-15,2026-02-23,Spring Festival", "2026-04-04,2026-04-06,Qingming",
        "2026-05-01,2026-05-05,Labour Day", "2026-06-19,2026-06-21,Dragon Boat", "2026-09-25,2026-09-27,Mid-Autumn",
        "2026-10-01,2026-10-07,National Day"
    })
    void holidays2026AreRestDays(LocalDate from, LocalDate to, String name) {
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            assertThat(CHINA.isWorkingDay(d)).as(d + " " + name).isFalse();
            assertThat(CHINA.schedule().holidays()).as(d + " " + name).containsKey(d);
        }
        assertThat(CHINA.isWorkingDay(from.minusDays(1)) || CHINA.isWorkingDay(to.plusDays(1)))
                .as("a working day borders " + name)
                .isTrue();
    }

    @ParameterizedTest(name = "{0} is a make-up working day")
    @ValueSource(strings = {"2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"})
    void makeUpWeekendDays2026AreWorkingDays(LocalDate date) {
        assertThat(date.getDayOfWeek().getValue()).as("a weekend day").isGreaterThanOrEqualTo(6);
        assertThat(CHINA.isWorkingDay(date)).isTrue();
    }

    @Test
    void anOrdinaryWeekendIsRestAndAnOrdinaryWeekdayIsWork() {
        assertThat(CHINA.isWorkingDay(LocalDate.of(2026, 3, 7))).isFalse();
        assertThat(CHINA.isWorkingDay(LocalDate.of(2026, 3, 9))).isTrue();
    }

    @Test
    void coversOfficial2018To2026AndProvisional2027To2100InShanghaiTime() {
        assertThat(CHINA.schedule().firstYear()).isEqualTo(2018);
        assertThat(CHINA.schedule().lastYear()).isEqualTo(2100);
        assertThat(CHINA.schedule().provisionalYears())
                .hasSize(74)
                .startsWith(2027)
                .endsWith(2100);
        assertThat(CHINA.schedule().isProvisional(2026)).isFalse();
        assertThat(CHINA.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(CHINA.schedule().source())
                .contains("State Council")
                .contains("chinese-days 1.5.7")
                .contains("provisional 2027-2100");
        assertThat(HolidaySchedule.chinaOfficial().lastYear()).isEqualTo(2026);
        assertThat(HolidaySchedule.chinaOfficial().provisionalYears()).isEmpty();
    }

    @ParameterizedTest(name = "year {0} fails closed")
    @ValueSource(ints = {2017, 2101})
    void everyOperationFailsClosedOutsideTheData(int year) {
        Instant t = OffsetDateTime.parse(year + "-06-15T10:00+08:00").toInstant();
        Instant inside = OffsetDateTime.parse("2022-06-15T10:00+08:00").toInstant();
        WorkingCalendar hours = CHINA.withWorkingHours(WorkingHours.parse("08:30-12:00,13:30-17:30"));
        Consumer<Runnable> failsForYear =
                op -> assertThatThrownBy(op::run).isInstanceOfSatisfying(CalendarRangeException.class, e -> {
                    assertThat(e.year()).isEqualTo(year);
                    assertThat(e.firstYear()).isEqualTo(2018);
                    assertThat(e.lastYear()).isEqualTo(2100);
                    assertThat(e).hasMessageContaining("year " + year).hasMessageContaining("2018-2100");
                });
        for (WorkingCalendar c : new WorkingCalendar[] {CHINA, hours}) {
            failsForYear.accept(() -> c.isWorkingDay(LocalDate.of(year, 6, 15)));
            failsForYear.accept(() -> c.isWorkingTime(t));
            failsForYear.accept(() -> c.nextWorkingTime(t));
            failsForYear.accept(() -> c.deadline(t, TimeLimit.parse("5wd")));
            failsForYear.accept(() -> c.deadline(t, TimeLimit.parse("4wh")));
            failsForYear.accept(() -> c.workingTimeBetween(year < 2018 ? t : inside, year < 2018 ? inside : t));
        }
        assertThat(CHINA.deadline(t, TimeLimit.parse("3h"))).isEqualTo(t.plusSeconds(3 * 3600));
    }

    @Test
    void aDeadlineRunningPastTheDataFailsClosed() {
        Instant december = OffsetDateTime.parse("2100-12-01T10:00+08:00").toInstant();
        assertThatThrownBy(() -> CHINA.deadline(december, TimeLimit.parse("30wd")))
                .isInstanceOfSatisfying(
                        CalendarRangeException.class, e -> assertThat(e.year()).isEqualTo(2101));
        assertThat(CHINA.deadline(december, TimeLimit.parse("5wd")))
                .isEqualTo(OffsetDateTime.parse("2100-12-08T10:00+08:00").toInstant());
        assertThatThrownBy(() -> CHINA.deadline(december, TimeLimit.parse("999999999wh")))
                .isInstanceOf(CalendarRangeException.class);
    }

    @Test
    void extremeInstantsFailClosedWithoutOverflow() {
        WorkingCalendar hours = CHINA.withWorkingHours(WorkingHours.parse("08:30-12:00,13:30-17:30"));
        for (Instant t : new Instant[] {Instant.MIN, Instant.MAX, Instant.EPOCH}) {
            int year = t.isAfter(Instant.EPOCH) ? 2101 : 2017;
            assertThatThrownBy(() -> hours.isWorkingTime(t))
                    .isInstanceOfSatisfying(
                            CalendarRangeException.class,
                            e -> assertThat(e.year()).isLessThanOrEqualTo(year));
            assertThatThrownBy(() -> hours.deadline(t, TimeLimit.parse("999999999wd")))
                    .isInstanceOf(CalendarRangeException.class);
        }
        Instant inside = OffsetDateTime.parse("2026-02-13T16:00+08:00").toInstant();
        assertThatThrownBy(() -> hours.deadline(inside, TimeLimit.parse("999999999wd")))
                .isInstanceOfSatisfying(
                        CalendarRangeException.class, e -> assertThat(e.year()).isEqualTo(2101));
        assertThatThrownBy(() -> hours.workingTimeBetween(Instant.MIN, Instant.MAX))
                .isInstanceOf(CalendarRangeException.class);
        assertThatThrownBy(() -> hours.deadline(Instant.MAX, TimeLimit.parse("3h")))
                .isInstanceOfSatisfying(
                        org.gridgov.core.InvalidInputException.class,
                        e -> assertThat(e.value()).isEqualTo("3h"));
    }

    @Test
    void nextWorkingTimeWaitsOutTheSpringFestival() {
        WorkingCalendar hours = CHINA.withWorkingHours(WorkingHours.parse("08:30-12:00,13:30-17:30"));
        Instant eve = OffsetDateTime.parse("2026-02-14T18:00+08:00").toInstant();
        assertThat(hours.nextWorkingTime(eve))
                .isEqualTo(OffsetDateTime.parse("2026-02-24T08:30+08:00").toInstant());
        Instant lunch = OffsetDateTime.parse("2026-02-24T12:15+08:00").toInstant();
        assertThat(hours.nextWorkingTime(lunch))
                .isEqualTo(OffsetDateTime.parse("2026-02-24T13:30+08:00").toInstant());
        Instant working = OffsetDateTime.parse("2026-02-24T09:00:01.5+08:00").toInstant();
        assertThat(hours.nextWorkingTime(working)).isEqualTo(working);
    }

    @Test
    void workingTimeBetweenRejectsAnEndBeforeTheStart() {
        Instant a = OffsetDateTime.parse("2026-02-24T09:00+08:00").toInstant();
        assertThatThrownBy(() -> CHINA.workingTimeBetween(a, a.minusSeconds(1)))
                .isInstanceOf(org.gridgov.core.InvalidInputException.class)
                .hasMessageContaining("to:");
    }
}
