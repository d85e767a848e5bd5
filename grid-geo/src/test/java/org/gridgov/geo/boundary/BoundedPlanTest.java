package org.gridgov.geo.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.area.Area;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.plan.GridPlan;
import org.gridgov.core.plan.MergeGrids;
import org.gridgov.core.plan.RecodeGrid;
import org.gridgov.core.plan.SplitGrid;
import org.gridgov.geo.testing.Wkt;
import org.junit.jupiter.api.Test;

/** Plan edits carry geometry: WKT in, boundaries out. Coordinates in metres. */
class BoundedPlanTest {
    private static final AreaCode COMMUNITY = AreaCode.parse("321102001001");
    private static final AreaCode WEST = AreaCode.parse("321102001001001");
    private static final AreaCode EAST = AreaCode.parse("321102001001002");

    private final BoundedPlan plan = BoundedPlan.of(
            GridPlan.of(1, List.of(Area.of(COMMUNITY, "贺家弄社区居委会"), grid(WEST), grid(EAST)), List.of()),
            Map.of(
                    COMMUNITY,
                    Wkt.read("POLYGON ((0 0, 600 0, 600 300, 0 300, 0 0))"),
                    WEST,
                    Wkt.read("POLYGON ((0 0, 300 0, 300 300, 0 300, 0 0))"),
                    EAST,
                    Wkt.read("POLYGON ((300 0, 600 0, 600 300, 300 300, 300 0))")));

    private static Area grid(AreaCode code) {
        return Area.builder()
                .code(code)
                .name("网格")
                .households(250)
                .population(900)
                .build();
    }

    @Test
    void aSplitDrawsItsParts() {
        AreaCode south = COMMUNITY.child(3);
        AreaCode north = COMMUNITY.child(4);
        BoundedPlan next = plan.apply(
                new SplitGrid(WEST, List.of(grid(south), grid(north)), Map.of()),
                Map.of(
                        south,
                        Wkt.read("POLYGON ((0 0, 300 0, 300 150, 0 150, 0 0))"),
                        north,
                        Wkt.read("POLYGON ((0 150, 300 150, 300 300, 0 300, 0 150))")));

        assertThat(next.plan().revision()).isEqualTo(2);
        assertThat(next.childBoundaries(COMMUNITY)).containsOnlyKeys(EAST, south, north);
        assertThat(next.boundary(WEST))
                .as("a retired grid keeps its last boundary")
                .isPresent();
    }

    @Test
    void aSplitWithoutGeometryIsRejectedAndChangesNothing() {
        SplitGrid split = new SplitGrid(WEST, List.of(grid(COMMUNITY.child(3)), grid(COMMUNITY.child(4))), Map.of());
        assertThatThrownBy(() -> plan.apply(split, Map.of()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.path()).isEqualTo("boundaries.321102001001003"));
        assertThat(plan.plan().revision()).isEqualTo(1);
    }

    @Test
    void aMergeTakesTheUnionAndARecodeKeepsTheShape() {
        BoundedPlan merged = plan.apply(new MergeGrids(List.of(WEST, EAST), grid(WEST)), Map.of());
        assertThat(merged.boundary(WEST).orElseThrow().getArea()).isEqualTo(180_000.0);
        assertThat(merged.boundary(WEST)
                        .orElseThrow()
                        .equalsTopo(Wkt.read("POLYGON ((0 0, 600 0, 600 300, 0 300, 0 0))")))
                .isTrue();

        AreaCode moved = AreaCode.parse("321102001001009");
        BoundedPlan recoded = plan.apply(new RecodeGrid(EAST, moved), Map.of());
        assertThat(recoded.boundary(moved)).contains(plan.boundary(EAST).orElseThrow());
    }

    @Test
    void aRedrawIsANewRevision() {
        BoundedPlan next = plan.redraw(EAST, Wkt.read("POLYGON ((300 0, 650 0, 650 300, 300 300, 300 0))"));
        assertThat(next.plan().revision()).isEqualTo(2);
        assertThat(next.boundary(EAST).orElseThrow().getArea()).isEqualTo(105_000.0);
        assertThat(plan.boundary(EAST).orElseThrow().getArea()).isEqualTo(90_000.0);
    }

    @Test
    void onlyPolygonsOfKnownAreasAreBoundaries() {
        assertThatThrownBy(() -> BoundedPlan.of(plan.plan(), Map.of(WEST, Wkt.read("LINESTRING (0 0, 1 1)"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("boundaries.321102001001001")
                .hasMessageContaining("LineString");
        assertThatThrownBy(() -> BoundedPlan.of(
                        plan.plan(), Map.of(COMMUNITY.child(7), Wkt.read("POLYGON ((0 0, 1 0, 1 1, 0 0))"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("an area of the plan");
    }
}
