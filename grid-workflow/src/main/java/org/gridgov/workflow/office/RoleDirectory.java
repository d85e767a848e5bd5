package org.gridgov.workflow.office;

import java.util.List;
import org.gridgov.core.area.AreaCode;

/**
 * Resolves a role or unit named by an SLA ladder step ({@code community-head},
 * {@code street:office}, {@code district:supervision}) to the parties (person or unit ids) who hold
 * it for a matter in {@code area}. The host supplies one that knows its organisation; without one
 * the office uses {@link #fromRoster}'s: roster roles for grid roles, unit ids for the rest.
 * Implementations must be thread-safe and return ids, never names or phone numbers.
 */
@FunctionalInterface
public interface RoleDirectory {

    /** The parties holding {@code role} for a matter in {@code area}; empty if nobody does. */
    List<String> parties(String role, AreaCode area);

    /**
     * The default directory over a roster: a role named after a grid-core {@code Role} code in kebab
     * case ({@code grid-head}, {@code full-time-worker}, {@code building-chief}; a role of the default
     * {@code RoleCatalogue} or one the roster posts someone in) resolves to the people holding it in
     * the matter's area, or for a role above grid level ({@code chief-grid-head}, posted in a
     * community) in the area's ancestor at that level; any other role resolves to one unit id, the role at the area of its level:
     * {@code street:office} for a matter in grid {@code 321102001001002} is
     * {@code street:office@321102001}, {@code community-head} is {@code community-head@321102001001}.
     */
    static RoleDirectory fromRoster(org.gridgov.core.staff.Roster roster) {
        return new RosterDirectory(roster);
    }
}
