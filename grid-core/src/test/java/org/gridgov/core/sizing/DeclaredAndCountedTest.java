package org.gridgov.core.sizing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.area.Area;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.plan.GridPlan;
import org.gridgov.core.plan.MergeGrids;
import org.gridgov.core.plan.MovePlaces;
import org.gridgov.core.plan.PlanFile;
import org.gridgov.core.plan.PlanHistory;
import org.gridgov.core.plan.SplitGrid;
import org.junit.jupiter.api.Test;

/**
 * A grid's declared size against the size its places count. Seed 000 ({@code 000_38dc776fc12e97ef.txt})
 * sets a grid "以200—300户、800—1000人左右" and builds a base of "人、地、物、事、组织、场所" per grid: the
 * households a grid declares should be the households its buildings hold, and the plan edits of seed
 * 001's dynamic adjustment (动态调整) must keep the counted figures right.
 */
class DeclaredAndCountedTest {
    private static final AreaCode G1 = AreaCode.parse("321102001001001");
    private static final AreaCode G2 = AreaCode.parse("321102001001002");
    private static final AreaCode G3 = AreaCode.parse("321102001001003");
    private static final String PLAN = """
            {"format": "grid-plan/1",
             "areas": [
               {"code": "321102", "name": "京口区"},
               {"code": "321102001", "name": "正东路街道"},
               {"code": "321102001001", "name": "贺家弄社区居委会"},
               {"code": "321102001001001", "name": "贺家弄第一网格", "households": 260, "population": 900},
               {"code": "321102001001001001", "name": "贺家弄3号楼"},
               {"code": "321102001001002", "name": "贺家弄第二网格", "households": 240, "population": 850},
               {"code": "321102001001003", "name": "贺家弄第三网格", "households": 220, "population": 800}
             ],
             "places": [
               {"id": "B-1", "kind": "BUILDING", "name": "1号楼", "grid": "321102001001001", "households": 120, "residents": 410},
               {"id": "B-3", "kind": "BUILDING", "name": "3号楼", "grid": "321102001001001001", "households": 130, "residents": 450},
               {"id": "B-2", "kind": "BUILDING", "name": "2号楼", "grid": "321102001001002", "households": 150},
               {"id": "B-4", "kind": "BUILDING", "name": "4号楼", "grid": "321102001001002", "households": 90, "residents": 300},
               {"id": "S-1", "kind": "SCHOOL", "name": "小学", "grid": "321102001001003"},
               {"id": "B-5", "kind": "BUILDING", "name": "5号楼", "grid": "321102001001003", "households": 215, "residents": 790}
             ]}
            """;

    private final GridPlan plan = PlanFile.parse(PLAN, "counted.plan.json").plan();
    private final SizingCheck check = SizingCheck.defaults();
    private final PlanHistory history =
            PlanHistory.start(plan, Clock.fixed(Instant.parse("2026-03-02T04:00:00Z"), ZoneOffset.UTC));

    private static GridSize size(GridPlan plan, AreaCode grid) {
        return SizingCheck.defaults().sizes(plan).stream()
                .filter(s -> s.grid().equals(grid))
                .findFirst()
                .orElseThrow();
    }

    private static long countedHouseholds(GridPlan plan) {
        return SizingCheck.defaults().sizes(plan).stream()
                .mapToLong(GridSize::countedHouseholds)
                .sum();
    }

    @Test
    void sizingReportsTheDeclaredAndTheCountedFiguresOfEveryGrid() {
        // the building micro-grid's 130 households count in grid 1
        assertThat(check.sizes(plan))
                .containsExactly(
                        new GridSize(G1, 2, 260, 250, 900, 860, 2),
                        new GridSize(G2, 2, 240, 240, 850, 300, 1),
                        new GridSize(G3, 2, 220, 215, 800, 790, 1));
    }

