package org.gridgov.geo.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.gridgov.core.UnknownIdException;
import org.gridgov.geo.coverage.CoverageFinding.Kind;
import org.gridgov.geo.testing.DefectPlanter;
import org.gridgov.geo.testing.SyntheticCity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Seeded cities with planted defects, then batches of neighbouring grids redrawn at once (as a
 * repair round does): the incremental report equals a full check of the boundaries as they are.
 */
class IncrementalBatchRedrawTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {31, 32, 33, 34, 35, 36})
    void batchRedrawEqualsAFullCheckOnRandomDefectSets(long seed) {
        SyntheticCity city = SyntheticCity.generate(600, seed);
        Boundary parent = Boundary.of("city", city.extent());
        DefectPlanter.Result planted = DefectPlanter.plant(city.cells(), 2, seed);
        List<Polygon> cells = new ArrayList<>(planted.cells());
        Random random = new Random(seed);
        CoverageCheck check = CoverageCheck.defaults();
        IncrementalCoverageCheck incremental =
                check.incremental(parent, CoverageRandomizedTest.boundaries(cells), List.of());
        assertThat(incremental.report()).isEqualTo(check.check(parent, CoverageRandomizedTest.boundaries(cells)));
        int largest = 0;
        int withFindings = 0;

        for (int step = 0; step < 12; step++) {
            Map<String, Geometry> batch = new LinkedHashMap<>();
            Envelope near = new Envelope(cells.get(random.nextInt(cells.size())).getEnvelopeInternal());
            near.expandBy(1);
            for (int i = 0; i < cells.size(); i++) {
                if (cells.get(i).getEnvelopeInternal().intersects(near) || random.nextInt(200) == 0) {
                    Polygon redrawn = switch (random.nextInt(3)) {
                        case 0 -> city.cells().get(i);
                        case 1 -> planted.cells().get(i);
                        default -> moveOneVertex(cells.get(i), random);
                    };
                    cells.set(i, redrawn);
                    batch.put(SyntheticCity.id(i), redrawn);
                }
            }
            largest = Math.max(largest, batch.size());

            CoverageReport quick = incremental.redraw(batch);
            CoverageReport full = check.check(parent, CoverageRandomizedTest.boundaries(cells));

            assertThat(quick.findings()).as("step %d", step).isEqualTo(full.findings());
            assertThat(quick).isEqualTo(full);
            withFindings += full.findings().isEmpty() ? 0 : 1;
        }
        assertThat(largest).isGreaterThan(3);
        assertThat(withFindings).isPositive();
    }

    @Test
    void anUnknownIdRedrawsNothing() {
        SyntheticCity city = SyntheticCity.generate(100, 7);
        Boundary parent = Boundary.of("city", city.extent());
        List<Boundary> grids = CoverageRandomizedTest.boundaries(city.cells());
        IncrementalCoverageCheck incremental = CoverageCheck.defaults().incremental(parent, grids, List.of());
        Map<String, Geometry> batch = new LinkedHashMap<>();
        batch.put(SyntheticCity.id(0), moveOneVertex(city.cells().get(0), new Random(7)));
        batch.put("nobody", city.cells().get(1));

        assertThatThrownBy(() -> incremental.redraw(batch))
                .isInstanceOf(UnknownIdException.class)
                .hasMessageContaining("nobody");

        assertThat(incremental.report().findings()).isEmpty();
        assertThat(incremental.redraw(Map.of(SyntheticCity.id(0), city.cells().get(0))))
                .isEqualTo(CoverageCheck.defaults().check(parent, grids));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {41, 42})
    void whatARepairLeavesIsWhatAFullCheckFinds(long seed) {
        SyntheticCity city = SyntheticCity.generate(300, seed);
        Boundary parent = Boundary.of("city", city.extent());
        List<Boundary> grids = CoverageRandomizedTest.boundaries(
                DefectPlanter.plant(city.cells(), 3, seed).cells());
        // planted gaps are 3 m deep: with at most 1 m filled they stay for a person
        RepairResult result =
                CoverageRepair.repair(parent, grids, RepairOptions.defaults().withMaxGapWidthM(1));

        assertThat(result.remaining().findings(Kind.GAP)).isNotEmpty();
        assertThat(result.remaining()).isEqualTo(CoverageCheck.defaults().check(parent, result.grids()));
    }

    private static Polygon moveOneVertex(Polygon cell, Random random) {
        Coordinate[] ring = org.locationtech.jts.geom.CoordinateArrays.copyDeep(
                cell.getExteriorRing().getCoordinates());
        int k = random.nextInt(ring.length - 1);
        double dx = Math.round((random.nextDouble() * 80 - 40) * 1000) / 1000.0;
        double dy = Math.round((random.nextDouble() * 80 - 40) * 1000) / 1000.0;
        ring[k] = new Coordinate(ring[k].x + dx, ring[k].y + dy);
        if (k == 0) {
            ring[ring.length - 1] = new Coordinate(ring[0]);
        }
        return cell.getFactory().createPolygon(ring);
    }
}
