package org.gridgov.workflow.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Arrays;

/**
 * The precomputed index behind {@link WorkingCalendar}: every operation is a handful of
 * array reads, never a walk over days.
 *
 * <p>Days are numbered from 1 January of the first covered year ("day index").
 * {@code workingBefore[d]} counts the working days before day d (so the working-day
 * ordinal of a working day d is {@code workingBefore[d]}), and {@code workingDay[k]} is the
 * day index of working day number k. Within a day, working hours are periods in nanoseconds
 * of day with prefix sums {@code before[j]} of the working nanoseconds ahead of period j.
 * A moment's working "position" is the working nanoseconds from the start of the covered
 * range to it: {@code workingBefore[d] * dayNanos + withinDay(nod)}.
 *
 * <p>When the zone's offset does not change over the covered range (Asia/Shanghai since
 * 1991), local time is plain arithmetic; otherwise each conversion asks the zone rules.
 * Immutable and thread-safe.
 */
final class WorkingTimeIndex {
    static final long NANOS_PER_DAY = 86_400_000_000_000L;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final byte HOLIDAY = 1;
    private static final byte MAKE_UP = 2;

    private final int firstYear;
    private final int lastYear;
    private final long firstEpochDay;
    private final int dayCount;
    private final int[] workingBefore;
    private final int[] workingDay;
    private final long[] start;
    private final long[] end;
    private final long[] before;
    private final long dayNanos;
    private final boolean allDay;
    private final ZoneId zone;
    private final ZoneRules rules;
    private final boolean fixedOffset;
    private final long offsetSeconds;

    WorkingTimeIndex(HolidaySchedule schedule, WorkingHours hours, ZoneId zone) {
        firstYear = schedule.firstYear();
        lastYear = schedule.lastYear();
        LocalDate first = LocalDate.of(firstYear, 1, 1);
        firstEpochDay = first.toEpochDay();
        dayCount = (int) (LocalDate.of(lastYear + 1, 1, 1).toEpochDay() - firstEpochDay);
        workingBefore = new int[dayCount + 1];
        // One pass over the facts, then one over the days with array reads only: a calendar to 2100
        // (30,000 days) builds in well under a millisecond.
        byte[] kind = new byte[dayCount];
        for (LocalDate h : schedule.holidays().keySet()) {
            kind[(int) (h.toEpochDay() - firstEpochDay)] = HOLIDAY;
        }
        for (LocalDate m : schedule.makeUpWorkdays().keySet()) {
            kind[(int) (m.toEpochDay() - firstEpochDay)] = MAKE_UP;
        }
        // ISO day of week of the first day, 0 = Monday .. 6 = Sunday
        int dow = first.getDayOfWeek().getValue() - 1;
        int[] days = new int[dayCount];
        int count = 0;
        for (int d = 0; d < dayCount; d++) {
            workingBefore[d] = count;
            boolean working = kind[d] == MAKE_UP || (dow < 5 && kind[d] != HOLIDAY);
            if (working) {
                days[count++] = d;
            }
            dow = dow == 6 ? 0 : dow + 1;
        }
        workingBefore[dayCount] = count;
        workingDay = Arrays.copyOf(days, count);

        int[] startMinutes = hours.startMinutes();
        int[] endMinutes = hours.endMinutes();
        start = new long[startMinutes.length];
        end = new long[startMinutes.length];
        before = new long[startMinutes.length];
        long sum = 0;
        for (int j = 0; j < startMinutes.length; j++) {
            start[j] = startMinutes[j] * 60L * NANOS_PER_SECOND;
            end[j] = endMinutes[j] * 60L * NANOS_PER_SECOND;
            before[j] = sum;
            sum += end[j] - start[j];
        }
        dayNanos = sum;
        allDay = hours.isAllDay();

        this.zone = zone;
        rules = zone.getRules();
        Instant from = Instant.ofEpochSecond((firstEpochDay - 2) * 86_400L);
        Instant to = Instant.ofEpochSecond((firstEpochDay + dayCount + 2) * 86_400L);
        ZoneOffsetTransition next = rules.nextTransition(from);
        fixedOffset = rules.isFixedOffset() || next == null || next.getInstant().isAfter(to);
        offsetSeconds = rules.getOffset(from).getTotalSeconds();
    }

    // ---- local time ----------------------------------------------------------------------

    /** Local epoch second of {@code t} in the zone. */
    long localSecond(Instant t) {
        long offset = fixedOffset ? offsetSeconds : rules.getOffset(t).getTotalSeconds();
        return t.getEpochSecond() + offset;
    }

    /** The local year of {@code t} in the zone (not checked against the covered range). */
    int year(Instant t) {
        return LocalDate.ofEpochDay(Math.floorDiv(localSecond(t), 86_400L)).getYear();
    }

    /** Day index of a local epoch second, checked against the covered range. */
    int dayOf(long localSecond) {
        return checkedDay(Math.floorDiv(localSecond, 86_400L) - firstEpochDay);
    }

