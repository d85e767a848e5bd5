package org.gridgov.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.gridgov.workflow.time.WorkingDays;
import org.gridgov.workflow.time.WorkingTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The indexed {@link WorkingCalendar} agrees with the day-by-day {@link DayByDayCalendar} on
 * thousands of seeded random starts and horizons over 2018-2100 (official and provisional years),
 * including starts on period
 * boundaries and deadlines that run past the data (both must then fail closed for the same year);
 * and its operations are consistent with each other.
 */
class IndexedVersusDayByDayTest {
    private static final int CASES = 3_000;
    private static final LocalDateTime FIRST = LocalDateTime.of(2017, 12, 31, 0, 0);
    private static final long SPAN_SECONDS =
            Duration.between(FIRST, LocalDateTime.of(2101, 1, 1, 0, 0)).getSeconds();
    private static final int[] BOUNDARY_MINUTES = {
        0,
        8 * 60,
        8 * 60 + 30,
        11 * 60 + 30,
        12 * 60,
        13 * 60,
        13 * 60 + 30,
        17 * 60,
        17 * 60 + 30,
        19 * 60,
        20 * 60,
        21 * 60,
        23 * 60 + 59
    };

    @ParameterizedTest(name = "seed {0}, hours {1}, zone {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "1|none|Asia/Shanghai",
                "2|08:30-12:00,13:30-17:30|Asia/Shanghai",
                "3|09:00-17:00|Asia/Shanghai",
                "4|08:00-11:30,13:00-17:00,19:00-21:00|Asia/Shanghai",
                "5|20:00-24:00|Asia/Shanghai",
                "6|00:00-00:01,23:59-24:00|Asia/Shanghai",
                "7|08:30-12:00,13:30-17:30|Europe/Berlin",
                "8|none|America/New_York"
            })
    void indexedAnswersEqualDayByDayAnswers(long seed, String hoursText, String zoneId) {
        ZoneId zone = ZoneId.of(zoneId);
        WorkingHours hours = hoursText.equals("none") ? WorkingHours.allDay() : WorkingHours.parse(hoursText);
        WorkingCalendar indexed = WorkingCalendar.china().withZone(zone).withWorkingHours(hours);
        DayByDayCalendar reference = new DayByDayCalendar(HolidaySchedule.china(), hours, zone);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < CASES; i++) {
            Instant start = randomStart(random, zone);
            int days = 1 + random.nextInt(random.nextBoolean() ? 5 : 60);
            Duration working = Duration.ofMinutes(
                    random.nextBoolean()
                            ? random.nextInt(hours.minutesPerDay() * 40)
                            : (long) hours.minutesPerDay() * random.nextInt(10));
            Instant other = randomStart(random, zone);
            String where = "case " + i + " from " + start;

            assertThat(outcome(() -> indexed.deadline(start, WorkingDays.of(days))))
                    .as(where + " + " + days + "wd")
                    .isEqualTo(outcome(() -> reference.plusWorkingDays(start, days)));
            assertThat(outcome(() -> indexed.deadline(start, new WorkingTime(working))))
                    .as(where + " + " + working)
                    .isEqualTo(outcome(() -> reference.plusWorkingTime(start, working)));
            assertThat(outcome(() -> indexed.isWorkingTime(start)))
                    .as(where + " is working time")
                    .isEqualTo(outcome(() -> reference.isWorkingTime(start)));
            Instant a = start.isBefore(other) ? start : other;
            Instant b = start.isBefore(other) ? other : start;
            assertThat(outcome(() -> indexed.workingTimeBetween(a, b).duration()))
                    .as(where + " to " + other)
                    .isEqualTo(outcome(() -> reference.workingTimeBetween(a, b)));
        }
    }

    @ParameterizedTest(name = "seed {0}, hours {1}")
    @CsvSource(
            delimiter = '|',
            value = {"11|none", "12|08:30-12:00,13:30-17:30", "13|08:00-11:30,13:00-17:00,19:00-21:00"})
    void operationsAreConsistentWithEachOther(long seed, String hoursText) {
        WorkingHours hours = hoursText.equals("none") ? WorkingHours.allDay() : WorkingHours.parse(hoursText);
        WorkingCalendar calendar = WorkingCalendar.china().withWorkingHours(hours);
        Duration day = Duration.ofMinutes(hours.minutesPerDay());
        ZoneId zone = calendar.zone();
        SplittableRandom random = new SplittableRandom(seed);
        int checked = 0;
        while (checked < CASES) {
            Instant start = randomStart(random, zone);
            if (start.isBefore(ZonedDateTime.of(2018, 1, 1, 0, 0, 0, 0, zone).toInstant())
                    || start.isAfter(
                            ZonedDateTime.of(2026, 10, 1, 0, 0, 0, 0, zone).toInstant())) {
                continue;
            }
            checked++;
            WorkingTime d = WorkingTime.ofMinutes(random.nextInt(hours.minutesPerDay() * 30));
            Instant due = calendar.deadline(start, d);
            assertThat(calendar.workingTimeBetween(start, due))
                    .as("inverse from " + start + " + " + d)
                    .isEqualTo(d);
            if (!d.duration().isZero()) {
                assertThat(calendar.isWorkingTime(due.minusNanos(1)))
                        .as("the last moment before " + due + " is worked")
                        .isTrue();
            }
            WorkingTime more = new WorkingTime(d.duration().plusMinutes(1 + random.nextInt(600)));
            assertThat(calendar.deadline(start, more)).as("monotone").isAfter(due);

            int n = 1 + random.nextInt(30);
            Instant dueDay = calendar.deadline(start, WorkingDays.of(n));
            Instant received = calendar.nextWorkingTime(start);
            Duration worked = calendar.workingTimeBetween(received, dueDay).duration();
            if (hours.isAllDay()) {
                assertThat(worked).as(n + "wd from " + start).isEqualTo(day.multipliedBy(n));
            } else {
                assertThat(worked)
                        .as(n + "wd from " + start)
                        .isGreaterThan(day.multipliedBy(n))
                        .isLessThanOrEqualTo(day.multipliedBy(n + 1L));
                assertThat(calendar.isWorkingTime(dueDay.minusNanos(1))).isTrue();
                assertThat(calendar.isWorkingTime(dueDay)).isFalse();
            }

            Instant mid = calendar.deadline(start, new WorkingTime(d.duration().dividedBy(2)));
            assertThat(calendar.workingTimeBetween(start, mid)
                            .duration()
                            .plus(calendar.workingTimeBetween(mid, due).duration()))
                    .as("additive")
                    .isEqualTo(d.duration());
        }
    }

    /** Random instant from 2017-12-31 to 2100-12-31, half of them on or next to a working-period boundary. */
    private static Instant randomStart(SplittableRandom random, ZoneId zone) {
        LocalDateTime t = FIRST.plusSeconds(random.nextLong(SPAN_SECONDS));
        if (random.nextBoolean()) {
            int minute = BOUNDARY_MINUTES[random.nextInt(BOUNDARY_MINUTES.length)] + random.nextInt(3) - 1;
            t = t.toLocalDate().atStartOfDay().plusMinutes(Math.max(0, minute));
        } else if (random.nextInt(4) == 0) {
            t = t.plusNanos(random.nextInt(1_000_000_000));
        }
        return ZonedDateTime.of(t, zone).toInstant();
    }

    /** The value, or the class and year of the range failure, so both sides compare with equals. */
    private static Object outcome(Supplier<Object> op) {
        try {
            return op.get();
        } catch (CalendarRangeException e) {
            return "CalendarRangeException for " + e.year();
        }
    }
}
