package org.gridgov.workflow.calendar;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.NavigableSet;
import java.util.TreeSet;
import org.gridgov.core.InvalidInputException;
import org.gridgov.workflow.time.ClockTime;
import org.gridgov.workflow.time.TimeLimit;
import org.gridgov.workflow.time.WorkingDays;
import org.gridgov.workflow.time.WorkingTime;

/**
 * Which moments are working time, and what a time limit started at some instant comes to.
 *
 * <p><b>Definitions.</b> A <i>working day</i> is a local date in the calendar's zone
 * (Asia/Shanghai by default) that is Monday-Friday and not a holiday, or a make-up working
 * day (调休), according to the {@link HolidaySchedule}. The <i>working periods</i> are the
 * {@link WorkingHours} of each working day (the whole day, 00:00-24:00, unless set), half-open:
 * with 08:30-12:00 the instant 08:30 is working time and 12:00 is not. A <i>working moment</i>
 * is an instant inside a working period.
 *
 * <ul>
 *   <li>{@link #workingTimeBetween}{@code (a, b)}: the total length of working periods inside
 *       {@code [a, b)}.
 *   <li>{@link #deadline} with {@link WorkingTime} {@code d}: the earliest instant {@code e >= start}
 *       with {@code workingTimeBetween(start, e) == d}. Time starts counting at the next working
 *       moment (a start on a holiday or after hours waits), and a limit used up exactly at the end
 *       of a period falls due at that end (12:00, 17:30), not at the start of the next one. Zero
 *       working time is due at {@code start}.
 *   <li>{@link #deadline} with {@link WorkingDays} {@code n}: let {@code s} be the first working
 *       moment at or after {@code start} (start itself if it is one) and the <i>day of receipt</i>
 *       the working day of {@code s}; the day of receipt is not counted and the limit falls due on
 *       the n-th working day after it, at {@code s}'s wall-clock time when the calendar has no
 *       working hours, or at the end of that day's working hours when it has. So with 08:30-12:00,
 *       13:30-17:30, a matter received on a Friday at 16:00 with 1wd is due on the next working day
 *       at 17:30; one received at 17:30 or later, or on a rest day, counts as received on the next
 *       working day, and one received before 08:30 or during the lunch break counts as received that
 *       day. With no working hours, a start on a rest day counts from 00:00 of the next working day.
 *   <li>{@link #deadline} with {@link ClockTime} {@code d}: {@code start + d}; no holiday data is
 *       needed, so this works outside the covered years.
 * </ul>
 *
 * <p><b>Fail closed.</b> Any other operation that reads a date outside the schedule's years throws
 * {@link CalendarRangeException}, including a deadline that would fall after the last covered
 * year. <b>Provisional years.</b> Years the schedule marks provisional (computed from the statutory
 * rules before the notice is published, {@link HolidaySchedule#chinaStatutory}) are read like any
 * other; {@link #deadlineOf} says whether a deadline rests on them, and {@link CalendarChange}
 * which days a newly loaded notice changes. <b>Cost.</b> Each operation is O(p) in the number p of working periods a day (a handful)
 * and O(1) in the length of the limit and the size of the calendar, through a
 * precomputed index; building a calendar costs one pass over the covered days. In a zone whose
 * offset changes inside the covered years, working time is measured on the local wall clock,
 * and a deadline whose local time the clocks skip (the hour lost when daylight saving starts, when
 * working hours span it) falls due at the instant of the change, the end of the working period as
 * it really ran, never after it.
 *
 * <p>Immutable and thread-safe; {@code with...} methods return new calendars.
 */
public final class WorkingCalendar {
    private final HolidaySchedule schedule;
    private final WorkingHours hours;
    private final ZoneId zone;
    private final WorkingTimeIndex index;
    private final boolean[] provisionalYear;

    private WorkingCalendar(HolidaySchedule schedule, WorkingHours hours, ZoneId zone) {
        this.schedule = schedule;
        this.provisionalYear = new boolean[schedule.lastYear() - schedule.firstYear() + 1];
        for (int y : schedule.provisionalYears()) {
            provisionalYear[y - schedule.firstYear()] = true;
        }
        this.hours = hours;
        this.zone = zone;
        this.index = new WorkingTimeIndex(schedule, hours, zone);
    }

    /**
     * Mainland China 2018-2100 ({@link HolidaySchedule#china()}: official 2018-2026, provisional
     * 2027-2100), Asia/Shanghai, no working hours.
     */
    public static WorkingCalendar china() {
        return ChinaDefault.CALENDAR;
    }

    /** A calendar over {@code schedule} in the schedule's zone, with no working hours. */
    public static WorkingCalendar of(HolidaySchedule schedule) {
        requireNonNull(schedule, "schedule");
        return new WorkingCalendar(schedule, WorkingHours.allDay(), schedule.zone());
    }

