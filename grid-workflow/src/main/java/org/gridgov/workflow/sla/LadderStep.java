package org.gridgov.workflow.sla;

import org.gridgov.core.InvalidInputException;
import org.gridgov.workflow.time.TimeLimit;

/**
 * One step of an escalation ladder: {@code after} the breach, do {@code kind} to {@code role}.
 *
 * <p>{@code role} names a role or unit ({@code community-head}, {@code street:office},
 * {@code district:supervision}), never a person: the host resolves it when the step fires, so a
 * step survives the deletion or transfer of whoever held the role. The offset is typed: {@code 1wd}
 * after a breach is the same time on the next working day (or its end with working hours),
 * {@code 4wh} four working hours, {@code 0h} the breach itself. Immutable.
 *
 * @param id the step's id, unique in its ladder
 * @param kind what the step does
 * @param after the offset from the breach
 * @param role the role or unit to notify
 */
public record LadderStep(String id, StepKind kind, TimeLimit after, String role) {

    /**
     * Checks the parts.
     *
     * @throws InvalidInputException naming the missing or blank part
     */
    public LadderStep {
        if (id == null || id.isBlank()) {
            throw new InvalidInputException("id", "a ladder step has an id", id);
        }
        if (kind == null) {
            throw new InvalidInputException(
                    "kind", "a ladder step has a kind (NOTIFY, ESCALATE, YELLOW_CARD, RED_CARD)", null);
        }
        if (after == null) {
            throw new InvalidInputException(
                    "after", "a ladder step has an offset after the breach, e.g. 0h or 1wd", null);
        }
        if (role == null || role.isBlank()) {
            throw new InvalidInputException("role", "a ladder step names the role or unit to notify", role);
        }
    }
}
