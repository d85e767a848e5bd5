package org.gridgov.workflow.calendar;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.NavigableSet;
import java.util.TreeSet;
import org.gridgov.core.InvalidInputException;
import org.gridgov.workflow.time.ClockTime;

/**
 * What changed between two working calendars that differ only in their holiday facts, typically
 * a calendar and the same calendar after a newly published year was loaded
 * ({@link WorkingCalendar#plus}): the {@linkplain #days() days} that turned from working days
 * into rest days or back, and the years whose status changed between provisional and official.
 * The office recomputes the open deadlines it {@linkplain #affects(Deadline) affects}.
 *
 * <pre>{@code
 * WorkingCalendar before = WorkingCalendar.china();
 * WorkingCalendar after = before.plus(HolidaySchedule.read(Path.of("cn-2027.json")));
 * CalendarChange change = CalendarChange.between(before, after);
 * change.days();            // e.g. [2027-02-11, 2027-02-12, 2027-02-20, ...]
 * change.affects(deadline); // true if the deadline read one of them, or a year now official
 * }</pre>
 *
 * <p>Only the years both calendars cover are compared (a year one of them lacks could not have
 * given a deadline there). Immutable and thread-safe.
 */
public final class CalendarChange {
    private final NavigableSet<LocalDate> days;
    private final NavigableSet<Integer> statusChangedYears;
    private final ZoneId zone;

    private CalendarChange(NavigableSet<LocalDate> days, NavigableSet<Integer> statusChangedYears, ZoneId zone) {
        this.zone = zone;
        this.days = Collections.unmodifiableNavigableSet(days);
        this.statusChangedYears = Collections.unmodifiableNavigableSet(statusChangedYears);
    }

    /**
     * The change from {@code before} to {@code after}. Walks the commonly covered days once
     * (about 30,000 for 2018-2100).
     *
     * @throws InvalidInputException if the calendars differ in zone or working hours (then every
     *     deadline may change, and a list of days would mislead)
     */
    public static CalendarChange between(WorkingCalendar before, WorkingCalendar after) {
        requireNonNull(before, "before");
        requireNonNull(after, "after");
        if (!before.zone().equals(after.zone())) {
            throw new InvalidInputException(
                    "after.zone", "must be the zone of before (" + before.zone() + ")", after.zone());
        }
        if (!before.workingHours().equals(after.workingHours())) {
            throw new InvalidInputException(
                    "after.workingHours",
                    "must be the working hours of before (" + before.workingHours() + ")",
                    after.workingHours());
        }
        HolidaySchedule a = before.schedule();
        HolidaySchedule b = after.schedule();
        int first = Math.max(a.firstYear(), b.firstYear());
        int last = Math.min(a.lastYear(), b.lastYear());
        NavigableSet<LocalDate> days = new TreeSet<>();
        NavigableSet<Integer> years = new TreeSet<>();
        for (int y = first; y <= last; y++) {
            if (a.isProvisional(y) != b.isProvisional(y)) {
                years.add(y);
            }
        }
        if (first <= last) {
            LocalDate end = LocalDate.of(last + 1, 1, 1);
            for (LocalDate d = LocalDate.of(first, 1, 1); d.isBefore(end); d = d.plusDays(1)) {
                if (before.isWorkingDay(d) != after.isWorkingDay(d)) {
                    days.add(d);
                }
            }
        }
        return new CalendarChange(days, years, before.zone());
    }

    /** The days that are working days in one calendar and rest days in the other, ascending; unmodifiable. */
    public NavigableSet<LocalDate> days() {
        return days;
    }

    /** The years provisional in one calendar and official in the other, ascending; unmodifiable. */
    public NavigableSet<Integer> statusChangedYears() {
        return statusChangedYears;
    }

    /** True if nothing changed: no day and no year's status. */
    public boolean isEmpty() {
        return days.isEmpty() && statusChangedYears.isEmpty();
    }

    /**
     * True if recomputing {@code deadline} on the new calendar may give another due instant or
     * another provisional flag: a changed day lies between its start's and its due instant's local
     * dates (inclusive, in the zone of the calendars compared), or one of its provisional years
     * changed status. False means the deadline stands as it is. Clock-time limits are never affected.
     */
    public boolean affects(Deadline deadline) {
        requireNonNull(deadline, "deadline");
        if (deadline.limit() instanceof ClockTime) {
            return false;
        }
        for (Integer y : deadline.provisionalYears()) {
            if (statusChangedYears.contains(y)) {
                return true;
            }
        }
        LocalDate from = deadline.start().atZone(zone).toLocalDate();
        LocalDate to = deadline.due().atZone(zone).toLocalDate();
        LocalDate firstChange = days.ceiling(from);
        return firstChange != null && !firstChange.isAfter(to);
    }

    @Override
    public String toString() {
        return "CalendarChange[" + days.size() + " days"
                + (days.isEmpty() ? "" : " " + days.first() + ".." + days.last()) + ", years changing status "
                + statusChangedYears + "]";
    }
}
