package org.gridgov.workflow.office;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

/**
 * How an office is doing, for a health endpoint: whether its timer thread runs, the outbox's
 * counts (pending, delivered, failed deliveries), the matters whose clocks could not be computed,
 * and the last tick that failed. Immutable.
 *
 * @param running whether {@link GridOffice#start()} runs its timer
 * @param outbox the outbox's counts
 * @param clockProblems matters whose clocks are in the error state
 * @param tickFailures how many ticks failed (an exception escaped them)
 * @param asOf when, from the office's clock
 */
public record OfficeHealth(
        boolean running, OutboxStats outbox, List<ClockProblem> clockProblems, long tickFailures, Instant asOf) {

    /** Checks the parts and copies the list. */
    public OfficeHealth {
        requireNonNull(outbox, "outbox");
        clockProblems = List.copyOf(clockProblems);
        requireNonNull(asOf, "asOf");
    }

    /** Healthy: no clock problem, no failed tick, no failed delivery still pending. */
    public boolean healthy() {
        return clockProblems.isEmpty() && tickFailures == 0 && (outbox.failures() == 0 || outbox.pending() == 0);
    }
}
