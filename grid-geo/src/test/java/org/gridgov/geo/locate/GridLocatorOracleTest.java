package org.gridgov.geo.locate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gridgov.geo.testing.SyntheticCity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * Every answer of the locator equals the brute-force oracle's, over millions of seeded random
 * points and every point of the cells' own boundaries, on a clean synthetic city: and inside the
 * city every point, vertices and shared edges included, lies in exactly one grid.
 */
class GridLocatorOracleTest {
    private static final int CELLS = 20_000;
    private static SyntheticCity city;
    private static double side;
    private static GridLocator locator;
    private static HalfOpenOracle oracle;

    @BeforeAll
    static void buildCity() {
        city = SyntheticCity.generate(CELLS, 42);
        side = city.extent().getEnvelopeInternal().getMaxX();
        Map<String, Polygon> grids = new LinkedHashMap<>();
        for (int i = 0; i < city.cells().size(); i++) {
            grids.put(SyntheticCity.id(i), city.cells().get(i));
        }
        locator = GridLocator.of(grids);
        oracle = new HalfOpenOracle(city.cells());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void uniformRandomPointsAgreeWithTheOracleOneByOneAndInBatches(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 700_000;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int k = 0; k < n; k++) {
            xs[k] = -50 + random.nextDouble() * (side + 100);
            ys[k] = -50 + random.nextDouble() * (side + 100);
        }
        int[] batch = new int[n];
        locator.locateAll(xs, ys, batch);
        int disagreements = 0;
        int located = 0;
        for (int k = 0; k < n; k++) {
            int expected = oracle.locate(xs[k], ys[k]);
            if (locator.locateIndex(xs[k], ys[k]) != expected || batch[k] != expected) {
                disagreements++;
            }
            if (expected >= 0) {
                located++;
            }
        }
        assertThat(disagreements).isZero();
        assertThat(located).isBetween(600_000, 700_000);
    }

    @Test
    void everyVertexOfEveryCellIsInExactlyOneGrid() {
        List<Coordinate> points = new ArrayList<>();
        for (Polygon cell : city.cells()) {
            for (Coordinate c : cell.getCoordinates()) {
                points.add(c);
            }
        }
        assertAgreeAndExactlyOne(points, 100_000);
    }

    @Test
    void exactEdgeMidpointsAreInExactlyOneGrid() {
        List<Coordinate> points = new ArrayList<>();
        for (Polygon cell : city.cells()) {
            Coordinate[] c = cell.getCoordinates();
            for (int i = 0; i + 1 < c.length; i++) {
                Coordinate m = new Coordinate((c[i].x + c[i + 1].x) / 2, (c[i].y + c[i + 1].y) / 2);
                if (ExactOrientation.exactSign(c[i].x, c[i].y, c[i + 1].x, c[i + 1].y, m.x, m.y) == 0
                        && onSegmentExactly(c[i], c[i + 1], m)) {
                    points.add(m);
                }
            }
        }
        assertAgreeAndExactlyOne(points, 30_000);
    }

    @Test
    void raysThroughVerticesAgreeWithTheOracle() {
        SplittableRandom random = new SplittableRandom(9);
        List<Coordinate> points = new ArrayList<>();
        for (Polygon cell : city.cells()) {
            for (Coordinate c : cell.getCoordinates()) {
                points.add(new Coordinate(c.x - random.nextDouble() * 400, c.y));
                points.add(new Coordinate(c.x, c.y - random.nextDouble() * 400));
                points.add(new Coordinate(Math.nextDown(c.x), c.y));
                points.add(new Coordinate(c.x, Math.nextUp(c.y)));
            }
        }
        assertAgree(points);
    }

    /**
     * Points a few micrometres or a nanometre off an edge, on either side: where a walk that
     * trusted rounded coordinates (floats, or its own floating-point determinants without the
     * error bound) would go wrong; the walk must notice the doubt and decide exactly.
     */
    @Test
    void pointsCloserToAnEdgeThanItsFloatRoundingAgreeWithTheOracle() {
        SplittableRandom random = new SplittableRandom(17);
        List<Coordinate> points = new ArrayList<>();
        double[] offsets = {1e-5, -1e-5, 1e-6, -1e-6, 1e-9, -1e-9};
        for (Polygon cell : city.cells()) {
            Coordinate[] c = cell.getCoordinates();
            for (int i = 0; i + 1 < c.length; i++) {
                double dx = c[i + 1].x - c[i].x;
                double dy = c[i + 1].y - c[i].y;
                double length = Math.hypot(dx, dy);
                double t = random.nextDouble();
                double offset = offsets[random.nextInt(offsets.length)];
                points.add(
                        new Coordinate(c[i].x + t * dx - offset * dy / length, c[i].y + t * dy + offset * dx / length));
            }
        }
        assertThat(points).hasSizeGreaterThan(100_000);
        assertAgree(points);
    }

