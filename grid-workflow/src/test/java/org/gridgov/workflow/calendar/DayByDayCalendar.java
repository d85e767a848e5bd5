package org.gridgov.workflow.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The straightforward way to compute working-calendar answers: walk day by day over local
 * dates, asking the holiday facts about each. Written independently of {@link WorkingTimeIndex}
 * as the reference for randomized tests and as the baseline of the benchmarks; it implements the
 * rules stated in {@link WorkingCalendar}'s documentation directly.
 */
public final class DayByDayCalendar {
    private final HolidaySchedule schedule;
    private final WorkingHours hours;
    private final ZoneId zone;

    public DayByDayCalendar(HolidaySchedule schedule, WorkingHours hours, ZoneId zone) {
        this.schedule = schedule;
        this.hours = hours;
        this.zone = zone;
    }

    public boolean isWorkingDay(LocalDate date) {
        if (!schedule.covers(date.getYear())) {
            throw new CalendarRangeException(date.getYear(), schedule.firstYear(), schedule.lastYear());
        }
        if (schedule.makeUpWorkdays().containsKey(date)) {
            return true;
        }
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY
                && dow != DayOfWeek.SUNDAY
                && !schedule.holidays().containsKey(date);
    }

    private LocalDateTime periodStart(LocalDate day, int i) {
        return day.atTime(hours.start(i));
    }

    private LocalDateTime periodEnd(LocalDate day, int i) {
        LocalTime end = hours.end(i);
        return end.equals(LocalTime.MIDNIGHT) ? day.plusDays(1).atStartOfDay() : day.atTime(end);
    }

    private LocalDateTime local(Instant t) {
        return LocalDateTime.ofInstant(t, zone);
    }

    private Instant instant(LocalDateTime t) {
        return ZonedDateTime.of(t, zone).toInstant();
    }

    public boolean isWorkingTime(Instant instant) {
        LocalDateTime t = local(instant);
        LocalDate day = t.toLocalDate();
        if (!isWorkingDay(day)) {
            return false;
        }
        for (int i = 0; i < hours.size(); i++) {
            if (!t.isBefore(periodStart(day, i)) && t.isBefore(periodEnd(day, i))) {
                return true;
            }
        }
        return false;
    }

    /** The first working moment at or after {@code instant}, as a local date-time. */
    private LocalDateTime firstWorkingMoment(LocalDateTime t) {
        for (LocalDate day = t.toLocalDate(); ; day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                for (int i = 0; i < hours.size(); i++) {
                    if (periodEnd(day, i).isAfter(t)) {
                        LocalDateTime start = periodStart(day, i);
                        return start.isAfter(t) ? start : t;
                    }
                }
            }
        }
    }

    public Instant plusWorkingDays(Instant start, int n) {
        LocalDateTime s = firstWorkingMoment(local(start));
        LocalDate day = s.toLocalDate();
        int left = n;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return instant(hours.isAllDay() ? day.atTime(s.toLocalTime()) : periodEnd(day, hours.size() - 1));
    }

    public Instant plusWorkingTime(Instant start, Duration d) {
        LocalDateTime t = local(start);
        isWorkingDay(t.toLocalDate()); // fails closed outside the data, even for zero
        if (d.isZero()) {
            return start;
        }
        Duration left = d;
        for (LocalDate day = t.toLocalDate(); ; day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            for (int i = 0; i < hours.size(); i++) {
                LocalDateTime from = periodStart(day, i).isAfter(t) ? periodStart(day, i) : t;
                LocalDateTime to = periodEnd(day, i);
                if (from.isBefore(to)) {
                    Duration available = Duration.between(from, to);
                    if (available.compareTo(left) >= 0) {
                        return instant(from.plus(left));
                    }
                    left = left.minus(available);
                }
            }
        }
    }

    public Duration workingTimeBetween(Instant a, Instant b) {
        LocalDateTime from = local(a);
        LocalDateTime to = local(b);
        Duration sum = Duration.ZERO;
        for (LocalDate day = from.toLocalDate(); !day.isAfter(to.toLocalDate()); day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            for (int i = 0; i < hours.size(); i++) {
                LocalDateTime s = periodStart(day, i).isAfter(from) ? periodStart(day, i) : from;
                LocalDateTime e = periodEnd(day, i).isBefore(to) ? periodEnd(day, i) : to;
                if (s.isBefore(e)) {
                    sum = sum.plus(Duration.between(s, e));
                }
            }
        }
        return sum;
    }
}
