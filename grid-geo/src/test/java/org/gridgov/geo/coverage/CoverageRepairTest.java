package org.gridgov.geo.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.geo.coverage.CoverageCheckTest.area;

import java.util.List;
import org.gridgov.geo.coverage.CoverageFinding.Kind;
import org.gridgov.geo.testing.DefectInjector;
import org.gridgov.geo.testing.SyntheticCity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Repairs: a gap goes to its longest-border neighbour, an overlap stays with one side, the result checks clean. */
class CoverageRepairTest {
    private static final Boundary PARENT = CoverageCheckTest.area("P", "POLYGON ((0 0, 200 0, 200 100, 0 100, 0 0))");
    private static final CoverageOptions OPTIONS = CoverageOptions.defaults();

    @Test
    void gapGoesToTheNeighbourWithTheLongestSharedBorder() {
        List<Boundary> grids = List.of(
                area("A", "POLYGON ((0 0, 100 0, 100 30, 100 100, 0 100, 0 0))"),
                area("B", "POLYGON ((120 0, 200 0, 200 100, 120 100, 120 30, 120 0))"),
                area("C", "POLYGON ((100 0, 120 0, 120 30, 100 30, 100 0))"));
        CoverageReport report = CoverageCheck.defaults().check(PARENT, grids);

        List<Repair> repairs = CoverageRepair.suggest(report, grids, OPTIONS);

        assertThat(repairs).singleElement().satisfies(r -> {
            assertThat(r.keeper()).contains("A");
            assertThat(r.loser()).isEmpty();
            assertThat(r.borderM()).isEqualTo(70.0);
        });
        List<Boundary> repaired = CoverageRepair.apply(grids, repairs);
        assertThat(repaired.get(0).geometry().getArea()).isEqualTo(10_000.0 + 1_400.0);
        assertThat(CoverageCheck.defaults().check(PARENT, repaired).findings(Kind.GAP))
                .isEmpty();
    }

    @Test
    void overlapStaysWithTheSideWithMoreOfItsOutline() {
        List<Boundary> grids = List.of(
                area("A", "POLYGON ((0 0, 100 0, 110 50, 100 100, 0 100, 0 0))"),
                area("B", "POLYGON ((100 0, 200 0, 200 100, 100 100, 100 0))"));
        CoverageReport report = CoverageCheck.defaults().check(PARENT, grids);

        List<Repair> repairs = CoverageRepair.suggest(report, grids, OPTIONS);

        assertThat(repairs).singleElement().satisfies(r -> {
            assertThat(r.keeper()).contains("A");
            assertThat(r.loser()).contains("B");
        });
        List<Boundary> repaired = CoverageRepair.apply(grids, repairs);
        assertThat(repaired.get(1).geometry().getArea()).isEqualTo(10_000.0 - 500.0);
        assertThat(CoverageCheck.defaults().check(PARENT, repaired).findings()).isEmpty();
    }

    @Test
    void partOutsideTheParentIsCutAway() {
        List<Boundary> grids = List.of(
                area("A", "POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))"),
                area("B", "POLYGON ((100 0, 200 0, 200 -5, 230 -5, 230 100, 200 100, 100 100, 100 0))"));

        List<Boundary> repaired = CoverageRepair.apply(
                grids, CoverageRepair.suggest(CoverageCheck.defaults().check(PARENT, grids), grids, OPTIONS));

        assertThat(repaired.get(1).geometry().getArea()).isEqualTo(10_000.0);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {31, 32, 33})
    void repairingInjectedDefectsChecksClean(long seed) {
        SyntheticCity city = SyntheticCity.generate(1_000, seed);
        Boundary parent = Boundary.of("city", city.extent());
        DefectInjector.Injected injected = DefectInjector.inject(city.cells(), 6, 6, 6, seed);
        List<Boundary> grids = CoverageRandomizedTest.boundaries(injected.cells());
        CoverageReport report = CoverageCheck.defaults().check(parent, grids);

        List<Repair> repairs = CoverageRepair.suggest(report, grids, OPTIONS);
        List<Boundary> repaired = CoverageRepair.apply(grids, repairs);

        assertThat(repairs).hasSize(12);
        assertThat(repairs)
                .filteredOn(r -> r.finding().kind() == Kind.GAP)
                .allSatisfy(
                        r -> assertThat(r.finding().ids()).startsWith(r.keeper().orElseThrow()));
        assertThat(CoverageCheck.defaults().check(parent, repaired).findings()).isEmpty();
        assertThat(CoverageCheck.of(OPTIONS).check(parent, repaired, List.of()).valid())
                .isTrue();
    }
}
