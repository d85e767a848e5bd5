package org.gridgov.geo.locate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.gridgov.geo.testing.SyntheticCity;
import org.locationtech.jts.geom.Polygon;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Time to build a {@link GridLocator} over the 100,000-grid synthetic city. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PointLocationBuildBenchmark {
    Map<String, Polygon> grids;

    @Setup(Level.Trial)
    public void setUp() {
        SyntheticCity city = SyntheticCity.generate(PointLocationBenchmark.CELLS, 42);
        grids = new LinkedHashMap<>();
        List<Polygon> cells = city.cells();
        for (int i = 0; i < cells.size(); i++) {
            grids.put(SyntheticCity.id(i), cells.get(i));
        }
    }

    @Benchmark
    public GridLocator buildGridLocator() {
        return GridLocator.of(grids);
    }
}
