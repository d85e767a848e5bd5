package org.gridgov.geo.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.gridgov.geo.coverage.CoverageFinding.Kind;
import org.gridgov.geo.testing.DefectInjector;
import org.gridgov.geo.testing.SyntheticCity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/** Seeded synthetic cities: clean ones check clean, injected defects are found with the right ids and area. */
class CoverageRandomizedTest {

    static List<Boundary> boundaries(List<Polygon> cells) {
        List<Boundary> out = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            out.add(Boundary.of(SyntheticCity.id(i), cells.get(i)));
        }
        return out;
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void cleanCityChecksCleanWithAndWithoutItsParent(long seed) {
        SyntheticCity city = SyntheticCity.generate(1_500, seed);
        List<Boundary> grids = boundaries(city.cells());

        assertThat(CoverageCheck.defaults()
                        .check(Boundary.of("city", city.extent()), grids)
                        .findings())
                .isEmpty();
        assertThat(CoverageCheck.defaults().check(grids).findings()).isEmpty();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13, 14, 15})
    void injectedOverlapsAndGapsAreFoundWithTheirPairAndArea(long seed) {
        SyntheticCity city = SyntheticCity.generate(1_500, seed);
        DefectInjector.Injected injected = DefectInjector.inject(city.cells(), 8, 8, 5 + seed % 7, seed);

        CoverageReport report =
                CoverageCheck.defaults().check(Boundary.of("city", city.extent()), boundaries(injected.cells()));

        assertThat(injected.defects()).hasSize(16);
        assertThat(report.findings()).extracting(CoverageFinding::kind).containsOnly(Kind.OVERLAP, Kind.GAP);
        assertThat(report.findings(Kind.OVERLAP)).hasSize(8);
        assertThat(report.findings(Kind.GAP)).hasSize(8);
        for (DefectInjector.Defect d : injected.defects()) {
            String a = SyntheticCity.id(d.cell());
            String b = SyntheticCity.id(d.neighbour());
            CoverageFinding found = report.findings(d.overlap() ? Kind.OVERLAP : Kind.GAP).stream()
                    .filter(f -> f.ids().contains(a) && f.ids().contains(b))
                    .findFirst()
                    .orElseThrow();
            assertThat(found.areaM2()).isCloseTo(d.area(), within(d.area() * 1e-9));
            assertThat(d.triangle().buffer(1e-6).contains(found.geometry())).isTrue();
            assertThat(found.belowTolerance()).isFalse();
            if (d.overlap()) {
                assertThat(found.ids()).containsExactlyInAnyOrder(a, b);
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {21, 22, 23, 24, 25, 26})
    void incrementalRecheckEqualsAFullCheckAfterRandomRedraws(long seed) {
        SyntheticCity city = SyntheticCity.generate(600, seed);
        Boundary parent = Boundary.of("city", city.extent());
        List<Polygon> cells = new ArrayList<>(city.cells());
        SplittableRandom random = new SplittableRandom(seed);
        List<PlacePoint> places = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int cell = random.nextInt(cells.size());
            Coordinate c = cells.get(cell).getInteriorPoint().getCoordinate();
            places.add(PlacePoint.of("P" + i, SyntheticCity.id(cell), c.x, c.y));
        }
        CoverageCheck check = CoverageCheck.of(CoverageOptions.defaults());
        IncrementalCoverageCheck incremental = check.incremental(parent, boundaries(cells), places);

        for (int step = 0; step < 25; step++) {
            int cell = random.nextInt(cells.size());
            Polygon redrawn = random.nextInt(4) == 0 ? city.cells().get(cell) : moveOneVertex(cells.get(cell), random);
            cells.set(cell, redrawn);

            CoverageReport quick = incremental.redraw(SyntheticCity.id(cell), redrawn);
            CoverageReport full = check.check(parent, boundaries(cells), places);

            assertThat(quick.findings()).as("step %d", step).isEqualTo(full.findings());
            assertThat(quick).isEqualTo(full);
        }
        assertThat(incremental.report().findings()).isNotEmpty();
    }

    static Polygon moveOneVertex(Polygon cell, SplittableRandom random) {
        Coordinate[] ring = org.locationtech.jts.geom.CoordinateArrays.copyDeep(
                cell.getExteriorRing().getCoordinates());
        int k = random.nextInt(ring.length - 1);
        double dx = Math.round(random.nextDouble(-40, 40) * 1000) / 1000.0;
        double dy = Math.round(random.nextDouble(-40, 40) * 1000) / 1000.0;
        ring[k] = new Coordinate(ring[k].x + dx, ring[k].y + dy);
        if (k == 0) {
            ring[ring.length - 1] = new Coordinate(ring[0]);
        }
        return cell.getFactory().createPolygon(ring);
    }
}
