package org.gridgov.workflow.calendar;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.NavigableSet;
import java.util.TreeSet;
import org.gridgov.core.InvalidInputException;
import org.gridgov.workflow.time.TimeLimit;

/**
 * A computed deadline and what it rests on: the limit started at {@code start} falls due at
 * {@code due}, and {@code provisionalYears} are the years of provisional holiday facts (computed
 * from the statutory rules, not yet published; see {@link HolidaySchedule#chinaStatutory}) among
 * the days the computation read, from the local date of {@code start} to the last day it needed.
 * A deadline with provisional years may move when the year's notice is loaded
 * ({@link CalendarChange#affects(Deadline)}).
 *
 * <p>A clock-time limit ({@code 3h}) reads no holiday facts, so it is never provisional.
 *
 * <p>Invariants: {@code due} is not before {@code start}; {@code provisionalYears} is an
 * unmodifiable, ascending copy. Immutable and thread-safe.
 *
 * @param start when the limit started
 * @param limit the limit
 * @param due when it falls due, as {@link WorkingCalendar#deadline} returns it
 * @param provisionalYears the provisional years the computation read, ascending (empty if none)
 */
public record Deadline(Instant start, TimeLimit limit, Instant due, NavigableSet<Integer> provisionalYears) {
    /** Checks the invariants and copies the years. */
    public Deadline {
        requireNonNull(start, "start");
        requireNonNull(limit, "limit");
        requireNonNull(due, "due");
        if (due.isBefore(start)) {
            throw new InvalidInputException("due", "must not be before start (" + start + ")", due);
        }
        provisionalYears = provisionalYears.isEmpty()
                ? Collections.emptyNavigableSet()
                : Collections.unmodifiableNavigableSet(new TreeSet<>((Collection<Integer>) provisionalYears));
    }

    /** True if the deadline rests on at least one provisional day's facts. */
    public boolean provisional() {
        return !provisionalYears.isEmpty();
    }
}
