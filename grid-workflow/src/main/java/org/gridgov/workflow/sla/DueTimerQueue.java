package org.gridgov.workflow.sla;

import java.time.Instant;
import java.util.Optional;

/**
 * The due-timer queue behind a {@link SlaScheduler}: pending timers ordered by due instant, and the
 * record of which steps have fired. The in-memory {@link InMemoryDueTimerQueue} ships; a durable
 * store (a table of timers keyed by matter and metric, and a table of fired keys) implements the
 * same contract so that a restarted host, rebuilding its clocks from matter histories, does not
 * fire a step again.
 *
 * <p>Contract: {@link #schedule} supersedes any earlier timer of the same clock (matter and
 * metric), though a queue may still return superseded timers (the scheduler re-checks each against
 * the clock); {@link #pollDue} returns timers at or before {@code now} in order of their due instant
 * (ties in any order; a durable store may use {@link Timer#DUE_ORDER});
 * {@link #markFired} is an atomic test-and-set: it returns {@code true} once per key, ever.
 * Implementations are thread-safe.
 */
public interface DueTimerQueue {
    /** Adds a timer, superseding any earlier one of the same clock. */
    void schedule(Timer timer);

    /** Removes and returns the earliest timer due at or before {@code now}, if any. */
    Optional<Timer> pollDue(Instant now);

    /** Records that {@code key} fired; {@code true} the first time, {@code false} ever after. */
    boolean markFired(TimerKey key);

    /** Whether {@code key} has fired. */
    boolean hasFired(TimerKey key);

    /** How many timers are pending (superseded ones may be counted). */
    int size();
}
