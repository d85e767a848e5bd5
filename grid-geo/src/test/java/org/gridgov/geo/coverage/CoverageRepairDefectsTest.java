package org.gridgov.geo.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.gridgov.geo.coverage.CoverageCheckTest.area;

import java.util.List;
import org.gridgov.geo.coverage.CoverageFinding.Kind;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Polygon;

/** One hand-made case per defect kind: repaired, the grids check clean and keep their ground. */
class CoverageRepairDefectsTest {
    private static final Boundary PARENT = area("P", "POLYGON ((0 0, 200 0, 200 100, 0 100, 0 0))");
    private static final Boundary B = area("B", "POLYGON ((100 0, 200 0, 200 100, 100 100, 100 0))");
    private static final RepairOptions OPTIONS = RepairOptions.defaults();

    private static RepairResult repairedClean(List<Boundary> grids) {
        return repairedClean(grids, OPTIONS);
    }

    private static RepairResult repairedClean(List<Boundary> grids, RepairOptions options) {
        assertThat(CoverageCheck.defaults().check(PARENT, grids).valid()).isFalse();
        RepairResult result = CoverageRepair.repair(PARENT, grids, options);
        assertThat(result.remaining().findings()).isEmpty();
        assertThat(result.clean()).isTrue();
        assertThat(CoverageCheck.defaults().check(PARENT, result.grids()).valid())
                .isTrue();
        RepairAssertions.keepsGroundAndFillsOnlyGaps(PARENT.geometry(), grids, result, 1e-6);
        return result;
    }

    @Test
    void bowTieIsMadeValidKeepingBothHalvesAndTheRestFilled() {
        // the left square drawn as a bow-tie: its two triangles are kept, the two between (20.7 m
        // mean width) go to it as gaps when gaps that wide may be filled
        RepairResult result = repairedClean(
                List.of(area("A", "POLYGON ((0 0, 100 100, 100 0, 0 100, 0 0))"), B), OPTIONS.withMaxGapWidthM(25));

        GridChange a = result.changes().get(0);
        assertThat(a.id()).isEqualTo("A");
        assertThat(a.madeValid()).isTrue();
        assertThat(a.fixedAreaM2()).isEqualTo(5_000.0);
        assertThat(a.areaOutM2()).isEqualTo(10_000.0);
        assertThat(a.gained()).hasSize(2).allSatisfy(t -> assertThat(t.kind()).isEqualTo(Kind.GAP));
    }

    @Test
    void selfOverlappingRingBecomesTheSquareItTracesTwice() {
        RepairResult result = repairedClean(
                List.of(area("A", "POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0, 100 0, 100 50, 0 50, 0 0))"), B));

        assertThat(result.grids().get(0).geometry().getArea()).isEqualTo(10_000.0);
        // the fixed square keeps the vertex at (100 50), so B takes it too
        assertThat(result.changes())
                .extracting(GridChange::id, GridChange::madeValid)
                .containsExactly(tuple("A", true), tuple("B", false));
    }

    @Test
    void spikeIntoTheNeighbourIsDropped() {
        RepairResult result = repairedClean(
                List.of(area("A", "POLYGON ((0 0, 100 0, 100 50, 150 50, 100 50, 100 100, 0 100, 0 0))"), B));

        assertThat(result.grids().get(0).geometry().getArea()).isEqualTo(10_000.0);
        assertThat(result.grids().get(0).geometry().getEnvelopeInternal().getMaxX())
                .isEqualTo(100.0);
    }

    @Test
    void sliverOverlapStaysWithTheSideThatDrewIt() {
        RepairResult result =
                repairedClean(List.of(area("A", "POLYGON ((0 0, 100 0, 100.3 50, 100 100, 0 100, 0 0))"), B));

        assertThat(result.grids().get(1).geometry().getArea()).isCloseTo(10_000.0 - 15.0, within(1e-6));
        GridChange b = result.changes().stream()
                .filter(c -> c.id().equals("B"))
                .findFirst()
                .orElseThrow();
        assertThat(b.lost()).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo(Kind.OVERLAP);
            assertThat(t.neighbour()).isEqualTo("A");
            assertThat(t.areaM2()).isCloseTo(15.0, within(1e-6));
        });
    }

    @Test
    void sliverGapGoesToTheNeighbourAlongIt() {
        RepairResult result =
                repairedClean(List.of(area("A", "POLYGON ((0 0, 100 0, 99.6 50, 100 100, 0 100, 0 0))"), B));

        assertThat(result.grids().get(0).geometry().getArea()).isCloseTo(10_000.0, within(1e-6));
        assertThat(result.changes().get(0).gained()).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo(Kind.GAP);
            assertThat(t.areaM2()).isCloseTo(20.0, within(1e-6));
        });
    }

    @Test
    void nearCoincidentBordersAreSnappedVertexForVertex() {
        RepairResult result = repairedClean(
                List.of(area("A", "POLYGON ((0 0, 100 0, 100.04 30, 99.97 70, 100 100, 0 100, 0 0))"), B));

        assertThat(result.grids().get(1).geometry().getNumPoints())
                .as("B takes A's border vertices")
                .isGreaterThan(5);
    }

    @Test
    void partOutsideTheParentIsCut() {
        RepairResult result = repairedClean(List.of(
                area("A", "POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))"),
                area("B", "POLYGON ((100 0, 200 0, 200 -5, 230 -5, 230 100, 200 100, 100 100, 100 0))")));

        assertThat(result.grids().get(1).geometry().getArea()).isEqualTo(10_000.0);
        assertThat(result.changes().get(0).lost()).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo(Kind.OUTSIDE_PARENT);
            assertThat(t.areaM2()).isEqualTo(3_150.0);
        });
    }

    @Test
    void lakeWiderThanTheLimitStaysAHoleForAPerson() {
        List<Boundary> grids = List.of(
                area("A", "POLYGON ((0 0, 100 0, 100.2 50, 100 100, 0 100, 0 0), (30 30, 30 70, 70 70, 70 30, 30 30))"),
                B);

        RepairResult result = CoverageRepair.repair(PARENT, grids, OPTIONS);

        assertThat(((Polygon) result.grids().get(0).geometry()).getNumInteriorRing())
                .isEqualTo(1);
        assertThat(result.remaining().findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.GAP);
            assertThat(f.areaM2()).isEqualTo(1_600.0);
        });
        RepairAssertions.keepsGroundAndFillsOnlyGaps(grids, result, 1e-6);
        RepairResult filled = CoverageRepair.repair(PARENT, grids, OPTIONS.withMaxGapWidthM(100));
        assertThat(filled.clean()).isTrue();
        // the lake is filled, and the 10 m² A drew into B stays with A
        assertThat(filled.grids().get(0).geometry().getArea()).isCloseTo(10_010.0, within(1e-6));
    }

    @Test
    void repairingTwiceChangesNothingTheSecondTime() {
        List<Boundary> grids = List.of(area("A", "POLYGON ((0 0, 100 0, 100.3 50, 100 100, 0 100, 0 0))"), B);
        RepairResult once = CoverageRepair.repair(PARENT, grids, OPTIONS);

        RepairResult twice = CoverageRepair.repair(PARENT, once.grids(), OPTIONS);

        assertThat(twice.changes()).isEmpty();
        assertThat(twice.grids()).isEqualTo(once.grids());
    }

    private static org.assertj.core.data.Offset<Double> within(double d) {
        return org.assertj.core.data.Offset.offset(d);
    }
}
