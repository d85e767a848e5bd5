package org.gridgov.workflow.office;

import java.util.List;
import java.util.Locale;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.mode.Mode;
import org.gridgov.workflow.responsibility.Assignment;
import org.gridgov.workflow.routing.HandlingLevel;
import org.gridgov.workflow.routing.Routing;
import org.gridgov.workflow.routing.RoutingPolicy;

/** The routing a person's command carries (registration, escalation, de-escalation). Stateless. */
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
}
