package org.gridgov.geo.locate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Dirty input at its worst: random, often self-intersecting and overlapping polygons whose
 * vertices all lie on a small integer lattice, so edges are collinear, duplicated (within one
 * grid and across grids), cross at vertices and end on other grids' edges. The locator owes no
 * "exactly one" here, only exactly the oracle's answer, at every lattice and half-lattice point
 * and at random points, for several bucket resolutions.
 */
class DegenerateGridsTest {
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void everyAnswerOnTangledPolygonsAgreesWithTheOracle(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        GeometryFactory factory = new GeometryFactory();
        Map<String, Geometry> grids = new LinkedHashMap<>();
        List<Geometry> ordered = new ArrayList<>();
        for (int g = 0; g < 40; g++) {
            int n = 3 + random.nextInt(5);
            Coordinate[] ring = new Coordinate[n + 1];
            for (int k = 0; k < n; k++) {
                ring[k] = new Coordinate(random.nextInt(9), random.nextInt(9));
            }
            ring[n] = new Coordinate(ring[0]);
            Geometry polygon = factory.createPolygon(ring);
            grids.put("P" + g, polygon);
            ordered.add(polygon);
        }
        HalfOpenOracle oracle = new HalfOpenOracle(ordered);
        List<double[]> points = new ArrayList<>();
        for (int i = -2; i <= 18; i++) {
            for (int j = -2; j <= 18; j++) {
                points.add(new double[] {i / 2.0, j / 2.0});
            }
        }
        for (int k = 0; k < 2_000; k++) {
            points.add(new double[] {-0.5 + random.nextDouble() * 9, -0.5 + random.nextDouble() * 9});
            points.add(new double[] {random.nextInt(9), -0.5 + random.nextDouble() * 9});
            points.add(new double[] {-0.5 + random.nextDouble() * 9, random.nextInt(9)});
        }
        double[] xs = points.stream().mapToDouble(p -> p[0]).toArray();
        double[] ys = points.stream().mapToDouble(p -> p[1]).toArray();
        for (double resolution : new double[] {0.01, 0.3, 2, 8, 40}) {
            GridLocator locator = GridLocator.builder()
                    .grids(grids)
                    .bucketsPerSegment(resolution)
                    .build();
            int[] batch = new int[xs.length];
            locator.locateAll(xs, ys, batch);
            int disagreements = 0;
            int located = 0;
            for (int k = 0; k < xs.length; k++) {
                int expected = oracle.locate(xs[k], ys[k]);
                located += expected >= 0 ? 1 : 0;
                if (locator.locateIndex(xs[k], ys[k]) != expected || batch[k] != expected) {
                    disagreements++;
                }
            }
            assertThat(disagreements).as("resolution %s", resolution).isZero();
            assertThat(located).isGreaterThan(xs.length / 4);
        }
    }
}
