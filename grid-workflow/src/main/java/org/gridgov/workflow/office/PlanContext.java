package org.gridgov.workflow.office;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.area.Area;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.area.GridResolver;
import org.gridgov.core.plan.GridPlan;
import org.gridgov.core.staff.Person;
import org.gridgov.core.staff.Roster;
import org.gridgov.workflow.engine.Command;
import org.gridgov.workflow.responsibility.Assignment;

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

    /**
     * The leads and co-handlers of a command that are neither people on the roster nor unit ids.
     *
     * @throws InvalidInputException naming the field under {@link RosterCheck#REFUSE}
     */
    List<AssignmentFinding> findings(Command command, RosterCheck check) {
        Assignment a = command.assignment();
        if (a == null || (a.coHandlers().isEmpty() && (isUnit(a.lead()) || people.contains(a.lead())))) {
            return List.of(); // the usual assignment: one lead on the roster, nothing to build
        }
        List<AssignmentFinding> out = new ArrayList<>();
        List<String> parties = new ArrayList<>();
        parties.add(a.lead());
        if (!a.coHandlers().isEmpty()) {
            parties.addAll(a.coHandlers().stream().sorted().toList());
        }
        for (int i = 0; i < parties.size(); i++) {
            String party = parties.get(i);
            if (isUnit(party) || people.contains(party)) {
                continue;
            }
            String field = i == 0 ? "assignment.lead" : "assignment.coHandlers";
            String rule = "a person on the roster of plan revision " + plan.revision();
            if (check == RosterCheck.REFUSE) {
                throw new InvalidInputException(field, rule, party);
            }
            out.add(new AssignmentFinding(command.matter(), 0, field, rule, party));
        }
        return out;
    }
}
