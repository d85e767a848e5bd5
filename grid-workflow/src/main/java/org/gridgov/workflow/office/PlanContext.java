package org.gridgov.workflow.office;

import java.util.Set;
import java.util.stream.Collectors;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.area.Area;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.area.GridResolver;
import org.gridgov.core.plan.GridPlan;
import org.gridgov.core.staff.Person;
import org.gridgov.core.staff.Roster;

/** The plan revision an office runs on, with its roster, resolver and role directory; swapped whole. */
record PlanContext(GridPlan plan, Roster roster, GridResolver resolver, RoleDirectory directory, Set<String> people) {

    static PlanContext of(GridPlan plan, Roster roster, GridResolver resolver, RoleDirectory hostDirectory) {
        return new PlanContext(
                plan,
                roster,
                resolver,
                hostDirectory != null ? hostDirectory : RoleDirectory.fromRoster(roster),
                roster.people().stream().map(Person::id).collect(Collectors.toUnmodifiableSet()));
    }

    /**
     * Checks that an area is an active area of this revision.
     *
     * @throws InvalidInputException naming {@code field} otherwise
     */
    AreaCode check(String field, AreaCode area) {
        if (plan.findArea(area).filter(Area::isActive).isEmpty()) {
            throw new InvalidInputException(
                    field, "an active area of plan revision " + plan.revision(), area.toString());
        }
        return area;
    }

    /** Whether a party is a unit id ({@code street:office}, {@code community-head@321102001001}), not a person. */
    static boolean isUnit(String party) {
        return party.indexOf(':') >= 0 || party.indexOf('@') >= 0;
    }
}
