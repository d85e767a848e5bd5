package org.gridgov.geo.locate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.gridgov.geo.testing.SyntheticCity;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Point location on the 100,000-grid synthetic city: {@link GridLocator} (batch and one point at
 * a time) against the usual JTS approach, an STRtree of envelopes plus an
 * {@link IndexedPointInAreaLocator} per candidate, over the same points in the same run. Setup
 * checks that both give the same answer for every point. Throughput in lookups per second.
 *
 * <p>The heap is fixed and touched before the run ({@code -Xms4g -Xmx4g -XX:+AlwaysPreTouch}, as a
 * long-running backend would set it, and as the coverage benchmarks do), so that no heap page is
 * first touched while lookups are measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class PointLocationBenchmark {
    static final int CELLS = 100_000;
    static final int POINTS = 1 << 16;

    /** {@code uniform}: anywhere in the city; {@code clustered}: around 50 hot spots, 200 m spread. */
    @Param({"uniform", "clustered"})
    public String distribution;

    /**
     * Buckets per boundary segment of the locator's index (the default, 4, unless set with
     * {@code -p bucketsPerSegment=...}): more buckets mean fewer walks and a larger slot table.
     */
    @Param({"4"})
    public double bucketsPerSegment;

    SyntheticCity city;
    Map<String, Polygon> grids;
    GridLocator locator;
    STRtree tree;
    double[] xs;
    double[] ys;
    int[] out;

    @Setup(Level.Trial)
    public void setUp() {
        city = SyntheticCity.generate(CELLS, 42);
        grids = new LinkedHashMap<>();
        List<Polygon> cells = city.cells();
        for (int i = 0; i < cells.size(); i++) {
            grids.put(SyntheticCity.id(i), cells.get(i));
        }
        locator = GridLocator.builder()
                .grids(grids)
                .bucketsPerSegment(bucketsPerSegment)
                .build();
        tree = new STRtree();
        for (int i = 0; i < cells.size(); i++) {
            tree.insert(
                    cells.get(i).getEnvelopeInternal(), new Candidate(i, new IndexedPointInAreaLocator(cells.get(i))));
        }
        tree.build();
        double side = city.extent().getEnvelopeInternal().getMaxX();
        SplittableRandom random = new SplittableRandom(7);
        xs = new double[POINTS];
        ys = new double[POINTS];
        double[][] hot = new double[50][];
        for (int h = 0; h < hot.length; h++) {
            hot[h] = new double[] {random.nextDouble() * side, random.nextDouble() * side};
        }
        for (int k = 0; k < POINTS; k++) {
            if ("uniform".equals(distribution)) {
                xs[k] = random.nextDouble() * side;
                ys[k] = random.nextDouble() * side;
            } else {
                double[] c = hot[random.nextInt(hot.length)];
                xs[k] = Math.max(0, Math.min(side - 1e-3, c[0] + 200 * gaussian(random)));
                ys[k] = Math.max(0, Math.min(side - 1e-3, c[1] + 200 * gaussian(random)));
            }
        }
        out = new int[POINTS];
        for (int k = 0; k < POINTS; k++) {
            if (jts(xs[k], ys[k]) != locator.locateIndex(xs[k], ys[k])) {
                throw new IllegalStateException("JTS and GridLocator disagree at " + xs[k] + " " + ys[k]);
            }
        }
        System.out.println("\nGridLocator index: " + locator + ", " + locator.indexMemoryBytes() / 1e6 + " MB");
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private int jts(double x, double y) {
        Coordinate p = new Coordinate(x, y);
        @SuppressWarnings("unchecked")
        List<Candidate> candidates = tree.query(new Envelope(p));
        int found = -1;
        for (Candidate c : candidates) {
            if (c.locator.locate(p) == Location.INTERIOR && (found < 0 || c.index < found)) {
                found = c.index;
            }
        }
        return found;
    }

    @Benchmark
    @OperationsPerInvocation(POINTS)
    public int[] gridLocatorBatch() {
        locator.locateAll(xs, ys, out);
        return out;
    }

    @Benchmark
    @OperationsPerInvocation(POINTS)
    public long gridLocatorOneByOne() {
        long sum = 0;
        for (int k = 0; k < POINTS; k++) {
            sum += locator.locateIndex(xs[k], ys[k]);
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(POINTS)
    public long jtsStrTreeIndexedPointInArea() {
        long sum = 0;
        for (int k = 0; k < POINTS; k++) {
            sum += jts(xs[k], ys[k]);
        }
        return sum;
    }

    private record Candidate(int index, IndexedPointInAreaLocator locator) {}
}
