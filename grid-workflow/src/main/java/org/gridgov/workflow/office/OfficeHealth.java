package org.gridgov.workflow.office;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * How an office is doing, for a health endpoint: whether its timer thread runs, the outbox's
 * counts (pending, delivered, failed deliveries), the matters whose clocks could not be computed,
 * the last tick that failed, and how many running clocks rest on provisional holiday years (and
 * which years: the State Council notices to load next; see {@link GridOffice#changeCalendar}).
 * Provisional deadlines are expected near a year's end and do not make the office unhealthy.
 * Immutable.
 *
 * @param running whether {@link GridOffice#start()} runs its timer
 * @param outbox the outbox's counts
 * @param clockProblems matters whose clocks are in the error state
 * @param tickFailures how many ticks failed (an exception escaped them)
 * @param asOf when, from the office's clock
 * @param provisionalClocks how many running clocks of open matters have a deadline resting on
 *     provisional days
 * @param provisionalYears the provisional years those deadlines rest on, ascending; unmodifiable
 */
public record OfficeHealth(
        boolean running,
        OutboxStats outbox,
        List<ClockProblem> clockProblems,
        long tickFailures,
        Instant asOf,
        int provisionalClocks,
        NavigableSet<Integer> provisionalYears) {

    /** Checks the parts and copies the list and the years. */
    public OfficeHealth {
        requireNonNull(outbox, "outbox");
        clockProblems = List.copyOf(clockProblems);
        requireNonNull(asOf, "asOf");
        provisionalYears = Collections.unmodifiableNavigableSet(new TreeSet<>(provisionalYears));
    }

    /** Healthy: no clock problem, no failed tick, no failed delivery still pending. */
    public boolean healthy() {
        return clockProblems.isEmpty() && tickFailures == 0 && (outbox.failures() == 0 || outbox.pending() == 0);
    }
}
