package org.gridgov.workflow.mode;

import java.util.List;
import org.gridgov.core.area.AreaCode;

/**
 * Who may switch modes, and whether a switch re-routes matters already open (as data).
 *
 * <p>A switch always applies to matters registered after it. With {@code reRouteOpenMatters},
 * the engine also re-routes every open, registered matter in the switched area under the new
 * mode, one {@link org.gridgov.workflow.matter.Action#REROUTE} transition each. Immutable;
 * Jackson reads it as {@code {"authorities":[...],"reRouteOpenMatters":true}}.
 *
 * @param authorities who may switch which areas
 * @param reRouteOpenMatters whether open matters are re-routed on a switch
 */
public record ModePolicy(List<Authority> authorities, boolean reRouteOpenMatters) {

    /** Copies the list; a missing list is empty (nobody may switch). */
    public ModePolicy {
        authorities = authorities == null ? List.of() : List.copyOf(authorities);
    }

    /** Whether {@code actor} may switch the mode of {@code area}. */
    public boolean permits(String actor, AreaCode area) {
        return authorities.stream().anyMatch(a -> a.permits(actor, area));
    }
}
