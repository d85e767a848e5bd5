package org.gridgov.workflow.office;

import java.time.Instant;
import java.util.List;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.engine.Command;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterHistory;
import org.gridgov.workflow.matter.Transition;
import org.gridgov.workflow.mode.Mode;
import org.gridgov.workflow.routing.RoutingPolicy;
import org.gridgov.workflow.separation.DutySeparation;
import org.gridgov.workflow.sla.MatterSla;
import org.gridgov.workflow.sla.SlaPolicy;

/**
 * A person's command on the office's change path, as one object: the cap check before it ({@link
 * CapApprovals}: none when it carries a district approval), the separation check on the stored
 * history, and its entries (the approval, if any, then its own transition with the routing it
 * carries). One object per command where three lambdas were made, on the path every command takes.
 * Used once, under the matter's lock.
 */
final class CommandStep implements ClockCache.Prepare, MatterSteps.Many, MatterSteps.One {
    private final GridOffice office;
    private final Command command;
    private final PlanContext plan;
    private final DutySeparation separation;

    CommandStep(GridOffice office, Command command, PlanContext plan, DutySeparation separation) {
        this.office = office;
        this.command = command;
        this.plan = plan;
        this.separation = separation;
    }

    /** The cap check on the matter's clocks ({@link MatterSla#checkCap}), unless the command carries an approval. */
    @Override
    public void prepare(MatterSla sla, SlaPolicy policy, WorkingCalendar calendar, Instant now) {
        if (command.approval() == null) {
            sla.checkCap(command.action(), now, policy, calendar);
        }
    }

    @Override
    public List<Whistles.Entry> next(Matter current, MatterHistory history, Instant now) {
        separation.check(history, command.action(), command.actor()); // the stored history, read once
        return CapApprovals.entries(current, command, now, this);
    }

    /** Without an approval, the command's own transition alone (the separation check first). */
    @Override
    public Transition single(Matter current, MatterHistory history, Instant now) {
        if (command.approval() != null) {
            return null; // the approval's entry and then the command's: next() lists them
        }
        separation.check(history, command.action(), command.actor()); // the stored history, read once
        return next(current, now);
    }

    /** The command's own transition on the matter as it stands (after its approval, if any). */
    @Override
    public Transition next(Matter current, Instant at) {
        RoutingPolicy routing = office.policies().routing(); // in force under the lock, as the change commits
        Mode mode = office.modeOf(current.area());
        return Router.transition(current, command, at, routing, mode, plan.directory());
    }
}
