package org.gridgov.workflow.sla;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import org.gridgov.workflow.matter.MatterId;

/**
 * A warning, breach or ladder step that fired. {@code scheduledAt} is when it fell due (from the
 * clock's state and the calendar), {@code firedAt} when the scheduler noticed (later if the host
 * swept late). {@code role} names a role or unit, never a person: {@code lead} (whoever leads
 * the matter when the host delivers it) for warnings and breaches, the ladder step's role for
 * ladder steps. Immutable.
 *
 * @param key what fired: matter, metric, cycle and step index
 * @param kind {@link ClockEntry.Kind#WARNING}, {@link ClockEntry.Kind#BREACH} or {@link ClockEntry.Kind#LADDER}
 * @param step the light ({@code YELLOW}), {@code BREACH}, or the ladder step's id
 * @param light the light for a warning, otherwise {@code null}
 * @param ladderStep the ladder step, otherwise {@code null}
 * @param role the role or unit to notify
 * @param scheduledAt when it fell due
 * @param firedAt when it fired
 * @param policy the policy id
 * @param policyVersion the policy version the cycle ran under
 */
public record SlaEvent(
        TimerKey key,
        ClockEntry.Kind kind,
        String step,
        Light light,
        LadderStep ladderStep,
        String role,
        Instant scheduledAt,
        Instant firedAt,
        String policy,
        int policyVersion) {

    /** Checks the required parts. */
    public SlaEvent {
        requireNonNull(key, "key");
        requireNonNull(kind, "kind");
        requireNonNull(step, "step");
        requireNonNull(role, "role");
        requireNonNull(scheduledAt, "scheduledAt");
        requireNonNull(firedAt, "firedAt");
    }

    /** The matter. */
    public MatterId matter() {
        return key.matter();
    }

    /** The metric. */
    public Metric metric() {
        return key.metric();
    }

    /** The ladder step, for a ladder event. */
    public Optional<LadderStep> ladderStepIfAny() {
        return Optional.ofNullable(ladderStep);
    }

    /** One line: scheduled instant, matter, metric, cycle, step, whom to notify. */
    @Override
    public String toString() {
        return scheduledAt + " " + key.matter() + " " + key.metric() + " cycle " + key.cycle() + " " + kind + " " + step
                + " -> " + role + (firedAt.equals(scheduledAt) ? "" : " (fired " + firedAt + ")");
    }
}
