package org.gridgov.workflow.engine;

import static java.util.Objects.requireNonNull;

import org.gridgov.core.InvalidInputException;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.responsibility.Assignment;

/**
 * A request to act on a matter at the version the caller last saw.
 *
 * <p>Start from {@link #on(Matter, Action, String)} (the matter's id and version) or
 * {@link #of}; add a reason with {@link #because} and a lead with {@link #assigning}. The engine
 * computes routings itself, and does {@link Action#REPORT} and {@link Action#REROUTE} itself, so a
 * command never carries them. Immutable.
 *
 * @param matter the matter
 * @param expectedVersion the version the caller saw; a different stored version is rejected
 * @param action what to do
 * @param actor who does it
 * @param reason why (empty when none)
 * @param assignment the lead and co-handlers for dispatch, designation and hand-over, else {@code null}
 * @param approval a district approval to pass the SLA cap ({@link #approvedBy}), else {@code null}
 */
public record Command(
        MatterId matter,
        long expectedVersion,
        Action action,
        String actor,
        String reason,
        Assignment assignment,
        DistrictApproval approval) {

    /**
     * Checks the parts.
     *
     * @throws InvalidInputException if the actor is blank or the action is one only the engine does
     */
    public Command {
        requireNonNull(matter, "matter");
        requireNonNull(action, "action");
        if (actor == null || actor.isBlank()) {
            throw new InvalidInputException("actor", "a command names its actor", actor);
        }
        if (action == Action.REPORT || action == Action.REROUTE || action.systemOnly()) {
            throw new InvalidInputException(
                    "action", "REPORT, REROUTE, REHOME and SLA steps are done by the engine, not by a command", action);
        }
        reason = reason == null ? "" : reason;
    }

    /**
     * A command without a district approval.
     *
     * @param matter the matter
     * @param expectedVersion the version the caller saw
     * @param action what to do
     * @param actor who does it
     * @param reason why (empty when none)
     * @param assignment the lead and co-handlers, else {@code null}
     */
    public Command(
            MatterId matter, long expectedVersion, Action action, String actor, String reason, Assignment assignment) {
        this(matter, expectedVersion, action, actor, reason, assignment, null);
    }

    /** A command on {@code matter} at the version given. */
    public static Command of(MatterId matter, long expectedVersion, Action action, String actor) {
        return new Command(matter, expectedVersion, action, actor, "", null);
    }

    /** A command on the matter at the version of this snapshot. */
    public static Command on(Matter matter, Action action, String actor) {
        return of(matter.id(), matter.version(), action, actor);
    }

    /** This command with a reason. */
    public Command because(String why) {
        return new Command(matter, expectedVersion, action, actor, why, assignment, approval);
    }

    /** This command with a lead and co-handlers. */
    public Command assigning(Assignment to) {
        return new Command(matter, expectedVersion, action, actor, reason, to, approval);
    }

    /**
     * This command with a district approval to pass the SLA cap: a suspension or extension the cap
     * would refuse is then applied, after an {@link Action#APPROVE_PAST_CAP} entry that records the
     * approval and lifts the cap of the open clock cycles.
     */
    public Command approvedBy(DistrictApproval district) {
        return new Command(
                matter, expectedVersion, action, actor, reason, assignment, requireNonNull(district, "district"));
    }
}
