package org.gridgov.workflow.testkit;

import java.util.ArrayList;
import java.util.List;
import org.gridgov.core.area.Area;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.plan.GridPlan;
import org.gridgov.core.staff.Person;
import org.gridgov.core.staff.Posting;
import org.gridgov.core.staff.Role;
import org.gridgov.core.staff.Roster;

/**
 * A small generated district for policy tests when a district's own plan is not at hand: one
 * street, one community and {@code grids} grids under the district's code, a full-time grid worker
 * {@code gw-N} in grid N. Grid N's code is the district's code followed by {@code 001001} and N in
 * three digits ({@code 321102} gives {@code 321102001001001}). Immutable.
 *
 * @param plan the plan (revision 1)
 * @param roster the grid workers
 */
public record KitDistrict(GridPlan plan, Roster roster) {

    /**
     * A district with one street, one community and {@code grids} grids (1 to 20).
     *
     * @throws IllegalArgumentException if {@code district} is not a district (county) code or
     *     {@code grids} is out of range
     */
    public static KitDistrict of(AreaCode district, int grids) {
        if (grids < 1 || grids > 20) {
            throw new IllegalArgumentException("grids must be 1 to 20, but was " + grids);
        }
        AreaCode street = district.child(1);
        AreaCode community = street.child(1);
        List<Area> areas = new ArrayList<>(
                List.of(Area.of(district, "区 " + district), Area.of(street, "街道 1"), Area.of(community, "社区 1")));
        List<Person> people = new ArrayList<>();
        List<Posting> postings = new ArrayList<>();
        for (int i = 1; i <= grids; i++) {
            AreaCode grid = community.child(i);
            areas.add(Area.of(grid, "网格 " + i));
            String worker = "gw-" + i;
            people.add(Person.builder().id(worker).name("网格员 " + i).build());
            postings.add(Posting.of(worker, grid, Role.FULL_TIME_WORKER));
        }
        return new KitDistrict(GridPlan.of(1, areas, List.of()), Roster.of(people, postings));
    }

    /** Grid {@code n} (from 1) of a district made by {@link #of}. */
    public static AreaCode grid(AreaCode district, int n) {
        return district.child(1).child(1).child(n);
    }
}
