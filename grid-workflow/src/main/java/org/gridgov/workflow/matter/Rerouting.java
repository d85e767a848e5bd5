package org.gridgov.workflow.matter;

import java.time.Instant;
import java.util.Optional;
import org.gridgov.workflow.mode.Mode;
import org.gridgov.workflow.routing.HandlingLevel;
import org.gridgov.workflow.routing.Routing;
import org.gridgov.workflow.routing.RoutingPolicy;

/**
 * The routing a transition carries: the whistle a registration routes to, the level an escalation
 * or de-escalation moves to, and the re-routing of an open matter after a mode switch. One rule for
 * {@code MatterEngine} and {@code GridOffice}. Stateless.
 */
public final class Rerouting {
    private Rerouting() {}

    /**
     * The routing a person's {@code action} on {@code matter} carries under {@code policy} in
     * {@code mode}: a registration is routed by the policy, an escalation moves one level up (none
     * from the district, where the lifecycle refuses it), a de-escalation back to the grid; every
     * other action carries none ({@code null}).
     */
    public static Routing carriedBy(Matter matter, Action action, RoutingPolicy policy, Mode mode) {
        switch (action) {
            case REGISTER:
                return route(matter, policy, mode);
            case ESCALATE:
                return matter.routing()
                        .filter(r -> r.level() != HandlingLevel.DISTRICT)
                        .map(r -> new Routing(r.level().up(), "escalated", mode, r.policyVersion()))
                        .orElse(null);
            case DEESCALATE:
                return new Routing(
                        HandlingLevel.GRID,
                        "de-escalated",
                        mode,
                        matter.routing().map(Routing::policyVersion).orElse(0));
            default:
                return null;
        }
    }

    /** Where {@code policy} routes {@code matter} in {@code mode}, as if it were registered now. */
    public static Routing route(Matter matter, RoutingPolicy policy, Mode mode) {
        return policy.route(
                matter.category().code(),
                matter.report().severity(),
                matter.report().gridsInvolved(),
                mode);
    }

    /**
     * The {@link Action#REROUTE} transition of a registered, open matter whose level changes under
     * {@code mode}, or empty if it is not routed yet, the lifecycle allows no re-routing in its
     * state, or its level stays.
     *
     * @param why what switched, after {@code "mode switched to "} in the transition's reason
     */
    public static Optional<Transition> after(
            Matter matter, RoutingPolicy policy, Mode mode, String actor, Instant now, String why) {
        if (matter.routing().isEmpty()
                || Lifecycle.target(matter.state(), Action.REROUTE).isEmpty()) {
            return Optional.empty();
        }
        Routing next = route(matter, policy, mode);
        if (next.level() == matter.routing().get().level()) {
            return Optional.empty();
        }
        return Optional.of(new Transition(
                matter.id(),
                matter.version() + 1,
                Action.REROUTE,
                matter.state(),
                matter.state(),
                actor,
                now,
                "mode switched to " + why,
                null,
                next));
    }
}
