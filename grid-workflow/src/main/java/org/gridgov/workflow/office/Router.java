package org.gridgov.workflow.office;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.gridgov.workflow.engine.Command;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.Lifecycle;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.State;
import org.gridgov.workflow.matter.Transition;
import org.gridgov.workflow.mode.Mode;
import org.gridgov.workflow.responsibility.Assignment;
import org.gridgov.workflow.routing.HandlingLevel;
import org.gridgov.workflow.routing.Routing;
import org.gridgov.workflow.routing.RoutingPolicy;

/** The transitions of people's commands and of re-routings, with the routing they carry. Stateless. */
final class Router {
    private Router() {}

    static Routing routing(Matter m, Action action, RoutingPolicy policy, Mode mode) {
        switch (action) {
            case REGISTER:
                return route(m, policy, mode);
            case ESCALATE:
                return m.routing()
                        .filter(r -> r.level() != HandlingLevel.DISTRICT)
                        .map(r -> new Routing(r.level().up(), "escalated", mode, r.policyVersion()))
                        .orElse(null);
            case DEESCALATE:
                return new Routing(
                        HandlingLevel.GRID,
                        "de-escalated",
                        mode,
                        m.routing().map(Routing::policyVersion).orElse(0));
            default:
                return null;
        }
    }

    static Routing route(Matter m, RoutingPolicy policy, Mode mode) {
        return policy.route(
                m.category().code(), m.report().severity(), m.report().gridsInvolved(), mode);
    }

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
        Routing routing = routing(m, command.action(), policy, mode);
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

    /** The re-routing of a registered matter after a mode switch, or null if its level stays. */
    static Transition reroute(Matter m, RoutingPolicy policy, Mode mode, String actor, Instant now, String why) {
        if (m.routing().isEmpty() || Lifecycle.target(m.state(), Action.REROUTE).isEmpty()) {
            return null;
        }
        Routing next = route(m, policy, mode);
        if (next.level() == m.routing().get().level()) {
            return null;
        }
        return new Transition(
                m.id(),
                m.version() + 1,
                Action.REROUTE,
                m.state(),
                m.state(),
                actor,
                now,
                "mode switched to " + why,
                null,
                next);
    }
}
