package org.gridgov.workflow.matter;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.gridgov.core.InvalidInputException;

/**
 * The SLA step a system entry of a matter's history records: which step of which clock cycle
 * fired, under which policy version, for which role, and when it fell due.
 *
 * <p>{@code key} is {@code METRIC/CYCLE/STEP_ID}, e.g. {@code RESOLUTION/1/BREACH},
 * {@code RESOLUTION/1/YELLOW} (a warning light) or {@code RESOLUTION/1/escalate-to-street} (a
 * ladder step): unique per matter, so the history itself is the record of what fired and a replay
 * never fires a step again. Immutable.
 *
 * @param key {@code METRIC/CYCLE/STEP_ID}
 * @param policy the SLA policy's id
 * @param policyVersion the policy version the cycle ran under
 * @param role the role or unit the step addresses ({@code lead} for warnings and breaches)
 * @param dueAt when the step fell due (the entry's own time is when it fired)
 */
public record SystemStep(String key, String policy, int policyVersion, String role, Instant dueAt) {

    /**
     * Checks the parts.
     *
     * @throws InvalidInputException if the key is not {@code METRIC/CYCLE/STEP_ID}
     */
    public SystemStep {
        requireNonNull(policy, "policy");
        requireNonNull(role, "role");
        requireNonNull(dueAt, "dueAt");
        if (key == null || key.split("/", -1).length != 3) {
            throw new InvalidInputException("step.key", "a step key is METRIC/CYCLE/STEP_ID", key);
        }
    }

    /** The metric's name, the key's first part. */
    public String metric() {
        return key.split("/", -1)[0];
    }

    /** The cycle number, the key's second part. */
    public int cycle() {
        return Integer.parseInt(key.split("/", -1)[1]);
    }

    /** The step's id, the key's last part: a light, {@code BREACH} or a ladder step's id. */
    public String stepId() {
        return key.split("/", -1)[2];
    }
}
