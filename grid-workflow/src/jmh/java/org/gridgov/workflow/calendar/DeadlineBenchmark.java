package org.gridgov.workflow.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.gridgov.workflow.time.TimeLimit;
import org.gridgov.workflow.time.WorkingDays;
import org.gridgov.workflow.time.WorkingTime;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Deadline computation with the China calendar and working hours 08:30-12:00,13:30-17:30 from
 * 4,096 seeded random starts (second precision, 2018-01-01 to 2025-12-31), one deadline per
 * operation: the indexed {@link WorkingCalendar} against the day-by-day {@link DayByDayCalendar}
 * (test code), side by side in the same run.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DeadlineBenchmark {
    private static final int STARTS = 4096;

    @Param({"5wd", "30wd", "4wh"})
    public String limit;

    private WorkingCalendar indexed;
    private DayByDayCalendar dayByDay;
    private TimeLimit parsed;
    private Instant[] starts;
    private int next;

    @Setup
    public void setUp() {
        WorkingHours hours = WorkingHours.parse("08:30-12:00,13:30-17:30");
        indexed = WorkingCalendar.china().withWorkingHours(hours);
        dayByDay = new DayByDayCalendar(HolidaySchedule.china(), hours, HolidaySchedule.CHINA_ZONE);
        parsed = TimeLimit.parse(limit);
        ZoneId zone = indexed.zone();
        LocalDateTime first = LocalDateTime.of(2018, 1, 1, 0, 0);
        long span = Duration.between(first, LocalDateTime.of(2026, 1, 1, 0, 0)).getSeconds();
        SplittableRandom random = new SplittableRandom(42);
        starts = new Instant[STARTS];
        for (int i = 0; i < STARTS; i++) {
            starts[i] = ZonedDateTime.of(first.plusSeconds(random.nextLong(span)), zone)
                    .toInstant();
        }
    }

    private Instant nextStart() {
        Instant s = starts[next];
        next = (next + 1) & (STARTS - 1);
        return s;
    }

    /** The indexed calendar: {@link WorkingCalendar#deadline}. */
    @Benchmark
    public Instant indexed() {
        return indexed.deadline(nextStart(), parsed);
    }

    /** The straightforward day-by-day loop over local dates. */
    @Benchmark
    public Instant dayByDay() {
        Instant start = nextStart();
        if (parsed instanceof WorkingDays days) {
            return dayByDay.plusWorkingDays(start, days.days());
        }
        return dayByDay.plusWorkingTime(start, ((WorkingTime) parsed).duration());
    }
}
