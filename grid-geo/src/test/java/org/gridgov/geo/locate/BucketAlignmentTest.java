package org.gridgov.geo.locate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The worst case for a bucket index: a lattice of unit squares whose edges and vertices lie
 * exactly on bucket sides and corners, probed at every quarter-unit point, one by one and in a
 * batch. Every answer agrees with the oracle and every point of the lattice is in exactly one
 * square. With one bucket all 256 squares meet in it (the path for more than 64 candidates).
 */
class BucketAlignmentTest {
    private static final int SIDE = 16;
    private static final int SEGMENTS = 2 * SIDE * (SIDE + 1);

    @ParameterizedTest(name = "{0} buckets a side")
    @ValueSource(ints = {1, 4, 16, 32, 64})
    void latticeAlignedWithBucketsAgreesWithTheOracle(int bucketsPerSide) {
        GeometryFactory factory = new GeometryFactory();
        Map<String, Geometry> squares = new LinkedHashMap<>();
        List<Geometry> ordered = new ArrayList<>();
        for (int i = 0; i < SIDE; i++) {
            for (int j = 0; j < SIDE; j++) {
                Geometry square = factory.toGeometry(new Envelope(i, i + 1, j, j + 1));
                squares.put(i + "," + j, square);
                ordered.add(square);
            }
        }
        GridLocator locator = GridLocator.builder()
                .grids(squares)
                .bucketsPerSegment((double) bucketsPerSide * bucketsPerSide / SEGMENTS)
                .build();
        assertThat(locator.toString()).contains(bucketsPerSide + "x" + bucketsPerSide);
        HalfOpenOracle oracle = new HalfOpenOracle(ordered);
        int disagreements = 0;
        int notExactlyOne = 0;
        int steps = 4 * SIDE + 9;
        double[] xs = new double[steps * steps];
        double[] ys = new double[steps * steps];
        for (int k = 0; k < xs.length; k++) {
            xs[k] = (k / steps - 4) / 4.0;
            ys[k] = (k % steps - 4) / 4.0;
        }
        int[] batch = new int[xs.length];
        locator.locateAll(xs, ys, batch);
        for (int k = 0; k < xs.length; k++) {
            double x = xs[k];
            double y = ys[k];
            List<Integer> containing = oracle.containing(x, y);
            boolean inside = x >= 0 && x < SIDE && y >= 0 && y < SIDE;
            notExactlyOne += containing.size() == (inside ? 1 : 0) ? 0 : 1;
            int expected = oracle.locate(x, y);
            disagreements += locator.locateIndex(x, y) == expected && batch[k] == expected ? 0 : 1;
            if (inside) {
                assertThat(locator.locate(x, y)).contains((int) Math.floor(x) + "," + (int) Math.floor(y));
            }
        }
        assertThat(notExactlyOne).isZero();
        assertThat(disagreements).isZero();
    }
}