    /** Local nanosecond of day of {@code t}, whose local epoch second is {@code localSecond} on day index {@code day}. */
    long nanoOfDay(long localSecond, int day, Instant t) {
        return (localSecond - (firstEpochDay + day) * 86_400L) * NANOS_PER_SECOND + t.getNano();
    }

    /** The instant of local time {@code nod} (0..24:00 inclusive) on day index {@code day}. */
    Instant instant(long day, long nod) {
        if (fixedOffset) {
            long second = (firstEpochDay + day) * 86_400L - offsetSeconds + nod / NANOS_PER_SECOND;
            long nano = nod % NANOS_PER_SECOND;
            return nano == 0 ? Instant.ofEpochSecond(second) : Instant.ofEpochSecond(second, nano);
        }
        long epochDay = firstEpochDay + day + nod / NANOS_PER_DAY;
        long n = nod % NANOS_PER_DAY;
        LocalDateTime local = LocalDateTime.of(LocalDate.ofEpochDay(epochDay), LocalTime.ofNanoOfDay(n));
        ZoneOffsetTransition gap = rules.getTransition(local);
        if (gap != null && gap.isGap()) {
            // A local time the clocks skip (spring forward) is due at the moment of the change: the
            // working period it ends in ran up to that instant, so the answer never lies past it.
            return gap.getInstant();
        }
        return ZonedDateTime.ofLocal(local, zone, null).toInstant();
    }

    int checkedDay(long day) {
        if (day < 0 || day >= dayCount) {
            throw outOfRange(day);
        }
        return (int) day;
    }

    CalendarRangeException outOfRange(long day) {
        int year;
        if (day < 0) {
            year = day < -800_000
                    ? firstYear - 1
                    : LocalDate.ofEpochDay(firstEpochDay + day).getYear();
        } else {
            year = day > 800_000
                    ? lastYear + 1
                    : LocalDate.ofEpochDay(firstEpochDay + day).getYear();
        }
        return new CalendarRangeException(year, firstYear, lastYear);
    }

    // ---- days ----------------------------------------------------------------------------

    boolean isWorkingDay(int day) {
        return workingBefore[day + 1] != workingBefore[day];
    }

    int dayIndex(LocalDate date) {
        return checkedDay(date.toEpochDay() - firstEpochDay);
    }

    /** Day index of the working day {@code n} working days after working day {@code day}. */
    int workingDayAfter(int day, long n) {
        long k = workingBefore[day] + n;
        if (k >= workingDay.length) {
            throw new CalendarRangeException(lastYear + 1, firstYear, lastYear);
        }
        return workingDay[(int) k];
    }

    /** Day index of the first working day strictly after {@code day}. */
    int nextWorkingDay(int day) {
        int k = workingBefore[day + 1];
        if (k >= workingDay.length) {
            throw new CalendarRangeException(lastYear + 1, firstYear, lastYear);
        }
        return workingDay[k];
    }

    // ---- hours ---------------------------------------------------------------------------

    boolean allDay() {
        return allDay;
    }

    long firstStart() {
        return start[0];
    }

    long lastEnd() {
        return end[end.length - 1];
    }

    /** Index of the last period starting at or before {@code nod}, or -1. */
    private int periodAtOrBefore(long nod) {
        int j = end.length - 1;
        while (j >= 0 && start[j] > nod) {
            j--;
        }
        return j;
    }

    boolean inPeriod(long nod) {
        int j = periodAtOrBefore(nod);
        return j >= 0 && nod < end[j];
    }

    /** Start of the first period whose end is after {@code nod} (nod itself if inside), or -1. */
    long nextWorkingNod(long nod) {
        int j = periodAtOrBefore(nod);
        if (j >= 0 && nod < end[j]) {
            return nod;
        }
        return j + 1 < start.length ? start[j + 1] : -1;
    }

    /** Working nanoseconds of a working day before local time {@code nod}. */
    private long withinDay(long nod) {
        int j = periodAtOrBefore(nod);
        return j < 0 ? 0 : before[j] + Math.min(nod, end[j]) - start[j];
    }

    /** Local time at which {@code r} working nanoseconds of a day (0 < r <= dayNanos) are used up. */
    private long nodAfter(long r) {
        int j = 0;
        while (before[j] + (end[j] - start[j]) < r) {
            j++;
        }
        return start[j] + (r - before[j]);
    }

    // ---- positions -----------------------------------------------------------------------

    /** Working nanoseconds from the start of the covered range to local time (day, nod). */
    long position(int day, long nod) {
        long p = (long) workingBefore[day] * dayNanos;
        return isWorkingDay(day) ? p + withinDay(nod) : p;
    }

    /** The earliest instant whose position is {@code p} (p > 0). */
    Instant earliestAt(long p) {
        long k = (p - 1) / dayNanos;
        if (k >= workingDay.length) {
            throw new CalendarRangeException(lastYear + 1, firstYear, lastYear);
        }
        return instant(workingDay[(int) k], nodAfter(p - k * dayNanos));
    }

    /** The largest position the index can answer (end of the last working day). */
    long maxPosition() {
        return (long) workingDay.length * dayNanos;
    }
}
