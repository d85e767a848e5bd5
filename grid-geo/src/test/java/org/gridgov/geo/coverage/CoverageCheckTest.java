package org.gridgov.geo.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.gridgov.core.Finding;
import org.gridgov.geo.coverage.CoverageFinding.Kind;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** WKT in, findings out: one test per kind, exact areas on projected squares. */
class CoverageCheckTest {
    private static final WKTReader WKT = new WKTReader();
    private static final Boundary PARENT = area("P", "POLYGON ((0 0, 200 0, 200 100, 0 100, 0 0))");

    static Boundary area(String id, String wkt) {
        try {
            return Boundary.of(id, WKT.read(wkt));
        } catch (ParseException e) {
            throw new IllegalArgumentException(wkt, e);
        }
    }

    static Geometry geometry(String wkt) {
        return area("x", wkt).geometry();
    }

    @Test
    void twoSquaresThatTileTheParentAreValid() {
        CoverageReport report = CoverageCheck.defaults()
                .check(
                        PARENT,
                        List.of(
                                area("A", "POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))"),
                                area("B", "POLYGON ((100 0, 200 0, 200 100, 100 100, 100 0))")));

        assertThat(report.findings()).isEmpty();
        assertThat(report.valid()).isTrue();
        assertThat(report.grids()).isEqualTo(2);
    }

    @Test
    void clockwiseRingsAndStartingVerticesDoNotMatter() {
        CoverageReport report = CoverageCheck.defaults()
                .check(
                        PARENT,
                        List.of(
                                area("A", "POLYGON ((100 100, 100 0, 0 0, 0 100, 100 100))"),
                                area("B", "POLYGON ((200 0, 200 100, 100 100, 100 0, 200 0))")));

        assertThat(report.valid()).isTrue();
    }

    @Test
    void overlapOfTwoSiblingsIsThePairWithItsExactArea() {
        CoverageReport report = CoverageCheck.defaults()
                .check(
                        PARENT,
                        List.of(
                                area("B", "POLYGON ((90 0, 200 0, 200 100, 90 100, 90 0))"),
                                area("A", "POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))")));

        assertThat(report.findings()).hasSize(1);
        CoverageFinding overlap = report.findings().get(0);
        assertThat(overlap.kind()).isEqualTo(Kind.OVERLAP);
        assertThat(overlap.ids()).containsExactly("A", "B");
        assertThat(overlap.areaM2()).isEqualTo(1000.0);
        assertThat(overlap.geometry().getArea()).isEqualTo(1000.0);
        assertThat(overlap.location().getX()).isBetween(90.0, 100.0);
        assertThat(overlap.belowTolerance()).isFalse();
        assertThat(overlap.scope()).isEqualTo("P");
    }

    @Test
    void gapInsideTheParentNamesItsNeighboursLongestBorderFirst() {
        CoverageReport report = CoverageCheck.defaults()
                .check(
                        PARENT,
                        List.of(
                                area("A", "POLYGON ((0 0, 100 0, 100 30, 100 100, 0 100, 0 0))"),
                                area("B", "POLYGON ((120 0, 200 0, 200 100, 120 100, 120 30, 120 0))"),
                                area("C", "POLYGON ((100 0, 120 0, 120 30, 100 30, 100 0))")));

        assertThat(report.findings()).extracting(CoverageFinding::kind).containsExactly(Kind.GAP);
        CoverageFinding gap = report.findings().get(0);
        assertThat(gap.areaM2()).isEqualTo(20.0 * 70);
        assertThat(gap.ids()).containsExactly("A", "B", "C");
        assertThat(gap.geometry().getArea()).isEqualTo(1400.0);
    }

    @Test
    void aCoverageFindingIsAFindingWithARuleASubjectAndALine() {
        CoverageReport report = CoverageCheck.defaults()
                .check(
                        PARENT,
                        List.of(
                                area("A", "POLYGON ((0 0, 100 0, 100 30, 100 100, 0 100, 0 0))"),
                                area("B", "POLYGON ((120 0, 200 0, 200 100, 120 100, 120 30, 120 0))"),
                                area("C", "POLYGON ((100 0, 120 0, 120 30, 100 30, 100 0))")));

        Finding gap = report.findings().get(0);

        assertThat(gap.rule()).isEqualTo("coverage.gap");
        assertThat(gap.subject()).isEqualTo("A,B,C");
        assertThat(gap.message()).isEqualTo("gap of A, B, C, 1400.00 m²: mean width 15.6 m");
    }

    @Test
    void childBeyondItsParentReportsOnlyThePartOutside() {
        CoverageReport report = CoverageCheck.defaults()
                .check(
                        PARENT,
                        List.of(
                                area("A", "POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))"),
                                area("B", "POLYGON ((100 0, 200 0, 200 -5, 230 -5, 230 100, 100 100, 100 0))")));

        assertThat(report.findings()).extracting(CoverageFinding::kind).containsExactly(Kind.OUTSIDE_PARENT);
        assertThat(report.findings().get(0).ids()).containsExactly("B");
        assertThat(report.findings().get(0).areaM2()).isEqualTo(30.0 * 105 - 0.0);
    }

