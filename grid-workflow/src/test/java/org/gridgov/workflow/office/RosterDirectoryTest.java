package org.gridgov.workflow.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.staff.Person;
import org.gridgov.core.staff.Posting;
import org.gridgov.core.staff.Role;
import org.gridgov.core.staff.Roster;
import org.junit.jupiter.api.Test;

/**
 * The default role directory finds the seeds' roles where they are posted. Seed 003
 * ({@code 003_c73bee5c5ce8f9e9.txt}): "支部书记担任总网格长" over a village's grids, and Haimen's
 * "书记-片长-楼长-楼道长": a stairwell chief over a stairwell inside a building.
 */
class RosterDirectoryTest {
    private static final AreaCode VILLAGE = AreaCode.parse("320684101001");
    private static final AreaCode GRID = VILLAGE.child(1);
    private static final AreaCode BUILDING = GRID.child(1);
    private static final AreaCode STAIRWELL = BUILDING.child(2);

    private final RoleDirectory directory = RoleDirectory.fromRoster(Roster.of(
            List.of(person("S-01"), person("P-01"), person("D-01")),
            List.of(
                    Posting.of("S-01", VILLAGE, Role.CHIEF_GRID_HEAD),
                    Posting.of("P-01", GRID, Role.GRID_HEAD),
                    Posting.of("D-01", STAIRWELL, Role.STAIRWELL_CHIEF))));

    private static Person person(String id) {
        return Person.builder().id(id).name("某").build();
    }

    @Test
    void theChiefGridHeadOfAMattersVillageIsFoundFromTheGrid() {
        assertThat(directory.parties("chief-grid-head", GRID)).containsExactly("S-01");
        assertThat(directory.parties("grid-head", GRID)).containsExactly("P-01");
    }

    @Test
    void theStairwellChiefIsFoundInTheStairwellAndNowhereElse() {
        assertThat(directory.parties("stairwell-chief", STAIRWELL)).containsExactly("D-01");
        assertThat(directory.parties("stairwell-chief", GRID)).isEmpty();
        assertThat(directory.parties("building-chief", BUILDING)).isEmpty();
    }

    @Test
    void aRoleThatIsNoRoleIsAUnitAtItsLevel() {
        assertThat(directory.parties("street:office", STAIRWELL)).containsExactly("street:office@320684101");
    }
}
