package org.gridgov.workflow.office;

import java.time.Instant;
import java.util.List;
import org.gridgov.workflow.engine.Command;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.Lifecycle;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.Transition;

/**
 * The SLA cap on a person's command ("7 days at the latest"): without a district approval a
 * suspension or extension that would pass the cap is refused before anything changes; with one, the
 * approval is recorded as an {@link Action#APPROVE_PAST_CAP} entry right before the command's step.
 * Stateless.
 */
final class CapApprovals {
    private CapApprovals() {}

    /** The entry recording the command's approval on {@code m}, or {@code null} if it carries none. */
    static Transition approval(Matter m, Command command, Instant now) {
        if (command.approval() == null) {
            return null;
        }
        return new Transition(
                m.id(),
                m.version() + 1,
                Action.APPROVE_PAST_CAP,
                m.state(),
                m.state(),
                command.approval().approver(),
                now,
                command.approval().reference(),
                null,
                null);
    }

    /** The entries of a command: its approval (if any) and then its own step, built by {@code step}. */
    static List<Whistles.Entry> entries(Matter m, Command command, Instant now, MatterSteps.One step) {
        Transition approval = approval(m, command, now);
        if (approval == null) {
            return List.of(new Whistles.Entry(step.next(m, now), List.of()));
        }
        Transition own = step.next(Lifecycle.apply(m, approval), now);
        return List.of(new Whistles.Entry(approval, List.of()), new Whistles.Entry(own, List.of()));
    }
}
