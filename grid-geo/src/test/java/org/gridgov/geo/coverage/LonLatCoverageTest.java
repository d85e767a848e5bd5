package org.gridgov.geo.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.gridgov.geo.coverage.CoverageCheckTest.area;

import java.util.List;
import org.gridgov.geo.coverage.CoverageFinding.Kind;
import org.gridgov.geo.crs.Units;
import org.junit.jupiter.api.Test;

/** Grids in lon/lat (Zhenjiang, about 119.4 E 32.2 N): areas are ellipsoidal, tolerances in metres. */
class LonLatCoverageTest {
    private static final CoverageOptions LON_LAT = CoverageOptions.defaults().withUnits(Units.LON_LAT);
    private static final Boundary COMMUNITY = area(
            "321102001001",
            "POLYGON ((119.400 32.200, 119.410 32.200, 119.410 32.205, 119.400 32.205, 119.400 32.200))");

    @Test
    void gapAreaIsGeodesicWithinATenthOfAPercentOfGeographicLib() {
        List<Boundary> grids = List.of(
                area(
                        "G1",
                        "POLYGON ((119.400 32.200, 119.405 32.200, 119.405 32.205, 119.400 32.205, 119.400 32.200))"),
                area(
                        "G2",
                        "POLYGON ((119.406 32.200, 119.410 32.200, 119.410 32.205, 119.406 32.205, 119.406 32.200))"));

        CoverageReport report = CoverageCheck.of(LON_LAT).check(COMMUNITY, grids, List.of());

        CoverageFinding gap = report.findings(Kind.GAP).get(0);
        double expected = GeodesyTest.oracle(CoverageCheckTest.geometry(
                "POLYGON ((119.405 32.200, 119.406 32.200, 119.406 32.205, 119.405 32.205, 119.405 32.200))"));
        assertThat(expected).isBetween(50_000.0, 55_000.0);
        assertThat(gap.areaM2()).isCloseTo(expected, within(expected * 1e-3));
        assertThat(gap.belowTolerance()).isFalse();
        assertThat(gap.ids()).containsExactly("G1", "G2");
    }

    @Test
    void sliverAFewDecimetresWideIsBelowTheMinimumGapWidthInMetres() {
        // 0.000005 degrees of longitude at 32.2 N is about 0.47 m
        List<Boundary> grids = List.of(
                area(
                        "G1",
                        "POLYGON ((119.400 32.200, 119.405 32.200, 119.405 32.205, 119.400 32.205, 119.400 32.200))"),
                area(
                        "G2",
                        "POLYGON ((119.405005 32.200, 119.410 32.200, 119.410 32.205, 119.405005 32.205, 119.405005 32.200))"));

        CoverageReport report = CoverageCheck.of(LON_LAT).check(COMMUNITY, grids, List.of());

        assertThat(report.findings()).extracting(CoverageFinding::kind).containsExactly(Kind.GAP);
        CoverageFinding gap = report.findings().get(0);
        assertThat(gap.belowTolerance()).isTrue();
        assertThat(gap.areaM2()).isCloseTo(0.4714 * 554.3, within(5.0));
        assertThat(CoverageCheck.of(LON_LAT.withMinGapWidthM(0.3))
                        .check(COMMUNITY, grids, List.of())
                        .findings()
                        .get(0)
                        .belowTolerance())
                .isFalse();
    }

    @Test
    void overlapAreaIsGeodesicToo() {
        List<Boundary> grids = List.of(
                area(
                        "G1",
                        "POLYGON ((119.400 32.200, 119.406 32.200, 119.406 32.205, 119.400 32.205, 119.400 32.200))"),
                area(
                        "G2",
                        "POLYGON ((119.405 32.200, 119.410 32.200, 119.410 32.205, 119.405 32.205, 119.405 32.200))"));

        CoverageReport report = CoverageCheck.of(LON_LAT).check(COMMUNITY, grids, List.of());

        double expected = GeodesyTest.oracle(CoverageCheckTest.geometry(
                "POLYGON ((119.405 32.200, 119.406 32.200, 119.406 32.205, 119.405 32.205, 119.405 32.200))"));
        assertThat(report.findings(Kind.OVERLAP))
                .singleElement()
                .satisfies(f -> assertThat(f.areaM2()).isCloseTo(expected, within(expected * 1e-3)));
    }

    @Test
    void unitsAreGuessedFromTheExtent() {
        assertThat(Units.guess(COMMUNITY.geometry().getEnvelopeInternal())).isEqualTo(Units.LON_LAT);
        assertThat(Units.guess(new org.locationtech.jts.geom.Envelope(500_000, 510_000, 3_560_000, 3_570_000)))
                .isEqualTo(Units.METRES);
    }
}