    @Test
    void childSmallerThanItsParentLeavesAGapAlongTheParentBorder() {
        CoverageReport report = CoverageCheck.defaults()
                .check(
                        PARENT,
                        List.of(
                                area("A", "POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))"),
                                area("B", "POLYGON ((100 0, 190 0, 190 100, 100 100, 100 0))")));

        assertThat(report.findings()).extracting(CoverageFinding::kind).containsExactly(Kind.GAP);
        assertThat(report.findings().get(0).areaM2()).isEqualTo(1000.0);
        assertThat(report.findings().get(0).ids()).containsExactly("B");
    }

    @Test
    void extraVertexOnASharedBorderIsAnEdgeMismatchWithoutArea() {
        CoverageReport report = CoverageCheck.defaults()
                .check(
                        PARENT,
                        List.of(
                                area("A", "POLYGON ((0 0, 100 0, 100 50, 100 100, 0 100, 0 0))"),
                                area("B", "POLYGON ((100 0, 200 0, 200 100, 100 100, 100 0))")));

        assertThat(report.findings()).extracting(CoverageFinding::kind).containsExactly(Kind.EDGE_MISMATCH);
        CoverageFinding mismatch = report.findings().get(0);
        assertThat(mismatch.ids()).containsExactly("A", "B");
        assertThat(mismatch.areaM2()).isZero();
        assertThat(mismatch.belowTolerance()).isTrue();
        assertThat(mismatch.location().getX()).isEqualTo(100.0);
        assertThat(mismatch.geometry().getLength()).isEqualTo(100.0);
    }

