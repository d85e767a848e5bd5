package org.gridgov.core.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.area.AreaLevel;
import org.gridgov.core.json.JsonInputException;
import org.gridgov.core.plan.PlanFile;
import org.gridgov.core.staff.Role;
import org.junit.jupiter.api.Test;

/**
 * Haimen's four levels, seed 003 ({@code 003_c73bee5c5ce8f9e9.txt}): "同在海门市的海门街道港南社区经过施行
 * '书记-片长-楼长-楼道长'四级网格管理形式" - the secretary over the community, the sector chief over a
 * grid, the building chief over a building and the stairwell chief over a stairwell of that
 * building: micro-grids two deep, read from a plan file.
 */
class HaimenFourLevelsTest {
    static final String GRID = "320684001001001";
    static final String BUILDING = GRID + "001";
    static final String STAIRWELL = BUILDING + "002";

    static String plan(String stairwellChiefPost) {
        return """
                {"format": "grid-plan/1",
                 "areas": [
                   {"code": "320684", "name": "海门市"},
                   {"code": "320684001", "name": "海门街道"},
                   {"code": "320684001001", "name": "港南社区"},
                   {"code": "%1$s", "name": "港南社区第一片", "households": 260, "population": 800},
                   {"code": "%2$s", "name": "港南新村1幢"},
                   {"code": "%3$s", "name": "港南新村1幢2单元"}
                 ],
                 "places": [{"id": "B-1-2", "kind": "BUILDING", "name": "港南新村1幢2单元",
                             "grid": "%3$s", "households": 24}],
                 "people": [{"id": "S-01", "name": "范某"}, {"id": "P-01", "name": "陈某", "residence": "%1$s"},
                            {"id": "L-01", "name": "张某"}, {"id": "D-01", "name": "李某"},
                            {"id": "W-01", "name": "周某"}],
                 "assignments": [
                   {"person": "S-01", "grid": "320684001001", "role": "CHIEF_GRID_HEAD"},
                   {"person": "P-01", "grid": "%1$s", "role": "GRID_HEAD"},
                   {"person": "W-01", "grid": "%1$s", "role": "FULL_TIME_WORKER"},
                   {"person": "L-01", "grid": "%2$s", "role": "BUILDING_CHIEF"},
                   {"person": "D-01", "grid": "%4$s", "role": "STAIRWELL_CHIEF"}
                 ]}
                """.formatted(GRID, BUILDING, STAIRWELL, stairwellChiefPost);
    }

    @Test
    void aStairwellIsAMicroGridInsideABuildingMicroGrid() {
        PlanFile file = PlanFile.parse(plan(STAIRWELL), "haimen.plan.json");
        AreaCode stairwell = AreaCode.parse(STAIRWELL);

        assertThat(stairwell.level()).isEqualTo(AreaLevel.MICRO_GRID);
        assertThat(stairwell.microGridDepth()).isEqualTo(2);
        assertThat(stairwell.parent()).hasToString(BUILDING);
        assertThat(stairwell.parent().level()).isEqualTo(AreaLevel.MICRO_GRID);
        assertThat(stairwell.parent().parent()).hasToString(GRID);
        assertThat(stairwell.grid()).map(AreaCode::toString).contains(GRID);
        assertThat(file.plan().children(AreaCode.parse(BUILDING)))
                .extracting(a -> a.code().toString())
                .containsExactly(STAIRWELL);
        // the stairwell's place belongs to the grid two levels up, and counts there
        assertThat(file.plan().gridOf("B-1-2").code()).hasToString(GRID);
        assertThat(file.plan().totals(AreaCode.parse(GRID)).placeHouseholds()).isEqualTo(24);
        assertThat(file.plan().totals(AreaCode.parse(GRID)).grids()).isEqualTo(1);
    }

    @Test
    void theFourLevelsArePostedWhereTheyServe() {
        PlanFile file = PlanFile.parse(plan(STAIRWELL), "haimen.plan.json");

        assertThat(file.roster().postingsIn(AreaCode.parse(STAIRWELL)))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.role()).isEqualTo(Role.STAIRWELL_CHIEF);
                    assertThat(p.role().name()).isEqualTo("楼道长");
                });
        assertThat(file.roster()
                        .postingsIn(AreaCode.parse(BUILDING))
                        .get(0)
                        .role()
                        .name())
                .isEqualTo("楼栋长");
        List<StaffingFinding> findings = StaffingCheck.defaults().check(file.plan(), file.roster());
        assertThat(findings)
                .extracting(StaffingFinding::kind)
                .doesNotContain(
                        StaffingFinding.Kind.ROLE,
                        StaffingFinding.Kind.ACTIVE_GRID,
                        StaffingFinding.Kind.HEAD_RESIDENCE);
    }

    @Test
    void aStairwellChiefPostedToTheWholeGridIsAFinding() {
        PlanFile file = PlanFile.parse(plan(GRID), "haimen.plan.json");

        assertThat(StaffingRules.rolesIn(org.gridgov.core.staff.RoleCatalogue.defaults())
                        .check(file.plan(), file.roster()))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.rule()).isEqualTo("staffing.role");
                    assertThat(f.ids()).containsExactly("D-01", GRID, "STAIRWELL_CHIEF");
                    assertThat(f.message()).contains("a MICRO_GRID role").contains("a GRID");
                });
    }

    @Test
    void microGridsNestAtMostThreeDeep() {
        AreaCode deepest = AreaCode.parse(STAIRWELL + "003");
        assertThat(deepest.microGridDepth()).isEqualTo(AreaCode.MAX_MICRO_GRID_DEPTH);
        assertThatThrownBy(() -> deepest.child(1))
                .hasMessageContaining("micro-grid above depth 3")
                .hasMessageContaining(deepest.toString());
        assertThatThrownBy(() -> AreaCode.parse(STAIRWELL + "003004"))
                .hasMessageContaining("6, 9, 12, 15, 18, 21 or 24 digits");
        assertThat(AreaCode.parse(BUILDING).child(2)).hasToString(STAIRWELL);
    }

    @Test
    void aStairwellWithoutItsBuildingIsRefusedNamingTheArea() {
        String json = plan(STAIRWELL).replace("{\"code\": \"" + BUILDING + "\", \"name\": \"港南新村1幢\"},", "");
        assertThatThrownBy(() -> PlanFile.parse(json, "haimen.plan.json"))
                .isInstanceOf(JsonInputException.class)
                .hasMessageStartingWith("haimen.plan.json: $.areas[");
    }
}
