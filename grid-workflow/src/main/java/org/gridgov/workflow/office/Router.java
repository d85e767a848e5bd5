package org.gridgov.workflow.office;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.gridgov.workflow.engine.Command;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.Lifecycle;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.Rerouting;
import org.gridgov.workflow.matter.State;
import org.gridgov.workflow.matter.Transition;
import org.gridgov.workflow.mode.Mode;
import org.gridgov.workflow.responsibility.Assignment;
import org.gridgov.workflow.routing.HandlingLevel;
import org.gridgov.workflow.routing.Routing;
import org.gridgov.workflow.routing.RoutingPolicy;

/** The transitions of people's commands, with the routing they carry and the party an escalation goes to. Stateless. */
final class Router {
    private Router() {}

    /**
     * The party a hand escalation to {@code level} hands the matter to: the holder of
     * {@code <level>:office} ({@code street:office}) for the matter's area, if the directory knows one.
     */
    static Assignment escalatedTo(Matter m, HandlingLevel level, RoleDirectory directory) {
        List<String> parties = directory.parties(level.name().toLowerCase(Locale.ROOT) + ":office", m.area());
        return parties.isEmpty() ? null : Assignment.to(parties.get(0));
    }

    /** The transition of a person's command on the matter as it stands: routing and, for escalation, the new lead. */
    static Transition transition(
            Matter m, Command command, Instant now, RoutingPolicy policy, Mode mode, RoleDirectory directory) {
        State to = Lifecycle.next(m, command.action(), command.reason());
        Routing routing = Rerouting.carriedBy(m, command.action(), policy, mode);
        Assignment assignment = command.assignment();
        if (command.action() == Action.ESCALATE && assignment == null && routing != null) {
            assignment = escalatedTo(m, routing.level(), directory);
        }
        return new Transition(
                m.id(),
                m.version() + 1,
                command.action(),
                m.state(),
                to,
                command.actor(),
                now,
                command.reason(),
                assignment,
                routing);
    }
}