    @Test
    void oneLocatorSharedByManyThreadsGivesEveryThreadTheSameAnswers() throws Exception {
        SplittableRandom random = new SplittableRandom(21);
        int n = 200_000;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int k = 0; k < n; k++) {
            xs[k] = random.nextDouble() * side;
            ys[k] = random.nextDouble() * side;
        }
        int[] expected = new int[n];
        for (int k = 0; k < n; k++) {
            expected[k] = locator.locateIndex(xs[k], ys[k]);
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<int[]>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                boolean batch = t % 2 == 0;
                results.add(pool.submit(() -> {
                    int[] out = new int[n];
                    if (batch) {
                        locator.locateAll(xs, ys, out);
                    } else {
                        for (int k = 0; k < n; k++) {
                            out[k] = locator.locateIndex(xs[k], ys[k]);
                        }
                    }
                    return out;
                }));
            }
            for (Future<int[]> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void everyPointOfTheCityOutlineBelongsToAGridWhoseBoundaryItLiesOn() {
        SplittableRandom random = new SplittableRandom(5);
        List<Coordinate> points = new ArrayList<>();
        for (int n = 0; n < 10_000; n++) {
            double t = random.nextDouble() * side;
            points.add(new Coordinate(t, 0));
            points.add(new Coordinate(0, t));
            points.add(new Coordinate(t, side));
            points.add(new Coordinate(side, t));
        }
        for (Polygon cell : city.cells()) {
            for (Coordinate c : cell.getCoordinates()) {
                if (c.x == 0 || c.y == 0 || c.x == side || c.y == side) {
                    points.add(c);
                }
            }
        }
        points.add(new Coordinate(side, side));
        int notOnItsBoundary = 0;
        for (Coordinate p : points) {
            int k = locator.locateIndex(p.x, p.y);
            if (k < 0 || !oracle.onBoundary(p.x, p.y).contains(k)) {
                notOnItsBoundary++;
            }
        }
        assertThat(points.size()).isGreaterThan(40_000);
        assertThat(notOnItsBoundary).isZero();
        assertAgree(points);
    }

    @Test
    void justOutsideTheOutlineIsOutside() {
        SplittableRandom random = new SplittableRandom(6);
        for (int n = 0; n < 10_000; n++) {
            double t = random.nextDouble() * side;
            assertThat(locator.locateIndex(t, Math.nextUp(side))).isEqualTo(-1);
            assertThat(locator.locateIndex(Math.nextUp(side), t)).isEqualTo(-1);
            assertThat(locator.locateIndex(t, Math.nextDown(0.0))).isEqualTo(-1);
            assertThat(locator.locateIndex(Math.nextDown(0.0), t)).isEqualTo(-1);
        }
    }

    private static void assertAgreeAndExactlyOne(List<Coordinate> points, int atLeast) {
        assertThat(points.size()).isGreaterThanOrEqualTo(atLeast);
        int disagreements = 0;
        int notExactlyOne = 0;
        for (Coordinate p : points) {
            List<Integer> containing = oracle.containing(p.x, p.y);
            boolean inside = p.x < side && p.y < side;
            if (containing.size() != (inside ? 1 : 0)) {
                notExactlyOne++;
            }
            if (locator.locateIndex(p.x, p.y) != oracle.locate(p.x, p.y) || locator.locateIndex(p.x, p.y) < 0) {
                disagreements++;
            }
        }
        assertThat(notExactlyOne).isZero();
        assertThat(disagreements).isZero();
    }

    private static void assertAgree(List<Coordinate> points) {
        double[] xs = points.stream().mapToDouble(p -> p.x).toArray();
        double[] ys = points.stream().mapToDouble(p -> p.y).toArray();
        int[] batch = new int[xs.length];
        locator.locateAll(xs, ys, batch);
        int disagreements = 0;
        for (int k = 0; k < xs.length; k++) {
            int expected = oracle.locate(xs[k], ys[k]);
            if (locator.locateIndex(xs[k], ys[k]) != expected || batch[k] != expected) {
                disagreements++;
            }
        }
        assertThat(disagreements).isZero();
    }

    private static boolean onSegmentExactly(Coordinate a, Coordinate b, Coordinate m) {
        BigDecimal mx = new BigDecimal(m.x);
        BigDecimal my = new BigDecimal(m.y);
        return between(new BigDecimal(a.x), mx, new BigDecimal(b.x))
                && between(new BigDecimal(a.y), my, new BigDecimal(b.y));
    }

    private static boolean between(BigDecimal a, BigDecimal m, BigDecimal b) {
        return a.min(b).compareTo(m) <= 0 && m.compareTo(a.max(b)) <= 0;
    }
}
