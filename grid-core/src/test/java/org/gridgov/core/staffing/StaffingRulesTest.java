package org.gridgov.core.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.duty.DutyCatalogue;
import org.gridgov.core.plan.GridPlan;
import org.gridgov.core.plan.TestPlans;
import org.gridgov.core.staff.Person;
import org.gridgov.core.staff.Posting;
import org.gridgov.core.staff.Role;
import org.gridgov.core.staff.Roster;
import org.junit.jupiter.api.Test;

class StaffingRulesTest {
    private static final AreaCode G1 = TestPlans.HEJIANONG_1;
    private static final AreaCode G2 = TestPlans.HEJIANONG_2;
    private static final AreaCode G3 = TestPlans.JIUHAIJIE_1;
    private final GridPlan plan = TestPlans.small().plan();

    private final List<Person> people = new ArrayList<>();
    private final List<Posting> posts = new ArrayList<>();

    private void post(String id, AreaCode grid, Role role, AreaCode residence) {
        if (people.stream().noneMatch(p -> p.id().equals(id))) {
            people.add(Person.builder()
                    .id(id)
                    .name("王" + id)
                    .residence(Optional.ofNullable(residence))
                    .build());
        }
        posts.add(Posting.of(id, grid, role));
    }

    /** A full 1+2+2+X team with one full-time worker in each grid. */
    private void staffFully() {
        for (AreaCode grid : List.of(G1, G2, G3)) {
            String g = grid.toString().substring(9);
            post("F" + g, grid, Role.FULL_TIME_WORKER, null);
            post("H" + g, grid, Role.GRID_HEAD, grid);
            post("V1-" + g, grid, Role.GRID_VOLUNTEER, null);
            post("V2-" + g, grid, Role.GRID_VOLUNTEER, null);
            post("S1-" + g, grid, Role.STUDENT_VOLUNTEER, null);
            post("S2-" + g, grid, Role.STUDENT_VOLUNTEER, null);
            post("M1-" + g, grid, Role.MOBILE_VOLUNTEER, null);
        }
    }

    private List<StaffingFinding> check(StaffingRule rule) {
        return rule.check(plan, Roster.of(people, posts));
    }

    @Test
    void aFullyStaffedDistrictHasNoFindings() {
        staffFully();
        assertThat(StaffingCheck.defaults().check(plan, Roster.of(people, posts)))
                .isEmpty();
    }