    @Test
    void aMismatchBeyondTheToleranceIsAFindingNamingFieldRuleAndValues() {
        // grid 2: 850 declared, but only one of its two buildings counts its residents (300)
        assertThat(check.mismatches(plan)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("sizing.counted-population");
            assertThat(f.field()).isEqualTo("population");
            assertThat(f.subject()).isEqualTo(G2.toString());
            assertThat(f.declared()).isEqualTo(850);
            assertThat(f.counted()).isEqualTo(300);
            assertThat(f.message())
                    .isEqualTo("grid 321102001001002 declares 850 population, its places count 300 (difference 550,"
                            + " more than the 85 allowed)");
        });
        // with a tolerance of 0 the small differences of grids 1 and 3 are flagged too
        assertThat(check.withTolerance(new CountTolerance(0, 0)).mismatches(plan))
                .extracting(CountMismatch::subject, CountMismatch::rule)
                .hasSize(5)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(G1.toString(), "sizing.counted-households"),
                        org.assertj.core.groups.Tuple.tuple(G3.toString(), "sizing.counted-population"));
    }

    @Test
    void theToleranceIsTenPerCentAndNeverBelowFive() {
        CountTolerance t = CountTolerance.DEFAULT;
        assertThat(t.allowed(260)).isEqualTo(26);
        assertThat(t.exceeded(260, 234)).isFalse();
        assertThat(t.exceeded(260, 233)).isTrue();
        assertThat(t.allowed(20)).isEqualTo(5);
        assertThat(t.exceeded(20, 26)).isTrue();
        assertThatThrownBy(() -> new CountTolerance(120, 5))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("tolerance.percent")
                .hasMessageContaining("120");
    }

    @Test
    void movingPlacesMovesTheirCounts() {
        GridPlan moved = history.apply(new MovePlaces(List.of("B-1"), G3), "staff-042", "street re-drawn")
                .current();

        assertThat(size(moved, G1)).isEqualTo(new GridSize(G1, 1, 260, 130, 900, 450, 1));
        assertThat(size(moved, G3)).isEqualTo(new GridSize(G3, 3, 220, 335, 800, 1200, 2));
        assertThat(countedHouseholds(moved)).isEqualTo(countedHouseholds(plan));
        // the declared figures stay as declared, so both grids now disagree with their places
        assertThat(check.mismatches(moved))
                .extracting(CountMismatch::subject, CountMismatch::field)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(G1.toString(), "households"),
                        org.assertj.core.groups.Tuple.tuple(G3.toString(), "households"));
    }

    @Test
    void splittingAGridRecountsEachPart() {
        AreaCode a = AreaCode.parse("321102001001004");
        AreaCode b = AreaCode.parse("321102001001005");
        GridPlan split = history.apply(
                        new SplitGrid(G2, List.of(part(a, 150, 500), part(b, 90, 300)), Map.of("B-2", a, "B-4", b)),
                        "staff-042",
                        "new estate")
                .current();

        assertThat(size(split, a)).isEqualTo(new GridSize(a, 1, 150, 150, 500, 0, 0));
        assertThat(size(split, b)).isEqualTo(new GridSize(b, 1, 90, 90, 300, 300, 1));
        assertThat(check.sizes(split)).extracting(GridSize::grid).doesNotContain(G2);
        assertThat(countedHouseholds(split)).isEqualTo(countedHouseholds(plan));
        assertThat(check.mismatches(split)).isEmpty();
    }

    @Test
    void mergingGridsRecountsTheMergedGrid() {
        GridPlan merged = history.apply(new MergeGrids(List.of(G2, G3), part(G2, 460, 1650)), "staff-042", "merged")
                .current();

        assertThat(size(merged, G2)).isEqualTo(new GridSize(G2, 4, 460, 455, 1650, 1090, 2));
        assertThat(check.sizes(merged)).extracting(GridSize::grid).containsExactly(G1, G2);
        assertThat(countedHouseholds(merged)).isEqualTo(countedHouseholds(plan));
    }

    private static Area part(AreaCode code, int households, int population) {
        return Area.builder()
                .code(code)
                .name("网格" + code.toString().substring(12))
                .households(households)
                .population(population)
                .build();
    }
}
