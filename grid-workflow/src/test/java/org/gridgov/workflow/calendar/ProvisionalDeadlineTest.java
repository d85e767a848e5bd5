package org.gridgov.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Random;
import org.gridgov.workflow.time.TimeLimit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every deadline says whether it rests on provisional days; loading the year's notice makes it
 * official and may move it, and {@link CalendarChange} says which days changed.
 */
class ProvisionalDeadlineTest {
    private static final WorkingCalendar CHINA = WorkingCalendar.china();

    static HolidaySchedule example2027() {
        try (InputStream in = ProvisionalDeadlineTest.class.getResourceAsStream("cn-2027-example.json")) {
            return HolidaySchedule.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "cn-2027-example.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Instant at(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }

    /**
     * Issue 9: a matter reported Monday 2026-12-28 09:00 with 5 working days. Tue 29, Wed 30, Thu 31
     * count; Fri 2027-01-01 is New Year's Day and 01-02/03 a weekend (provisional 2027); Mon 01-04
     * and Tue 01-05 count: due 2027-01-05 09:00, provisional. The 2027 notice (here an example with
     * Saturday 01-02 as a make-up working day) moves it to Monday 01-04 and makes it official.
     */
    @Test
    void aDeadlineCrossingIntoTheProvisional2027MovesWhenTheNoticeIsLoaded() {
        Instant reported = at("2026-12-28T09:00+08:00");
        Deadline provisional = CHINA.deadlineOf(reported, TimeLimit.parse("5wd"));
        assertThat(provisional.due()).isEqualTo(at("2027-01-05T09:00+08:00"));
        assertThat(provisional.provisional()).isTrue();
        assertThat(provisional.provisionalYears()).containsExactly(2027);
        assertThat(provisional.due()).isEqualTo(CHINA.deadline(reported, TimeLimit.parse("5wd")));

        WorkingCalendar published = CHINA.plus(example2027());
        Deadline official = published.deadlineOf(reported, TimeLimit.parse("5wd"));
        assertThat(official.due()).isEqualTo(at("2027-01-04T09:00+08:00"));
        assertThat(official.provisional()).isFalse();

        CalendarChange change = CalendarChange.between(CHINA, published);
        assertThat(change.days()).contains(LocalDate.of(2027, 1, 2)).doesNotContain(LocalDate.of(2027, 1, 1));
        assertThat(change.days().first()).isEqualTo(LocalDate.of(2027, 1, 2));
        assertThat(change.days().last()).isBefore(LocalDate.of(2028, 1, 1));
        assertThat(change.statusChangedYears()).containsExactly(2027);
        assertThat(change.affects(provisional)).isTrue();
        assertThat(CalendarChange.between(published, published.plus(example2027()))
                        .affects(official))
                .as("loading the same notice again changes nothing")
                .isFalse();
    }

    @Test
    void aDeadlineInsideThePublishedYearsIsNotProvisional() {
        Deadline d = CHINA.deadlineOf(at("2026-12-21T09:00+08:00"), TimeLimit.parse("5wd"));
        assertThat(d.due()).isEqualTo(at("2026-12-28T09:00+08:00"));
        assertThat(d.provisional()).isFalse();
        assertThat(d.provisionalYears()).isEmpty();
    }

    @Test
    void workingTimeUsedUpAtMidnightOnNewYearsEveReadsNo2027Day() {
        Instant lastDay = at("2026-12-31T00:00+08:00");
        Deadline upToMidnight = CHINA.deadlineOf(lastDay, TimeLimit.parse("24wh"));
        assertThat(upToMidnight.due()).isEqualTo(at("2027-01-01T00:00+08:00"));
        assertThat(upToMidnight.provisional())
                .as("the last working hour read is 2026-12-31")
                .isFalse();
        Deadline oneMore = CHINA.deadlineOf(lastDay, TimeLimit.parse("25wh"));
        assertThat(oneMore.due()).isEqualTo(at("2027-01-04T01:00+08:00"));
        assertThat(oneMore.provisionalYears()).containsExactly(2027);
    }

    @Test
    void clockTimeReadsNoHolidayFactsAndIsNeverProvisional() {
        Deadline d = CHINA.deadlineOf(at("2026-12-31T23:00+08:00"), TimeLimit.parse("3h"));
        assertThat(d.due()).isEqualTo(at("2027-01-01T02:00+08:00"));
        assertThat(d.provisional()).isFalse();
    }

    @Test
    void aLongDeadlineNamesEveryProvisionalYearItCrosses() {
        Deadline d = CHINA.deadlineOf(at("2026-06-01T09:00+08:00"), TimeLimit.parse("700wd"));
        assertThat(d.provisionalYears()).containsExactly(2027, 2028, 2029);
        WorkingCalendar with2027 = CHINA.plus(example2027());
        assertThat(with2027.deadlineOf(d.start(), d.limit()).provisionalYears()).containsExactly(2028, 2029);
    }

    /**
     * Property over seeded random starts 2018-2100 and limits: {@code deadlineOf} gives the due
     * instant of {@code deadline}, and on the China calendar (provisional from 2027) it is
     * provisional exactly when a working limit's last day read is in 2027 or later.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void deadlineOfAgreesWithDeadlineAndFlagsExactlyTheProvisionalYears(long seed) {
        Random random = new Random(seed);
        WorkingCalendar hours = CHINA.withWorkingHours(WorkingHours.parse("08:30-12:00,13:30-17:30"));
        String[] limits = {"1wd", "5wd", "30wd", "4wh", "90wm", "3h"};
        long first = LocalDate.of(2018, 1, 1).toEpochDay();
        long last = LocalDate.of(2100, 11, 1).toEpochDay();
        for (int i = 0; i < 2_000; i++) {
            WorkingCalendar cal = random.nextBoolean() ? CHINA : hours;
            long day = first + (long) (random.nextDouble() * (last - first));
            Instant start = LocalDate.ofEpochDay(day)
                    .atStartOfDay(cal.zone())
                    .toInstant()
                    .plusSeconds(random.nextInt(86_400));
            TimeLimit limit = TimeLimit.parse(limits[random.nextInt(limits.length)]);
            Deadline d = cal.deadlineOf(start, limit);
            assertThat(d.due()).isEqualTo(cal.deadline(start, limit));
            boolean clock = limit.toString().endsWith("h") && !limit.toString().endsWith("wh");
            Instant lastRead =
                    limit.toString().endsWith("wd") ? d.due() : d.due().minusNanos(1);
            boolean expected = !clock && lastRead.atZone(cal.zone()).getYear() >= 2027;
            assertThat(d.provisional())
                    .as(start + " + " + limit + " = " + d.due())
                    .isEqualTo(expected);
        }
    }
}
