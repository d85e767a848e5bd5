package org.gridgov.workflow.sla;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Comparator;
import org.gridgov.workflow.matter.MatterId;

/**
 * A due timer: the next step of one clock and the instant it falls due. At most one timer per
 * clock (matter and metric) is current; a later one for the same clock supersedes it, and the
 * scheduler checks every timer it takes against the clock before firing it. Immutable.
 *
 * @param matter the matter
 * @param metric the metric
 * @param cycle the cycle number
 * @param step the step's index as its {@link TimerKey} numbers it
 * @param at when it falls due
 */
public record Timer(MatterId matter, Metric metric, int cycle, int step, Instant at) {

    /** Due order: by instant, then matter, metric, cycle and step, so a sweep is deterministic. */
    public static final Comparator<Timer> DUE_ORDER = Timer::compareDue;

    /** Checks the parts. */
    public Timer {
        requireNonNull(matter, "matter");
        requireNonNull(metric, "metric");
        requireNonNull(at, "at");
    }

    /**
     * {@link #DUE_ORDER} written out: one call per comparison instead of a chain of key extractors
     * (the in-memory timer heap compares on every commit that schedules a step).
     */
    private static int compareDue(Timer a, Timer b) {
        int c = a.at.compareTo(b.at);
        if (c != 0) {
            return c;
        }
        c = a.matter.compareTo(b.matter);
        if (c != 0) {
            return c;
        }
        c = a.metric.compareTo(b.metric);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(a.cycle, b.cycle);
        return c != 0 ? c : Integer.compare(a.step, b.step);
    }

    /** The firing key. */
    public TimerKey key() {
        return new TimerKey(matter, metric, cycle, step);
    }
}
