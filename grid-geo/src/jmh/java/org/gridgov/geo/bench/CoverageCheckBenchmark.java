package org.gridgov.geo.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.gridgov.geo.coverage.Boundary;
import org.gridgov.geo.coverage.CoverageCheck;
import org.gridgov.geo.coverage.CoverageOptions;
import org.gridgov.geo.coverage.CoverageReport;
import org.gridgov.geo.coverage.IncrementalCoverageCheck;
import org.gridgov.geo.testing.DefectInjector;
import org.gridgov.geo.testing.SyntheticCity;
import org.locationtech.jts.coverage.CoverageGapFinder;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateArrays;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Full coverage check of a synthetic city of 100,000 grids, clean and with 150 injected
 * overlaps and 150 gaps of 8 m depth, against JTS 1.20's {@code CoverageValidator.validate}
 * plus {@code CoverageGapFinder.findGaps} on the same geometries in the same run; and the
 * incremental re-check after redrawing one grid.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CoverageCheckBenchmark {

    /** The city, its parent and the grids as boundaries and as a JTS coverage array. */
    @State(Scope.Benchmark)
    public static class City {
        @Param({"clean", "defects"})
        public String variant;

        @Param({"100000"})
        public int grids;

        Boundary parent;
        List<Boundary> boundaries;
        Geometry[] coverage;

        @Setup(Level.Trial)
        public void setUp() {
            SyntheticCity city = SyntheticCity.generate(grids, 42);
            List<Polygon> cells = "clean".equals(variant)
                    ? city.cells()
                    : DefectInjector.inject(city.cells(), 150, 150, 8, 42).cells();
            parent = Boundary.of("city", city.extent());
            boundaries = new ArrayList<>(cells.size());
            for (int i = 0; i < cells.size(); i++) {
                boundaries.add(Boundary.of(SyntheticCity.id(i), cells.get(i)));
            }
            coverage = cells.toArray(new Geometry[0]);
            CoverageReport report = CoverageCheck.defaults().check(parent, boundaries);
            long vertices = 0;
            for (Geometry g : coverage) {
                vertices += g.getNumPoints();
            }
            IncrementalCoverageCheck state =
                    CoverageCheck.of(CoverageOptions.defaults()).incremental(parent, boundaries, List.of());
            System.out.printf(
                    "%n[%s] %d grids, %d vertices, findings %s, segment table + cell index %.1f MB%n",
                    variant, coverage.length, vertices, report.summary(), state.indexBytes() / 1e6);
        }
    }

    @Benchmark
    public CoverageReport gridCoverageCheck(City city) {
        return CoverageCheck.defaults().check(city.parent, city.boundaries);
    }

    @Benchmark
    public Object jtsValidateAndFindGaps(City city) {
        Geometry[] invalid = CoverageValidator.validate(city.coverage);
        Geometry gaps = CoverageGapFinder.findGaps(city.coverage, 1.0);
        return new Object[] {invalid, gaps};
    }

    /** An incremental check of the clean city; each call redraws the next grid of a fixed random list. */
    @State(Scope.Benchmark)
    public static class Editing {
        IncrementalCoverageCheck check;
        List<String> ids = new ArrayList<>();
        List<Polygon> moved = new ArrayList<>();
        List<Polygon> original = new ArrayList<>();
        int next;

        @Setup(Level.Trial)
        public void setUp() {
            SyntheticCity city = SyntheticCity.generate(100_000, 42);
            List<Boundary> boundaries = new ArrayList<>();
            for (int i = 0; i < city.cells().size(); i++) {
                boundaries.add(Boundary.of(SyntheticCity.id(i), city.cells().get(i)));
            }
            check = CoverageCheck.of(CoverageOptions.defaults())
                    .incremental(Boundary.of("city", city.extent()), boundaries, List.of());
            SplittableRandom random = new SplittableRandom(7);
            for (int k = 0; k < 1000; k++) {
                int i = random.nextInt(city.cells().size());
                Polygon cell = city.cells().get(i);
                Coordinate[] ring =
                        CoordinateArrays.copyDeep(cell.getExteriorRing().getCoordinates());
                ring[1] = new Coordinate(ring[1].x + 3, ring[1].y + 2);
                ids.add(SyntheticCity.id(i));
                moved.add(cell.getFactory().createPolygon(ring));
                original.add(cell);
            }
        }
    }

    /** One redraw and its re-check: alternately moves a vertex of a grid by 3.6 m and puts it back. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public CoverageReport incrementalRedraw(Editing editing) {
        int k = editing.next++ % (2 * editing.ids.size());
        int i = k / 2;
        return editing.check.redraw(editing.ids.get(i), k % 2 == 0 ? editing.moved.get(i) : editing.original.get(i));
    }
}
