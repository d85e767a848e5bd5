package org.gridgov.workflow.routing;

import static java.util.Objects.requireNonNull;

import org.gridgov.workflow.mode.Mode;

/**
 * Where a matter is handled: its level, the whistle that follows from it, the rule (or action)
 * that put it there, the mode it was decided under and the version of the routing policy that
 * decided it. Immutable.
 *
 * @param level the handling level
 * @param rule the id of the routing rule that matched, or {@code escalated}/{@code de-escalated}
 * @param mode the mode of the matter's area when the routing was decided
 * @param policyVersion the {@link RoutingPolicy#version()} the matter was routed under (kept by an
 *     escalation or de-escalation); 0 when no policy decided it
 */
public record Routing(HandlingLevel level, String rule, Mode mode, int policyVersion) {

    /** Checks that no part is null. */
    public Routing {
        requireNonNull(level, "level");
        requireNonNull(rule, "rule");
        requireNonNull(mode, "mode");
    }

    /** A routing no policy decided (set by hand, or replayed from a script). */
    public Routing(HandlingLevel level, String rule, Mode mode) {
        this(level, rule, mode, 0);
    }

    /** The whistle: routine for grid and community, joint for street, tough for district. */
    public Whistle whistle() {
        return level.whistle();
    }
}
