package org.gridgov.workflow.calendar;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.concurrent.TimeUnit;
import org.gridgov.workflow.time.TimeLimit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What the calendars to 2100 cost to build, and what asking whether a deadline is provisional
 * costs on top of computing it: {@code index} builds the working-time index over 2018-2100 (what
 * {@code withWorkingHours}, {@code withSchedule} and {@code plus} do), {@code statutoryYears}
 * computes the provisional years 2027-2100 from the rules, {@code deadline} and {@code deadlineOf}
 * compute the same 5wd deadline across the 2026/2027 year end, without and with the provisional flag.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CalendarBuildBenchmark {
    private WorkingCalendar china;
    private WorkingHours hours;
    private Instant start;
    private TimeLimit limit;

    @Setup
    public void setUp() {
        china = WorkingCalendar.china();
        hours = WorkingHours.parse("08:30-12:00,13:30-17:30");
        start = OffsetDateTime.parse("2026-12-28T09:00+08:00").toInstant();
        limit = TimeLimit.parse("5wd");
    }

    @Benchmark
    public WorkingCalendar index() {
        return china.withWorkingHours(hours);
    }

    @Benchmark
    public HolidaySchedule statutoryYears() {
        return HolidaySchedule.chinaStatutory(2027, 2100);
    }

    @Benchmark
    public Instant deadline() {
        return china.deadline(start, limit);
    }

    @Benchmark
    public Deadline deadlineOf() {
        return china.deadlineOf(start, limit);
    }
}