    /** In JSON (a durable store's settings), a calendar is every fact of it. */
    @JsonValue
    StoredCalendar stored() {
        return StoredCalendar.of(this);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static WorkingCalendar fromStored(StoredCalendar stored) {
        return stored.calendar();
    }

    /** This calendar with working periods {@code hours} on every working day. */
    public WorkingCalendar withWorkingHours(WorkingHours hours) {
        return new WorkingCalendar(schedule, requireNonNull(hours, "hours"), zone);
    }

    /** This calendar read in another zone (the schedule's dates become local dates there). */
    public WorkingCalendar withZone(ZoneId zone) {
        return new WorkingCalendar(schedule, hours, requireNonNull(zone, "zone"));
    }

    /** This calendar over another schedule (the schedule's dates read in this calendar's zone), same working hours. */
    public WorkingCalendar withSchedule(HolidaySchedule schedule) {
        return new WorkingCalendar(requireNonNull(schedule, "schedule"), hours, zone);
    }

    /**
     * This calendar with the years of {@code later} (typically a newly published notice read with
     * {@link HolidaySchedule#read}) replacing its own: {@code withSchedule(schedule().plus(later))}.
     * Compare the two with {@link CalendarChange#between}.
     *
     * @throws InvalidInputException as {@link HolidaySchedule#plus}
     */
    public WorkingCalendar plus(HolidaySchedule later) {
        return withSchedule(schedule.plus(requireNonNull(later, "later")));
    }

    /** The holiday facts. */
    public HolidaySchedule schedule() {
        return schedule;
    }

    /** The working periods of a working day ({@link WorkingHours#allDay()} if none were set). */
    public WorkingHours workingHours() {
        return hours;
    }

    /** The zone whose local dates and times the calendar reads. */
    public ZoneId zone() {
        return zone;
    }

    /**
     * When a limit started at {@code start} falls due; see the class documentation for the rules
     * of each unit.
     *
     * @throws CalendarRangeException if a working limit needs a year without holiday data
     */
    public Instant deadline(Instant start, TimeLimit limit) {
        requireNonNull(start, "start");
        requireNonNull(limit, "limit");
        if (limit instanceof WorkingDays days) {
            return plusWorkingDays(start, days.days());
        } else if (limit instanceof WorkingTime time) {
            return plusWorkingTime(start, time.duration());
        }
        try {
            return start.plus(((ClockTime) limit).duration());
        } catch (DateTimeException | ArithmeticException e) {
            throw new InvalidInputException("limit", "must keep the deadline within the range of Instant", limit, e);
        }
    }

    /**
     * {@link #deadline} with what it rests on: the due instant and the provisional years among the
     * days the computation read (from {@code start}'s local date to the day the limit is used up).
     * Costs one {@link #deadline} plus a look at each year spanned.
     *
     * @throws CalendarRangeException as {@link #deadline}
     */
    public Deadline deadlineOf(Instant start, TimeLimit limit) {
        Instant due = deadline(start, limit);
        NavigableSet<Integer> years = Collections.emptyNavigableSet();
        if (!(limit instanceof ClockTime) && !schedule.provisionalYears().isEmpty()) {
            Instant lastRead = limit instanceof WorkingTime && due.isAfter(start) ? due.minusNanos(1) : due;
            int last = index.year(lastRead);
            for (int y = index.year(start); y <= last; y++) {
                if (provisionalYear[y - schedule.firstYear()]) {
                    if (years.isEmpty()) {
                        years = new TreeSet<>();
                    }
                    years.add(y);
                }
            }
        }
        return new Deadline(start, limit, due, years);
    }

    private Instant plusWorkingDays(Instant start, int n) {
        long ls = index.localSecond(start);
        int day = index.dayOf(ls);
        long nod = index.nanoOfDay(ls, day, start);
        long next = index.isWorkingDay(day) ? index.nextWorkingNod(nod) : -1;
        if (next < 0) {
            day = index.nextWorkingDay(day);
            next = index.firstStart();
        }
        int due = index.workingDayAfter(day, n);
        return index.instant(due, index.allDay() ? next : index.lastEnd());
    }

    private Instant plusWorkingTime(Instant start, Duration d) {
        long ls = index.localSecond(start);
        int day = index.dayOf(ls);
        if (d.isZero()) {
            return start;
        }
        long from = index.position(day, index.nanoOfDay(ls, day, start));
        long room = index.maxPosition() - from;
        if (d.compareTo(Duration.ofNanos(room)) > 0) {
            throw index.outOfRange(Long.MAX_VALUE);
        }
        return index.earliestAt(from + d.toNanos());
    }

    /**
     * The working time inside {@code [from, to)}.
     *
     * @throws InvalidInputException if {@code to} is before {@code from}
     * @throws CalendarRangeException if either instant is in a year without holiday data
     */
    public WorkingTime workingTimeBetween(Instant from, Instant to) {
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "must not be before from (" + from + ")", to);
        }
        return new WorkingTime(Duration.ofNanos(position(to) - position(from)));
    }

    private long position(Instant t) {
        long ls = index.localSecond(t);
        int day = index.dayOf(ls);
        return index.position(day, index.nanoOfDay(ls, day, t));
    }

    /** True if {@code t} lies inside a working period of a working day. */
    public boolean isWorkingTime(Instant t) {
        long ls = index.localSecond(requireNonNull(t, "t"));
        int day = index.dayOf(ls);
        return index.isWorkingDay(day) && index.inPeriod(index.nanoOfDay(ls, day, t));
    }

    /** True if {@code date} is a working day (a weekday that is no holiday, or a make-up working day). */
    public boolean isWorkingDay(LocalDate date) {
        return index.isWorkingDay(index.dayIndex(requireNonNull(date, "date")));
    }

    /** The first working moment at or after {@code t} ({@code t} itself if it is working time). */
    public Instant nextWorkingTime(Instant t) {
        long ls = index.localSecond(requireNonNull(t, "t"));
        int day = index.dayOf(ls);
        long next = index.isWorkingDay(day) ? index.nextWorkingNod(index.nanoOfDay(ls, day, t)) : -1;
        if (next < 0) {
            return index.instant(index.nextWorkingDay(day), index.firstStart());
        }
        return next == index.nanoOfDay(ls, day, t) ? t : index.instant(day, next);
    }

    @Override
    public String toString() {
        return "WorkingCalendar[" + schedule.firstYear() + "-" + schedule.lastYear() + ", " + zone + ", "
                + (hours.isAllDay() ? "no working hours" : hours) + "]";
    }

    /** Built on first use. */
    private static final class ChinaDefault {
        static final WorkingCalendar CALENDAR = of(HolidaySchedule.china());
    }
}
