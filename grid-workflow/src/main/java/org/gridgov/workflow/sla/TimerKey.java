package org.gridgov.workflow.sla;

import static java.util.Objects.requireNonNull;

import org.gridgov.workflow.matter.MatterId;

/**
 * What makes a firing unique: the matter, the metric, the clock cycle and the step (warning lights
 * in order of their thresholds, then the breach, then the ladder steps, of the target in force). A
 * {@link DueTimerQueue} fires each key at most once. Immutable.
 *
 * @param matter the matter
 * @param metric the metric
 * @param cycle the cycle number, from 1
 * @param step the step index, from 0; a cycle re-targeted {@code n} times (an escalation to
 *     another whistle, a new policy version) numbers the steps of its latest target from
 *     {@code n * 1000}, so a key never stands for two different steps
 */
public record TimerKey(MatterId matter, Metric metric, int cycle, int step) {

    /** Checks the parts. */
    public TimerKey {
        requireNonNull(matter, "matter");
        requireNonNull(metric, "metric");
    }

    @Override
    public String toString() {
        return matter + "/" + metric + "/" + cycle + "/" + step;
    }
}