    @Test
    void borderThatStopsHalfwayAlongANeighbourIsAnEdgeMismatchBesideTheGap() {
        CoverageReport report = CoverageCheck.defaults()
                .check(
                        PARENT,
                        List.of(
                                area("A", "POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))"),
                                area("B", "POLYGON ((120 0, 200 0, 200 100, 120 100, 120 30, 120 0))"),
                                area("C", "POLYGON ((100 0, 120 0, 120 30, 100 30, 100 0))")));

        assertThat(report.findings())
                .extracting(CoverageFinding::kind, CoverageFinding::ids)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Kind.GAP, List.of("A", "B", "C")),
                        org.assertj.core.groups.Tuple.tuple(Kind.EDGE_MISMATCH, List.of("A", "C")));
    }

    @Test
    void sliverNarrowerThanTheSnapToleranceIsAnEdgeMismatchWithItsArea() {
        CoverageReport report = CoverageCheck.defaults()
                .check(
                        PARENT,
                        List.of(
                                area("A", "POLYGON ((0 0, 100 0, 100.004 50, 100 100, 0 100, 0 0))"),
                                area("B", "POLYGON ((100 0, 200 0, 200 100, 100 100, 100 0))")));

        assertThat(report.findings()).extracting(CoverageFinding::kind).containsExactly(Kind.EDGE_MISMATCH);
        assertThat(report.findings().get(0).areaM2()).isCloseTo(0.2, within(1e-9));
        assertThat(report.findings().get(0).ids()).containsExactly("A", "B");
    }

    @Test
    void gapNarrowerThanTheMinimumWidthIsReportedAndMarkedBelowTolerance() {
        CoverageReport report = CoverageCheck.defaults()
                .check(
                        PARENT,
                        List.of(
                                area("A", "POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))"),
                                area("B", "POLYGON ((100.5 0, 200 0, 200 100, 100.5 100, 100.5 0))")));

        assertThat(report.findings()).extracting(CoverageFinding::kind).containsExactly(Kind.GAP);
        CoverageFinding gap = report.findings().get(0);
        assertThat(gap.areaM2()).isEqualTo(50.0);
        assertThat(gap.belowTolerance()).isTrue();
        assertThat(report.valid()).isFalse();
    }

    @Test
    void bowTieIsInvalidGeometryWithJtsReason() {
        CoverageReport report =
                CoverageCheck.defaults().check(List.of(area("A", "POLYGON ((0 0, 10 10, 10 0, 0 10, 0 0))")));

        assertThat(report.findings(Kind.INVALID_GEOMETRY)).hasSize(1);
        CoverageFinding invalid = report.findings(Kind.INVALID_GEOMETRY).get(0);
        assertThat(invalid.ids()).containsExactly("A");
        assertThat(invalid.detail()).isEqualTo("Self-intersection");
        assertThat(invalid.location().getX()).isEqualTo(5.0);
    }

    @Test
    void emptyAndNonPolygonalBoundariesAreInvalidGeometry() {
        CoverageReport report =
                CoverageCheck.defaults().check(List.of(area("E", "POLYGON EMPTY"), area("L", "LINESTRING (0 0, 1 1)")));

        assertThat(report.findings(Kind.INVALID_GEOMETRY))
                .extracting(CoverageFinding::detail)
                .containsExactly("empty geometry", "not a Polygon or MultiPolygon: LineString");
    }

    @Test
    void sameIdTwiceIsADuplicateId() {
        CoverageReport report = CoverageCheck.defaults()
                .check(
                        PARENT,
                        List.of(
                                area("A", "POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))"),
                                area("A", "POLYGON ((100 0, 200 0, 200 100, 100 100, 100 0))")));

        assertThat(report.findings()).extracting(CoverageFinding::kind).containsExactly(Kind.DUPLICATE_ID);
        assertThat(report.findings().get(0).ids()).containsExactly("A");
    }

    @Test
    void identicalCopiesOverlapCompletely() {
        CoverageReport report = CoverageCheck.defaults()
                .check(List.of(
                        area("A", "POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))"),
                        area("B", "POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))")));

        assertThat(report.findings(Kind.OVERLAP))
                .singleElement()
                .satisfies(f -> assertThat(f.areaM2()).isEqualTo(10_000.0))
                .satisfies(f -> assertThat(f.ids()).containsExactly("A", "B"));
    }

    @Test
    void cellInsideAnotherOverlapsByItsWholeArea() {
        CoverageReport report = CoverageCheck.defaults()
                .check(
                        PARENT,
                        List.of(
                                area("A", "POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))"),
                                area("B", "POLYGON ((100 0, 200 0, 200 100, 100 100, 100 0))"),
                                area("C", "POLYGON ((10 10, 20 10, 20 20, 10 20, 10 10))")));

        assertThat(report.findings()).extracting(CoverageFinding::kind).containsExactly(Kind.OVERLAP);
        assertThat(report.findings().get(0).ids()).containsExactly("A", "C");
        assertThat(report.findings().get(0).areaM2()).isEqualTo(100.0);
    }

    @Test
    void overlapAcrossASharedBorderIsSplitBetweenTheRightPairs() {
        CoverageReport report = CoverageCheck.defaults()
                .check(
                        PARENT,
                        List.of(
                                area("A", "POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))"),
                                area("B", "POLYGON ((100 0, 200 0, 200 100, 100 100, 100 0))"),
                                area("C", "POLYGON ((90 40, 130 40, 130 50, 90 50, 90 40))")));

        assertThat(report.findings(Kind.OVERLAP))
                .extracting(CoverageFinding::ids)
                .containsExactly(List.of("A", "C"), List.of("B", "C"));
        assertThat(report.findings(Kind.OVERLAP))
                .extracting(CoverageFinding::areaM2)
                .containsExactly(100.0, 300.0);
    }

    @Test
    void withoutAParentTheOutlineIsNotADefectButAHoleIsAGap() {
        CoverageReport report = CoverageCheck.defaults()
                .check(List.of(
                        area("A", "POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0), (40 40, 60 40, 60 60, 40 60, 40 40))"),
                        area("B", "POLYGON ((100 0, 200 0, 200 100, 100 100, 100 0))")));

        assertThat(report.findings()).extracting(CoverageFinding::kind).containsExactly(Kind.GAP);
        assertThat(report.findings().get(0).areaM2()).isEqualTo(400.0);
        assertThat(report.findings().get(0).ids()).containsExactly("A");
    }

    @Test
    void placesInNoGridOrInAnotherGridAreReported() {
        List<Boundary> grids = List.of(
                area("A", "POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))"),
                area("B", "POLYGON ((100 0, 200 0, 200 100, 100 100, 100 0))"));
        List<PlacePoint> places = List.of(
                PlacePoint.of("school", "A", 50, 50),
                PlacePoint.of("clinic", "A", 150, 50),
                PlacePoint.of("border", "B", 100, 50),
                PlacePoint.of("far", "B", 500, 500));

        CoverageReport report = CoverageCheck.of(CoverageOptions.defaults()).check(PARENT, grids, places);

        assertThat(report.findings())
                .extracting(CoverageFinding::kind, CoverageFinding::ids)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Kind.UNASSIGNED_PLACE, List.of("far", "B")),
                        org.assertj.core.groups.Tuple.tuple(Kind.MISASSIGNED_PLACE, List.of("clinic", "A", "B")));
    }

    @Test
    void anAcceptedFindingIsLeftOutOfTheReport() {
        List<Boundary> grids = List.of(
                area("A", "POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))"),
                area("B", "POLYGON ((120 0, 200 0, 200 100, 120 100, 120 0))"));
        CoverageOptions river = CoverageOptions.defaults()
                .withAccepted(AcceptedFinding.of(Kind.GAP, java.util.Set.of("A", "B"), "the river"));

        CoverageReport report = CoverageCheck.of(river).check(PARENT, grids, List.of());

        assertThat(report.valid()).isTrue();
        assertThat(report.suppressed()).isEqualTo(1);
        assertThat(CoverageCheck.defaults().check(PARENT, grids).findings(Kind.GAP))
                .hasSize(1);
    }
}