    @Test
    void everyGridNeedsAFullTimeWorker() {
        // seed 001: 按照一网格至少配备一名专职网格员的要求
        staffFully();
        posts.removeIf(a -> a.person().equals("F001002"));
        assertThat(check(StaffingRules.fullTimeWorkers(1))).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo(G2.toString());
            assertThat(f.message()).contains("has 0 full-time grid workers");
        });
    }

    @Test
    void theTeamFollowsOnePlusTwoPlusTwoPlusX() {
        // seed 000: "1+2+2+X" 1 grid head, 2 grid volunteers, 2 student volunteers, X mobile
        staffFully();
        posts.removeIf(a -> a.person().equals("S2-001001"));
        post("H2-001", G1, Role.GRID_HEAD, G1);
        assertThat(check(StaffingRules.team(TeamTemplate.parse("1+2+2+X"))))
                .extracting(StaffingFinding::message)
                .containsExactly(
                        "grid 321102001001001 has 2 grid heads, the 1+2+2+X team asks for exactly 1",
                        "grid 321102001001001 has 1 student volunteers, the 1+2+2+X team asks for at least 2");
    }

    @Test
    void aGridHeadLivesInTheGrid() {
        // seed 000: 网格长 "五有一必须" — must live in the grid
        post("H1", G1, Role.GRID_HEAD, G1);
        post("H2", G2, Role.GRID_HEAD, G3);
        post("H3", G3, Role.GRID_HEAD, null);
        assertThat(check(StaffingRules.headLivesInGrid()))
                .extracting(StaffingFinding::subject)
                .containsExactly("H2", "H3");
    }

    @Test
    void findingsAreTypedWithTheKindAndTheIdsItDocuments() {
        post("F1", G1, Role.FULL_TIME_WORKER, null);
        post("F1", G2, Role.FULL_TIME_WORKER, null);
        post("H2", G2, Role.GRID_HEAD, G3);
        posts.add(Posting.builder()
                .person("F1")
                .grid(G3)
                .role(Role.PART_TIME_WORKER)
                .addDuties("LAW_ENFORCEMENT")
                .build());

        List<StaffingFinding> findings = StaffingCheck.defaults().check(plan, Roster.of(people, posts));

        assertThat(findings)
                .filteredOn(f -> f.kind() == StaffingFinding.Kind.HEAD_RESIDENCE)
                .singleElement()
                .satisfies(f -> assertThat(f.ids()).containsExactly("H2", G2.toString()));
        assertThat(findings)
                .filteredOn(f -> f.kind() == StaffingFinding.Kind.FULL_TIME_ONE_GRID)
                .singleElement()
                .satisfies(f -> assertThat(f.ids()).containsExactly("F1", G1.toString(), G2.toString()));
        assertThat(findings)
                .filteredOn(f -> f.kind() == StaffingFinding.Kind.DUTY)
                .singleElement()
                .satisfies(f -> assertThat(f.ids()).containsExactly("F1", G3.toString(), "LAW_ENFORCEMENT"));
        assertThat(findings)
                .allSatisfy(f -> assertThat(f.rule()).isEqualTo(f.kind().rule()));
    }

    @Test
    void aFindingWhoseRuleIsNotItsKindsIsRejected() {
        assertThatThrownBy(() -> new StaffingFinding(
                        StaffingFinding.Kind.TEAM, "staffing.duty", List.of(G1.toString()), "grid short"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("rule");
        assertThat(StaffingFinding.districtRule("district.night-patrol", List.of(G1.toString()), "no patrol")
                        .subject())
                .isEqualTo(G1.toString());
    }

    @Test
    void aFullTimeWorkerIsPostedToOneGridOnly() {
        // seed 001: 定岗、定格、定人、定责
        post("F1", G1, Role.FULL_TIME_WORKER, null);
        post("F1", G2, Role.FULL_TIME_WORKER, null);
        post("F2", G3, Role.FULL_TIME_WORKER, null);
        post("F2", G1, Role.MOBILE_VOLUNTEER, null);
        assertThat(check(StaffingRules.fullTimeWorkerInOneGrid()))
                .singleElement()
                .satisfies(f -> assertThat(f.subject()).isEqualTo("F1"));
    }

    @Test
    void postsAreInActiveGridsAndDutiesInTheCatalogue() {
        post("X1", AreaCode.parse("321102001001009"), Role.GRID_VOLUNTEER, null);
        posts.add(Posting.builder()
                .person("X1")
                .grid(G1)
                .role(Role.PART_TIME_WORKER)
                .addDuties("BASIC_INFORMATION", "LAW_ENFORCEMENT")
                .build());
        assertThat(check(StaffingRules.postsInActiveGrids()))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).endsWith("which is not in the plan"));
        assertThat(check(StaffingRules.dutiesIn(DutyCatalogue.standard())))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("'LAW_ENFORCEMENT'"));
    }

    @Test
    void aDistrictAddsItsOwnRule() {
        staffFully();
        StaffingRule twoFullTime = StaffingRules.fullTimeWorkers(2);
        List<StaffingFinding> findings =
                StaffingCheck.defaults().with(twoFullTime).check(plan, Roster.of(people, posts));
        assertThat(findings).hasSize(3).allMatch(f -> f.rule().equals("staffing.full-time-worker"));
    }

    @Test
    void findingsAndPeopleNeverShowNames() {
        post("H9", G2, Role.GRID_HEAD, G3);
        List<StaffingFinding> findings = StaffingCheck.defaults().check(plan, Roster.of(people, posts));
        assertThat(findings)
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.message()).doesNotContain("王"));
        assertThat(people.get(0).toString()).isEqualTo("Person[H9, 王*]");
    }
}
